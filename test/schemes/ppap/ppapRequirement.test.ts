import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/errors/index.js';
import { ppapRequirement } from '../../../src/schemes/ppap/ppapRequirement.js';
import type { PpapLevel } from '../../../src/schemes/ppap/ppapElements.js';

describe('ppapRequirement (AIAG PPAP 4th ed.)', () => {
  it('returns the reference test vectors', () => {
    expect(ppapRequirement(1, 'Dimensional Results')).toBe('R');
    expect(ppapRequirement(2, 'Dimensional Results')).toBe('S');
    expect(ppapRequirement(2, 9)).toBe('S');
    expect(ppapRequirement(2, 'Design FMEA')).toBe('R');
    expect(ppapRequirement(3, 'Design FMEA')).toBe('S');
    expect(ppapRequirement(1, 'Appearance Approval Report')).toBe('S');
    expect(ppapRequirement(3, 'Master Sample')).toBe('R');
    expect(ppapRequirement(4, 'Control Plan')).toBe('*');
    expect(ppapRequirement(4, 'PSW')).toBe('S');
    expect(ppapRequirement(5, 'PSW')).toBe('R');
    expect(ppapRequirement(2, 'Design Records/proprietary')).toBe('R');
    expect(ppapRequirement(2, 'Design Records/other')).toBe('S');
  });

  it('refuses an unknown element and a level other than 1–5, with paths', () => {
    try {
      ppapRequirement(6 as PpapLevel, 'Drawing');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => [i.path, i.code])).toEqual([
        ['level', 'invalid_value'],
        ['element', 'unknown_ppap_element'],
      ]);
      expect((error as ValidationError).issues[1]?.message).toBe(
        '"Drawing" is not a PPAP element; use a number 1–18, 1a, 1b, "bulk", or a key such as "control-plan", "msa-studies", "dimensional-results".',
      );
    }
  });
});
