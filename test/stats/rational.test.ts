import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Exact } from './helpers.js';
import { ratio, toRational } from '../../src/stats/rational.js';

/** The fraction of a decimal by decimal.js itself: numerator and denominator of its exact value, reduced. */
function fractionOf(value: string | number): string {
  const [n, d] = new Exact(value).toFraction();
  return `${n!.toFixed()}/${d!.toFixed()}`;
}

describe('toRational', () => {
  it('reads plain decimal texts and numbers as their exact fraction in lowest terms', () => {
    expect(ratio(toRational('0.25'))).toBe('1/4');
    expect(ratio(toRational('-3.2040'))).toBe('-801/250');
    expect(ratio(toRational('-0'))).toBe('0/1');
    expect(ratio(toRational('007.50'))).toBe('15/2');
    expect(ratio(toRational(' +1.5 '))).toBe('3/2');
    expect(ratio(toRational(1e21))).toBe('1000000000000000000000/1');
    expect(ratio(toRational('123456789012345.6789'))).toBe('1234567890123456789/10000');
  });
  it('agrees with decimal.js on short and long texts and on doubles', () => {
    const text = fc
      .tuple(fc.boolean(), fc.stringMatching(/^\d{1,20}$/), fc.option(fc.stringMatching(/^\d{1,20}$/), { nil: undefined }))
      .map(([negative, whole, fraction]) => `${negative ? '-' : ''}${whole}${fraction === undefined ? '' : `.${fraction}`}`);
    fc.assert(fc.property(text, (value) => {
      expect(ratio(toRational(value))).toBe(fractionOf(value));
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
      expect(ratio(toRational(value))).toBe(fractionOf(String(value)));
    }), { numRuns: 2000 });
  });
});
