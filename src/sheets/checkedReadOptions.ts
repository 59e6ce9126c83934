import { createIssue, optionsIssues, valueText } from '../errors/index.js';
import type { DateCells } from './cells.js';
import type { CellLocation } from './sheetInput.js';
import { sheetIssue, type SheetIssue } from './sheetIssues.js';
import { appendAll } from '../lists/appendAll.js';

/**
 * Returns the options of a sheet reader as an object, and how it reads `Date` cells (`dates`,
 * default `'local'`), adding the problems of the options argument to `issues` at `at`: options that
 * are not an object, and `dates` that is neither `'local'` nor `'utc'`.
 *
 * @example
 * checkedReadOptions({ dates: 'gmt' }, { sheet: 'Criteria', row: 1 }, issues).dates
 * //=> 'local'   (issues: Criteria!1:1: Must be one of: "local", "utc".)
 */
export function checkedReadOptions(options: unknown, at: CellLocation, issues: SheetIssue[]): { options: Record<string, unknown>; dates: DateCells } {
  const notAnObject = optionsIssues(options);
  appendAll(issues, notAnObject.map((issue) => sheetIssue(issue, at)));
  const given = notAnObject.length > 0 || options === undefined ? {} : (options as Record<string, unknown>);
  const dates = given.dates;
  if (dates !== undefined && dates !== 'local' && dates !== 'utc') {
    issues.push(sheetIssue(createIssue('invalid_value', ['options', 'dates'], { options: '"local", "utc"', received: valueText(dates) }), at));
  }
  return { options: given, dates: dates === 'utc' ? 'utc' : 'local' };
}
