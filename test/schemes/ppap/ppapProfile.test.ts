import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/evaluate.js';
import { ValidationError } from '../../../src/errors/index.js';
import { parseProfile } from '../../../src/parse/parseProfile.js';
import { PPAP_GRADES } from '../../../src/schemes/ppap/ppapGrades.js';
import { ppapProfile } from '../../../src/schemes/ppap/ppapProfile.js';
import { initialStudyDisposition } from '../../../src/schemes/ppap/initialStudyDisposition.js';
import { pswDispositionFor } from '../../../src/schemes/ppap/pswDispositionFor.js';

const profile = ppapProfile({ level: 3, id: 'inj-ppap', version: '1', title: 'Injector PPAP level 3', component: { name: 'Pump injector' } });
const ids = profile.categories[0]!.criteria.map((c) => c.id);
const submission = (status: Record<string, string> = {}, omit: string[] = []) => ({
  supplier: { id: 'IKM-0001', name: 'PT Injektor Presisi Mandiri' },
  auditDate: '2026-11-10',
  entries: ids.filter((id) => !omit.includes(id)).map((id) => ({ criterion: id, status: status[id] ?? 'approved' })),
});

describe('ppapProfile', () => {
  it('builds a valid level-3 profile with approved/interim grades', () => {
    expect(parseProfile(profile).success).toBe(true);
    expect(ids).toHaveLength(17);
    expect(profile.grades).toEqual(PPAP_GRADES);
  });

  it('approves a submission whose every element is approved', () => {
    const e = evaluate(profile, submission());
    expect([e.decision, e.score, e.grade]).toEqual(['approved', '100', 'approved']);
    expect(pswDispositionFor(e.decision)).toEqual({ disposition: 'approved' });
  });

  it('does not approve a level-3 submission with an unapproved element: interim (with an expiry) or rejected', () => {
    const e = evaluate(profile, submission({ 'ppap-dimensional-results': 'not approved' }));
    expect([e.decision, e.grade]).toEqual(['conditional', 'interim']);
    expect(e.rules.map((r) => [r.id, r.criteria])).toEqual([['ppap:ppap-not-approved', ['ppap-dimensional-results']]]);
    expect(() => pswDispositionFor(e.decision)).toThrow(ValidationError);
    expect(pswDispositionFor(e.decision, { expires: '2027-02-28' })).toEqual({ disposition: 'interim-approval', expires: '2027-02-28' });
  });

  it('rejects a submission whose warrant is not approved (knock-out)', () => {
    const e = evaluate(profile, submission({ 'ppap-psw': 'rejected' }));
    expect(e.decision).toBe('rejected');
    expect(e.rules.map((r) => r.id)).toEqual(['knock-out', 'ppap:ppap-not-approved']);
    expect(pswDispositionFor(e.decision)).toEqual({ disposition: 'rejected' });
  });

  it('is incomplete while a required element is missing, and accepts "not applicable" where an element applies only if needed', () => {
    expect(evaluate(profile, submission({}, ['ppap-control-plan'])).decision).toBe('incomplete');
    expect(evaluate(profile, submission({ 'ppap-engineering-change-documents': 'not applicable' })).decision).toBe('approved');
    expect(evaluate(profile, submission({ 'ppap-control-plan': 'not applicable' })).decision).toBe('conditional');
  });

  it('judges characteristics by the initial process study: Ppk ≥ 1.67 approved, 1.33–1.67 interim at best', () => {
    const withStudy = ppapProfile({
      level: 3,
      id: 'inj-ppap',
      version: '1',
      title: 'Injector PPAP level 3',
      component: { name: 'Pump injector' },
      characteristics: [{ id: 'throat-d', title: 'Venturi throat diameter', causeFamily: 'machine', unit: 'mm', nominal: '6.50', tolerance: '0.05' }],
    });
    const run = (a: string) => {
      const values = Array.from({ length: 30 }, (_, i) => ['6.500', (6.5 - Number(a)).toFixed(3), (6.5 + Number(a)).toFixed(3)][i % 3]);
      const evidence = submission();
      return evaluate(withStudy, { ...evidence, entries: [...evidence.entries, { criterion: 'throat-d', values }] });
    };
    const capable = run('0.010');
    expect(capable.decision).toBe('approved');
    const study = capable.criteria.find((c) => c.id === 'throat-d')?.found?.capability as { index: string; value: string };
    expect(study.index).toBe('ppk');
    expect(initialStudyDisposition(study.value)).toBe('accept');
    const review = run('0.013');
    const reviewStudy = review.criteria.find((c) => c.id === 'throat-d');
    expect(reviewStudy?.status).toBe('partial');
    expect(initialStudyDisposition((reviewStudy?.found?.capability as { value: string }).value)).toBe('conditional');
    expect([review.decision, review.rules.map((r) => r.id)]).toEqual(['conditional', ['ppap:ppap-not-approved']]);
  });
});
