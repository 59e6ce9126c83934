import { Decimal, toDecimal, type DecimalInput } from '../decimal.js';

/** A decimal worked out from a limit as written (and the places it is read at), kept with the object holding the limit. */
interface Remembered {
  readonly source: DecimalInput;
  readonly places: number;
  readonly value: Decimal;
}

/** Limits as decimals, per object holding them (a grade band, a rule condition). */
const limits = new WeakMap<object, Remembered>();
/** Rounded-score limits as decimals, per rule condition. */
const roundedLimits = new WeakMap<object, Remembered>();

/** Returns the remembered decimal when the limit as written is still the same, else works it out and keeps it. */
function remembered(cache: WeakMap<object, Remembered>, holder: object, source: DecimalInput, places: number, make: () => Decimal): Decimal {
  const known = cache.get(holder);
  if (known !== undefined && known.source === source && known.places === places) return known.value;
  const value = make();
  cache.set(holder, { source, places, value });
  return value;
}

/**
 * Returns a limit as a decimal, worked out once per object holding it (a grade band, a rule
 * condition) and worked out again only when the limit as written changes: the same decimal as
 * `toDecimal(limit)`.
 *
 * @example
 * limitDecimal({ grade: 'B', min: '70' }, '70').toString()
 * //=> '70'
 */
export function limitDecimal(holder: object, limit: DecimalInput): Decimal {
  return remembered(limits, holder, limit, -1, () => toDecimal(limit));
}

/**
 * Returns the least score that, rounded half-up to `places`, is not below `below`: for a score
 * p ≥ 0, `roundHalfUp(p, places) < below` exactly when `p < threshold`, with
 * threshold = ⌈below⌉ₚₗₐ꜀ₑₛ − ½·10^−places (⌈·⌉ rounding up to a multiple of 10^−places). A rounded
 * score r is a multiple of u = 10^−places, so r < below ⟺ r ≤ ⌈below⌉ − u, and half-up rounding gives
 * r ≤ m ⟺ p < m + u/2 for a multiple m. Worked out once per rule condition holding the limit.
 *
 * @example
 * roundedBelowThreshold({}, '80', 0).toString()
 * //=> '79.5'
 */
export function roundedBelowThreshold(holder: object, below: DecimalInput, places: number): Decimal {
  return remembered(roundedLimits, holder, below, places, () =>
    toDecimal(below).toDecimalPlaces(places, Decimal.ROUND_CEIL).minus(new Decimal(`5e-${places + 1}`)),
  );
}
