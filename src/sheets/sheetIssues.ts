import { createIssue, issueWhere, ValidationError, type IssueCode, type PathSegment, type ValidationIssue } from '../errors/index.js';
import { locationReference, type CellLocation } from './sheetInput.js';
import * as z from 'zod/mini';
import { schemaIssues } from '../schema/schemaIssues.js';

/**
 * A problem found in a sheet: the library's issue with the sheet, row and column it comes from. Its
 * `path` is the A1 reference (`Criteria!F7`, or `Criteria!7:7` for a whole row) and `source` the path
 * in the profile or evidence the sheet was read into (`categories[0].criteria[2].usl`).
 */
export interface SheetIssue extends ValidationIssue {
  readonly sheet: string;
  /** 1-based sheet row. */
  readonly row: number;
  /** 1-based sheet column, absent when the problem is the whole row. */
  readonly column?: number;
  /** The column's header text. */
  readonly header?: string;
  /** The path in the JSON the sheet was read into. */
  readonly source: string;
}

/** Remembers which cell each part of the JSON read from sheets came from.
 *
 * @example
 * const map = new LocationMap();
 * map.set(['entries', 0], { sheet: 'Checks', row: 2 });
 * map.find(['entries', 0, 'value'])
 * //=> { sheet: 'Checks', row: 2 }
 */
export class LocationMap {
  private readonly byPath = new Map<string, CellLocation>();

  /** Records the cell (or row) a path was read from. */
  set(segments: readonly PathSegment[], location: CellLocation): void {
    this.byPath.set(JSON.stringify(segments), location);
  }

  /** Returns the location recorded for exactly this path. */
  exact(segments: readonly PathSegment[]): CellLocation | undefined {
    return this.byPath.get(JSON.stringify(segments));
  }

  /** Returns the location of the longest recorded prefix of a path. */
  find(segments: readonly PathSegment[]): CellLocation | undefined {
    for (let n = segments.length; n >= 0; n--) {
      const found = this.byPath.get(JSON.stringify(segments.slice(0, n)));
      if (found) return found;
    }
    return undefined;
  }
}

/** Returns a sheet issue for an issue and the location it comes from.
 *
 * @example
 * sheetIssue(createIssue('required', ['supplier', 'id']), { sheet: 'Supplier', row: 2, column: 2 }).path
 * //=> 'Supplier!B2'
 */
export function sheetIssue(issue: ValidationIssue, location: CellLocation): SheetIssue {
  return {
    ...issue,
    path: locationReference(location),
    sheet: location.sheet,
    row: location.row,
    ...(location.column !== undefined ? { column: location.column } : {}),
    ...(location.header !== undefined ? { header: location.header } : {}),
    source: issue.path,
  };
}

/** Returns a new sheet issue for a code at a location.
 *
 * @example
 * createSheetIssue('empty_sheet', { sheet: 'Criteria', row: 1 }).path
 * //=> 'Criteria!1:1'
 */
export function createSheetIssue(
  code: IssueCode,
  location: CellLocation,
  params: Readonly<Record<string, string | number>> = {},
  segments: readonly PathSegment[] = [],
): SheetIssue {
  return sheetIssue(createIssue(code, segments, params), location);
}

/** Returns the segments of a path as `formatPath` writes it (`entries[2].criterion`). */
function segmentsOf(path: string): PathSegment[] {
  return [...path.matchAll(/\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|([^.[\]]+)/g)].map((m) =>
    m[1] !== undefined ? Number(m[1]) : m[2] !== undefined ? (JSON.parse(m[2]) as string) : (m[3] as string),
  );
}

/**
 * Returns the library's issues placed in the sheets they were read from. An issue that names where
 * something was first given (`duplicate_id`, `duplicate_entry`) names that cell too.
 *
 * @example
 * placeIssues(parsed.error.issues, map, { sheet: 'Criteria', row: 1 })[0].path
 * //=> 'Criteria!K5'
 */
export function placeIssues(issues: readonly ValidationIssue[], map: LocationMap, fallback: CellLocation): SheetIssue[] {
  return issues.map((issue) => {
    const first = issue.params.first;
    const firstAt = typeof first === 'string' && first !== '' ? map.exact(segmentsOf(first)) : undefined;
    const placed = firstAt ? createIssue(issue.code, issue.segments, { ...issue.params, first: locationReference(firstAt) }) : issue;
    return sheetIssue(placed, map.find(issue.segments) ?? fallback);
  });
}

/** The fields of an issue `issueText` reads. */
const issueShapeSchema = z.object({ path: z.string(), message: z.string(), messageId: z.string(), header: z.optional(z.string()), criterion: z.optional(z.string()) });

/**
 * Returns an issue as one line for a cell or a log: where, the column, and the sentence in English
 * (`en`, default) or Bahasa Indonesia (`id`).
 * Throws a `ValidationError` when the issue has no text path and sentences, or the language is not `en` or `id`.
 *
 * @example
 * issueText(issue)
 * //=> 'Criteria!F7 (usl): "6,55" is not a finite decimal number (use digits with an optional sign and a dot, e.g. 10.05).'
 */
export function issueText(issue: Pick<ValidationIssue, 'path' | 'message' | 'messageId' | 'criterion'> & { readonly header?: string }, lang: 'en' | 'id' = 'en'): string {
  const problems = [...schemaIssues(issueShapeSchema, issue, ['issue']), ...schemaIssues(z.enum(['en', 'id']), lang, ['lang'])];
  if (problems.length > 0) throw new ValidationError(problems, 'issue');
  const where = issue.path === '(root)' || issue.path === '' ? '' : issueWhere(issue);
  const header = issue.header ? ` (${issue.header})` : '';
  const sentence = lang === 'id' ? issue.messageId : issue.message;
  return where || header ? `${where}${header}: ${sentence}` : sentence;
}
