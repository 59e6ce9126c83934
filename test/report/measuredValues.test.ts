import { describe, expect, it } from 'vitest';
import { measuredValues } from '../../src/report/measuredValues.js';

describe('measuredValues', () => {
  it('flattens subgroups', () => {
    expect(measuredValues({ entries: [{ criterion: 'd', values: [[6.5, 6.51], [6.49]] }] }, 'd', 'mm')).toEqual([6.5, 6.51, 6.49]);
  });

  it('converts to the criterion’s unit exactly', () => {
    expect(measuredValues({ entries: [{ criterion: 'd', values: ['0.25'], unit: 'in' }] }, 'd', 'mm')).toEqual(['6.35']);
  });

  it('gives null without evidence, values or a convertible unit', () => {
    expect(measuredValues(undefined, 'd', 'mm')).toBeNull();
    expect(measuredValues({ entries: [{ criterion: 'e', values: [1] }] }, 'd', 'mm')).toBeNull();
    expect(measuredValues({ entries: [{ criterion: 'd', values: [1], unit: 'bar' }] }, 'd', 'mm')).toBeNull();
  });
});
