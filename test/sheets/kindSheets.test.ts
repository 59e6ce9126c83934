import { describe, expect, it } from 'vitest';
import { KIND_NAMES, kindOf } from '../../src/kinds/registry.js';
import type { EvidenceSheets } from '../../src/sheets/evidenceFromSheets.js';

/** The sheets `EvidenceSheets` documents for the kinds' entries (its other keys are the supplier and the process steps). */
const DOCUMENTED: readonly (keyof EvidenceSheets)[] = ['measurements', 'audit', 'certificates', 'metrics', 'documents', 'checks', 'lots', 'gaugeStudies'];

describe("the kinds' evidence sheets", () => {
  it('are the sheets EvidenceSheets documents, read in registry order, one per kind that has one', () => {
    const parts = KIND_NAMES.flatMap((kind) => kindOf(kind).evidenceSheet ?? []);
    expect(parts.map((part) => part.key)).toEqual(DOCUMENTED);
    expect(parts.map((part) => part.name)).toEqual(['Measurements', 'Audit answers', 'Certificates', 'Metrics', 'Documents', 'Checks', 'Lots', 'Gauge studies']);
  });

  it('name the list their rows make where the layout has one', () => {
    for (const kind of KIND_NAMES) {
      const part = kindOf(kind).evidenceSheet;
      if (part?.layout === 'steps' || part?.layout === 'items') expect(kindOf(kind).evidenceSchema).toHaveProperty(['shape', part.list as string]);
    }
  });
});
