import { describe, expect, test } from 'vitest';
import { criterionSchema } from '../../../src/criteria/criterion.js';
import { evaluate } from '../../../src/index.js';
import { specLimits, type MeasurementCriterion } from '../../../src/kinds/measurement/schema.js';
import { evidenceWith, profileWith } from '../../fixtures.js';
import { declaredMeasurementStatus, passingValue, passingValues, valuesWith } from '../../../src/kinds/measurement/fixtureValues.js';

const m = (input: object) => criterionSchema.parse({ kind: 'measurement', id: 'x', title: 'X', causeFamily: 'machine', unit: 'mm', ...input }) as MeasurementCriterion;
const at = { at: '2026-01-15' };
/** The status `evaluate` gives a measurement criterion for these values. */
const statusOf = (criterion: MeasurementCriterion, values: string[]) => evaluate(profileWith([criterion as never]), evidenceWith([{ criterion: 'x', values }], '2026-01-10'), at).criteria[0]?.status;

/** Capability requirements of every form: index, minimum, subgroups, sigma method, lower bound. */
const capabilities = [
  { min: '1.33' },
  { min: '1.67', index: 'ppk' },
  { min: '2', subgroupSize: 5 },
  { min: '1.33', subgroupSize: 4, sigma: 'sbar' },
  { min: '1.33', subgroupSize: 3, sigma: 'pooled', constants: 'exact' },
  { min: '1.67', useLowerBound: true, confidence: '0.99' },
  { min: '1.33', minSamples: 125 },
  { min: '1.33', partialFrom: '1' },
];
const limits = [
  { nominal: '3.20', tolerance: '0.02' },
  { nominal: '8.000', upperDeviation: '0.015', lowerDeviation: '0' },
  { usl: '0.05' },
  { lsl: '8.5' },
  { lsl: '0' },
];

describe('passingValue', () => {
  test('the nominal within the limits, else their middle, else the one limit', () => {
    expect(passingValue(m({ nominal: '3.20', tolerance: '0.02' }))).toBe('3.2');
    expect(passingValue(m({ nominal: '10', upperDeviation: '-0.1', lowerDeviation: '-0.3' }))).toBe('9.8');
    expect(passingValue(m({ usl: '0.05' }))).toBe('0.05');
  });
});

describe('passingValues', () => {
  test('one value without a capability requirement', () => {
    expect(passingValues(m({ nominal: '3.20', tolerance: '0.02' }))).toEqual(['3.2']);
  });

  test('enough capable values for every form of capability requirement and limits', () => {
    for (const capability of capabilities) {
      for (const limit of limits) {
        const criterion = m({ ...limit, capability });
        const values = passingValues(criterion);
        const label = JSON.stringify({ capability, limit });
        expect(values.length, label).toBeGreaterThanOrEqual(criterion.capability?.minSamples ?? 0);
        expect(statusOf(criterion, values), label).toBe('pass');
        // Still capable with one value on either limit: a boundary case tests the limit only.
        const { lsl, usl } = specLimits(criterion);
        for (const edge of [lsl, usl].filter((limit) => limit !== null).map((limit) => limit.toFixed())) {
          expect(statusOf(criterion, valuesWith(criterion, edge)), `${label} ${edge}`).toBe('pass');
        }
      }
    }
  });

  test('the pattern: the centre plus and minus a small spread', () => {
    const values = passingValues(m({ nominal: '3.20', tolerance: '0.02', capability: { min: '1.33' } }));
    expect(values.length).toBe(107);
    expect([...new Set(values)]).toEqual(['3.19985', '3.20015']);
    expect(valuesWith(m({ nominal: '3.20', tolerance: '0.02' }), '3.23')).toEqual(['3.23']);
  });
});

describe('declaredMeasurementStatus', () => {
  test('the share within the limits against the required share and partial credit', () => {
    const strict = m({ lsl: '1', usl: '2' });
    expect(declaredMeasurementStatus(strict, ['1', '2'])).toBe('pass');
    expect(declaredMeasurementStatus(strict, ['1', '2.01'])).toBe('fail');
    const lenient = m({ lsl: '1', usl: '2', requiredShare: '90', partialFromShare: '50' });
    expect(declaredMeasurementStatus(lenient, [...Array(9).fill('1.5'), '3'])).toBe('pass');
    expect(declaredMeasurementStatus(lenient, ['1.5', '3'])).toBe('partial');
    expect(declaredMeasurementStatus(lenient, ['1.5', '3', '3'])).toBe('fail');
  });
});
