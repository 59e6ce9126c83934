import type { Evaluation } from '../scoring/evaluation.js';
import { jsonText, numberCell, rectangle, writeOptionsIssues, type OutputRows, type SheetWriteOptions } from './outputRows.js';
import { evaluationSchema } from '../scoring/evaluationSchema.js';
import { schemaIssues } from '../schema/schemaIssues.js';
import { ValidationError } from '../errors/index.js';

/** The columns of `gapRows`. */
export const GAP_COLUMNS = [
  'priority',
  'criterion',
  'title',
  'category',
  'severity',
  'cause family',
  'status',
  'knock-out',
  'rules',
  'required',
  'found',
  'shortfall',
  'unit',
  'points lost',
  'explanation',
  'remedy',
  'effort days',
  'effort cost',
  'currency',
] as const;

/**
 * Returns the gap list of an evaluation as a table: the header (`GAP_COLUMNS`) and one row per gap in
 * priority order, with the shortfall in the criterion's own unit and the points it costs. Texts a
 * spreadsheet would run as formulas get an apostrophe in front unless `options.raw`.
 * Throws a `ValidationError` listing every problem when the evaluation is not one `evaluate` returns.
 *
 * @example
 * gapRows(evaluation)[1].slice(0, 3)
 * //=> [1, 'op-training', 'Operator qualification']
 */
export function gapRows(evaluation: Evaluation, options: SheetWriteOptions = {}): OutputRows {
  const issues = [...schemaIssues(evaluationSchema, evaluation, ['evaluation']), ...writeOptionsIssues(options)];
  if (issues.length > 0) throw new ValidationError(issues, 'evaluation');
  return rectangle([
    [...GAP_COLUMNS],
    ...evaluation.gaps.map((gap) => [
      gap.priority,
      gap.criterion,
      gap.title,
      gap.category,
      gap.severity,
      gap.causeFamily,
      gap.status,
      gap.knockOut,
      gap.rules.join(', '),
      jsonText(gap.required),
      jsonText(gap.found),
      numberCell(gap.shortfall?.amount),
      gap.shortfall?.unit ?? '',
      numberCell(gap.pointsLost),
      gap.explanation,
      gap.remedy ?? '',
      numberCell(gap.effort?.days),
      numberCell(gap.effort?.cost),
      gap.effort?.currency ?? '',
    ]),
  ], options);
}
