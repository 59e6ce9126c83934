import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { demoText, evaluateExamples } from '../../examples/pump-injector/demo.js';
import { pumpInjectorProfile } from '../../examples/pump-injector/profile.js';

const profileJson = JSON.parse(readFileSync(fileURLToPath(new URL('../../examples/pump-injector/profile.json', import.meta.url)), 'utf8'));

describe('pump-injector example profile', () => {
  it('profile.json is the profile the builder composes', () => {
    expect(profileJson).toEqual(JSON.parse(JSON.stringify(pumpInjectorProfile())));
  });

  it('takes its process questions from the VDA 6.3 builder, with the 2016 rules scoped to their category', () => {
    const quality = profileJson.categories.find((c: { id: string }) => c.id === 'quality-system');
    expect(quality.criteria.map((c: { id: string; number?: string; subElement?: string }) => [c.id, c.number ?? '', c.subElement ?? ''])).toEqual([
      ['iso-9001', '', ''],
      ['op-training', 'P6.3.1', 'P6.3'],
      ['machine-maintenance', 'P6.4.2', 'P6.4'],
    ]);
    expect(profileJson.rules.every((r: { scope: string; reference: string }) => r.scope === 'quality-system' && r.reference.startsWith('VDA 6.3:2016'))).toBe(true);
  });

  it('keeps the three decisions and scores: approved, conditional, rejected by knock-out', () => {
    const [presisi, majuJaya, sumberLogam] = evaluateExamples();
    expect([presisi?.decision, presisi?.score, presisi?.grade, presisi?.rules]).toEqual(['approved', '98.5', 'A', []]);
    expect(presisi?.auditGroups?.[0]).toMatchObject({ category: 'quality-system', score: '90', evaluated: 2, questions: 2 });
    expect([majuJaya?.decision, majuJaya?.score, majuJaya?.grade, majuJaya?.reauditDue]).toEqual(['conditional', '86.6', 'B', '2027-02-17']);
    expect(majuJaya?.rules.map((r) => r.explanation)).toEqual([
      'VDA 6.3 downgrade to B: a process element or process step below 80 %: P6 70 %.',
      'VDA 6.3 downgrade to B: a P6 sub-element below 80 %: P6.3 60 %.',
    ]);
    expect([sumberLogam?.decision, sumberLogam?.score, sumberLogam?.grade]).toEqual(['rejected', '22.7', 'C']);
    expect(sumberLogam?.rules[0]).toMatchObject({ id: 'knock-out', criteria: ['throat-d', 'leak-test'] });
  });
});
