import { createIssue, type ValidationIssue } from '../errors/index.js';

/** The most criteria a profile may hold in all its categories together. */
export const MAX_CRITERIA = 10_000;

/**
 * Returns the issue of a profile input with more than `MAX_CRITERIA` criteria in all, counted from
 * the raw input before any criterion is read, so an oversized profile is refused at once; an empty
 * list otherwise (also for input that is not a profile at all: the schema reports that).
 *
 * @example
 * profileSizeIssues({ categories: [{ criteria: new Array(10001) }] })[0].code
 * //=> 'too_many_criteria'
 */
export function profileSizeIssues(input: unknown): ValidationIssue[] {
  if (input === null || typeof input !== 'object') return [];
  const categories = (input as { categories?: unknown }).categories;
  if (!Array.isArray(categories)) return [];
  let count = 0;
  for (const category of categories) {
    const criteria = category !== null && typeof category === 'object' ? (category as { criteria?: unknown }).criteria : undefined;
    if (Array.isArray(criteria)) count += criteria.length;
  }
  return count > MAX_CRITERIA ? [createIssue('too_many_criteria', ['categories'], { maximum: MAX_CRITERIA, count })] : [];
}
