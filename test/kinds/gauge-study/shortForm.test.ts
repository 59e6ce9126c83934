import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineProfile, parseEvidence, type Criterion } from 'supplier-quality';
import { entryFromCell } from 'supplier-quality/sheets';

const json = JSON.parse(readFileSync(new URL('../../../examples/pump-injector/profile.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const profile = defineProfile(json);
const gauge = profile.categories.flatMap((c) => c.criteria).find((c) => c.id === 'nozzle-gauge') as Criterion;

describe('gauge study short form (part:operator:trial:value)', () => {
  it('reads each measurement of a cell', () => {
    expect(entryFromCell(gauge, '1:Andi:1:3.2036; 1:Andi::3.2031')).toEqual({
      criterion: 'nozzle-gauge',
      measurements: [
        { part: '1', operator: 'Andi', trial: 1, value: '3.2036' },
        { part: '1', operator: 'Andi', value: '3.2031' },
      ],
    });
  });
  it('keeps what follows a fourth colon in the value, so the evidence check refuses it instead of reading a part of it', () => {
    const entry = entryFromCell(gauge, '1:Andi:1:3.2036:3.2041');
    expect(entry).toEqual({ criterion: 'nozzle-gauge', measurements: [{ part: '1', operator: 'Andi', trial: 1, value: '3.2036:3.2041' }] });
    const parsed = parseEvidence({ supplier: { id: 's', name: 'S' }, auditDate: '2026-11-19', entries: [entry] }, { profile });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues.map((issue) => `${issue.path}: ${issue.code}`)).toEqual(['entries[0].measurements[0].value: invalid_decimal']);
  });
});
