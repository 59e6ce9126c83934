import { describe, expect, it } from 'vitest';
import { PPAP_DEFAULT_LEVEL, PPAP_LEVELS } from '../../../src/schemes/ppap/ppapLevels.js';

describe('PPAP_LEVELS', () => {
  it('describes the five levels; level 3 is the default', () => {
    expect(Object.keys(PPAP_LEVELS)).toEqual(['1', '2', '3', '4', '5']);
    expect(PPAP_LEVELS[4]).toBe('Warrant and other requirements as defined by the customer.');
    expect(PPAP_DEFAULT_LEVEL).toBe(3);
  });
});
