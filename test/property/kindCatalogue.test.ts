import { describe, expect, it } from 'vitest';
import { KIND_NAMES } from '../../src/kinds/registry.js';
import { GENERATORS_WITHOUT_KIND, KINDS, KINDS_WITHOUT_GENERATORS } from './arbitraries.js';

/**
 * Every kind of the registry has its property-test generators (test/kinds/<kind>/arbitrary.ts), so a
 * new kind cannot go untested by the generated profiles; a folder of generators names a kind.
 */
describe('the generators of the kinds', () => {
  it('exist for every kind of the registry, in registry order', () => {
    expect(KINDS_WITHOUT_GENERATORS).toEqual([]);
    expect(KINDS).toEqual(KIND_NAMES);
  });

  it('are each for a kind of the registry', () => {
    expect(GENERATORS_WITHOUT_KIND).toEqual([]);
  });
});
