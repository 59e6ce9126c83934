import type { Evaluation } from '../scoring/evaluation.js';
import { jsonText, numberCell, rectangle, safeCell, writeOptionsIssues, type OutputCell, type OutputRows, type SheetWriteOptions } from './outputRows.js';
import { evaluationSchema } from '../scoring/evaluationSchema.js';
import { schemaIssues } from '../schema/schemaIssues.js';
import { ValidationError } from '../errors/index.js';

/** The columns of the criterion table of `evaluationRows`. */
export const CRITERION_COLUMNS = [
  'category',
  'criterion',
  'title',
  'kind',
  'severity',
  'cause family',
  'weight',
  'status',
  'score',
  'points lost',
  'required',
  'found',
  'explanation',
  'remedy',
] as const;

/**
 * Returns an evaluation as a report sheet: the supplier, decision, score, grade and dates as field and
 * value rows, the reasons, the categories, and one row per criterion (`CRITERION_COLUMNS`), separated
 * by empty rows. Scores are numbers, dates `YYYY-MM-DD` texts; every row has the same width. Texts a
 * spreadsheet would run as formulas get an apostrophe in front unless `options.raw` (see `rectangle`).
 * Throws a `ValidationError` listing every problem when the evaluation is not one `evaluate` returns.
 *
 * @example
 * evaluationRows(evaluation).slice(0, 3)
 * //=> [['supplier', 'CV Maju Jaya Teknik', …], ['supplier id', 'IKM-0002', …], ['decision', 'conditional', …]]
 */
export function evaluationRows(evaluation: Evaluation, options: SheetWriteOptions = {}): OutputRows {
  const issues = [...schemaIssues(evaluationSchema, evaluation, ['evaluation']), ...writeOptionsIssues(options)];
  if (issues.length > 0) throw new ValidationError(issues, 'evaluation');
  const rows: OutputCell[][] = [
    ['supplier', evaluation.supplier.name],
    ['supplier id', evaluation.supplier.id],
    ['decision', evaluation.decision],
    ['score', numberCell(evaluation.score)],
    ['grade', evaluation.grade],
    ['profile', `${evaluation.profile.title} (${evaluation.profile.id} ${evaluation.profile.version})`],
    ['audit date', evaluation.auditDate],
    ['evaluated on', evaluation.evaluatedOn],
    ...(evaluation.reauditDue ? [['re-audit due', evaluation.reauditDue]] : []),
    [],
    ['reasons'],
    ...evaluation.reasons.map((reason) => [reason.code, reason.message]),
    [],
    ['category', 'title', 'weight', 'score', 'points lost', 'pass', 'partial', 'fail', 'not applicable', 'missing'],
    ...evaluation.categories.map((category) => [
      category.id,
      category.title,
      numberCell(category.weight),
      numberCell(category.score),
      numberCell(category.pointsLost),
      category.counts.pass,
      category.counts.partial,
      category.counts.fail,
      category.counts['not-applicable'],
      category.counts.missing,
    ]),
    [],
    [...CRITERION_COLUMNS],
    ...evaluation.criteria.map((result) => [
      result.category,
      result.id,
      result.title,
      result.kind,
      result.severity,
      result.causeFamily,
      numberCell(result.weight),
      result.status,
      numberCell(result.score),
      numberCell(result.pointsLost),
      jsonText(result.required),
      jsonText(result.found),
      result.explanation,
      result.remedy ?? '',
    ]),
  ];
  return rectangle(rows, options);
}

/** The columns of `evaluationRow`. */
export const EVALUATION_COLUMNS = ['decision', 'score', 'grade', 'gaps'] as const;

/**
 * Returns an evaluation as one row (`EVALUATION_COLUMNS`): decision, score, grade, and the gaps by
 * priority as `criterion (status)` separated by semicolons, for a supplier table beside its inputs.
 * Texts a spreadsheet would run as formulas get an apostrophe in front unless `options.raw`.
 * Throws a `ValidationError` listing every problem when the evaluation is not one `evaluate` returns.
 *
 * @example
 * evaluationRow(evaluation)
 * //=> ['conditional', 86.6, 'B', 'op-training (partial); on-time-delivery (partial)']
 */
export function evaluationRow(evaluation: Evaluation, options: SheetWriteOptions = {}): OutputCell[] {
  const issues = [...schemaIssues(evaluationSchema, evaluation, ['evaluation']), ...writeOptionsIssues(options)];
  if (issues.length > 0) throw new ValidationError(issues, 'evaluation');
  const row: OutputCell[] = [
    evaluation.decision,
    numberCell(evaluation.score),
    evaluation.grade,
    evaluation.gaps.map((gap) => `${gap.criterion} (${gap.knockOut ? 'knock-out' : gap.status})`).join('; '),
  ];
  return options?.raw === true ? row : row.map(safeCell);
}
