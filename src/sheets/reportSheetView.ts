import type { Evaluation } from '../scoring/evaluation.js';
import { reportSheetOptionsIssues, type ReportSheetOptions } from './outputRows.js';
import { evaluationSchema } from '../scoring/evaluationSchema.js';
import { schemaIssues } from '../schema/schemaIssues.js';
import { ValidationError } from '../errors/index.js';
import { evaluationView, type EvaluationView } from '../report/evaluationView.js';
import { formatterFor } from '../report/format.js';

/**
 * Returns the evaluation a report sheet writer was given, checked, in words of the chosen language: the
 * same view (titles, statuses, reasons, required and found sentences) the HTML report renders.
 * Throws a `ValidationError` listing every problem of the evaluation and the options.
 *
 * @example
 * reportSheetView(evaluation, { lang: 'id' }).decisionLabel
 * //=> 'Bersyarat'
 */
export function reportSheetView(evaluation: Evaluation, options: ReportSheetOptions): EvaluationView {
  const issues = [...schemaIssues(evaluationSchema, evaluation, ['evaluation']), ...reportSheetOptionsIssues(options)];
  if (issues.length > 0) throw new ValidationError(issues, 'evaluation');
  return evaluationView(evaluation, formatterFor(options.lang ?? 'en'), options.profile ? { profile: options.profile } : {});
}
