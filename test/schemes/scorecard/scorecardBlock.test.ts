import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/evaluate.js';
import { composeProfile } from '../../../src/schemes/composeProfile.js';
import { scorecardBlock } from '../../../src/schemes/scorecard/scorecardBlock.js';
import { scorecardProfile } from '../../../src/schemes/scorecard/scorecardProfile.js';

const meta = { id: 'sc', version: '1', title: 'Scorecard', component: { name: 'Injector' } };
const entries = [
  { criterion: 'incoming-ppm', numerator: 12, denominator: 48000 },
  { criterion: 'complaints', value: '95.05' },
  { criterion: 'eight-d-response', value: 20 },
  { criterion: 'on-time-delivery', value: 96 },
  { criterion: 'quantity-reliability', value: 90 },
  { criterion: 'service-score', value: 75 },
];
const period = { supplier: { id: 's', name: 'CV Maju' }, auditDate: '2026-12-31', entries };

describe('scorecardBlock', () => {
  it('weighs subcriteria so that the one category scores exactly the two-level SAP total', () => {
    const options = { weights: { quality: 3, delivery: 2, service: 1 }, subcriteria: { 'incoming-ppm': { weight: 2 } } };
    const block = scorecardBlock(options);
    // main weight × subcriterion weight × the other main criteria's subcriterion weight sums (4, 2, 1)
    expect(block.categories[0]!.criteria.map((c) => [c.id, c.weight])).toEqual([
      ['incoming-ppm', '12'],
      ['complaints', '6'],
      ['eight-d-response', '6'],
      ['on-time-delivery', '8'],
      ['quantity-reliability', '8'],
      ['service-score', '8'],
    ]);
    const asBlock = evaluate(composeProfile({ ...meta, places: 6, blocks: [block] }), period);
    const asProfile = evaluate(scorecardProfile({ ...meta, ...options, places: 6 }), period);
    expect(asBlock.score).toBe(asProfile.score);
  });

  it('turns classes into scoped decision caps', () => {
    expect(scorecardBlock().rules).toEqual([
      {
        id: 'scorecard:class-Developmental',
        title: 'Scorecard total below 70: Developmental',
        scope: 'scorecard',
        when: { type: 'score', below: '70' },
        then: { capDecision: 'conditional' },
        translations: { id: { title: 'Total kartu skor di bawah 70: Developmental' } },
      },
    ]);
    expect(scorecardBlock({ category: 'rating', classes: 'abc' }).rules.map((r) => [r.id, r.when, r.then])).toEqual([
      ['rating:class-B', { type: 'score', below: '90' }, { capDecision: 'conditional' }],
      ['rating:class-C', { type: 'score', below: '80' }, { capDecision: 'rejected' }],
    ]);
  });
});
