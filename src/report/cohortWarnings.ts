import { issueWhere } from '../errors/index.js';
import type { CohortSummary } from '../cohort/cohortSummary.js';
import type { Formatter } from './format.js';

/** The warnings about a cohort's evidence ready to render: every phrase in the reader's language. */
export interface CohortWarningsView {
  /** How many warnings about how many suppliers' evidence, and that the entries were not used. */
  readonly sentence: string;
  /** The warnings per code, in one sentence. */
  readonly codes: string;
  /** Per code and criterion id: the code, the id, the count, and the line saying so. */
  readonly counts: ReadonlyArray<{ readonly code: string; readonly criterion: string; readonly count: string; readonly text: string }>;
  /** The first records with warnings: record number, supplier, and their warnings (`path: sentence`). */
  readonly records: ReadonlyArray<{ readonly record: string; readonly supplierId: string; readonly supplier: string; readonly warnings: readonly string[] }>;
}

/**
 * Returns the warnings of a cohort summary in a language, or undefined when no record had any.
 *
 * @example
 * cohortWarningsView(summary, formatterFor('en', 'prose'))?.counts[0]?.text
 * //=> 'Entries for "leak-tset", a criterion the profile does not have: 2'
 */
export function cohortWarningsView(summary: CohortSummary, f: Formatter): CohortWarningsView | undefined {
  const warnings = summary.warnings;
  if (!warnings) return undefined;
  const n = (x: number) => f.number(String(x));
  const byCode = Object.entries(warnings.byCode) as Array<[string, number]>;
  const total = byCode.reduce((sum, [, count]) => sum + count, 0);
  return {
    sentence: f.say('cohort.warnings', { count: n(total), records: n(warnings.records) }),
    codes: f.say('cohort.warningCodes', { list: byCode.map(([code, count]) => `${code} ${n(count)}`).join(' · ') }),
    counts: warnings.byCriterion.map((pair) => ({
      code: pair.code,
      criterion: pair.criterion,
      count: n(pair.count),
      text: f.say('cohort.warningCount', { code: pair.code, criterion: pair.criterion, count: n(pair.count) }),
    })),
    records: warnings.examples.map((record) => ({
      record: n(record.index),
      supplierId: record.supplier.id,
      supplier: record.supplier.name,
      warnings: record.warnings.map((w) => `${issueWhere(w)}: ${f.lang === 'id' ? w.messageId : w.message}`),
    })),
  };
}

/**
 * Returns the lines of the plain-text section on the warnings (none without warnings).
 *
 * @example
 * cohortWarningsText(view, formatterFor('en', 'prose'))[1]
 * //=> 'Notes on the evidence: 2 warnings about the evidence of 2 suppliers: …'
 */
export function cohortWarningsText(view: CohortWarningsView | undefined, f: Formatter): string[] {
  if (!view) return [];
  const lines = ['', `${f.say('section.warnings')}: ${view.sentence}`, `  ${view.codes}`];
  for (const c of view.counts) lines.push(`  - ${c.text}`);
  for (const r of view.records) for (const w of r.warnings) lines.push(`  - ${f.say('label.record')} ${r.record}, ${r.supplier} (${r.supplierId}): ${w}`);
  return lines;
}

/**
 * Returns the tables of the warnings section: counts per code and criterion id, and the records
 * listed with their warnings (header cells, rows, numeric columns).
 */
export function cohortWarningsTables(view: CohortWarningsView, f: Formatter) {
  return {
    counts: {
      head: [f.say('label.code'), f.say('label.criterion'), f.say('label.warnings')],
      rows: view.counts.map((c) => [c.code, c.criterion, c.count]),
      numeric: [2],
    },
    records: {
      head: [f.say('label.record'), f.say('label.supplier'), f.say('label.warnings')],
      rows: view.records.map((r) => [r.record, `${r.supplier} (${r.supplierId})`, r.warnings.join('; ')]),
      numeric: [0],
    },
  };
}

/**
 * Returns the rows the cohort CSV adds for the warnings: per listed warning, the supplier's columns,
 * the status "Note on the evidence" in the decision column and the warning as the explanation, in the
 * order of `COHORT_CSV_COLUMNS`.
 */
export function cohortWarningsCsvRows(view: CohortWarningsView | undefined, f: Formatter, profile: { readonly id: string; readonly version: string }): string[][] {
  if (!view) return [];
  return view.records.flatMap((r) => r.warnings.map((w) => ['', r.supplierId, r.supplier, '', profile.id, profile.version, '', '', '', f.say('status.warning'), `${f.say('label.record')} ${r.record}: ${w}`]));
}
