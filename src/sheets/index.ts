/**
 * supplier-quality/sheets: read profiles and evidence from spreadsheet ranges (2D arrays), write
 * evaluations, gap lists and cohort summaries back as 2D arrays, and custom functions that return
 * cells. Layout: docs/sheets.md.
 */
export {
  cellBoolean,
  cellDate,
  cellList,
  cellReference,
  cellText,
  columnName,
  isEmptyCell,
  parseA1,
  type Cell,
  type DateCells,
  type Grid,
} from './cells.js';
export type { CellLocation, SheetInput, SheetLike } from './sheetInput.js';
export { issueText, type SheetIssue } from './sheetIssues.js';
export { profileFromSheets, type ProfileSheets, type SheetReadOptions } from './profileFromSheets.js';
export { evidenceFromSheets, type EvidenceSheets, type EvidenceSheetOptions } from './evidenceFromSheets.js';
export { entryFromCell, evidenceFromRow, type RowReadOptions } from './evidenceFromRow.js';
export { rectangle, type OutputCell, type OutputRows, type SheetWriteOptions } from './outputRows.js';
export { evaluationRows, evaluationRow, CRITERION_COLUMNS, EVALUATION_COLUMNS } from './evaluationRows.js';
export { gapRows, GAP_COLUMNS } from './gapRows.js';
export { cohortRows } from './cohortRows.js';
export {
  capabilityCell,
  errorCell,
  evaluateCell,
  gaugeStudyCell,
  profileFromRange,
  samplingPlanCell,
  type CustomFunctionResult,
} from './customFunctions.js';
export { profileToSheets, type ProfileSheetRows, type ProfileWriteOptions } from './profileToSheets.js';
export { supplierRows } from './supplierRows.js';
