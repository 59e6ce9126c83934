/**
 * supplier-quality/testing: helpers for testing requirement profiles like code. Vitest matchers for
 * evaluations (register with `expect.extend(matchers)`), passing evidence to start from, values at
 * and around each limit, and boundary cases with their expected statuses.
 */
export { matchers, type GapExpectation, type MatcherContext, type MatcherResult } from './matchers.js';
export type { EvaluationMatchers } from './vitestTypes.js';
export { passingEvidence, passingEntry, FIXTURE_AUDIT_DATE, type EvidenceOverrides, type FixtureOptions } from './passingEvidence.js';
export {
  limitValues,
  limitValuesOf,
  resolutionStep,
  type LimitValues,
  type LimitValuesFor,
  type MeasurementLimitValues,
  type MetricLimitValues,
} from './limitValues.js';
export { boundaryCases, type BoundaryCase, type BoundaryPosition } from './boundaryCases.js';
