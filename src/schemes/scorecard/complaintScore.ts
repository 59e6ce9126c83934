import { Decimal, type DecimalInput } from '../../decimal.js';
import { isDecimalInput } from '../../schema/primitives.js';
import { NumberChecks, resultText } from './scorecardInput.js';

/** The complaint figures of a period. */
export interface ComplaintInput {
  /** N: quality notifications (complaints) in the period. */
  readonly notifications: DecimalInput;
  /** K: estimated cost per nonconformity. */
  readonly costPerNotification: DecimalInput;
  /** F: share of business volume (0–1). */
  readonly share: DecimalInput;
  /** U: the vendor's business volume in the period. */
  readonly businessVolume: DecimalInput;
  /** Lowest score (default 1). */
  readonly min?: DecimalInput;
  /** Highest score (default 100). */
  readonly max?: DecimalInput;
  /** Round the result half-up to this many places (SAP stores whole scores: 0); default exact. */
  readonly places?: number;
}

/**
 * Returns the complaints (rejection level) score of SAP MM/QM vendor evaluation:
 * QSc = QSc_min + (QSc_max − QSc_min) · (1 − N·K / (F·U)), and QSc_min when N·K > F·U; with no
 * notifications the score is QSc_max. Throws a `ValidationError` for bad input (F·U must be positive).
 *
 * @example
 * complaintScore({ notifications: 10, costPerNotification: 500, share: 0.1, businessVolume: 1000000 })
 * //=> '95.05'
 */
export function complaintScore(given: ComplaintInput): string {
  const checks = new NumberChecks();
  const input = checks.record(given, []) as Partial<ComplaintInput>;
  const n = checks.decimal(input.notifications, ['notifications'], 0);
  const k = checks.decimal(input.costPerNotification, ['costPerNotification'], 0);
  const f = checks.decimal(input.share, ['share'], undefined, true);
  const u = checks.decimal(input.businessVolume, ['businessVolume'], undefined, true);
  const min = checks.decimal(input.min ?? 1, ['min']);
  const max = checks.decimal(input.max ?? 100, ['max'], isDecimalInput(input.min) ? input.min : 1);
  const places = checks.places(input.places);
  checks.done('complaint score input');
  const load = n.times(k);
  const volume = f.times(u);
  if (load.gt(volume)) return resultText(min, places);
  return resultText(min.plus(max.minus(min).times(new Decimal(1).minus(load.div(volume)))), places);
}
