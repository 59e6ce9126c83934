export { lintProfile, type LintOptions } from './lintProfile.js';
export { lintReport, type LintReport, type LintReportOptions } from './lintReport.js';
export { LINT_CODES, type LintCode } from './lintCodes.js';
export type { LintWarning } from './lintWarning.js';
