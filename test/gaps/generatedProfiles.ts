import fc from 'fast-check';
import { defineProfile } from '../../src/parse/parseProfile.js';
import type { Profile } from '../../src/schema/profile.js';
import { vda63Profile } from '../../src/schemes/vda63/vda63Profile.js';

/** A generated profile with the evidence of one supplier against it. */
export interface GeneratedCase {
  readonly profile: Profile;
  readonly evidence: { supplier: { id: string; name: string }; auditDate: string; processSteps?: unknown[]; entries: Array<Record<string, unknown>> };
}

const at = '2026-11-20';
const WEIGHTS = ['1', '2', '3', '0.7', '1.3', '0'] as const;

/**
 * Profiles of checks, metrics and audit questions in one to four weighted categories (weights that
 * divide into endless decimals, zero weights, 0 to 2 places, equal weights whose scores fall on
 * rounding boundaries), with a category minimum, criteria rules with counts, category-score rules,
 * score rules on the whole and on one category, effort
 * estimates, and missing evidence counted as incomplete or as failed; and a supplier's evidence that
 * fails, meets partly, meets or leaves out each criterion.
 */
export const generatedCase: fc.Arbitrary<GeneratedCase> = fc
  .record({
    places: fc.integer({ min: 0, max: 2 }),
    missingFails: fc.boolean(),
    categories: fc.array(
      fc.record({
        weight: fc.constantFrom('1', '2', '0.3', '3'),
        minScore: fc.option(fc.constantFrom('40', '55.5', '70'), { nil: undefined }),
        criteria: fc.array(
          fc.record({
            kind: fc.constantFrom('check', 'check', 'metric', 'audit-question'),
            weight: fc.constantFrom(...WEIGHTS),
            severity: fc.constantFrom('critical', 'major', 'minor', 'minor'),
            effort: fc.option(fc.record({ days: fc.constantFrom('1', '2.5', '4'), cost: fc.option(fc.constantFrom('100', '250', '1000'), { nil: undefined }) }), { nil: undefined }),
            // 0 fails, 1 meets partly (metrics, questions), 2 meets, 3 missing.
            answer: fc.constantFrom(0, 0, 1, 2, 3),
            value: fc.integer({ min: 0, max: 1000 }),
          }),
          { minLength: 1, maxLength: 6 },
        ),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    rules: fc.subarray(['majors', 'score', 'people', 'half', 'low', 'scoped'] as const),
    atLeast: fc.integer({ min: 1, max: 3 }),
  })
  .map((g) => {
    let n = 0;
    const entries: Array<Record<string, unknown>> = [];
    const categories = g.categories.map((c, k) => ({
      id: `cat${k}`,
      title: `Category ${k}`,
      weight: c.weight,
      ...(c.minScore ? { minScore: c.minScore } : {}),
      criteria: c.criteria.map((x, j) => {
        const id = `c${n++}`;
        const base = { id, title: id, causeFamily: n % 3 === 0 ? 'man' : 'method', weight: j === 0 && x.weight === '0' ? '1' : x.weight, severity: x.severity, ...(x.effort ? { effort: x.effort } : {}) };
        if (x.answer !== 3) {
          if (x.kind === 'check') entries.push({ criterion: id, value: x.answer === 2 });
          else if (x.kind === 'metric') entries.push({ criterion: id, value: x.answer === 2 ? 100 : x.answer === 1 ? 100 + (x.value % 900) : 1500 });
          else entries.push({ criterion: id, points: x.answer === 2 ? 10 : x.answer === 1 ? [4, 6, 8][x.value % 3] : 0 });
        }
        if (x.kind === 'check') return { kind: 'check', ...base };
        if (x.kind === 'metric') return { kind: 'metric', ...base, unit: 'ppm', direction: 'lower-is-better', limit: 1000, target: 100 };
        return { kind: 'audit-question', ...base };
      }),
    }));
    const rules = g.rules.map((name) =>
      name === 'majors'
        ? { id: 'majors', when: { type: 'criteria', severity: ['major'], status: ['fail'], atLeast: g.atLeast }, then: { capDecision: 'conditional' } }
        : name === 'score'
          ? { id: 'score', when: { type: 'score', below: '50' }, then: { capGrade: 'C' } }
          : name === 'low'
            ? { id: 'low', when: { type: 'category-score', below: '60', categories: ['cat0'] }, then: { capGrade: 'B' } }
            : name === 'scoped'
              ? { id: 'scoped', scope: 'cat0', when: { type: 'score', below: '75' }, then: { capDecision: 'conditional' } }
              : name === 'people'
            ? { id: 'people', when: { type: 'criteria', causeFamily: ['man'], pointsAtMost: 4 }, then: { capGrade: 'B' } }
            : { id: 'half', when: { type: 'criteria', scoreBelow: '50', atLeast: g.atLeast + 1 }, then: { capDecision: 'rejected' } },
    );
    const profile = defineProfile({
      id: 'generated',
      version: '1',
      title: 'Generated',
      component: { name: 'Part' },
      places: g.places,
      categories,
      rules,
      decision: { missingEvidence: g.missingFails ? 'fail' : 'incomplete', belowCategoryMinimum: 'rejected' },
    });
    return { profile, evidence: { supplier: { id: 'gen', name: 'Generated' }, auditDate: at, entries } };
  });

const vdaProfile: Profile = defineProfile(vda63Profile({
  edition: '2016',
  id: 'vda63-generated',
  version: '1',
  title: 'Generated process audit',
  component: { name: 'Pump injector' },
  elements: [
    { element: 'P5', questions: [{ number: 'P5.1' }, { number: 'P5.2', star: true }, { number: 'P5.3' }] },
    { element: 'P6', questions: ['P6.1.1', 'P6.1.2', 'P6.2.1', 'P6.3.1', 'P6.4.1'].map((number) => ({ number })) },
    { element: 'P7', questions: [{ number: 'P7.1' }, { number: 'P7.2' }] },
  ],
}));
const vdaMissingFails = defineProfile({ ...(JSON.parse(JSON.stringify(vdaProfile)) as object), version: '2', decision: { missingEvidence: 'fail', belowCategoryMinimum: 'rejected' } });

/**
 * VDA 6.3 process audits (group scores, downgrades, the 2/3 coverage rule), missing evidence counted
 * as incomplete or as failed, some questions answered per process step of two product groups.
 */
export const generatedVdaCase: fc.Arbitrary<GeneratedCase> = fc
  .record({
    missingFails: fc.boolean(),
    perStep: fc.boolean(),
    answers: fc.array(fc.constantFrom(-1, 0, 4, 6, 8, 10, 10), { minLength: 10, maxLength: 10 }),
  })
  .map(({ missingFails, perStep, answers }) => {
    const profile = missingFails ? vdaMissingFails : vdaProfile;
    const questions = profile.categories.flatMap((c) => c.criteria);
    const entries = questions.flatMap((q, i): Array<Record<string, unknown>> => {
      const points = answers[i] as number;
      if (points < 0) return [];
      if (perStep && 'perStep' in q && q.perStep === true && i % 2 === 0) return [{ criterion: q.id, steps: [{ step: 'OP10', points }, { step: 'OP20', points: points === 0 ? 0 : 10 }] }];
      return [{ criterion: q.id, points }];
    });
    return {
      profile,
      evidence: { supplier: { id: 'vda', name: 'VDA' }, auditDate: at, processSteps: [{ id: 'OP10', productGroup: 'PG-A' }, { id: 'OP20', productGroup: 'PG-B' }], entries },
    };
  });
