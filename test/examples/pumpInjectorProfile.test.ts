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

  it('takes its process questions from the VDA 6.3 builder', () => {
    const audit = profileJson.categories.find((c: { id: string }) => c.id === 'process-audit');
    expect(audit.criteria.map((c: { id: string; number: string; subElement: string }) => `${c.id} ${c.number} ${c.subElement}`)).toEqual([
      'material-release P6.1.1 P6.1',
      'work-instructions P6.2.1 P6.2',
      'op-training P6.3.1 P6.3',
      'machine-maintenance P6.4.2 P6.4',
      'scrap-follow-up P6.5.1 P6.5',
      'part-protection P6.6.1 P6.6',
    ]);
    expect(profileJson.rules.every((r: { scope: string }) => r.scope === 'process-audit')).toBe(true);
  });

  it('keeps the three decisions: approved, conditional, rejected by knock-out', () => {
    const [presisi, majuJaya, sumberLogam] = evaluateExamples();
    expect([presisi?.decision, presisi?.score, presisi?.grade, presisi?.rules]).toEqual(['approved', '99', 'A', []]);
    expect(presisi?.auditGroups?.[0]?.groups.filter((g) => g.level === 'process-step').map((g) => [g.id, g.score])).toEqual([
      ['OP10', '93.3'],
      ['OP20', '96.7'],
    ]);
    expect([majuJaya?.decision, majuJaya?.score, majuJaya?.grade, majuJaya?.reauditDue]).toEqual(['conditional', '87', 'B', '2027-02-17']);
    expect(majuJaya?.rules.map((r) => r.id)).toEqual(['process-audit:vda63-class-b', 'process-audit:vda63-a-to-b-2']);
    expect(majuJaya?.auditGroups?.[0]?.score).toBe('83.3');
    expect([sumberLogam?.decision, sumberLogam?.grade]).toEqual(['rejected', 'C']);
    expect(sumberLogam?.rules.find((r) => r.id === 'knock-out')?.criteria).toEqual(['throat-d', 'leak-test']);
  });

  it('prints a demo naming each supplier with its decision', () => {
    const text = demoText();
    expect(text).toContain('PT Injektor Presisi Mandiri   APPROVED   score 99   grade A');
    expect(text).toContain('CV Maju Jaya Teknik   CONDITIONAL   score 87   grade B   re-audit by 2027-02-17');
    expect(text).toContain('UD Sumber Logam   REJECTED');
  });
});
