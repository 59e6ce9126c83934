import type { Evaluation } from '../scoring/evaluation.js';
import { numberCell, rectangle, safeCell, writeOptionsIssues, type OutputCell, type OutputRows, type ReportSheetOptions, type SheetWriteOptions } from './outputRows.js';
import { evaluationSchema } from '../scoring/evaluationSchema.js';
import { schemaIssues } from '../schema/schemaIssues.js';
import { ValidationError } from '../errors/index.js';
import { reportSheetView } from './reportSheetView.js';
import type { ReportMessageKey } from '../locales/en.js';

/** The columns of the criterion table of `evaluationRows`, as keys of the report message tables. */
export const CRITERION_COLUMNS = [
  'label.category',
  'label.criterionId',
  'label.criterion',
  'label.kind',
  'label.severity',
  'label.causeFamily',
  'label.weight',
  'label.status',
  'label.score',
  'label.pointsLost',
  'label.required',
  'label.found',
  'label.explanation',
  'label.remedy',
] as const satisfies readonly ReportMessageKey[];

/** The columns of the category table of `evaluationRows`: the title, figures, then the criteria by status. */
const CATEGORY_COLUMNS = [
  'label.category',
  'label.weight',
  'label.score',
  'label.pointsLost',
  'status.pass',
  'status.partial',
  'status.fail',
  'status.not-applicable',
  'status.missing',
] as const satisfies readonly ReportMessageKey[];

/**
 * Returns an evaluation as a report sheet for people, in English or Bahasa Indonesia (`options.lang`):
 * the supplier, decision, score, grade, profile and dates as label and value rows; the reasons as
 * sentences; the categories; one row per criterion (`CRITERION_COLUMNS`) with what was required and
 * what was found as the sentences of the HTML report; and the notes on the evidence, if any.
 * Blocks are separated by empty rows. Scores, weights and points are numbers, dates `YYYY-MM-DD`
 * texts; every row has the same width. With `options.profile`, titles and remedies come from the
 * profile's translations. Texts a spreadsheet would run as formulas get an apostrophe in front unless
 * `options.raw` (see `rectangle`).
 * Throws a `ValidationError` listing every problem when the evaluation is not one `evaluate` returns,
 * or an option is not of its form.
 *
 * @example
 * evaluationRows(evaluate(pumpInjectorProfile, majuJaya)).slice(0, 3)
 * //=> [['Supplier', 'CV Maju Jaya Teknik (IKM-0002)', …], ['Region', 'Jawa Barat', …], ['Decision', 'Conditional', …]]
 */
export function evaluationRows(evaluation: Evaluation, options: ReportSheetOptions = {}): OutputRows {
  const view = reportSheetView(evaluation, options);
  const say = (key: ReportMessageKey) => view.f.say(key);
  const rows: OutputCell[][] = [
    [say('label.supplier'), `${view.supplierName} (${view.supplierId})`],
    ...(view.region ? [[say('label.region'), view.region]] : []),
    [say('label.decision'), view.decisionLabel],
    [say('label.score'), numberCell(evaluation.score)],
    [say('label.grade'), evaluation.grade],
    [say('label.profile'), `${view.title} (${view.profileId} ${view.version})`],
    [say('label.auditDate'), evaluation.auditDate],
    ...(view.auditor ? [[say('label.auditor'), view.auditor]] : []),
    [say('label.evaluatedOn'), evaluation.evaluatedOn],
    ...(evaluation.reauditDue ? [[say('label.reauditDue'), evaluation.reauditDue]] : []),
    [],
    [say('section.reasons')],
    ...view.reasons.map((reason) => [reason]),
    [],
    CATEGORY_COLUMNS.map(say),
    ...evaluation.categories.map((category, i) => [
      view.categories[i]!.title,
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
    CRITERION_COLUMNS.map(say),
    ...evaluation.criteria.map((result, i) => {
      const c = view.criteria[i]!;
      return [
        c.category,
        c.id,
        c.title,
        c.kind,
        c.severity,
        c.causeFamily,
        numberCell(result.weight),
        c.status,
        numberCell(result.score),
        numberCell(result.pointsLost),
        c.required,
        c.found,
        c.explanation,
        c.remedy ?? '',
      ];
    }),
    ...(view.warnings.length > 0 ? [[], [say('section.warnings')], ...view.warnings.map((warning) => [warning])] : []),
  ];
  return rectangle(rows, options.raw === undefined ? {} : { raw: options.raw });
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
 * evaluationRow(evaluate(pumpInjectorProfile, majuJaya))
 * //=> ['conditional', 86.6, 'B', 'op-training (partial); machine-maintenance (partial); iso-9001 (partial); on-time-delivery (partial); defect-ppm (partial)']
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
