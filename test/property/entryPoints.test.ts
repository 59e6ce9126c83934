import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as authoring from '../../src/authoring/index.js';
import * as root from '../../src/index.js';
import { ValidationError } from '../../src/index.js';
import * as report from '../../src/report/index.js';
import * as sampling from '../../src/sampling/index.js';
import * as schemes from '../../src/schemes/index.js';
import * as stats from '../../src/stats/index.js';
import { caseArb, hostileValue, mutated, settings } from './arbitraries.js';

/** Every public value of the root entry and the subpath entries stats, sampling, schemes, report and authoring (sheets and testing: subpathEntryPoints.test.ts). */
const library = { ...root, ...stats, ...sampling, ...schemes, ...report, ...authoring };

/** Any JavaScript value, including what no JSON reader makes (null prototypes, Maps, BigInts…). */
const anything = fc.anything({
  maxDepth: 3,
  withNullPrototype: true,
  withBoxedValues: true,
  withSparseArray: true,
  withMap: true,
  withSet: true,
  withDate: true,
  withTypedArray: true,
  withBigInt: true,
});

const numberish = fc.oneof(fc.double(), fc.integer(), hostileValue, fc.constantFrom<unknown>('1.33', '10.05', ' 7 ', 2, 25, 0.95));
const values = fc.oneof(fc.array(numberish, { maxLength: 30 }), fc.array(fc.array(numberish, { maxLength: 6 }), { maxLength: 8 }));
const options = fc.record(
  { lsl: numberish, usl: numberish, target: numberish, sigma: fc.constantFrom<unknown>('rbar', 'sbar', 'pooled', 'moving-range', 'x', 3), confidence: numberish, constants: fc.constantFrom<unknown>('printed', 'exact', 1), unbiasedOverall: fc.constantFrom<unknown>(true, 'yes') },
  { requiredKeys: [] },
);
const planRequest = fc.record(
  { lotSize: numberish, aql: numberish, level: fc.constantFrom<unknown>('II', 'S-1', 'IV', 2), inspection: fc.constantFrom<unknown>('normal', 'tightened', 'reduced', 'x'), edition: fc.constantFrom<unknown>('ISO 2859-1:1999', 'ANSI/ASQ Z1.4-2003', 'x') },
  { requiredKeys: [] },
);
const plan = fc.constantFrom(
  library.samplingPlan({ lotSize: 1200, aql: '1.0', level: 'II' }),
  library.samplingPlan({ lotSize: 125, aql: '1.0', level: 'III', inspection: 'reduced', edition: 'ANSI/ASQ Z1.4-2003' }),
);
const lot = fc.record({ accepted: fc.constantFrom<unknown>(true, false, 'yes'), nonconforming: numberish, plan: fc.oneof(plan, mutated(plan), anything), productionIrregular: fc.constantFrom<unknown>(true, 1) }, { requiredKeys: [] });
const unit = fc.oneof(fc.constantFrom<unknown>('mm', 'in', 'psi', 'kPa', '°C', 'furlong', ''), anything);

/** An argument list for each public function: anything at all, or near-valid arguments. */
const entryPoints: Record<string, { fn: (...args: never[]) => unknown; args: fc.Arbitrary<unknown[]> }> = {};
const add = (name: keyof typeof library, ...args: fc.Arbitrary<unknown>[]) => {
  const fn = library[name] as (...a: never[]) => unknown;
  const near = fc.tuple(...args.map((arg) => fc.oneof({ weight: 3, arbitrary: arg }, { weight: 1, arbitrary: anything })));
  entryPoints[name] = { fn, args: fc.oneof(near, fc.array(anything, { maxLength: args.length + 1 })) };
};

const valid = caseArb();
add('evaluate', valid.chain((c) => mutated(fc.constant(c.profile))), valid.chain((c) => mutated(fc.constant(c.evidence))), fc.oneof(fc.record({ at: hostileValue }), anything));
add('screen', valid.chain((c) => mutated(fc.constant(c.profile))), valid.chain((c) => mutated(fc.constant(c.evidence))), fc.oneof(fc.record({ at: hostileValue }), anything));
add('parseProfile', valid.chain((c) => mutated(fc.constant(c.profile))));
add('defineProfile', valid.chain((c) => mutated(fc.constant(c.profile))));
add('parseEvidence', valid.chain((c) => mutated(fc.constant(c.evidence))), fc.oneof(fc.record({ profile: anything }), valid.map((c) => ({ profile: c.profile }))));
add('defineEvidence', valid.chain((c) => mutated(fc.constant(c.evidence))), fc.oneof(fc.record({ profile: anything }), valid.map((c) => ({ profile: c.profile }))));
add('processCapability', values, options);
add('processCapabilityValues', values, options);
add('meetsIndex', numberish, numberish);
add('bissellInterval', numberish, numberish, numberish);
add('d2', numberish, fc.constantFrom<unknown>('printed', 'exact', 'x'));
add('c4', numberish, fc.constantFrom<unknown>('printed', 'exact', 'x'));
add('withinSigmaRbar', values, fc.constantFrom<unknown>('printed', 'exact', 'x'));
add('withinSigmaSbar', values, fc.constantFrom<unknown>('printed', 'exact', 'x'));
add('withinSigmaPooled', values);
add('withinSigmaMovingRange', values, fc.constantFrom<unknown>('printed', 'exact', 'x'));
add('overallSigma', values, fc.record({ unbiased: fc.constantFrom<unknown>(true, 'no') }, { requiredKeys: [] }));
add('samplingPlan', planRequest);
add('sampleSizeCodeLetter', numberish, fc.constantFrom<unknown>('II', 'S-4', 'X'));
add('lotDisposition', fc.oneof(plan, mutated(plan)), numberish);
add('switchingState', fc.array(lot, { maxLength: 12 }), fc.record({ start: fc.constantFrom<unknown>('normal', 'reduced', 'x'), productionSteady: fc.constantFrom<unknown>(true, 0), authorityApprovesReduced: fc.constantFrom<unknown>(true, null) }, { requiredKeys: [] }));
add('unitInfo', unit);
add('canonicalUnit', unit);
add('conversionBetween', unit, unit);

// Gap analysis and cohorts: they take profiles, evidence and evaluations as unparsed JSON.
const evaluated = valid.map((c) => ({ profile: c.profile, evidence: c.evidence, evaluation: library.evaluate(c.profile, c.evidence, c.options) }));
const changed = (arb: fc.Arbitrary<unknown>) => fc.oneof(arb, mutated(arb));
add('pathToPass', evaluated.map((e) => e.profile), evaluated.chain((e) => changed(fc.constant(JSON.parse(JSON.stringify(e.evaluation))))), fc.oneof(fc.record({ prefer: fc.constantFrom<unknown>('cost', 'days', 'x') }), anything));
add('whatIf', evaluated.map((e) => e.profile), evaluated.chain((e) => changed(fc.constant(e.evidence))), fc.oneof(fc.record({ entries: fc.array(anything, { maxLength: 3 }) }), fc.array(anything, { maxLength: 3 })), anything);
add('compareEvaluations', evaluated.chain((e) => changed(fc.constant(JSON.parse(JSON.stringify(e.evaluation))))), evaluated.chain((e) => changed(fc.constant(JSON.parse(JSON.stringify(e.evaluation))))));
const cohortArgs = [evaluated.map((e) => e.profile), fc.array(fc.oneof(evaluated.map((e) => e.evidence), anything), { maxLength: 4 }), fc.oneof(fc.record({ at: hostileValue, top: numberish, nearMissMargin: numberish }, { requiredKeys: [] }), anything)] as const;
add('evaluateCohort', ...cohortArgs);
add('evaluateCohortSync', ...cohortArgs);

// Functions that take the library's own output (evaluations, comparisons, cohort summaries, parsed
// criteria, paths): that output as JSON, changed in a few places, or anything at all.
const evaluationJson = evaluated.map((e) => JSON.parse(JSON.stringify(e.evaluation)) as unknown);
const comparisonJson = evaluated.map((e) => JSON.parse(JSON.stringify(library.compareEvaluations(e.evaluation, e.evaluation))) as unknown);
const pathJson = evaluated.map((e) => JSON.parse(JSON.stringify(library.pathToPass(e.profile, e.evaluation))) as unknown);
const summaryJson = fc
  .array(valid, { minLength: 1, maxLength: 3 })
  .map((cases) => JSON.parse(JSON.stringify(library.evaluateCohortSync(cases[0]?.profile, cases.map((c) => c.evidence), { at: '2027-01-01', paths: true }))) as unknown);
const limitFields = fc.record({ nominal: numberish, tolerance: numberish, upperDeviation: numberish, lowerDeviation: numberish, lsl: numberish, usl: numberish }, { requiredKeys: [] });
const renderOptions = fc.oneof(
  fc.record(
    {
      format: fc.constantFrom<unknown>(...Array.from(library.REPORT_FORMATS), 'xml'),
      lang: fc.constantFrom<unknown>('en', 'id', 'fr', undefined),
      profile: fc.oneof(valid.chain((c) => changed(fc.constant(c.profile))), anything),
      evidence: fc.oneof(valid.chain((c) => changed(fc.constant(c.evidence))), anything),
      path: fc.oneof(changed(pathJson), anything),
      gaps: numberish,
    },
    { requiredKeys: ['format'] },
  ),
  anything,
);
add('summaryText', changed(evaluationJson), fc.oneof(fc.record({ gaps: numberish }, { requiredKeys: [] }), anything));
add('customIssue', fc.oneof(fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 4 }), fc.array(hostileValue, { maxLength: 3 })), fc.oneof(fc.string(), hostileValue), fc.oneof(fc.string(), hostileValue));
add('specLimits', fc.oneof(limitFields, mutated(limitFields)));
add('decisiveCauses', fc.oneof(evaluated.map((e) => e.profile), anything), changed(evaluationJson));
add('evaluationDifference', changed(evaluationJson), changed(evaluationJson));
add('profileChanges', changed(evaluationJson), changed(evaluationJson));
add('mergeCohortSummaries', changed(summaryJson), changed(summaryJson));
add('renderEvaluation', changed(evaluationJson), renderOptions);
add('renderComparison', changed(comparisonJson), renderOptions);
add('renderCohort', changed(summaryJson), renderOptions);

// Scheme builders and helpers (VDA 6.3, PPAP, scorecards, composed profiles): values a sheet or a
// form may hand them, or anything at all.
const word = fc.oneof(fc.constantFrom<unknown>('P6.4.1', 'P2', '1', '18', 'warrant', 'interim', 'approved', 'rejected', 'conditional', 'level-3', 3, 'A'), hostileValue);
const options2 = fc.oneof(fc.dictionary(fc.constantFrom('id', 'title', 'version', 'level', 'elements', 'questions', 'blocks', 'classes', 'weights', 'scope', 'component', 'category'), fc.oneof(word, fc.array(word, { maxLength: 3 }))), anything);
add('checkedPswDisposition', word);
add('decisionForPswDisposition', word);
add('pswDispositionFor', word, options2);
add('initialStudyDisposition', numberish);
add('complaintScore', options2);
add('goodsReceiptScore', options2);
add('cumulativePpm', fc.array(options2, { maxLength: 3 }), numberish);
add('onTimeDeliveryPercent', numberish, numberish, numberish);
add('partsPerMillion', numberish, numberish, numberish);
add('weightedTotal', fc.array(options2, { maxLength: 3 }), numberish);
add('scorecardClass', numberish, fc.oneof(fc.array(options2, { maxLength: 3 }), anything));
add('initialStudyCriteria', fc.array(options2, { maxLength: 3 }));
add('ppapElement', word);
add('ppapRequirement', word, word);
add('ppapBlock', options2);
add('ppapProfile', options2);
add('scorecardBlock', options2);
add('scorecardProfile', options2);
add('vda63Block', options2);
add('vda63Profile', options2);
add('vda63QuestionPlace', word);
add('vda63Rules', options2);
add('composeProfile', options2);

// Authoring builders and the profile linter.
const builderOptions = fc.oneof(fc.dictionary(fc.constantFrom('unit', 'nominal', 'tolerance', 'lsl', 'usl', 'causeFamily', 'severity', 'weight', 'standard', 'direction', 'limit', 'aql', 'levels', 'expected'), fc.oneof(word, numberish)), anything);
for (const name of ['measurement', 'auditQuestion', 'certificate', 'metric', 'requiredDocument', 'check', 'attributeInspection', 'requiredGaugeStudy'] as const) add(name, word, word, builderOptions);
add('category', word, word, fc.oneof(fc.array(builderOptions, { maxLength: 3 }), anything), builderOptions);
add('profile', builderOptions);
add('lintProfile', valid.chain((c) => changed(fc.constant(c.profile))), anything);
add('lintReport', valid.chain((c) => changed(fc.constant(c.profile))), anything);

describe('public entry points under arbitrary input', () => {
  it('evaluateCohortAsync rejects with nothing but a ValidationError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.tuple(...cohortArgs), async ([profile, evidences, options]) => {
        try {
          await library.evaluateCohortAsync(profile, evidences as unknown[], options as never);
        } catch (error) {
          if (!(error instanceof ValidationError)) throw new Error(`evaluateCohortAsync threw ${String((error as Error)?.name)}: ${String((error as Error)?.message)}`);
        }
      }),
      settings(40, 0.2),
    );
  });

  for (const [name, { fn, args }] of Object.entries(entryPoints)) {
    it(`${name} throws nothing but a ValidationError`, () => {
      fc.assert(
        fc.property(args, (list) => {
          try {
            fn(...(list as never[]));
          } catch (error) {
            if (!(error instanceof ValidationError)) throw new Error(`${name} threw ${String((error as Error)?.name)}: ${String((error as Error)?.message)}`);
          }
        }),
        settings(['evaluate', 'screen', 'parseEvidence', 'defineEvidence', 'pathToPass', 'whatIf', 'compareEvaluations', 'evaluateCohort', 'evaluateCohortSync', 'summaryText', 'evaluationDifference', 'profileChanges', 'mergeCohortSummaries', 'renderEvaluation', 'renderComparison', 'renderCohort'].includes(name) ? 40 : 150, 0.5),
      );
    });
  }
});

it('every function the package exports is covered above', () => {
  // evaluateCohortAsync above; the control chart and gauge study functions in statsEntryPoints.test.ts.
  const testedOnItsOwn = ['evaluateCohortAsync', 'controlChart', 'controlChartFactors', 'gaugeStudy'];
  const functions = Object.entries(library).filter(([, value]) => typeof value === 'function' && !/^[A-Z]/.test(value.name));
  const uncovered = functions.map(([name]) => name).filter((name) => !(name in entryPoints) && !testedOnItsOwn.includes(name));
  expect(uncovered).toEqual([]);
});
