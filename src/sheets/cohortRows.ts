import type { CohortSummary } from '../cohort/index.js';
import { Decimal, decimalString, roundHalfUp } from '../decimal.js';
import { numberCell, rectangle, writeOptionsIssues, type OutputRows, type SheetWriteOptions } from './outputRows.js';
import { cohortSummarySchema } from '../cohort/cohortSummarySchema.js';
import { schemaIssues } from '../schema/schemaIssues.js';
import { ValidationError } from '../errors/index.js';
import type { DecisiveCause } from '../scoring/evaluation.js';

/** The columns of a ranking row's decisive cause: its kind, the rule, and what is behind it. */
const CAUSE_HEAD = ['decisive cause', 'rule', 'cause criteria', 'cause categories', 'cause groups', 'cause families'] as const;

/**
 * Returns the cells of a supplier's first decisive cause (empty for an approved supplier): the kind of
 * cause, the rule's id, the criteria, categories and audit groups behind it (a group as `P6 60` with
 * its score, else `P2 1/3` evaluated questions), and their cause families, lists joined by `, `.
 */
function causeCells(cause: DecisiveCause | undefined): string[] {
  if (!cause) return CAUSE_HEAD.map(() => '');
  const groups = (cause.groups ?? []).map(
    (g) => `${g.id}${g.productGroup ? ` (${g.productGroup})` : ''} ${g.score !== undefined ? g.score : `${g.evaluated}/${g.questions}`}`,
  );
  return [cause.cause, cause.rule ?? '', cause.criteria.join(', '), (cause.categories ?? []).join(', '), groups.join(', '), cause.causeFamilies.join(', ')];
}

/** Returns `part` of `whole` in percent, one decimal place, half-up. */
const percent = (part: number, whole: number): string =>
  whole === 0 ? '' : decimalString(roundHalfUp(new Decimal(part).times(100).div(whole), 1));

/**
 * Returns a cohort summary (from `evaluateCohort`) as a sheet: the counts per decision, the pass rate
 * and the score range; the ranking (the best `top` suppliers, or all with `fullRanking`), each supplier
 * with its first decisive cause (kind, rule, the criteria, categories and audit groups behind it, their
 * cause families); the gaps by how many suppliers share them; the gaps by cause family; and, when
 * any record had them, the warnings about the evidence (per code and criterion id, then the listed
 * records' warnings) — separated by empty rows. Texts a spreadsheet would run as formulas get an apostrophe in front unless
 * `options.raw`.
 * Throws a `ValidationError` listing every problem when the summary is not one `evaluateCohort` returns.
 *
 * @example
 * cohortRows(evaluateCohort(pumpInjectorProfile, [injektorPresisi, majuJaya, sumberLogam])).slice(0, 2)
 * //=> [['suppliers', 3, …], ['approved', 1, …]]
 */
export function cohortRows(summary: CohortSummary, options: SheetWriteOptions = {}): OutputRows {
  const issues = [...schemaIssues(cohortSummarySchema, summary, ['summary']), ...writeOptionsIssues(options)];
  if (issues.length > 0) throw new ValidationError(issues, 'cohort summary');
  const n = summary.evaluated;
  return rectangle([
    ['suppliers', n],
    ['approved', summary.decisions.approved],
    ['conditional', summary.decisions.conditional],
    ['rejected', summary.decisions.rejected],
    ['incomplete', summary.decisions.incomplete],
    ['invalid records', summary.invalid],
    ['pass rate %', numberCell(summary.passRate)],
    ['mean score', numberCell(summary.scores.mean)],
    ['lowest score', numberCell(summary.scores.min)],
    ['highest score', numberCell(summary.scores.max)],
    [],
    ['rank', 'supplier id', 'supplier', 'region', 'audit date', 'decision', 'score', 'grade', ...CAUSE_HEAD],
    ...summary.ranking.entries.map((entry) => [
      entry.rank,
      entry.supplier.id,
      entry.supplier.name,
      entry.supplier.region ?? '',
      entry.auditDate,
      entry.decision,
      numberCell(entry.score),
      entry.grade,
      ...causeCells(entry.decisiveCause),
    ]),
    [],
    ['criterion', 'title', 'category', 'cause family', 'severity', 'suppliers with gap', 'share %', 'knock-outs', 'missing', 'partial', 'fail', 'points lost'],
    ...summary.gaps.byCriterion.map((gap) => [
      gap.criterion,
      gap.title,
      gap.category,
      gap.causeFamily,
      gap.severity,
      gap.suppliers,
      numberCell(percent(gap.suppliers, n)),
      gap.knockOuts,
      gap.missing,
      gap.partial,
      gap.fail,
      numberCell(gap.pointsLost),
    ]),
    [],
    ['cause family', 'suppliers with gap', 'gaps', 'knock-outs'],
    ...summary.gaps.byCauseFamily.map((family) => [family.causeFamily, family.suppliers, family.gaps, family.knockOuts]),
    ...warningRows(summary.warnings),
  ], options);
}

/**
 * Returns the rows of the warnings about the evidence (none without warnings): the records with
 * warnings, the warnings per code and criterion id, and the listed records' warnings with their path
 * and English sentence.
 */
function warningRows(warnings: CohortSummary['warnings']): Array<Array<string | number>> {
  if (!warnings) return [];
  return [
    [],
    ['records with warnings', warnings.records],
    ['warning code', 'criterion', 'warnings'],
    ...warnings.byCriterion.map((pair) => [pair.code, pair.criterion, pair.count]),
    [],
    ['record', 'supplier id', 'supplier', 'path', 'warning code', 'criterion', 'warning'],
    ...warnings.examples.flatMap((record) =>
      record.warnings.map((w) => [record.index, record.supplier.id, record.supplier.name, w.path, w.code, w.criterion ?? '', w.message]),
    ),
  ];
}
