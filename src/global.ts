/**
 * The entry of the global bundle `SupplierQuality` (dist/supplier-quality.global.js) for spreadsheet
 * script hosts and pages without a module system: evaluate, screen and parse, the sheet adapters, the custom
 * functions, process capability and sampling plans. No Node APIs, no clock, no environment.
 */
export { evaluate } from './evaluate.js';
export { screen } from './screen.js';
export { parseProfile, defineProfile } from './parse/parseProfile.js';
export { parseEvidence, defineEvidence } from './parse/parseEvidence.js';
export { ValidationError } from './errors/index.js';
export { processCapability } from './stats/processCapability.js';
export { samplingPlan } from './sampling/samplingPlan.js';
export { evaluateCohort } from './cohort/evaluateCohort.js';
export {
  capabilityCell,
  cellDate,
  cohortRows,
  errorCell,
  evaluateCell,
  evaluationRow,
  evaluationRows,
  evidenceFromRow,
  evidenceFromSheets,
  gapRows,
  issueText,
  profileFromRange,
  profileFromSheets,
  samplingPlanCell,
} from './sheets/index.js';
