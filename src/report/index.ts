/**
 * Reports people read: one entry point per subject, each in text, Markdown, self-contained HTML with
 * charts, or CSV, in English or Bahasa Indonesia.
 */
export { renderEvaluation, type RenderEvaluationOptions } from './renderEvaluation.js';
export { REPORT_FORMATS, type ReportFormat, type BaseRenderOptions } from './renderOptions.js';
export { REPORT_LANGUAGES, type ReportLanguage } from './messages/index.js';
export type { ReportProfile, ReportEvidence, ReportTranslations } from './reportInputs.js';
export { summaryText, type SummaryTextOptions } from './summaryText.js';
