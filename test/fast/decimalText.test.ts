import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalString, roundHalfUp, toDecimal } from '../../src/decimal.js';
import {
  canonicalText,
  compareDecimalTexts,
  compareInputToText,
  decimalTextFloat,
  decimalTextValue,
  isPlainDecimalText,
  numberText,
  quotientText,
  roundedText,
  significantText,
} from '../../src/fast/decimalText.js';
import { isDecimalInput } from '../../src/schema/primitives.js';
import { anyDouble, decimalText } from './helpers.js';

const runs = { numRuns: 2000, seed: 9 };

describe('isPlainDecimalText', () => {
  it('accepts exactly the texts the evidence schema accepts', () => {
    for (const text of ['3.205', ' -3.205 ', '+.5', '5.', '007', '', '.', '-', '1e5', '0x10', 'Infinity', '1.2.3', ' ', '١٢', '1 2', '\u20281\u2029']) {
      expect(isPlainDecimalText(text), text).toBe(isDecimalInput(text));
    }
    fc.assert(fc.property(fc.oneof(decimalText, fc.string({ maxLength: 12 }), fc.string({ unit: fc.constantFrom('1', '.', '-', '+', ' ', 'e', '\u3000', '\ufeff', '\u180e') })), (text) => {
      expect(isPlainDecimalText(text)).toBe(isDecimalInput(text));
    }), runs);
    expect(isPlainDecimalText('1'.repeat(401))).toBe(false);
    expect(isPlainDecimalText('1'.repeat(400))).toBe(true);
  });
});

describe('decimalTextFloat', () => {
  it('reads a text to the same double as Number', () => {
    fc.assert(fc.property(decimalText, (text) => {
      expect(Object.is(decimalTextFloat(text), Number(text))).toBe(true);
    }), runs);
    fc.assert(fc.property(anyDouble, (x) => {
      expect(Object.is(decimalTextFloat(String(x)), Number(String(x)))).toBe(true);
    }), runs);
    expect(decimalTextFloat('3.205')).toBe(3.205);
    expect(decimalTextFloat('0.1')).toBe(0.1);
    expect(Object.is(decimalTextFloat('-0'), -0)).toBe(true);
  });
});

describe('decimalTextValue', () => {
  it('checks and reads a text in one pass: NaN exactly when evidence refuses it, else what Number reads', () => {
    fc.assert(fc.property(fc.oneof(decimalText, fc.string({ maxLength: 12 }), fc.string({ unit: fc.constantFrom('1', '.', '-', '+', ' ', 'e', '0', '\u3000') })), (text) => {
      const value = decimalTextValue(text);
      if (isDecimalInput(text)) expect(Object.is(value, Number(text))).toBe(true);
      else expect(value).toBeNaN();
    }), runs);
  });
});

describe('compareDecimalTexts and compareInputToText', () => {
  it('compare exactly, as decimals do', () => {
    expect(compareDecimalTexts('10.050', '10.05')).toBe(0);
    expect(compareDecimalTexts('-0.0', '0')).toBe(0);
    expect(compareDecimalTexts('9.9999999999999999999', '10')).toBe(-1);
    expect(compareDecimalTexts('1e5', '10')).toBeNull();
    fc.assert(fc.property(decimalText, decimalText, (a, b) => {
      expect(compareDecimalTexts(a, b)).toBe(toDecimal(a).comparedTo(toDecimal(b)));
    }), runs);
    fc.assert(fc.property(anyDouble, decimalText, (x, b) => {
      expect(compareInputToText(x, decimalString(toDecimal(b)))).toBe(toDecimal(x).comparedTo(toDecimal(b)));
    }), runs);
  });
});

describe('canonicalText, roundedText, significantText', () => {
  it('print exactly what decimalString prints', () => {
    expect(canonicalText(' +003.2050 ')).toBe('3.205');
    expect(canonicalText(1e21)).toBe('1000000000000000000000');
    expect(numberText(1e-7)).toBeNull();
    fc.assert(fc.property(fc.oneof(decimalText, anyDouble), (value) => {
      expect(canonicalText(value)).toBe(decimalString(toDecimal(value)));
    }), runs);
  });

  it('round half away from zero to places', () => {
    expect(roundedText('87.45', 1)).toBe('87.5');
    expect(roundedText('-87.45', 1)).toBe('-87.5');
    expect(roundedText('-0.04', 1)).toBe('0');
    expect(roundedText('99.96', 1)).toBe('100');
    fc.assert(fc.property(fc.oneof(decimalText, anyDouble), fc.integer({ min: 0, max: 8 }), (value, places) => {
      expect(roundedText(value, places)).toBe(decimalString(roundHalfUp(toDecimal(value), places)));
    }), runs);
  });

  it('round half away from zero to significant digits', () => {
    expect(significantText('999999.5', 6)).toBe('1000000');
    expect(significantText(0.000123456789, 6)).toBe('0.000123457');
    fc.assert(fc.property(fc.oneof(decimalText, anyDouble), fc.integer({ min: 1, max: 14 }), (value, digits) => {
      expect(significantText(value, digits)).toBe(decimalString(toDecimal(value).toSignificantDigits(digits)));
    }), runs);
  });
});

/** The double next to `x` towards +∞ (`up`) or −∞. */
function nextDouble(x: number, up: boolean): number {
  if (x === 0) return up ? Number.MIN_VALUE : -Number.MIN_VALUE;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  view.setBigUint64(0, (x > 0) === up ? bits + 1n : bits - 1n);
  return view.getFloat64(0);
}

describe('roundedText and significantText of numbers', () => {
  const exactRounded = (x: number, places: number) => decimalString(roundHalfUp(toDecimal(x), places));
  const exactSignificant = (x: number, digits: number) => decimalString(toDecimal(x).toSignificantDigits(digits));

  it('round numbers on a tie, and one unit in the last place either side of it, as decimals do', () => {
    expect(roundedText(0.00005, 4)).toBe('0.0001');
    expect(roundedText(-0.00005, 4)).toBe('-0.0001');
    expect(roundedText(-0.00004, 4)).toBe('0');
    expect(roundedText(9.99995, 4)).toBe('10');
    expect(roundedText(1.5, 0)).toBe('2');
    expect(significantText(999999.5, 6)).toBe('1000000');
    expect(significantText(-0.0000999995, 6)).toBe('-0.0000999995');
    expect(significantText(9999995, 6)).toBe('10000000');
    expect(significantText(1234567.8, 6)).toBe('1234570');
    fc.assert(
      fc.property(fc.integer({ min: -2_000_000, max: 2_000_000 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 9 }), (k, places, digits) => {
        // A tie to `places` decimals (k + ½ units), written with `places + 1` decimals, and its neighbours.
        const tie = Number(`${k < 0 ? '-' : ''}${Math.abs(k)}5e-${places + 1}`);
        for (const x of [tie, nextDouble(tie, true), nextDouble(tie, false)]) {
          expect(roundedText(x, places)).toBe(exactRounded(x, places));
          expect(significantText(x, digits)).toBe(exactSignificant(x, digits));
        }
      }),
      runs,
    );
  });

  it('round capability indices and standard deviations as decimals do', () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), (x) => {
        for (const places of [0, 2, 4]) expect(roundedText(x, places)).toBe(exactRounded(x, places));
        for (const digits of [6, 10]) expect(significantText(x, digits)).toBe(exactSignificant(x, digits));
      }),
      runs,
    );
  });
});

describe('quotientText', () => {
  it('gives the quotient of whole numbers to significant digits, as a decimal division does', () => {
    expect(quotientText(2, 3, 6)).toBe('0.666667');
    expect(quotientText(0, 7, 6)).toBe('0');
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 40 }), fc.integer({ min: 1, max: 2 ** 30 }), fc.integer({ min: 1, max: 12 }), (n, d, digits) => {
      expect(quotientText(n, d, digits)).toBe(toDecimal(n).div(d).toSignificantDigits(digits).toString());
    }), runs);
  });
});
