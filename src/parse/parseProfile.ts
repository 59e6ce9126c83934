import { createIssue, shownText, ValidationError, type ValidationIssue } from '../errors/index.js';
import { criterionSchema } from '../criteria/criterion.js';
import { fromZodIssues } from '../schema/fromZodIssues.js';
import { profileSchema, type Profile, type ProfileInput } from '../schema/profile.js';
import { profileIssues } from '../schema/profileIssues.js';
import type { ProfileShapeOf, TypedProfile, WrittenInCode } from '../schema/profileShape.js';
import { deepFreeze } from './deepFreeze.js';
import { profileSizeIssues } from './profileSizeIssues.js';
import type { ParseResult } from './result.js';
import { fieldNames } from '../schema/fieldNames.js';
import { keepWrittenLimits } from './writtenLimits.js';

const parsedProfiles = new WeakSet<object>();

/** Returns whether a value is a profile this library parsed (and froze), so it need not be checked again. */
export function isParsedProfile(value: unknown): value is Profile {
  return typeof value === 'object' && value !== null && parsedProfiles.has(value);
}

/**
 * Returns the parsed requirement profile, or every problem with its path. Never throws for bad input.
 * Decimals become canonical strings (a measurement's limits are also kept as written, `6.000`, for
 * reports: see `writtenLimit`), defaults are filled in, and the result is frozen.
 *
 * @example
 * const checked = parseProfile(JSON.parse(text));
 * checked.success ? checked.data.id : checked.error.issues.map((i) => `${i.path}: ${i.message}`)
 * //=> 'pump-injector-jp250'
 */
export function parseProfile(input: unknown): ParseResult<Profile> {
  if (isParsedProfile(input)) return { success: true, data: input, warnings: [] };
  const tooLarge = profileSizeIssues(input);
  if (tooLarge.length > 0) return { success: false, error: new ValidationError(tooLarge, 'profile') };
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) {
    return { success: false, error: new ValidationError(withKindsOfFields(fromZodIssues(parsed.error.issues, input, [], fieldNames(profileSchema)), input), 'profile') };
  }
  const issues = profileIssues(parsed.data);
  if (issues.length > 0) return { success: false, error: new ValidationError(issues, 'profile') };
  const data = deepFreeze(parsed.data);
  parsedProfiles.add(data);
  keepWrittenLimits(input, data);
  return { success: true, data, warnings: [] };
}

/** The kinds whose criteria have each field, e.g. `usl` → measurement. */
let kindsByField: Map<string, string[]> | undefined;

/**
 * Returns the issues with an unknown field of a criterion that belongs to other kinds naming those
 * kinds (`usl` on an audit question: a field of measurement criteria). The kind is read as an own
 * data property of the input only.
 */
function withKindsOfFields(issues: readonly ValidationIssue[], input: unknown): ValidationIssue[] {
  if (!kindsByField) {
    kindsByField = new Map();
    for (const option of (criterionSchema as unknown as { _zod: { def: { options: { _zod: { def: { shape: Record<string, unknown> } } }[] } } })._zod.def.options) {
      const shape = option._zod.def.shape;
      const kind = (shape.kind as { _zod: { def: { values: string[] } } })._zod.def.values[0] as string;
      for (const field of Object.keys(shape)) kindsByField.set(field, [...(kindsByField.get(field) ?? []), kind]);
    }
  }
  const own = (value: unknown, key: string | number): unknown => (value !== null && typeof value === 'object' ? Object.getOwnPropertyDescriptor(value, key)?.value : undefined);
  return issues.map((issue) => {
    const [categories, c, criteria, i, field] = issue.segments;
    if (issue.code !== 'unrecognized_key' || categories !== 'categories' || criteria !== 'criteria' || typeof c !== 'number' || typeof i !== 'number' || typeof field !== 'string' || issue.segments.length !== 5) return issue;
    const criterion = own(own(own(own(input, 'categories'), c), 'criteria'), i);
    const kindName = own(criterion, 'kind');
    const kinds = kindsByField?.get(field);
    if (typeof kindName !== 'string' || !kinds || kinds.includes(kindName)) return issue;
    return createIssue('unrecognized_key', issue.segments, { ...issue.params, kind: shownText(kindName), kinds: kinds.join(', ') });
  });
}

/**
 * Returns the parsed profile, or throws one `ValidationError` listing every problem with its path and
 * a plain sentence. For profiles written in code, where a bad profile is a programming error. Given an
 * object written in TypeScript, the result's type knows the criterion, category and rule ids, so
 * evidence builders and test assertions complete them and reject unknown ids at compile time; given
 * anything else (parsed JSON, `unknown`), it returns a plain `Profile`. An object written in code that
 * is not a valid `ProfileInput` (a misspelt kind, say) is a compile error, not a silent fallback.
 *
 * @example
 * const profile = defineProfile({ id: 'pump-injector', version: '1', title: 'Injector', component: { name: 'Injector' }, categories: [...] });
 * profile.grades[0].grade
 * //=> 'A'
 */
export function defineProfile<const P extends ProfileInput>(input: P): TypedProfile<ProfileShapeOf<P>>;
export function defineProfile<const T>(input: WrittenInCode<T> extends true ? ProfileInput : T): Profile;
export function defineProfile(input: unknown): Profile {
  const result = parseProfile(input);
  if (!result.success) throw result.error;
  return result.data;
}
