import { toDecimal, type DecimalInput } from '../../decimal.js';
import { createIssue, ValidationError, valueText } from '../../errors/index.js';
import { isDecimalInput } from '../../schema/primitives.js';

/** How an initial process study's index is judged. */
export type InitialStudyDisposition = 'accept' | 'conditional' | 'reject';

/**
 * Returns the disposition of an initial process study index (Ppk for an initial study, or Cpk where
 * the customer agrees) by AIAG PPAP 4th ed. §2.2.11.3: above 1.67 it meets the acceptance criteria;
 * from 1.33 to 1.67 inclusive it may be acceptable (customer review); below 1.33 it does not meet them.
 * Decided exactly in decimal. Throws a `ValidationError` for a value that is not a finite decimal.
 *
 * @example
 * [initialStudyDisposition(1.70), initialStudyDisposition('1.67'), initialStudyDisposition(1.33), initialStudyDisposition(1.3299)]
 * //=> ['accept', 'conditional', 'conditional', 'reject']
 */
export function initialStudyDisposition(index: DecimalInput): InitialStudyDisposition {
  if (!isDecimalInput(index)) {
    throw new ValidationError([createIssue('invalid_decimal', ['index'], { value: valueText(index) })], 'initial study index');
  }
  const value = toDecimal(index);
  if (value.gt('1.67')) return 'accept';
  if (value.gte('1.33')) return 'conditional';
  return 'reject';
}
