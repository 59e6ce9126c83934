import { Decimal, decimalString, roundHalfUp, toDecimal, type DecimalInput } from '../../decimal.js';
import { createIssue, ValidationError, type PathSegment, type ValidationIssue } from '../../errors/index.js';
import { isDecimalInput } from '../../schema/primitives.js';

/** Collects the problems of numeric inputs, so a scorecard function reports all of them at once. */
export class NumberChecks {
  readonly issues: ValidationIssue[] = [];

  /** Returns the decimal of a value, or 0 after noting a problem (not a decimal, below `min`). */
  decimal(value: unknown, path: readonly PathSegment[], min?: DecimalInput, positive = false): Decimal {
    if (!isDecimalInput(value)) {
      this.issues.push(createIssue(value === undefined ? 'required' : 'invalid_decimal', path, { value: String(value) }));
      return new Decimal(0);
    }
    const d = toDecimal(value);
    if (positive && d.lte(0)) this.issues.push(createIssue('zero_denominator', path));
    else if (min !== undefined && d.lt(min)) this.issues.push(createIssue('too_small', path, { minimum: String(min) }));
    return d;
  }

  /** Throws one `ValidationError` with every problem noted, if any. */
  done(subject: string): void {
    if (this.issues.length > 0) throw new ValidationError(this.issues, subject);
  }
}

/** Returns the canonical text of a result, rounded half-up to `places` when given. */
export function resultText(value: Decimal, places: number | undefined): string {
  return decimalString(places === undefined ? value : roundHalfUp(value, places));
}
