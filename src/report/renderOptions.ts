import { createIssue, ValidationError, type ValidationIssue } from '../errors/index.js';
import { REPORT_LANGUAGES, type ReportLanguage } from './messages/index.js';

/** The formats every report comes in. */
export type ReportFormat = 'text' | 'md' | 'html' | 'csv';

/** The report formats. */
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'md', 'html', 'csv'];

/** Options every renderer takes. */
export interface BaseRenderOptions {
  /** `text` (terminal), `md` (Markdown), `html` (one self-contained file with charts) or `csv`. */
  readonly format: ReportFormat;
  /** `en` (default) or `id` (Bahasa Indonesia). */
  readonly lang?: ReportLanguage;
}

/**
 * Returns the checked format and language of render options, or throws a `ValidationError` naming
 * every bad option.
 *
 * @example
 * checkRenderOptions({ format: 'md' })
 * //=> { format: 'md', lang: 'en' }
 */
export function checkRenderOptions(options: BaseRenderOptions | undefined): { format: ReportFormat; lang: ReportLanguage } {
  const issues: ValidationIssue[] = [];
  const format = (options as { format?: unknown } | undefined)?.format;
  const lang = (options as { lang?: unknown } | undefined)?.lang ?? 'en';
  if (!REPORT_FORMATS.includes(format as ReportFormat)) {
    issues.push(createIssue('invalid_value', ['format'], { options: REPORT_FORMATS.join(', ') }));
  }
  if (!REPORT_LANGUAGES.includes(lang as ReportLanguage)) {
    issues.push(createIssue('invalid_value', ['lang'], { options: REPORT_LANGUAGES.join(', ') }));
  }
  if (issues.length) throw new ValidationError(issues, 'render options');
  return { format: format as ReportFormat, lang: lang as ReportLanguage };
}
