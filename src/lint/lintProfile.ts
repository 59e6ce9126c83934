import { defineProfile } from '../parse/parseProfile.js';
import { createIssue, optionsIssues, ValidationError, valueText, type PathSegment } from '../errors/index.js';
import { placedCriteria } from './criterionShares.js';
import { criterionWarnings } from './criterionWarnings.js';
import { linkWarnings } from '../kinds/links.js';
import { warningOf } from './lintWarning.js';
import { duplicateTitles } from './duplicateTitles.js';
import type { LintCode } from './lintCodes.js';
import type { LintWarning } from './lintWarning.js';
import { neverFiringRules } from './ruleWarnings.js';
import { ineffectiveWeights, unreachableGrades, weightlessCategories } from './weightWarnings.js';

/** Options of `lintProfile`. */
export interface LintOptions {
  /** Codes not to report, for a profile that means what it says (e.g. a category kept for knock-outs only). */
  readonly ignore?: readonly LintCode[];
}

const TOP_LEVEL = ['categories', 'grades', 'rules'];

/** Returns a sort key that puts warnings in the order their places appear in the profile. */
function documentOrder(segments: readonly PathSegment[]): number[] {
  const top = TOP_LEVEL.indexOf(String(segments[0]));
  const category = typeof segments[1] === 'number' ? segments[1] : -1;
  const criterion = segments[2] === 'criteria' && typeof segments[3] === 'number' ? segments[3] : -1;
  return [top < 0 ? TOP_LEVEL.length : top, category, criterion];
}

function compareOrder(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return 0;
}

/**
 * Returns the warnings for a profile that is valid but suspicious, each with its path, a code and a
 * plain sentence in English and Bahasa Indonesia, in profile order: criteria whose weight cannot change
 * any decision, grade bands no score reaches, tolerances wider than their nominal, capability minimums
 * below 1.0, critical criteria with weight 0, duplicate titles, categories without weight, certificate
 * windows longer than certificates run, and rules that can never fire. An invalid profile throws one
 * `ValidationError` listing every problem, as `defineProfile` does.
 *
 * @example
 * lintProfile(profile).map((w) => `${w.path}: ${w.message}`)
 * //=> ['categories[0].criteria[3].weight: "Hydrostatic leak test" is critical but has weight 0: failing it rejects the supplier, passing it adds nothing to the score.']
 */
export function lintProfile(input: unknown, options: LintOptions = {}): LintWarning[] {
  const profile = defineProfile(input);
  const optionProblems = optionsIssues(options);
  if (optionProblems.length === 0 && options.ignore !== undefined && !Array.isArray(options.ignore)) {
    optionProblems.push(createIssue('invalid_type', ['ignore'], { expected: 'a list of warning codes', received: valueText(options.ignore) }));
  }
  if (optionProblems.length > 0) throw new ValidationError(optionProblems, 'options');
  const placed = placedCriteria(profile);
  const warnings = [
    ...weightlessCategories(profile),
    ...placed.flatMap((p) => criterionWarnings(p.criterion, p.segments)),
    ...ineffectiveWeights(profile, placed),
    ...duplicateTitles(profile),
    ...unreachableGrades(profile, placed),
    ...neverFiringRules(profile, placed),
    ...linkWarnings(placed.map((p) => ({ criterion: p.criterion, at: p.segments }))).map(warningOf),
  ];
  const ignore = new Set(options.ignore ?? []);
  return warnings
    .filter((warning) => !ignore.has(warning.code))
    .map((warning, order) => ({ warning, order, key: documentOrder(warning.segments) }))
    .sort((a, b) => compareOrder(a.key, b.key) || a.order - b.order)
    .map(({ warning }) => warning);
}
