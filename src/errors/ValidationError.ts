import { pathText, type PathSegment } from './pathText.js';
import { issueSentencesEn, type IssueCode } from '../locales/en.js';
import { issueSentencesId } from '../locales/id.js';

/** One problem found in the input: where, what kind, and a plain sentence in English and Bahasa Indonesia. */
export interface ValidationIssue {
  /** Readable path into the input, e.g. `categories[1].criteria[3].usl`; `(root)` for the whole input. */
  readonly path: string;
  /** The same path as segments. */
  readonly segments: readonly PathSegment[];
  /** Stable machine-readable code, listed in docs/errors.md. */
  readonly code: IssueCode;
  /** The sentence in English. */
  readonly message: string;
  /** The sentence in Bahasa Indonesia. */
  readonly messageId: string;
  /** The values the sentence was made from. */
  readonly params: Readonly<Record<string, string | number>>;
  /** For a problem inside an evidence entry: the criterion id the entry names, shown beside the path. */
  readonly criterion?: string;
}

/**
 * Returns where an issue is, as users read it: its path, with the criterion an evidence entry names
 * beside the entry (`entries[1] (throat-d).values`).
 *
 * @example
 * issueWhere({ ...createIssue('required', ['entries', 1, 'values']), criterion: 'throat-d' })
 * //=> 'entries[1] (throat-d).values'
 */
export function issueWhere(issue: Pick<ValidationIssue, 'path' | 'criterion'>): string {
  if (issue.criterion === undefined) return issue.path;
  const entry = /^entries\[\d+\]/.exec(issue.path)?.[0];
  return entry === undefined ? issue.path : `${entry} (${issue.criterion})${issue.path.slice(entry.length)}`;
}

/**
 * Returns a validation issue for a code, a path and the code's parameters, with both sentences filled in.
 *
 * @example
 * createIssue('required', ['id']).message
 * //=> 'This value is required.'
 */
export function createIssue(
  code: IssueCode,
  segments: readonly PathSegment[],
  params: Readonly<Record<string, string | number>> = {},
): ValidationIssue {
  return {
    path: pathText(segments),
    segments: [...segments],
    code,
    message: issueSentencesEn[code](params),
    messageId: issueSentencesId[code](params),
    params: { ...params },
  };
}

/** The most issues one `ValidationError` lists; the rest are counted in a last `more_issues` issue. */
export const MAX_ISSUES = 1000;

/** Returns the issues as listed: all of them, or the first `MAX_ISSUES` and one `more_issues` counting the rest. */
function listedIssues(issues: readonly ValidationIssue[]): readonly ValidationIssue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  return [...issues.slice(0, MAX_ISSUES), createIssue('more_issues', [], { count: String(issues.length - MAX_ISSUES), maximum: String(MAX_ISSUES) })];
}

/**
 * The one error type for invalid input. It carries every issue found, not only the first, up to
 * `MAX_ISSUES` (1,000); beyond them a last issue (`more_issues`) says how many more there are.
 *
 * @example
 * try { defineProfile({}) } catch (e) { if (e instanceof ValidationError) e.issues.length }
 * //=> 5
 */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  readonly issues: readonly ValidationIssue[];

  constructor(all: readonly ValidationIssue[], subject = 'input') {
    const issues = listedIssues(all);
    const lines = issues.slice(0, 20).map((issue) => `  ${issueWhere(issue)}: ${issue.message}`);
    if (all.length > 20) lines.push(`  … and ${all.length - 20} more`);
    super(`Invalid ${subject}: ${all.length} problem${all.length === 1 ? '' : 's'}\n${lines.join('\n')}`);
    this.issues = issues;
  }
}
