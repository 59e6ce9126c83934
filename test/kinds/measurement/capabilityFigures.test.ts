import { describe, expect, it } from 'vitest';
import { leanFigures, leanStudy } from '../../../src/kinds/measurement/capabilityFigures.js';
import { capabilityValuesOf } from '../../../src/stats/processCapabilityValues.js';
import { readCapabilityInput } from '../../../src/stats/readCapabilityInput.js';
import { seededRandom as seeded } from '../../stats/helpers.js';

describe('leanFigures', () => {
  it('gives the figures of capabilityValuesOf bit for bit for individual values by moving range', () => {
    const random = seeded(11);
    for (let run = 0; run < 300; run++) {
      const digits = Math.floor(random() * 4);
      const values = Array.from({ length: 2 + Math.floor(random() * 60) }, () => Number((10 + random() * 0.5).toFixed(digits)));
      const input = readCapabilityInput(values, { lsl: random() < 0.7 ? '9.8' : null, usl: '10.7', constants: random() < 0.5 ? 'printed' : 'exact', unbiasedOverall: random() < 0.3 });
      const study = leanStudy(input)!;
      expect(study.method).toBe('moving-range');
      const full = capabilityValuesOf(input);
      for (const index of ['cpk', 'ppk'] as const) {
        const figures = leanFigures(values, null, index, study);
        if (figures === null) {
          expect(full.cpk === null || full.ppk === null).toBe(true);
          continue;
        }
        const interval = index === 'cpk' ? full.cpkInterval : full.ppkInterval;
        expect(figures).toEqual({ n: full.n, subgroups: full.subgroups.count, mean: full.mean, sigmaWithin: full.sigmaWithin, sigmaOverall: full.sigmaOverall, value: index === 'cpk' ? full.cpk : full.ppk, lowerBound: interval ? interval.lowerBound : null });
        expect(leanFigures(values, [values.length], index, study)).toBeNull();
      }
    }
  });


  it('gives the figures of capabilityValuesOf bit for bit', () => {
    const random = seeded(7);
    for (let run = 0; run < 400; run++) {
      const sizes = Array.from({ length: 1 + Math.floor(random() * 30) }, () => 2 + Math.floor(random() * (random() < 0.2 ? 24 : 5)));
      const digits = Math.floor(random() * 4);
      const groups = sizes.map((size) => Array.from({ length: size }, () => Number((10 + random() * 0.5).toFixed(digits))));
      const options = {
        lsl: random() < 0.8 ? '9.8' : null,
        usl: random() < 0.8 ? '10.7' : null,
        constants: random() < 0.5 ? 'printed' : 'exact',
        confidence: random() < 0.5 ? '0.95' : '0.9',
        unbiasedOverall: random() < 0.3,
      };
      if (options.lsl === null && options.usl === null) options.usl = '10.6';
      const input = readCapabilityInput(groups, options);
      const study = leanStudy(input);
      expect(study).not.toBeNull();
      const full = capabilityValuesOf(input);
      const doubles = new Float64Array(groups.flat());
      for (const index of ['cpk', 'ppk'] as const) {
        const figures = leanFigures(doubles, sizes, index, study!);
        const value = index === 'cpk' ? full.cpk : full.ppk;
        const interval = index === 'cpk' ? full.cpkInterval : full.ppkInterval;
        if (figures === null) {
          expect(full.cpk === null || full.ppk === null).toBe(true);
          continue;
        }
        expect(figures).toEqual({
          n: full.n,
          subgroups: full.subgroups.count,
          mean: full.mean,
          sigmaWithin: full.sigmaWithin,
          sigmaOverall: full.sigmaOverall,
          value,
          lowerBound: interval ? interval.lowerBound : null,
        });
      }
    }
  });

  it('leaves a study without spread to the full study', () => {
    const input = readCapabilityInput([[5, 5], [5, 5]], { lsl: 4, usl: 6 });
    expect(leanFigures(new Float64Array([5, 5, 5, 5]), [2, 2], 'cpk', leanStudy(input)!)).toBeNull();
  });

  it('works out Cpk of two subgroups', () => {
    const input = readCapabilityInput([[1, 2], [3, 5]], { lsl: 0, usl: 9 });
    expect(leanFigures([1, 2, 3, 5], [2, 2], 'cpk', leanStudy(input)!)?.value).toBe(capabilityValuesOf(input).cpk);
  });

  it('is for R̄ and moving-range studies only', () => {
    expect(leanStudy(readCapabilityInput([[1, 2], [3, 4]], { usl: 9, sigma: 'sbar' }))).toBeNull();
    expect(leanStudy(readCapabilityInput([1, 2, 3], { usl: 9 }))?.method).toBe('moving-range');
  });
});
