import { describe, expect, it } from 'vitest';
import { RUN_RULE_SETS, RUN_RULE_TEXT, RUN_RULES } from '../../src/stats/runRules.js';
import { runRuleFlags, type PointPlace } from '../../src/stats/runRules.js';

const at = (side: number, zone = 0, step = 0): PointPlace => ({ side, zone, step });

describe('runRuleFlags', () => {
  it('flags the 9th point of a run on one side and each later one (Nelson 2, as qcc)', () => {
    expect(runRuleFlags('nelson2', Array.from({ length: 10 }, () => at(1)))).toEqual([9, 10]);
    expect(runRuleFlags('we4', Array.from({ length: 8 }, () => at(-1)))).toEqual([8]);
  });
  it('counts a trend of six points as five steps in one direction (Nelson 3)', () => {
    const rising = [at(1, 0, 0), ...Array.from({ length: 5 }, () => at(1, 0, 1))];
    expect(runRuleFlags('nelson3', rising)).toEqual([6]);
    expect(runRuleFlags('nelson3', rising.slice(0, 5))).toEqual([]);
  });
  it('needs eight points beyond 1σ on both sides for Nelson 8', () => {
    const mixed = Array.from({ length: 8 }, (_, i) => at(i % 2 === 0 ? 1 : -1, 1));
    expect(runRuleFlags('nelson8', mixed)).toEqual([8]);
    expect(runRuleFlags('nelson8', Array.from({ length: 8 }, () => at(1, 2)))).toEqual([]);
  });
});

describe('the rule sets', () => {
  it('lists Western Electric 1–4 and Nelson 1–8, each with a sentence in both languages', () => {
    expect(RUN_RULE_SETS['western-electric']).toEqual(['we1', 'we2', 'we3', 'we4']);
    expect(RUN_RULE_SETS.nelson).toHaveLength(8);
    expect(RUN_RULES).toHaveLength(12);
    for (const rule of RUN_RULES) expect(RUN_RULE_TEXT[rule].en && RUN_RULE_TEXT[rule].id).toBeTruthy();
  });
});
