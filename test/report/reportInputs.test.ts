import { describe, expect, it } from 'vitest';
import { titlesFor } from '../../src/report/reportInputs.js';
import { profile } from './fixtures.js';

describe('titlesFor', () => {
  it('gives the profile’s translation in the chosen language', () => {
    const id = titlesFor(profile, 'id');
    expect(id.criterion('throat-d', 'Venturi throat diameter')).toBe('Diameter leher venturi');
    expect(id.category('product', 'Product specification')).toBe('Spesifikasi produk');
    expect(id.profile('Injector')).toBe('Injektor (jet ejector) untuk pompa jet sumur dangkal JP-250');
    expect(id.remedy('leak-test', 'Install a leak-test bench')).toMatch(/^Pasang bangku uji kebocoran/);
  });

  it('keeps the text as written where there is no translation', () => {
    const en = titlesFor(profile, 'en');
    expect(en.criterion('throat-d', 'Venturi throat diameter')).toBe('Venturi throat diameter');
    expect(titlesFor(undefined, 'id').criterion('x', 'As written')).toBe('As written');
    expect(titlesFor(undefined, 'id').remedy('x', undefined)).toBeUndefined();
  });
});
