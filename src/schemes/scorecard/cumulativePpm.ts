import { Decimal, type DecimalInput } from '../../decimal.js';
import { createIssue } from '../../errors/index.js';
import { NumberChecks, resultText } from './scorecardInput.js';

/** One period's rejected and received parts. */
export interface PpmPeriod {
  readonly rejected: DecimalInput;
  readonly received: DecimalInput;
}

/**
 * Returns the defect rate over several periods (year to date, rolling 3 months) in parts per million
 * from the accumulated totals: Σ rejected / Σ received × 1,000,000, never the average of the periods'
 * PPM. Throws a `ValidationError` for bad input or no parts received at all.
 *
 * @example
 * cumulativePpm([{ rejected: 5, received: 10000 }, { rejected: 0, received: 40000 }])
 * //=> '100'
 */
export function cumulativePpm(periods: readonly PpmPeriod[], places?: number): string {
  const checks = new NumberChecks();
  let rejected = new Decimal(0);
  let received = new Decimal(0);
  const list = checks.list(periods, []);
  list.forEach((item, i) => {
    const period = checks.record(item, [i]);
    rejected = rejected.plus(checks.decimal(period.rejected, [i, 'rejected'], 0));
    received = received.plus(checks.decimal(period.received, [i, 'received'], 0));
  });
  const p = checks.places(places);
  if (checks.issues.length === 0 && received.isZero()) checks.issues.push(createIssue('zero_denominator', list.length > 0 ? [0, 'received'] : []));
  checks.done('PPM periods');
  return resultText(rejected.times(1_000_000).div(received), p);
}
