import fc from 'fast-check';

/** Returns the next double above x (toward +Infinity). */
export function nextUp(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === 0) return Number.MIN_VALUE;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  view.setBigUint64(0, x > 0 ? bits + 1n : bits - 1n);
  return view.getFloat64(0);
}

/** Returns the next double below x. */
export function nextDown(x: number): number {
  return -nextUp(-x);
}

/** Decimal texts of every shape evidence may hold: signs, leading zeros, trailing zeros, long fractions. */
export const decimalText = fc
  .tuple(
    fc.constantFrom('', '-', '+'),
    fc.stringMatching(/^[0-9]{0,22}$/),
    fc.option(fc.stringMatching(/^[0-9]{0,24}$/), { nil: undefined }),
    fc.constantFrom('', ' ', '\t', '\u00a0'),
  )
  .filter(([, whole, fraction]) => whole.length > 0 || (fraction !== undefined && fraction.length > 0))
  .map(([sign, whole, fraction, space]) => `${space}${sign}${whole}${fraction === undefined ? '' : `.${fraction}`}${space}`);

/** Doubles of every size, including integers, tiny and huge values. */
export const anyDouble = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
  fc.integer({ min: -1e6, max: 1e6 }),
);
