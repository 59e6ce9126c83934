import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/errors/index.js';
import { onTimeDeliveryPercent } from '../../../src/schemes/scorecard/onTimeDeliveryPercent.js';

describe('onTimeDeliveryPercent', () => {
  it('returns the reference vector: 7 late of 350 scheduled units → 98.0 %', () => {
    expect(onTimeDeliveryPercent(7, 350)).toBe('98');
    expect(onTimeDeliveryPercent(1, 3, 2)).toBe('66.67');
  });

  it('refuses more late than scheduled and nothing scheduled', () => {
    expect(() => onTimeDeliveryPercent(8, 7)).toThrow(ValidationError);
    expect(() => onTimeDeliveryPercent(0, 0)).toThrow(ValidationError);
  });
});
