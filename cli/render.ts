import type { CohortSummary, Evaluation, Evidence, PathToPass, Profile } from '../src/index.js';
import { renderCohort, renderEvaluation } from '../src/report/index.js';

/** Output formats of `evaluate` and `cohort`. */
export const FORMATS = ['text', 'json', 'md', 'html', 'csv'] as const;
export type Format = (typeof FORMATS)[number];
export type Lang = 'en' | 'id';

/** One evaluation with what its report shows beside it. */
export interface Evaluated {
  readonly evaluation: Evaluation;
  readonly evidence: Evidence;
  readonly path?: PathToPass;
}

/** Returns the part of an HTML page between its body tags. */
const bodyOf = (page: string): string => page.slice(page.indexOf('>', page.indexOf('<body')) + 1, page.lastIndexOf('</body>'));

/**
 * Returns evaluations in an output format: `json` the evaluations as the library returns them (one
 * object, or a list for several); otherwise the report renderers' text, Markdown, HTML (several
 * suppliers in one page) or CSV (one header, then every supplier's rows).
 *
 * @example
 * renderEvaluations([{ evaluation, evidence }], 'text', 'en', profile).split('\n')[0]
 * //=> 'CV Maju Jaya Teknik   CONDITIONAL   score 86.6   grade B   re-audit by 17 February 2027'
 */
export function renderEvaluations(items: readonly Evaluated[], format: Format, lang: Lang, profile: Profile): string {
  if (format === 'json') {
    const evaluations = items.map((item) => item.evaluation);
    return `${JSON.stringify(evaluations.length === 1 ? evaluations[0] : evaluations, null, 2)}\n`;
  }
  const pages = items.map((item) =>
    renderEvaluation(item.evaluation, { format, lang, profile, evidence: item.evidence, ...(item.path ? { path: item.path } : {}) }),
  );
  const end = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);
  switch (format) {
    case 'html': {
      const [first = ''] = pages;
      if (pages.length < 2) return end(first);
      const bodies = pages.map(bodyOf).join('\n<hr>\n');
      return end(`${first.slice(0, first.indexOf('>', first.indexOf('<body')) + 1)}${bodies}${first.slice(first.lastIndexOf('</body>'))}`);
    }
    case 'csv': {
      const newline = pages[0]?.includes('\r\n') ? '\r\n' : '\n';
      return pages.map((page, i) => (i === 0 ? page : page.slice(page.indexOf(newline) + newline.length))).map(end).join('');
    }
    default:
      return pages.map(end).join('\n');
  }
}

/** Returns a cohort summary: `json` as the library returns it, else the report renderer's output.
 *
 * @example
 * renderCohortSummary(summary, 'json', 'en', profile)
 * //=> the summary as JSON text
 */
export function renderCohortSummary(summary: CohortSummary, format: Format, lang: Lang, profile: Profile): string {
  if (format === 'json') return `${JSON.stringify(summary, null, 2)}\n`;
  const text = renderCohort(summary, { format, lang, profile });
  return text.endsWith('\n') ? text : `${text}\n`;
}
