import { csvText } from './escape.js';
import type { EvaluationView } from './evaluationView.js';
import type { ReportMessageKey } from '../locales/en.js';
import type { PathView } from './pathView.js';

/** The columns of the per-criterion CSV, in order. */
export const EVALUATION_CSV_COLUMNS = [
  'column.supplierId',
  'column.supplier',
  'column.region',
  'column.profile',
  'column.profileVersion',
  'column.auditDate',
  'column.decision',
  'column.overallScore',
  'column.grade',
  'column.category',
  'column.criterionId',
  'column.criterion',
  'column.kind',
  'column.severity',
  'column.causeFamily',
  'column.status',
  'column.score',
  'column.weight',
  'column.pointsLost',
  'column.required',
  'column.found',
  'column.shortfall',
  'column.shortfallUnit',
  'column.gapPriority',
  'column.knockOut',
  'column.explanation',
  'column.remedy',
  'column.pathNext',
  'column.pathApproval',
] as const satisfies readonly ReportMessageKey[];

/**
 * Returns the rows (without the header) of one evaluation, one per criterion.
 *
 * @example
 * evaluationCsvRows(evaluationView(evaluation, formatterFor('en', 'plain'))).length
 * //=> 10
 */
export function evaluationCsvRows(view: EvaluationView, path?: PathView): string[][] {
  const f = view.f;
  const gapById = new Map(view.gaps.map((gap) => [gap.id, gap]));
  return view.criteria.map((c) => {
    const gap = gapById.get(c.id);
    return [
      view.supplierId,
      view.supplierName,
      view.region ?? '',
      view.profileId,
      view.version,
      view.auditDate,
      view.decisionLabel,
      view.score,
      view.grade,
      c.category,
      c.id,
      c.title,
      c.kind,
      c.severity,
      c.causeFamily,
      c.status,
      c.score,
      c.weight,
      c.pointsLost,
      c.required,
      c.found,
      c.shortfall?.amount ?? '',
      c.shortfall?.unit ?? '',
      gap ? String(gap.priority) : '',
      f.say(gap?.knockOut ? 'answer.yes' : 'answer.no'),
      c.explanation,
      c.remedy ?? '',
      String(path?.nextStep.get(c.id) ?? ''),
      String(path?.approvalStep.get(c.id) ?? ''),
    ];
  });
}

/**
 * Returns an evaluation as CSV (RFC 4180, CRLF line ends): a header, then one row per criterion
 * with the supplier's decision repeated on each row and, with a path to pass, the step at which each
 * gap is closed. Numbers keep a decimal dot and dates stay `YYYY-MM-DD` in every language;
 * formula-like text is neutralised.
 *
 * @example
 * evaluationCsv(evaluationView(evaluation, formatterFor('en', 'plain'))).split('\r\n')[0].split(',').slice(0, 3)
 * //=> ['supplier_id', 'supplier', 'region']
 */
export function evaluationCsv(view: EvaluationView, path?: PathView): string {
  return csvText([EVALUATION_CSV_COLUMNS.map((key) => view.f.say(key)), ...evaluationCsvRows(view, path)]);
}
