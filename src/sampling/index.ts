/**
 * supplier-quality/sampling: attribute sampling by ISO 2859-1:1999 (and ANSI/ASQ Z1.4-2003), as the
 * standard's tables print it. `samplingPlan` gives the plan for a lot (code letter, sample size,
 * Ac/Re, arrows followed); `sampleSizeCodeLetter` the code letter alone; `lotDisposition` accepts or
 * rejects a lot by its nonconforming count; `switchingState` walks a history of lots through the
 * switching rules (normal, tightened, reduced, discontinued). Page: docs/api.md.
 */
export { samplingPlan } from './samplingPlan.js';
export { sampleSizeCodeLetter } from './sampleSizeCodeLetter.js';
export { lotDisposition, type LotDisposition, type DispositionPlan } from './lotDisposition.js';
export {
  switchingState,
  type SwitchingLot,
  type SwitchingOptions,
  type SwitchingState,
  type SwitchingStateName,
  type SwitchingTransition,
} from './switchingState.js';
export { AQL_VALUES, type AqlValue } from './aqlValues.js';
export { INSPECTION_LEVELS } from './codeLetterTable.js';
export type {
  InspectionLevel,
  Inspection,
  Edition,
  CodeLetter,
  PlanLetter,
  SamplingPlanRequest,
  SamplingPlan,
} from './schemas.js';
