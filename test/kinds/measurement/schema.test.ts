import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/index.js';
import { specLimits } from '../../../src/kinds/measurement/schema.js';
import { evidenceWith, profileWith } from '../../fixtures.js';

const criterion = (limits: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  ({ kind: 'measurement', id: 'd', title: 'Diameter', causeFamily: 'machine', unit: 'mm', ...limits, ...extra }) as never;

function run(limits: Record<string, unknown>, values: unknown[], extra: Record<string, unknown> = {}, unit?: string) {
  const result = evaluate(profileWith([criterion(limits, extra)]), evidenceWith([{ criterion: 'd', values, ...(unit ? { unit } : {}) } as never]));
  return result.criteria[0]!;
}

describe('measurement criterion', () => {
  it('resolves limits from nominal ± tolerance, deviations, or lsl/usl', () => {
    expect(specLimits({ nominal: '6.5', tolerance: '0.05' }).usl?.toString()).toBe('6.55');
    expect(specLimits({ nominal: '86', upperDeviation: '0.3', lowerDeviation: '-0.2' }).lsl?.toString()).toBe('85.8');
    const spaced = specLimits({ nominal: '0', upperDeviation: ' 7 ', lowerDeviation: '-1.33' });
    expect([spaced.lsl?.toString(), spaced.usl?.toString()]).toEqual(['-1.33', '7']);
    expect(specLimits({ usl: '20' }).lsl).toBeNull();
  });

  it('passes when every value lies within the limits and reports the statistics', () => {
    const r = run({ nominal: '6.50', tolerance: '0.05' }, [6.47, '6.52', 6.5, 6.49]);
    expect(r.status).toBe('pass');
    expect(r.score).toBe('100');
    expect(r.found).toMatchObject({ n: 4, min: '6.47', max: '6.52', mean: '6.495', outOfSpec: 0, worstExcursion: '0' });
    expect(r.required).toEqual({ lsl: '6.45', usl: '6.55', nominal: '6.5', unit: 'mm', requiredShare: '100' });
    expect(r.explanation).toBe('All 4 values within 6.45–6.55 mm (min 6.47, max 6.52).');
  });

  it('fails with the count out and the worst excursion in the unit', () => {
    const r = run({ nominal: '6.50', tolerance: '0.05' }, [6.47, 6.58, 6.563, 6.52, 6.44]);
    expect(r.status).toBe('fail');
    expect(r.found).toMatchObject({ outOfSpec: 3, belowLsl: 1, aboveUsl: 2, worstExcursion: '0.03' });
    expect(r.shortfall).toEqual({ amount: '0.03', unit: 'mm', relative: '0.3' });
    expect(r.explanation).toBe('1 of 5 parts below the lower limit 6.45 mm and 2 of 5 parts above the upper limit 6.55 mm (worst 6.58 mm).');
  });

  it('decides a value exactly on a limit in decimal: 10.05 against an upper limit of 10.05 passes', () => {
    expect(run({ usl: '10.05' }, [10.05]).status).toBe('pass');
    expect(run({ usl: 10.05 }, ['10.050']).status).toBe('pass');
    expect(run({ usl: '10.05' }, ['10.0500000000000000001']).status).toBe('fail');
    expect(run({ lsl: '10.05' }, ['10.0499999999999999999']).status).toBe('fail');
  });

  it('is not fooled by 0.1 + 0.2: a limit of 0.1 ± 0.2 has the upper limit 0.3 exactly', () => {
    expect(run({ nominal: 0.1, tolerance: 0.2 }, [0.3]).status).toBe('pass');
    expect(run({ nominal: 0.1, tolerance: 0.2 }, [0.1 + 0.2]).status).toBe('fail');
    expect(run({ lsl: 0.3, usl: 1 }, ['0.3']).status).toBe('pass');
  });

  it('handles one-sided limits', () => {
    expect(run({ usl: 20 }, [19, 20]).status).toBe('pass');
    const r = run({ lsl: 5 }, [4.9, 6]);
    expect(r.status).toBe('fail');
    expect(r.required).toEqual({ lsl: '5', unit: 'mm', requiredShare: '100' });
    expect(r.shortfall).toEqual({ amount: '0.1', unit: 'mm', relative: null });
    expect(r.explanation).toBe('1 of 2 parts below the lower limit 5 mm (worst 4.9 mm).');
  });

  it('passes on a required share and gives partial credit when configured', () => {
    const values = [1, 1, 1, 1, 1, 1, 1, 1, 1, 5];
    expect(run({ lsl: 0, usl: 2 }, values, { requiredShare: 90 }).status).toBe('pass');
    const partial = run({ lsl: 0, usl: 2 }, values, { requiredShare: 100, partialFromShare: 80 });
    expect(partial.status).toBe('partial');
    expect(partial.score).toBe('50');
    expect(run({ lsl: 0, usl: 2 }, values, { requiredShare: 100, partialFromShare: 95 }).status).toBe('fail');
  });

  it('converts values in another unit of the same quantity exactly before deciding', () => {
    // 0.2543 in = 6.45922 mm: inside 6.45–6.55; 0.256 in = 6.5024 mm; 0.2579 in = 6.55066 mm: above.
    expect(run({ nominal: '6.50', tolerance: '0.05' }, ['0.2543', '0.256'], {}, 'in').status).toBe('pass');
    const r = run({ nominal: '6.50', tolerance: '0.05' }, ['0.2579'], {}, 'in');
    expect(r.found).toMatchObject({ max: '6.55066', worstExcursion: '0.00066' });
    // 6.55 mm written as 6550 µm is on the limit.
    expect(run({ nominal: '6.50', tolerance: '0.05' }, [6550], {}, 'µm').status).toBe('pass');
  });

  it('refuses an incompatible or unknown unit as an input error', () => {
    expect(() => run({ usl: 1 }, [1], {}, 'kPa')).toThrowError(/cannot be converted/);
    expect(() => run({ usl: 1 }, [1], {}, 'furlong')).toThrowError(/not a known unit/);
  });

  it('accepts subgroups and flattens them in production order', () => {
    const r = run({ lsl: 9.4, usl: 10.6 }, [[10.2, 9.9], [10.3, 10.1]]);
    expect(r.found).toMatchObject({ n: 4, min: '9.9', max: '10.3' });
  });

  it('treats an empty list of values as missing, never as a pass', () => {
    const r = run({ usl: 1 }, []);
    expect(r.status).toBe('missing');
  });
});
