import { Decimal, type DecimalInput } from '../../decimal.js';
import { createIssue } from '../../errors/index.js';
import { NumberChecks, resultText } from './scorecardInput.js';

/**
 * Returns on-time delivery in percent: 100 · (1 − late / scheduled), by units against the PO scheduled
 * date, or by lines or deliveries when counted so (the on-time window is the buyer's to define).
 * Throws a `ValidationError` for bad input, nothing scheduled, or more late than scheduled.
 *
 * @example
 * onTimeDeliveryPercent(7, 350)
 * //=> '98'
 */
export function onTimeDeliveryPercent(late: DecimalInput, scheduled: DecimalInput, places?: number): string {
  const checks = new NumberChecks();
  const s = checks.decimal(scheduled, ['scheduled'], undefined, true);
  const l = checks.decimal(late, ['late'], 0);
  if (checks.issues.length === 0 && l.gt(s)) checks.issues.push(createIssue('too_big', ['late'], { maximum: s.toString() }));
  const p = checks.places(places);
  checks.done('on-time delivery input');
  return resultText(new Decimal(100).times(new Decimal(1).minus(l.div(s))), p);
}
