/**
 * supplier-quality/report: reports people read. One entry point per subject (an evaluation, a re-audit
 * comparison, a cohort summary), each as plain text, Markdown, one self-contained HTML file with
 * charts, or CSV, in English or Bahasa Indonesia; `summaryText` gives an evaluation as a few lines for
 * a log or a message. Page: docs/api.md.
 */
export { renderEvaluation, type RenderEvaluationOptions } from './renderEvaluation.js';
export { renderComparison, type RenderComparisonOptions } from './renderComparison.js';
export { renderCohort, type RenderCohortOptions } from './renderCohort.js';
export { REPORT_FORMATS, type ReportFormat, type BaseRenderOptions } from './renderOptions.js';
export { REPORT_LANGUAGES, type ReportLanguage } from './language.js';
export type { ReportProfile, ReportEvidence, ReportTranslations } from './reportInputs.js';
export { summaryText, type SummaryTextOptions } from './summaryText.js';
