import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/evaluate.js';
import { ValidationError } from '../../../src/errors/index.js';
import { parseProfile } from '../../../src/parse/parseProfile.js';
import { complaintScore } from '../../../src/schemes/scorecard/complaintScore.js';
import { scorecardProfile } from '../../../src/schemes/scorecard/scorecardProfile.js';

const meta = { id: 'sc', version: '2026-Q4', title: 'Quarterly supplier scorecard', component: { name: 'Pump injector' } };
const period = (entries: object[]) => ({ supplier: { id: 'IKM-0002', name: 'CV Maju Jaya Teknik' }, auditDate: '2026-12-31', entries });

describe('scorecardProfile', () => {
  it('builds a valid profile with one category per main criterion and the DRiV classes', () => {
    const profile = scorecardProfile(meta);
    expect(parseProfile(profile).success).toBe(true);
    expect(profile.categories.map((c) => [c.id, c.weight, c.criteria.map((x) => x.id)])).toEqual([
      ['quality', '1', ['incoming-ppm', 'complaints', 'eight-d-response']],
      ['delivery', '1', ['on-time-delivery', 'quantity-reliability']],
      ['service', '1', ['service-score']],
    ]);
    expect(profile.grades?.map((g) => g.grade)).toEqual(['Preferred', 'Acceptable', 'Developmental']);
    expect(profile.places).toBe(2);
  });

  it('weighs main criteria by the weighting key: quality 80 (weight 3), delivery 90 (weight 1) → 82.5', () => {
    const profile = scorecardProfile({
      ...meta,
      weights: { quality: 3, delivery: 1 },
      subcriteria: { 'incoming-ppm': false, 'eight-d-response': false, 'quantity-reliability': false, 'service-score': false, 'on-time-delivery': { target: 100, limit: 1 } },
    });
    const e = evaluate(profile, period([{ criterion: 'complaints', value: 80 }, { criterion: 'on-time-delivery', value: 90 }]));
    expect([e.score, e.grade, e.decision]).toEqual(['82.5', 'Acceptable', 'approved']);
  });

  it('scores each subcriterion 1–100: 100 at the target, 1 at the limit, linear between, 0 beyond', () => {
    const e = evaluate(
      scorecardProfile(meta),
      period([
        { criterion: 'incoming-ppm', numerator: 12, denominator: 48000 }, // 250 PPM
        { criterion: 'complaints', value: complaintScore({ notifications: 10, costPerNotification: 500, share: 0.1, businessVolume: 1000000 }) },
        { criterion: 'eight-d-response', value: 60 },
        { criterion: 'on-time-delivery', numerator: 343, denominator: 350 }, // 98 %
        { criterion: 'quantity-reliability', value: 80 },
        { criterion: 'service-score', value: 70 },
      ]),
    );
    expect(e.criteria.map((c) => [c.id, c.score])).toEqual([
      ['incoming-ppm', '79.16'], // 1 + 99 · 750 / 950
      ['complaints', '95.05'],
      ['eight-d-response', '1'],
      ['on-time-delivery', '100'],
      ['quantity-reliability', '0'],
      ['service-score', '70'],
    ]);
    expect(e.categories.map((c) => c.score)).toEqual(['58.4', '50', '70']);
    expect([e.score, e.grade, e.decision]).toEqual(['59.47', 'Developmental', 'conditional']);
  });

  it('takes A/B/C or the buyer’s own classes, and refuses bad options with paths', () => {
    expect(scorecardProfile({ ...meta, classes: 'abc' }).grades?.map((g) => g.grade)).toEqual(['A', 'B', 'C']);
    expect(scorecardProfile({ ...meta, classes: [{ grade: 'Gold', min: 95 }, { grade: 'Other', min: 0 }] }).grades?.[0]).toEqual({ grade: 'Gold', min: '95' });
    try {
      scorecardProfile({ ...meta, weights: { quality: -1 }, subcriteria: { price: true } } as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => [i.path, i.code])).toEqual([
        ['weights.quality', 'too_small'],
        ['subcriteria.price', 'unrecognized_key'],
      ]);
    }
  });
});
