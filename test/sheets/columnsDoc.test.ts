import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentDoc } from '../../scripts/sheetColumns.js';
import { CRITERION_COLUMNS, RULE_COLUMNS } from '../../src/sheets/profileColumns.js';

const doc = readFileSync(new URL('../../docs/sheets.md', import.meta.url), 'utf8');

describe('docs/sheets.md', () => {
  it('lists the columns derived from the schemas, as generated (npx tsx scripts/sheetColumns.ts)', () => {
    expect(doc).toBe(currentDoc(doc));
  });

  it('has a column for every field of every criterion kind, capability included, and for every rule field', () => {
    const keys = CRITERION_COLUMNS.map((column) => column.key);
    expect(keys).toEqual(expect.arrayContaining(['capability.index', 'capability.min', 'capability.minSamples', 'capability.useLowerBound', 'bands', 'alsoAccepted', 'aql', 'edition', 'effort.currency']));
    expect(RULE_COLUMNS.map((column) => column.key)).toEqual(expect.arrayContaining(['type', 'pointsIn', 'minShare.numerator', 'capDecision', 'incomplete']));
  });
});
