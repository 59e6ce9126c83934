import { pathText, type PathSegment } from '../errors/index.js';
import type { LintFinding } from '../kinds/kind.js';
import { lintSentencesEn, type LintCode } from '../locales/en.js';
import { lintSentencesId } from '../locales/id.js';

/**
 * One suspicious thing in a profile that is nevertheless valid: where, what kind, and a plain sentence
 * in English and Bahasa Indonesia. Shaped like a validation issue, so the same code can print both.
 */
export interface LintWarning {
  /** Readable path into the profile, e.g. `categories[0].criteria[2].weight`. */
  readonly path: string;
  /** The same path as segments. */
  readonly segments: readonly PathSegment[];
  /** Stable machine-readable code, listed in docs/authoring.md. */
  readonly code: LintCode;
  /** The sentence in English. */
  readonly message: string;
  /** The sentence in Bahasa Indonesia. */
  readonly messageId: string;
  /** The values the sentence was made from. */
  readonly params: Readonly<Record<string, string | number>>;
}

/**
 * Returns a lint warning for a code, a path and the code's parameters, with both sentences filled in.
 *
 * @example
 * lintWarning('critical_weight_zero', ['categories', 0, 'criteria', 1, 'weight'], { title: 'Leak test' }).path
 * //=> 'categories[0].criteria[1].weight'
 */
export function lintWarning(code: LintCode, segments: readonly PathSegment[], params: Readonly<Record<string, string | number>> = {}): LintWarning {
  return {
    path: pathText(segments),
    segments: [...segments],
    code,
    message: lintSentencesEn[code](params),
    messageId: lintSentencesId[code](params),
    params: { ...params },
  };
}

/**
 * Returns the lint warning of a finding a kind reports (its code, where, and the sentence's parameters).
 *
 * @example
 * warningOf({ code: 'gauge_not_required', segments: ['categories', 0, 'criteria', 2, 'characteristic'], params: { id: 'nozzle-gauge' } }).path
 * //=> 'categories[0].criteria[2].characteristic'
 */
export function warningOf(finding: LintFinding): LintWarning {
  return lintWarning(finding.code, finding.segments, finding.params);
}
