/**
 * `parseEvidence` without a profile (what `validate` checks of evidence alone) refuses whatever
 * `evaluate` refuses for any profile: values that are no decimals, too many values, duplicate
 * entries; and both accept the same good evidence.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineProfile, evaluate, parseEvidence, ValidationError } from '../../src/index.js';
import { goodEvidence, goodProfile } from '../adversarial/catalogue.js';
import { FUZZ_RUNS } from './arbitraries.js';

const profile = defineProfile(goodProfile());
const HOSTILE: unknown[] = ['0x10', '1e999', '1e5', NaN, Infinity, -Infinity, '', ' ', '1,5', '0b1', '١٢', null, {}, [], true, '--1', '.', '1.2.3'];

/** Returns the verdicts of evaluate and of parseEvidence without a profile: true when accepted. */
function verdicts(evidence: unknown): { evaluate: boolean; parse: boolean } {
  let accepted = true;
  try {
    evaluate(profile, evidence);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    accepted = false;
  }
  return { evaluate: accepted, parse: parseEvidence(evidence).success };
}

describe('validate and evaluate', () => {
  it('accept the same good evidence', () => {
    expect(verdicts(goodEvidence())).toEqual({ evaluate: true, parse: true });
  });

  it('refuse alike a measured value that is no decimal, wherever it sits', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HOSTILE), fc.nat(3), fc.boolean(), (value, index, subgroups) => {
        const evidence = goodEvidence();
        const values = [...evidence.entries[0].values];
        values[index] = value;
        evidence.entries[0].values = subgroups ? [values.slice(0, 2), values.slice(2)] : values;
        const found = verdicts(evidence);
        expect(found.parse).toBe(found.evaluate);
        expect(found.evaluate).toBe(false);
      }),
      { numRuns: Math.max(100, FUZZ_RUNS) },
    );
  });

  it('refuse alike a second entry for a criterion, and over a million values', () => {
    const twice = goodEvidence();
    twice.entries.push({ ...twice.entries[4] });
    expect(verdicts(twice)).toEqual({ evaluate: false, parse: false });
    const many = goodEvidence();
    many.entries[0].values = Array.from({ length: 1_000_001 }, () => '6.5');
    expect(verdicts(many)).toEqual({ evaluate: false, parse: false });
  });
});
