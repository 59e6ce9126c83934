export { lintProfile, type LintOptions } from './lintProfile.js';
export { lintReport, type LintReport, type LintReportOptions } from './lintReport.js';
export { lintMessages, LINT_CODES, type LintCode } from './lintMessages.js';
export type { LintWarning } from './lintWarning.js';
