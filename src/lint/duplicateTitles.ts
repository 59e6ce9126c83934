import { pathText, type PathSegment } from '../errors/index.js';
import type { Profile } from '../schema/profile.js';
import { lintWarning, type LintWarning } from './lintWarning.js';

/** Returns a title in the form two titles are compared in: NFKC, trimmed, single spaces, lower case. */
function titleKey(title: string): string {
  return title.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Returns a warning for every criterion title used before by another criterion, and every category
 * title used before by another category (compared without case and extra spaces).
 *
 * @example
 * duplicateTitles(profileWithTwoLeakTests).map((w) => w.path)
 * //=> ['categories[1].criteria[0].title']
 */
export function duplicateTitles(profile: Profile): LintWarning[] {
  const warnings: LintWarning[] = [];
  const categories = new Map<string, string>();
  const criteria = new Map<string, string>();
  const claim = (seen: Map<string, string>, title: string, at: PathSegment[]) => {
    const key = titleKey(title);
    const first = seen.get(key);
    if (first !== undefined) warnings.push(lintWarning('duplicate_title', [...at, 'title'], { title, first }));
    else seen.set(key, pathText(at));
  };
  profile.categories.forEach((category, c) => {
    claim(categories, category.title, ['categories', c]);
    category.criteria.forEach((criterion, k) => claim(criteria, criterion.title, ['categories', c, 'criteria', k]));
  });
  return warnings;
}
