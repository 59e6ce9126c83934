import { describe, expect, it } from 'vitest';
import { screeningEvidence } from '../../bench/generate.js';
import { screeningProfile } from '../../bench/profiles.js';
import { addScreening, flushScreeningTally, screeningTally } from '../../src/cohort/addScreening.js';
import { addEvaluation, cohortRules } from '../../src/cohort/addToCohort.js';
import { emptyCohortState, summaryOfState, type CohortSettings } from '../../src/cohort/cohortSummary.js';
import { evaluate } from '../../src/evaluate.js';
import { compiledProfile } from '../../src/fast/compiledProfile.js';
import { screener, screenRecord } from '../../src/fast/screenRecord.js';
import { defineProfile } from '../../src/index.js';
import { profileRules } from '../../src/scoring/rules.js';
import { randomEvidence, randomProfile } from '../fast/randomProfiles.js';

function emptyState(profile: ReturnType<typeof defineProfile>, settings: CohortSettings) {
  const criteria = profile.categories.flatMap((category) =>
    category.criteria.map((c) => ({ criterion: c.id, title: c.title, category: category.id, causeFamily: c.causeFamily, severity: c.severity })),
  );
  const rules = profileRules(profile).map((rule, order) => ({ rule: rule.id, title: rule.title ?? rule.id, order }));
  return emptyCohortState(profile, profile.places, profile.grades.map((band) => band.grade), criteria.map((c, order) => ({ ...c, order })), settings, rules);
}

describe('addScreening', () => {
  const cases = [
    [defineProfile(screeningProfile), Array.from({ length: 300 }, (_, i) => screeningEvidence(3, i))],
    [defineProfile(randomProfile(3)), Array.from({ length: 80 }, (_, i) => randomEvidence(randomProfile(3), i))],
    [defineProfile(randomProfile(8)), Array.from({ length: 80 }, (_, i) => randomEvidence(randomProfile(8), i))],
  ] as const;
  for (const settings of [
    { top: 3, nearMissMargin: '5', nearMissLimit: 2, invalidLimit: 20, paths: false },
    { top: null, nearMissMargin: '40', nearMissLimit: 1000, invalidLimit: 20, paths: false },
    { top: 0, nearMissMargin: '0', nearMissLimit: 0, invalidLimit: 20, paths: false },
  ]) {
    it(`adds what adding the full evaluation adds (top ${settings.top}, margin ${settings.nearMissMargin}, ${settings.nearMissLimit} near misses)`, () => {
      let compared = 0;
      for (const [profile, records] of cases) {
        const compiled = compiledProfile(profile);
        if (!compiled?.screeningRules) throw new Error('no screening route');
        const rules = cohortRules(profile, settings.nearMissMargin);
        const fast = emptyState(profile, settings);
        const full = emptyState(profile, settings);
        const s = screener(compiled);
        const tally = screeningTally(fast, rules, s);
        let screened = 0;
        for (const record of records) {
          if (!screenRecord(s, record, undefined)) continue;
          screened++;
          addScreening(tally, s);
          addEvaluation(full, evaluate(profile, record), rules, null);
        }
        expect(screened).toBeGreaterThan(records.length / 2);
        flushScreeningTally(tally);
        expect(summaryOfState(fast)).toEqual(summaryOfState(full));
        compared++;
      }
      expect(compared).toBe(cases.length);
    });
  }

  it('keeps points lost and score totals as doubles until flushed', () => {
    const profile = defineProfile(screeningProfile);
    const compiled = compiledProfile(profile);
    if (!compiled) throw new Error('not compiled');
    const state = emptyState(profile, { top: 10, nearMissMargin: '2', nearMissLimit: 20, invalidLimit: 20, paths: false });
    const s = screener(compiled);
    const tally = screeningTally(state, cohortRules(profile, '2'), s);
    for (let i = 0; i < 20; i++) if (screenRecord(s, screeningEvidence(9, i), undefined)) addScreening(tally, s);
    const lost = () => [...state.criteria.values()].reduce((sum, c) => sum + c.pointsLost, 0n);
    expect(lost()).toBe(0n);
    const pending = tally.pendingLost.reduce((a, b) => a + b, 0);
    expect(pending).toBeGreaterThan(0);
    flushScreeningTally(tally);
    expect(lost()).toBe(BigInt(pending));
    expect(tally.pendingLost.every((x) => x === 0)).toBe(true);
    expect([...state.regions.values()].reduce((sum, r) => sum + r.scoreTotal, 0n)).toBe(BigInt([...state.histogram].reduce((sum, [units, count]) => sum + units * count, 0)));
  });
});
