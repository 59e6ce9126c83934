import { createIssue, shownText, ValidationError, type PathSegment, type ValidationIssue } from '../errors/index.js';
import { conversionBetween, type UnitConversion, type UnitConversionFailure } from './conversionBetween.js';
import { closestUnit, unitRow } from './unitInfo.js';

/**
 * Returns the validation issue for a failed conversion, at the given path: `unit_unknown` or
 * `unit_incompatible`. An unknown unit close to a known one carries it as `suggestion`.
 *
 * @example
 * const f = conversionBetween('kPa', 'mm');
 * f.ok ? undefined : unitConversionIssue(f, ['unit']).message
 * //=> 'Unit "kPa" cannot be converted to "mm": they measure different quantities (pressure, length).'
 */
export function unitConversionIssue(
  failure: UnitConversionFailure,
  segments: readonly PathSegment[] = [],
): ValidationIssue {
  const { from, to } = failure;
  if (failure.reason === 'unknown') {
    const suggestion = closestUnit(failure.unit, unitRow(failure.unit === from ? to : from)?.quantity);
    return createIssue('unit_unknown', segments, { from, to, unit: failure.unit, ...(suggestion ? { suggestion: shownText(suggestion) } : {}) });
  }
  return createIssue('unit_incompatible', segments, { from, to, fromQuantity: failure.fromQuantity, toQuantity: failure.toQuantity });
}

/**
 * Returns the issues (none or one) that stop a value in unit `from` from being compared with a limit
 * in unit `to`: an unknown unit, or units of different quantities.
 *
 * @example
 * unitConversionIssues('in', 'mm')
 * //=> []
 * unitConversionIssues('furlong', 'mm', ['evidence', 'unit'])[0].code
 * //=> 'unit_unknown'
 */
export function unitConversionIssues(
  from: string,
  to: string,
  segments: readonly PathSegment[] = [],
): ValidationIssue[] {
  const conversion = conversionBetween(from, to);
  return conversion.ok ? [] : [unitConversionIssue(conversion, segments)];
}

/**
 * Returns the conversion from `from` to `to`, or throws a ValidationError describing why there is
 * none, at path `to` for an unknown `to` unit and at path `from` otherwise.
 */
export function requireConversion(from: string, to: string): UnitConversion {
  const conversion = conversionBetween(from, to);
  if (conversion.ok) return conversion;
  const at = conversion.reason === 'unknown' && conversion.unit !== from ? 'to' : 'from';
  throw new ValidationError([unitConversionIssue(conversion, [at])]);
}
