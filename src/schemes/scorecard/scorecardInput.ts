import { Decimal, decimalString, roundHalfUp, toDecimal, type DecimalInput } from '../../decimal.js';
import { createIssue, ValidationError, valueText, type PathSegment, type ValidationIssue } from '../../errors/index.js';
import { isDecimalInput } from '../../schema/primitives.js';

/** Collects the problems of numeric inputs, so a scorecard function reports all of them at once. */
export class NumberChecks {
  readonly issues: ValidationIssue[] = [];

  /** Returns the decimal of a value, or 0 after noting a problem (not a decimal, below `min`). */
  decimal(value: unknown, path: readonly PathSegment[], min?: DecimalInput, positive = false): Decimal {
    if (!isDecimalInput(value)) {
      this.issues.push(createIssue(value === undefined ? 'required' : 'invalid_decimal', path, { value: valueText(value) }));
      return new Decimal(0);
    }
    const d = toDecimal(value);
    if (positive && d.lte(0)) this.issues.push(createIssue('zero_denominator', path));
    else if (min !== undefined && d.lt(min)) this.issues.push(createIssue('too_small', path, { minimum: String(min) }));
    return d;
  }

  /** Returns the value as an object's fields, or none after noting that it is not an object. */
  record(value: unknown, path: readonly PathSegment[]): Readonly<Record<string, unknown>> {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    this.issues.push(createIssue('invalid_type', path, { expected: 'an object', received: valueText(value) }));
    return {};
  }

  /** Returns the value as a list, or an empty list after noting that it is not one. */
  list(value: unknown, path: readonly PathSegment[]): readonly unknown[] {
    if (Array.isArray(value)) return value;
    this.issues.push(createIssue('invalid_type', path, { expected: 'a list', received: valueText(value) }));
    return [];
  }

  /** Returns decimal places to round a result to: left out, or a whole number 0–20 (else noted). */
  places(value: unknown): number | undefined {
    if (value === undefined) return undefined;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 20) return value;
    this.issues.push(createIssue('out_of_range', ['places'], { minimum: 0, maximum: 20 }));
    return undefined;
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
