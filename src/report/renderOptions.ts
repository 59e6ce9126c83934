import * as z from 'zod/mini';
import { createIssue, optionsIssues, ValidationError, type ValidationIssue } from '../errors/index.js';
import { pathToPassSchema } from '../gaps/pathToPassSchema.js';
import { schemaIssues } from '../schema/schemaIssues.js';
import { reportEvidenceSchema, reportProfileSchema } from './reportInputSchemas.js';
import { REPORT_LANGUAGES, type ReportLanguage } from './language.js';
import { appendAll } from '../lists/appendAll.js';

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

/** The schema of each optional render option a renderer may read. */
const OPTION_SCHEMAS = {
  profile: reportProfileSchema,
  evidence: reportEvidenceSchema,
  path: pathToPassSchema,
  gaps: z.int().check(z.minimum(0)),
} as const;

/** A render option besides format and language. */
export type RenderOptionName = keyof typeof OPTION_SCHEMAS;

/**
 * Returns the checked format and language of render options, or throws a `ValidationError` naming
 * every problem: of the options (format, language, and each of `read` that is given) and the
 * `inputIssues` the renderer found in what it renders, so one error lists them all.
 *
 * @example
 * checkRenderOptions({ format: 'md' })
 * //=> { format: 'md', lang: 'en' }
 */
export function checkRenderOptions(
  options: BaseRenderOptions | undefined,
  read: readonly RenderOptionName[] = [],
  inputIssues: readonly ValidationIssue[] = [],
): { format: ReportFormat; lang: ReportLanguage } {
  const notObject = optionsIssues(options);
  if (notObject.length > 0) throw new ValidationError([...inputIssues, ...notObject], 'render input');
  const issues: ValidationIssue[] = [...inputIssues];
  for (const name of read) {
    const value = (options as Readonly<Record<string, unknown>> | undefined)?.[name];
    if (value !== undefined) appendAll(issues, schemaIssues(OPTION_SCHEMAS[name], value, [name]));
  }
  const format = (options as { format?: unknown } | undefined)?.format;
  const lang = (options as { lang?: unknown } | undefined)?.lang ?? 'en';
  if (!REPORT_FORMATS.includes(format as ReportFormat)) {
    issues.push(createIssue('invalid_value', ['format'], { options: REPORT_FORMATS.join(', ') }));
  }
  if (!REPORT_LANGUAGES.includes(lang as ReportLanguage)) {
    issues.push(createIssue('invalid_value', ['lang'], { options: REPORT_LANGUAGES.join(', ') }));
  }
  if (issues.length) throw new ValidationError(issues, inputIssues.length > 0 ? 'render input' : 'render options');
  return { format: format as ReportFormat, lang: lang as ReportLanguage };
}
