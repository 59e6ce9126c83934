export { AQL_VALUES, type AqlValue } from './aqlValues.js';
export { CODE_LETTER_TABLE, INSPECTION_LEVELS, type CodeLetterRow } from './codeLetterTable.js';
export {
  NORMAL_TABLE,
  TIGHTENED_TABLE,
  REDUCED_ANSI_TABLE,
  type MasterTable,
  type MasterTableRow,
  type MasterTableCell,
} from './masterTables.js';
export { sampleSizeCodeLetter } from './sampleSizeCodeLetter.js';
export { samplingPlan } from './samplingPlan.js';
export { lotDisposition, type LotDisposition, type DispositionPlan } from './lotDisposition.js';
export {
  switchingState,
  type SwitchingLot,
  type SwitchingOptions,
  type SwitchingState,
  type SwitchingStateName,
  type SwitchingTransition,
} from './switchingState.js';
export {
  inspectionLevelSchema,
  inspectionSchema,
  editionSchema,
  codeLetterSchema,
  samplingPlanRequestSchema,
  samplingPlanSchema,
  type InspectionLevel,
  type Inspection,
  type Edition,
  type CodeLetter,
  type PlanLetter,
  type SamplingPlanRequest,
  type SamplingPlan,
} from './schemas.js';
