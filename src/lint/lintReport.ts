import { createIssue, optionsIssues, ValidationError, type ValidationIssue } from '../errors/index.js';
import { reportPhrasesEn } from '../locales/en.js';
import { reportPhrasesId } from '../locales/id.js';
import { parseProfile } from '../parse/parseProfile.js';
import { lintProfile, type LintOptions } from './lintProfile.js';
import type { LintWarning } from './lintWarning.js';

/** Options of `lintReport`. */
export interface LintReportOptions extends LintOptions {
  /** The language of the sentences: `en` (default) or `id` (Bahasa Indonesia). */
  readonly language?: 'en' | 'id';
}

/** What `lintReport` returns: the text to print, the exit status, and the warnings or problems behind them. */
export interface LintReport {
  /** 0: valid, no warnings; 1: valid, with warnings; 2: not a valid profile. */
  readonly status: 0 | 1 | 2;
  /** One line per warning or problem (`path: sentence [code]`), then a summary line. */
  readonly text: string;
  readonly warnings: readonly LintWarning[];
  /** The validation problems when the profile is not valid. */
  readonly issues: readonly ValidationIssue[];
}

/**
 * Returns the lint of a profile (parsed JSON or any input) as text for a terminal and an exit status,
 * for `supplier-quality lint`: 0 when the profile is valid and nothing is suspicious, 1 with warnings,
 * 2 when it is not a valid profile (the problems are listed instead). Never throws for bad input.
 *
 * @example
 * lintReport(JSON.parse(text)).text
 * //=> 'pump-injector-jp250 2026.1: no warnings.'
 */
export function lintReport(input: unknown, options: LintReportOptions = {}): LintReport {
  const notAnObject = optionsIssues(options);
  if (notAnObject.length > 0) throw new ValidationError(notAnObject, 'options');
  const language = options.language ?? 'en';
  if (language !== 'en' && language !== 'id') throw new ValidationError([createIssue('invalid_value', ['language'], { options: '"en", "id"' })], 'options');
  const phrases = language === 'id' ? reportPhrasesId : reportPhrasesEn;
  const sentence = (item: { message: string; messageId: string }) => (language === 'id' ? item.messageId : item.message);
  const parsed = parseProfile(input);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const lines = issues.map((issue) => `${issue.path}: ${sentence(issue)} [${issue.code}]`);
    return { status: 2, text: [...lines, phrases['lint.invalid']({ count: String(issues.length) })].join('\n'), warnings: [], issues };
  }
  const warnings = lintProfile(parsed.data, options);
  const name = `${parsed.data.id} ${parsed.data.version}`;
  const lines = warnings.map((warning) => `${warning.path}: ${sentence(warning)} [${warning.code}]`);
  const last = warnings.length === 0 ? phrases['lint.clean']({ name }) : phrases['lint.warnings']({ name, count: String(warnings.length) });
  return { status: warnings.length === 0 ? 0 : 1, text: [...lines, last].join('\n'), warnings, issues: [] };
}
