/** The print layout of the Excel example's report sheets, read from their rows. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from 'supplier-quality';
import { evaluationRows, gapRows } from 'supplier-quality/sheets';
import { printLayout, wrappedLines } from '../../examples/excel/printLayout.js';

const example = (name: string) => JSON.parse(readFileSync(new URL(`../../examples/pump-injector/${name}`, import.meta.url), 'utf8')) as unknown;

describe('wrappedLines', () => {
  it('wraps at spaces and after hyphens, and breaks a word longer than the line', () => {
    expect(wrappedLines('Machines and tools are maintained', 12)).toBe(4);
    expect(wrappedLines('machine-maintenance', 12)).toBe(2);
    expect(wrappedLines('abcdefghijklmnopqrstuvwxyz', 6)).toBe(6);
    expect([wrappedLines('', 5), wrappedLines('a b', 5), wrappedLines('one\ntwo', 20)]).toEqual([1, 1, 2]);
  });
});

describe('printLayout', () => {
  it('keeps a small table in portrait at full size', () => {
    const layout = printLayout([['a', 'b', 'c'], [1, 2, 3]]);
    expect(layout).toMatchObject({ widths: [5, 5, 5], orientation: 'portrait', scale: 1, pages: 1, repeatRow: 1, heights: [15, 15] });
  });

  it('lays the rejected supplier’s report out on landscape A4, its criterion header on every page, in both languages', () => {
    const profile = example('profile.json');
    const evaluation = evaluate(profile, example('evidence/sumber-logam.json'));
    for (const lang of ['en', 'id'] as const) {
      const rows = evaluationRows(evaluation, { lang, profile: profile as never });
      const layout = printLayout(rows);
      const header = rows.findIndex((row) => row[1] === 'ID');
      expect(layout).toMatchObject({ orientation: 'landscape', repeatRow: header + 1 });
      expect(layout.scale).toBeGreaterThanOrEqual(0.6);
      expect(layout.pages).toBeLessThanOrEqual(2);
      expect([layout.wraps(0, 0), layout.wraps(0, 1), layout.wraps(header + 1, 10)]).toEqual([true, false, true]);
      const gaps = printLayout(gapRows(evaluation, { lang, profile: profile as never }));
      expect(gaps).toMatchObject({ orientation: 'landscape', repeatRow: 1, pages: 1 });
    }
  });
});
