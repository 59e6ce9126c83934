export { evaluateCohort, evaluateCohortSync, evaluateCohortAsync, type CohortOptions, type CohortProgress } from './evaluateCohort.js';
export { mergeCohortSummaries } from './mergeCohortSummaries.js';
export type {
  CohortSummary,
  CohortSettings,
  CohortSupplier,
  RankingEntry,
  CriterionGapCount,
  CauseFamilyCount,
  NearMiss,
  RegionSummary,
  InvalidRecord,
} from './cohortSummary.js';
export type { CohortWarnings, WarningCount, WarnedRecord } from './warningCounts.js';
