import type { core } from 'zod/mini';
import { closestName, createIssue, pathText, shownText, type PathSegment, type ValidationIssue } from '../errors/index.js';
import { issueSentencesEn, type IssueCode } from '../locales/en.js';
import { largest } from '../lists/largest.js';

type ZodIssue = core.$ZodIssue;

/** Returns a short description of what a JSON value is, for "expected …, got …" sentences. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : `${value}`;
  if (typeof value === 'string') return value.length > 40 ? 'a text' : `the text "${value}"`;
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

/** What a zod type expects, in the English words the catalogues translate. */
const EXPECTED: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  literal: 'a fixed value',
};

/** Returns the input value at a path, or undefined when the path leaves the input. */
function valueAt(input: unknown, path: readonly PathSegment[]): unknown {
  let here: unknown = input;
  for (const segment of path) {
    if (here === null || typeof here !== 'object' || !Object.prototype.hasOwnProperty.call(here, segment)) return undefined;
    here = (here as Record<PathSegment, unknown>)[segment];
  }
  return here;
}

function oneIssue(issue: ZodIssue, input: unknown, base: readonly PathSegment[]): ValidationIssue[] {
  const path = [...base, ...(issue.path as PathSegment[])];
  const value = valueAt(input, issue.path as PathSegment[]);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return [createIssue('required', path)];
      return [
        createIssue('invalid_type', path, {
          expected: EXPECTED[issue.expected] ?? issue.expected,
          received: describe(value),
        }),
      ];
    case 'too_small': {
      const minimum = String(issue.minimum);
      if (issue.origin === 'array') return [createIssue('too_few_items', path, { minimum })];
      if (issue.origin === 'string') return [createIssue(minimum === '1' ? 'empty_text' : 'too_short', path, { minimum })];
      return [createIssue('too_small', path, { minimum })];
    }
    case 'too_big': {
      const maximum = String(issue.maximum);
      if (issue.origin === 'array') return [createIssue('too_many_items', path, { maximum })];
      if (issue.origin === 'string') return [createIssue('too_long', path, { maximum })];
      return [createIssue('too_big', path, { maximum })];
    }
    case 'invalid_value':
      if (value === undefined) return [createIssue('required', path)];
      return [createIssue('invalid_value', path, { options: issue.values.map((v) => JSON.stringify(v)).join(', '), received: describe(value), ...suggestionFor(value, issue.values) })];
    case 'unrecognized_keys':
      return issue.keys.map((key) => createIssue('unrecognized_key', [...path, key], { key: shownText(key) }));
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator) {
        // The path ends at the discriminator (`kind`): the value is the one given for it.
        const values = (issue as { options?: unknown[] }).options ?? [];
        if (value === undefined) return [createIssue('required', path)];
        return [createIssue('invalid_value', path, { options: values.map((v) => JSON.stringify(v)).join(', '), received: describe(value), ...suggestionFor(value, values) })];
      }
      if (value === undefined) return [createIssue('required', path)];
      const branches = (issue.errors ?? []) as ZodIssue[][];
      // The branch with the fewest issues; among those, the one that got deepest into the value
      // (`[[6.5, "x"]]` is a list of subgroups with one bad value, not a list of bad values).
      const depth = (branch: ZodIssue[]) => largest([0, ...branch.map((inner) => inner.path.length)]);
      const best = [...branches].sort((a, b) => a.length - b.length || depth(b) - depth(a))[0];
      if (best && best.length > 0 && !(best.length === 1 && best[0]?.path.length === 0 && best[0]?.code === 'invalid_type')) {
        return best.flatMap((inner) => oneIssue({ ...inner, path: [...issue.path, ...inner.path] } as ZodIssue, input, base));
      }
      return [createIssue('invalid_type', path, { expected: 'a value of another form', received: describe(value) })];
    }
    case 'custom': {
      const params = (issue.params ?? {}) as Record<string, string | number>;
      const code = (params.code ?? 'custom') as IssueCode;
      // A value that is no text or number is described (the catalogues word the description in each language).
      const rest = { ...params, value: typeof value === 'string' || typeof value === 'number' ? shownText(String(value)) : describe(value) };
      if (value === undefined && code !== 'custom') return [createIssue('required', path)];
      if (code in issueSentencesEn) return [createIssue(code, path, rest)];
      return [createIssue('custom', path, { message: issue.message })];
    }
    default:
      return [createIssue('custom', path, { message: `Invalid value (${issue.code}).` })];
  }
}

/** Returns `{ suggestion }` when a text is close to one of the allowed texts (a misspelt kind or value). */
function suggestionFor(value: unknown, allowed: readonly unknown[]): { suggestion?: string } {
  if (typeof value !== 'string') return {};
  const closest = closestName(value, allowed.filter((v): v is string => typeof v === 'string'));
  return closest === undefined ? {} : { suggestion: shownText(closest) };
}

/**
 * Returns the library's issues for zod's issues: every problem, with its path, a code and a plain
 * sentence in English and Bahasa Indonesia.
 *
 * @example
 * fromZodIssues(schema.safeParse(input).error.issues, input)[0].path
 * //=> 'categories[1].criteria[3].usl'
 */
export function fromZodIssues(
  issues: readonly ZodIssue[],
  input: unknown,
  base: readonly PathSegment[] = [],
  names: Iterable<string> = [],
): ValidationIssue[] {
  return withSuggestions(
    issues.flatMap((issue) => oneIssue(issue, input, base)),
    input,
    base,
    new Set(names),
  );
}

/**
 * Returns the issues with the closest known name beside a misspelling: an unknown field names the
 * missing required field (or else the known field) it is closest to, and a missing required field
 * names the unknown field beside it that is closest to it (`critrion` for `criterion`).
 */
function withSuggestions(issues: ValidationIssue[], input: unknown, base: readonly PathSegment[], names: ReadonlySet<string>): ValidationIssue[] {
  const parentOf = (issue: ValidationIssue) => pathText(issue.segments.slice(0, -1));
  const fieldOf = (issue: ValidationIssue) => issue.segments[issue.segments.length - 1];
  const missing = new Map<string, string[]>();
  const unknown = new Set<string>();
  for (const issue of issues) {
    const field = fieldOf(issue);
    if (typeof field !== 'string') continue;
    if (issue.code === 'required') missing.set(parentOf(issue), [...(missing.get(parentOf(issue)) ?? []), field]);
    if (issue.code === 'unrecognized_key') unknown.add(`${parentOf(issue)}\u0000${field}`);
  }
  if (missing.size === 0 && unknown.size === 0) return issues;
  return issues.map((issue) => {
    const field = fieldOf(issue);
    if (typeof field !== 'string') return issue;
    if (issue.code === 'unrecognized_key') {
      const suggestion = closestName(field, missing.get(parentOf(issue)) ?? []) ?? (names.has(field) ? undefined : closestName(field, names));
      return suggestion ? createIssue('unrecognized_key', issue.segments, { ...issue.params, suggestion: shownText(suggestion) }) : issue;
    }
    if (issue.code === 'required') {
      const parent = valueAt(input, issue.segments.slice(base.length, -1));
      if (parent === null || typeof parent !== 'object' || Array.isArray(parent)) return issue;
      const strays = Object.keys(parent).filter((key) => unknown.has(`${parentOf(issue)}\u0000${key}`) || (names.size > 0 && !names.has(key)));
      const given = closestName(field, strays);
      return given ? createIssue('required', issue.segments, { field: shownText(field), given: shownText(given) }) : issue;
    }
    return issue;
  });
}
