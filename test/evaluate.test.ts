import { describe, expect, it } from 'vitest';
import { evaluate, ValidationError, type ProfileInput } from '../src/index.js';
import { evidenceWith } from './fixtures.js';

const check = (id: string, extra: Record<string, unknown> = {}) => ({ kind: 'check', id, title: `Check ${id}`, causeFamily: 'method', ...extra }) as const;
const question = (id: string, extra: Record<string, unknown> = {}) => ({ kind: 'audit-question', id, title: `Question ${id}`, causeFamily: 'man', ...extra }) as const;

const profile = (extra: Partial<ProfileInput> = {}): ProfileInput => ({
  id: 'p',
  version: '1',
  title: 'Profile',
  component: { name: 'Injector' },
  categories: [
    { id: 'product', title: 'Product', weight: 3, criteria: [check('a', { weight: 2 }), check('b', { severity: 'critical' })] },
    { id: 'process', title: 'Process', weight: 1, criteria: [question('q1'), question('q2')] },
  ],
  ...extra,
});

const allGood = [
  { criterion: 'a', value: true },
  { criterion: 'b', value: true },
  { criterion: 'q1', points: 10 },
  { criterion: 'q2', points: 10 },
];
const withEntries = (changes: Record<string, Record<string, unknown> | null>) =>
  evidenceWith(
    allGood
      .filter((e) => changes[e.criterion] !== null)
      .map((e) => ({ ...e, ...(changes[e.criterion] ?? {}) })) as never,
  );

describe('evaluate', () => {
  it('approves when everything is met', () => {
    const r = evaluate(profile(), withEntries({}));
    expect([r.decision, r.score, r.grade]).toEqual(['approved', '100', 'A']);
    expect(r.gaps).toEqual([]);
    expect(r.evaluatedOn).toBe('2026-11-28');
  });

  it('weights criteria within a category and categories in the total', () => {
    // process = (60 + 100) / 2 = 80; total = (3 × 100 + 1 × 80) / 4 = 95
    const r = evaluate(profile(), withEntries({ q1: { points: 6 } }));
    expect(r.categories.map((c) => c.score)).toEqual(['100', '80']);
    expect(r.score).toBe('95');
    expect(r.criteria.find((c) => c.id === 'q1')?.pointsLost).toBe('5');
    expect(r.categories[1]?.pointsLost).toBe('5');
  });

  it('leaves not-applicable criteria out of the denominator, and empty categories out of the total', () => {
    const r = evaluate(profile(), withEntries({ q1: { points: undefined, notApplicable: true }, q2: { points: 6 } }));
    expect(r.categories[1]?.score).toBe('60');
    expect(r.score).toBe('90');
    const none = evaluate(profile(), withEntries({ q1: { points: undefined, notApplicable: true }, q2: { points: undefined, notApplicable: true } }));
    expect(none.categories[1]?.score).toBeNull();
    expect(none.score).toBe('100');
  });

  it('rounds once, at the end, half-up to the stated places', () => {
    // process = (80 + 60) / 2 = 70 ... use three questions for thirds: (100+100+80)/3 = 93.333…
    const p = profile({
      places: 2,
      categories: [{ id: 'process', title: 'Process', criteria: [question('q1'), question('q2'), question('q3')] }],
    });
    const r = evaluate(p, evidenceWith([{ criterion: 'q1', points: 10 }, { criterion: 'q2', points: 10 }, { criterion: 'q3', points: 8 }] as never));
    expect(r.score).toBe('93.33');
    const half = evaluate({ ...p, places: 0 }, evidenceWith([{ criterion: 'q1', points: 10 }, { criterion: 'q2', points: 8 }, { criterion: 'q3', points: 8 }, ] as never));
    // (100 + 80 + 80) / 3 = 86.666… → 87
    expect(half.score).toBe('87');
  });

  it('rejects on a failed critical criterion (knock-out), whatever the score, and names it', () => {
    const r = evaluate(profile(), withEntries({ b: { value: false } }));
    expect(r.score).toBe('75');
    expect(r.decision).toBe('rejected');
    expect(r.rules.map((rule) => rule.id)).toEqual(['knock-out']);
    expect(r.reasons[0]).toMatchObject({ code: 'knock-out', criteria: ['b'] });
    expect(r.gaps[0]).toMatchObject({ criterion: 'b', knockOut: true, priority: 1, rules: ['knock-out'] });
  });

  it('gives incomplete for missing evidence, never a pass, unless a knock-out already rejects', () => {
    const r = evaluate(profile(), withEntries({ q2: null }));
    expect(r.decision).toBe('incomplete');
    expect(r.criteria.find((c) => c.id === 'q2')).toMatchObject({ status: 'missing', found: null, explanation: 'No evidence was given.' });
    expect(r.reasons.find((x) => x.code === 'missing-evidence')?.message).toBe('No evidence for 1 criterion: q2.');
    expect(evaluate(profile(), withEntries({ q2: null, b: { value: false } })).decision).toBe('rejected');
    const none = evaluate(profile(), evidenceWith([]));
    expect([none.decision, none.score]).toEqual(['incomplete', '0']);
  });

  it('counts missing evidence as failed when the profile says so, including knock-outs', () => {
    const p = profile({ decision: { missingEvidence: 'fail' } });
    expect(evaluate(p, withEntries({ q2: null })).decision).toBe('conditional');
    const r = evaluate(p, withEntries({ b: null }));
    expect(r.decision).toBe('rejected');
    expect(r.rules[0]?.criteria).toEqual(['b']);
  });

  it('maps grades to decisions and caps by a category minimum', () => {
    expect(evaluate(profile(), withEntries({ q1: { points: 0 }, q2: { points: 8 } })).grade).toBe('B');
    expect(evaluate(profile(), withEntries({ q1: { points: 0 }, q2: { points: 8 } })).decision).toBe('conditional');
    const p = profile({ categories: [...profile().categories.slice(0, 1), { ...profile().categories[1]!, minScore: 50 }] as never });
    const r = evaluate(p, withEntries({ q1: { points: 0 }, q2: { points: 8 } }));
    expect(r.decision).toBe('rejected');
    expect(r.rules.map((rule) => rule.id)).toEqual(['category-minimum:process']);
  });

  it('applies declarative rules: caps listed with the criteria that triggered them', () => {
    const p = profile({
      rules: [{ id: 'star-4', title: 'A star question at 4 points or below caps the grade at B', when: { type: 'criteria', star: true, pointsAtMost: 4 }, then: { capGrade: 'B' } }],
      categories: [profile().categories[0]!, { id: 'process', title: 'Process', criteria: [question('q1', { star: true }), question('q2')] }] as never,
    });
    const r = evaluate(p, withEntries({ q1: { points: 4 } }));
    // product 100 × 3, process 70 → 92.5 = A, capped at B
    expect([r.score, r.scoreGrade, r.grade, r.decision]).toEqual(['92.5', 'A', 'B', 'conditional']);
    expect(r.rules[0]).toMatchObject({ id: 'star-4', criteria: ['q1'], effect: { capGrade: 'B' } });
    expect(r.reasons.find((x) => x.code === 'grade')?.message).toBe('Score 92.5 gives grade A, capped at B by rule star-4.');
    expect(r.gaps[0]).toMatchObject({ criterion: 'q1', rules: ['star-4'] });
  });

  it('sets the re-audit date of a conditional decision from the audit date', () => {
    const r = evaluate(profile({ decision: { reauditDays: 90 } }), { ...withEntries({ q1: { points: 0 }, q2: { points: 8 } }), auditDate: '2027-12-01' });
    expect(r.decision).toBe('conditional');
    expect(r.reauditDue).toBe('2028-02-29');
  });

  it('evaluates on a given date, never the clock', () => {
    const p = profile({ categories: [{ id: 'c', title: 'C', criteria: [{ kind: 'certificate', id: 'iso', title: 'ISO', standard: 'ISO 9001', causeFamily: 'method' }] }] });
    const ev = evidenceWith([{ criterion: 'iso', standard: 'ISO 9001', expires: '2026-12-31' }] as never, '2026-11-28');
    expect(evaluate(p, ev).decision).toBe('approved');
    expect(evaluate(p, ev, { at: '2027-01-01' }).decision).toBe('rejected');
    expect(() => evaluate(p, ev, { at: '2027-02-30' })).toThrowError(ValidationError);
  });

  it('warns about entries for unknown criteria and refuses duplicate entries', () => {
    const r = evaluate(profile(), evidenceWith([...allGood, { criterion: 'zz', value: true }] as never));
    expect(r.warnings.map((w) => [w.code, w.path])).toEqual([['unknown_criterion', 'entries[4].criterion']]);
    expect(() => evaluate(profile(), evidenceWith([...allGood, { criterion: 'a', value: true }] as never))).toThrowError(/given twice/);
  });

  it('returns plain JSON that round-trips and is identical on repeat', () => {
    const r = evaluate(profile(), withEntries({ q1: { points: 6 }, b: { value: false } }));
    const text = JSON.stringify(r);
    expect(JSON.parse(text)).toEqual(r);
    expect(JSON.stringify(evaluate(profile(), withEntries({ q1: { points: 6 }, b: { value: false } })))).toBe(text);
  });

  it('reports every problem of bad evidence with its path', () => {
    try {
      evaluate(profile(), { supplier: { id: '', name: 'X' }, auditDate: '2026-02-30', entries: [{ criterion: 'a', value: 'yes' }] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      const issues = (error as ValidationError).issues.map((i) => [i.path, i.code]);
      expect(issues).toEqual([
        ['supplier.id', 'empty_text'],
        ['auditDate', 'invalid_date'],
        ['entries[0].value', 'invalid_type'],
      ]);
    }
  });
});
