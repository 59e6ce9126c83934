import type { DecimalInput } from '../../decimal.js';
import { NumberChecks, resultText } from './scorecardInput.js';

/**
 * Returns the defect rate in parts per million: rejected (nonconforming) parts / parts received ×
 * 1,000,000 (sample parts are not counted). Throws a `ValidationError` for bad input or no parts
 * received.
 *
 * @example
 * partsPerMillion(12, 48000)
 * //=> '250'
 */
export function partsPerMillion(rejected: DecimalInput, received: DecimalInput, places?: number): string {
  const checks = new NumberChecks();
  const r = checks.decimal(rejected, ['rejected'], 0);
  const n = checks.decimal(received, ['received'], undefined, true);
  const p = checks.places(places);
  checks.done('PPM input');
  return resultText(r.times(1_000_000).div(n), p);
}
