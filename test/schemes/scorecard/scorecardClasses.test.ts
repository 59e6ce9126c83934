import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/errors/index.js';
import { ABC_CLASSES, DRIV_CLASSES, scorecardClass } from '../../../src/schemes/scorecard/scorecardClasses.js';

describe('scorecardClass', () => {
  it('returns the DRiV reference vectors: 90 Preferred, 89.99 Acceptable, 70 Acceptable, 69.9 Developmental', () => {
    expect(scorecardClass(90)).toBe('Preferred');
    expect(scorecardClass(89.99)).toBe('Acceptable');
    expect(scorecardClass(70)).toBe('Acceptable');
    expect(scorecardClass(69.9)).toBe('Developmental');
  });

  it('maps classes to decisions and takes other bands', () => {
    expect(DRIV_CLASSES.map((c) => c.decision)).toEqual(['approved', 'approved', 'conditional']);
    expect(scorecardClass('85', ABC_CLASSES)).toBe('B');
    expect(() => scorecardClass('high')).toThrow(ValidationError);
  });
});
