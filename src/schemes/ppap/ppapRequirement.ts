import { createIssue, ValidationError, valueText, type ValidationIssue } from '../../errors/index.js';
import { PPAP_ELEMENT_EXAMPLES, ppapElement, type PpapLevel, type PpapRequirement } from './ppapElements.js';

/**
 * Returns what PPAP level `level` requires of an element (AIAG PPAP 4th ed., retention/submission
 * table): `S` submit to the customer and keep a copy, `R` keep on file and make available on request,
 * `*` keep on file and submit on request. The element may be named by number, key, name or alias (see
 * `ppapElement`: `8` and `'8'` alike). Throws a `ValidationError` for a level other than 1–5 or an unknown element.
 *
 * @example
 * [ppapRequirement(2, 'Dimensional Results'), ppapRequirement(4, 'Control Plan'), ppapRequirement(5, 'PSW')]
 * //=> ['S', '*', 'R']
 */
export function ppapRequirement(level: PpapLevel, element: string | number): PpapRequirement {
  const issues: ValidationIssue[] = [];
  if (!([1, 2, 3, 4, 5] as unknown[]).includes(level)) {
    issues.push(createIssue('invalid_value', ['level'], { options: '1, 2, 3, 4, 5' }));
  }
  const found = ppapElement(element);
  if (!found) {
    issues.push(createIssue('unknown_ppap_element', ['element'], { element: valueText(element), examples: PPAP_ELEMENT_EXAMPLES }));
  }
  if (issues.length > 0 || !found) throw new ValidationError(issues, 'PPAP requirement');
  return found.requirements[level - 1] as PpapRequirement;
}
