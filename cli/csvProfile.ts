/**
 * A requirement profile as one CSV file: the profile sheets of docs/sheets.md one after the other, each
 * under a marker row (`[profile]`, `[categories]`, `[criteria]`, `[grades]`, `[rules]`), every row as
 * wide as the widest. A file without markers is a criteria table alone.
 */
import type { ParseResult, Profile, ProfileInput } from '../src/index.js';
import { profileFromSheets, profileToSheets, type ProfileSheets } from '../src/sheets/index.js';
import { InputError } from './args.js';
import { csvRows, toCsv, type CsvRow } from './csv.js';
import { appendAll } from '../src/lists/appendAll.js';
import { largest } from '../src/lists/largest.js';

/** The sections of a CSV profile, in the order they are written. */
const SECTIONS = ['profile', 'categories', 'criteria', 'grades', 'rules'] as const;
type Section = (typeof SECTIONS)[number];

/** Returns the section a marker row names (`[criteria]` alone in its row), or undefined. */
function markerOf(row: readonly string[]): string | undefined {
  const match = /^\[\s*([a-z ]+?)\s*\]$/i.exec(row[0]?.trim() ?? '');
  return match && row.slice(1).every((cell) => cell.trim() === '') ? (match[1] as string).toLowerCase() : undefined;
}

/** Returns a section's rows placed at their lines, so cell references name the line in the file. */
function sheetOf(rows: readonly CsvRow[], source: string): { name: string; values: string[][]; origin: string } {
  const first = rows[0]?.line ?? 1;
  const values: string[][] = [];
  for (const { row, line } of rows) values[line - first] = row;
  for (let i = 0; i < values.length; i++) values[i] ??= [];
  return { name: source, values, origin: `A${first}` };
}

/**
 * Returns the profile a CSV file holds: its sections read as the profile sheets (see the module
 * comment), or, without section markers, a criteria table. Problems name the file and cell, e.g.
 * `profile.csv!F12`. An unknown or repeated section is an `InputError`.
 *
 * @example
 * profileFromCsv('[criteria]\nid,kind,title,causeFamily\nleak-test,check,Leak test,method\n', 'profile.csv').success
 * //=> true
 */
export function profileFromCsv(text: string, source: string): ParseResult<Profile> {
  const rows = csvRows(text, source);
  const firstFilled = rows.find((entry) => entry.row.some((cell) => cell.trim() !== ''));
  if (!firstFilled || markerOf(firstFilled.row) === undefined) {
    return profileFromSheets({ criteria: sheetOf(rows, source) });
  }
  const sections = new Map<Section, CsvRow[]>();
  let current: CsvRow[] = [];
  for (const entry of rows) {
    const marker = markerOf(entry.row);
    if (marker === undefined) {
      current.push(entry);
      continue;
    }
    const section = SECTIONS.find((name) => name === marker);
    if (!section) throw new InputError({ key: 'csvUnknownSection', params: { source, line: entry.line, section: marker, known: SECTIONS.map((name) => `[${name}]`).join(', ') } });
    if (sections.has(section)) throw new InputError({ key: 'csvSectionTwice', params: { source, line: entry.line, section } });
    current = [];
    sections.set(section, current);
  }
  const sheets: Partial<Record<Section, ReturnType<typeof sheetOf>>> = {};
  for (const [section, list] of sections) if (list.length > 0) sheets[section] = sheetOf(list, source);
  return profileFromSheets({ ...sheets, criteria: sheets.criteria ?? { name: source, values: [] } } as ProfileSheets);
}

/**
 * Returns a profile as one CSV file that `profileFromCsv` reads back as the same profile: every
 * section, every field (see `profileToSheets`), rows padded to one width. Throws a `ValidationError`
 * naming each value CSV cannot carry.
 *
 * @example
 * profileToCsv(profile).split('\n')[0]
 * //=> '[profile],'
 */
export function profileToCsv(profile: Profile | ProfileInput): string {
  const sheets = profileToSheets(profile, { form: 'CSV' });
  const rows: (string | number | boolean)[][] = [];
  for (const section of SECTIONS) {
    if (rows.length > 0) rows.push([]);
    appendAll(rows, [[`[${section}]`], ...sheets[section]]);
  }
  const width = largest(rows.map((row) => row.length));
  return toCsv(rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]));
}
