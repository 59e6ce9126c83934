import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSuppliers } from '../examples/link-and-match/generate.js';
import { evaluate } from '../src/evaluate.js';
import { defineProfile, ValidationError } from '../src/index.js';
import { compiledProfile } from '../src/fast/compiledProfile.js';
import { screen } from '../src/screen.js';
import * as packageRoot from 'supplier-quality';

const profileJson = JSON.parse(readFileSync(new URL('../examples/pump-injector/profile.json', import.meta.url), 'utf8'));
const profile = defineProfile(profileJson);
const example = (name: string) => JSON.parse(readFileSync(new URL(`../examples/pump-injector/evidence/${name}.json`, import.meta.url), 'utf8'));

describe('screen', () => {
  it('is part of the public API', () => {
    expect(packageRoot.screen).toBe(screen);
  });

  it('gives the decision, score and grade of the three example suppliers', () => {
    expect(screen(profile, example('injektor-presisi'))).toEqual({ decision: 'approved', score: '98.5', grade: 'A' });
    expect(screen(profile, example('maju-jaya'))).toEqual({ decision: 'conditional', score: '86.6', grade: 'B' });
    expect(screen(profileJson, example('sumber-logam'))).toEqual({ decision: 'rejected', score: '22.7', grade: 'C' });
  });

  it('gives what evaluate gives, on every generated supplier and on any evaluation date', () => {
    for (const record of generateSuppliers(200, 21)) {
      for (const options of [{}, { at: '2027-03-01' }]) {
        const full = evaluate(profile, record, options);
        expect(screen(profile, record, options)).toEqual({ decision: full.decision, score: full.score, grade: full.grade });
      }
    }
  });

  it('throws the ValidationError evaluate throws for bad evidence or options', () => {
    const bad = { ...example('maju-jaya'), auditDate: '2026-02-30' };
    const issues = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        return (error as ValidationError).issues.map((issue) => [issue.path, issue.code]);
      }
      throw new Error('expected a ValidationError');
    };
    expect(issues(() => screen(profile, bad))).toEqual(issues(() => evaluate(profile, bad)));
    expect(issues(() => screen(profile, example('maju-jaya'), { at: 'tomorrow' }))).toEqual([['at', 'invalid_date']]);
    expect(() => screen({ id: 'no profile' }, example('maju-jaya'))).toThrow(ValidationError);
  });

  it('counts a missing audit question as 0 points for rules when missing evidence counts as failed', () => {
    const strict = defineProfile({
      ...profileJson,
      decision: { ...profileJson.decision, missingEvidence: 'fail' },
      rules: [{ id: 'low-points', when: { type: 'criteria', kind: ['audit-question'], pointsAtMost: 4 }, then: { capGrade: 'C' } }],
    });
    expect(compiledProfile(strict)?.screeningRules).not.toBeNull();
    const evidence = example('injektor-presisi');
    const without = { ...evidence, entries: evidence.entries.filter((e: { criterion: string }) => e.criterion !== 'op-training') };
    const full = evaluate(strict, without);
    expect(full.rules.map((r) => r.id)).toContain('low-points');
    expect(screen(strict, without)).toEqual({ decision: full.decision, score: full.score, grade: full.grade });
    expect(screen(strict, without).grade).toBe('C');
  });

  it('keeps to the same answers when called again from inside a call (a getter on the evidence)', () => {
    const inner = example('sumber-logam');
    const outer = example('maju-jaya');
    let nested: unknown;
    Object.defineProperty(outer, 'auditor', {
      enumerable: true,
      get() {
        nested ??= screen(profile, inner);
        return 'R. Hartono';
      },
    });
    expect(screen(profile, outer)).toEqual({ decision: 'conditional', score: '86.6', grade: 'B' });
    expect(nested).toEqual({ decision: 'rejected', score: '22.7', grade: 'C' });
  });
});
