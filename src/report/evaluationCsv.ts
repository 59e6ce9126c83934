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

/** Returns the first cells of every row: the supplier, the profile and the supplier's decision. */
const supplierCells = (view: EvaluationView): string[] => [view.supplierId, view.supplierName, view.region ?? '', view.profileId, view.version, view.auditDate, view.decisionLabel, view.score, view.grade];

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
      ...supplierCells(view),
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
 * Returns the rows of an evaluation's notes on the evidence (an entry for a criterion the profile does
 * not have), one per note: the supplier's columns as on its criterion rows, the status "Note on the
 * evidence", the note (where, and the sentence) as the explanation, the other columns empty.
 *
 * @example
 * evaluationCsvWarningRows(evaluationView(evaluationWithUnknownEntry, formatterFor('en', 'plain')))[0][15]
 * //=> 'Note on the evidence'
 */
export function evaluationCsvWarningRows(view: EvaluationView): string[][] {
  const status = EVALUATION_CSV_COLUMNS.indexOf('column.status');
  const explanation = EVALUATION_CSV_COLUMNS.indexOf('column.explanation');
  const supplier = supplierCells(view);
  return view.warnings.map((warning) => {
    const row = EVALUATION_CSV_COLUMNS.map((_, i) => supplier[i] ?? '');
    row[status] = view.f.say('status.warning');
    row[explanation] = warning;
    return row;
  });
}

/**
 * Returns an evaluation as CSV (RFC 4180, CRLF line ends): a header, then one row per criterion
 * with the supplier's decision repeated on each row and, with a path to pass, the step at which each
 * gap is closed; then one row per note on the evidence (see `evaluationCsvWarningRows`). Numbers keep a decimal dot and dates stay `YYYY-MM-DD` in every language;
 * formula-like text is neutralised.
 *
 * @example
 * evaluationCsv(evaluationView(evaluation, formatterFor('en', 'plain'))).split('\r\n')[0].split(',').slice(0, 3)
 * //=> ['supplier_id', 'supplier', 'region']
 */
export function evaluationCsv(view: EvaluationView, path?: PathView): string {
  return csvText([EVALUATION_CSV_COLUMNS.map((key) => view.f.say(key)), ...evaluationCsvRows(view, path), ...evaluationCsvWarningRows(view)]);
}
