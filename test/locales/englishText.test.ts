import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englishText } from '../../src/locales/englishText.js';

describe('englishText', () => {
  it('writes the sentence of a code from text parameters', () => {
    expect(englishText('check.notMet', { value: 'no', expected: 'yes' })).toBe('Answer "no"; "yes" is required.');
  });

  it('reads numbers as text and leaves out any other value, whatever the object', () => {
    const mixed = { value: 1.5, expected: { text: 'yes' } } as unknown as Record<string, string>;
    expect(englishText('check.notMet', mixed)).toBe('Answer "1.5"; "undefined" is required.');
    const inherited = Object.assign(Object.create({ expected: 'yes' }) as Record<string, string>, { value: 'no' });
    expect(englishText('check.notMet', inherited)).toBe('Answer "no"; "undefined" is required.');
    const bare = Object.assign(Object.create(null) as Record<string, string>, { value: 'no', expected: 'yes' });
    expect(englishText('check.notMet', bare)).toBe('Answer "no"; "yes" is required.');
    expect(englishText('check.notMet', null as unknown as Record<string, string>)).toBe('Answer "undefined"; "undefined" is required.');
  });

  it('returns an unknown code as it is', () => {
    expect(englishText('nope', {})).toBe('nope');
  });

  it('returns a text for any code and any parameters', () => {
    const code = fc.oneof(fc.constantFrom<unknown>('check.met', 'constructor', '__proto__', 'toString', 'nope'), fc.anything());
    const params = fc.oneof(fc.dictionary(fc.string(), fc.string()), fc.anything({ withNullPrototype: true, withMap: true, withBigInt: true }));
    fc.assert(
      fc.property(code, params, (c, p) => {
        expect(typeof englishText(c as string, p as Record<string, string>)).toBe('string');
      }),
    );
  });
});
