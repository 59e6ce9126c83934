import type { Evaluation } from '../scoring/evaluation.js';
import { numberCell, rectangle, type OutputRows, type ReportSheetOptions } from './outputRows.js';
import { reportSheetView } from './reportSheetView.js';
import type { ReportMessageKey } from '../locales/en.js';

/** The columns of `gapRows`, as keys of the report message tables. */
export const GAP_COLUMNS = [
  'label.priority',
  'label.criterionId',
  'label.criterion',
  'label.category',
  'label.severity',
  'label.causeFamily',
  'label.status',
  'label.knockOut',
  'label.rules',
  'label.required',
  'label.found',
  'label.shortfall',
  'label.unit',
  'label.pointsLost',
  'label.explanation',
  'label.remedy',
  'label.effortDays',
  'label.effortCost',
  'label.currency',
] as const satisfies readonly ReportMessageKey[];

/**
 * Returns the gap list of an evaluation as a table for people, in English or Bahasa Indonesia
 * (`options.lang`): the header (`GAP_COLUMNS` in the language) and one row per gap in priority order,
 * with what was required and what was found as the sentences of the HTML report, the shortfall in the
 * criterion's own unit, the points it costs and the effort. With `options.profile`, titles and
 * remedies come from the profile's translations. Texts a spreadsheet would run as formulas get an
 * apostrophe in front unless `options.raw`.
 * Throws a `ValidationError` listing every problem when the evaluation is not one `evaluate` returns,
 * or an option is not of its form.
 *
 * @example
 * gapRows(evaluate(pumpInjectorProfile, majuJaya))[1].slice(0, 3)
 * //=> [1, 'op-training', 'Operators are qualified and trained for their tasks']
 */
export function gapRows(evaluation: Evaluation, options: ReportSheetOptions = {}): OutputRows {
  const view = reportSheetView(evaluation, options);
  return rectangle(
    [
      GAP_COLUMNS.map((key) => view.f.say(key)),
      ...evaluation.gaps.map((gap, i) => {
        const g = view.gaps[i]!;
        return [
          gap.priority,
          gap.criterion,
          g.title,
          g.category,
          g.severity,
          g.causeFamily,
          g.status,
          view.f.say(gap.knockOut ? 'answer.yes' : 'answer.no'),
          gap.rules.join(', '),
          g.required,
          g.found,
          numberCell(gap.shortfall?.amount),
          unitText(view.f.say, gap.shortfall?.unit),
          numberCell(gap.pointsLost),
          g.explanation,
          g.remedy ?? '',
          numberCell(gap.effort?.days),
          numberCell(gap.effort?.cost),
          gap.effort?.currency ?? '',
        ];
      }),
    ],
    options.raw === undefined ? {} : { raw: options.raw },
  );
}

/** The shortfall units the library itself names (a criterion's own unit, `mm` or `ppm`, is written as given). */
const LIBRARY_UNITS: ReadonlyMap<string, ReportMessageKey> = new Map([
  ['days', 'unit.days'],
  ['lots', 'unit.lots'],
  ['points', 'unit.points'],
  ['categories', 'unit.categories'],
]);

/** Returns a shortfall's unit in the sheet's language: the library's own units translated, a criterion's unit as given. */
function unitText(say: (key: ReportMessageKey) => string, unit: string | undefined): string {
  if (unit === undefined) return '';
  const key = LIBRARY_UNITS.get(unit);
  return key === undefined ? unit : say(key);
}
