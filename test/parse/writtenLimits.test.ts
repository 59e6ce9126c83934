import { describe, expect, it } from 'vitest';
import { defineProfile, evaluate } from '../../src/index.js';
import { writtenLimit } from '../../src/parse/writtenLimits.js';
import { evidenceWith, profileWith } from '../fixtures.js';

const input = profileWith([
  { kind: 'measurement', id: 'bore', title: 'Bore', causeFamily: 'machine', unit: 'mm', nominal: '6.000', tolerance: '0.030' },
  { kind: 'measurement', id: 'runout', title: 'Runout', causeFamily: 'machine', unit: 'mm', usl: '0.020' },
  { kind: 'measurement', id: 'length', title: 'Length', causeFamily: 'method', unit: 'mm', nominal: 86, upperDeviation: '+0.3', lowerDeviation: '-0.20' },
] as never);

describe('writtenLimit', () => {
  const profile = defineProfile(input);
  const [bore, runout, length] = profile.categories[0]!.criteria as unknown as object[];

  it('keeps the limits of a parsed profile as written, beside the canonical decimals', () => {
    expect([(bore as { nominal: string }).nominal, writtenLimit(bore!, 'nominal'), writtenLimit(bore!, 'tolerance')]).toEqual(['6', '6.000', '0.030']);
    expect([writtenLimit(runout!, 'usl'), writtenLimit(runout!, 'lsl')]).toEqual(['0.020', undefined]);
    expect([writtenLimit(length!, 'nominal'), writtenLimit(length!, 'upperDeviation'), writtenLimit(length!, 'lowerDeviation')]).toEqual(['86', '+0.3', '-0.20']);
  });

  it('reads the profile JSON as it is', () => {
    expect(writtenLimit({ kind: 'measurement', usl: '6.000' }, 'usl')).toBe('6.000');
    expect(writtenLimit({ kind: 'measurement', usl: 6 }, 'usl')).toBe('6');
  });

  it('changes neither the parsed profile nor the evaluation', () => {
    expect(JSON.stringify(profile)).not.toContain('6.000');
    const evidence = evidenceWith([
      { criterion: 'bore', values: ['5.981', '6.012'] },
      { criterion: 'runout', values: ['0.011'] },
      { criterion: 'length', values: ['86.1'] },
    ] as never);
    expect(JSON.stringify(evaluate(profile, evidence))).toBe(JSON.stringify(evaluate(JSON.parse(JSON.stringify(profile)), evidence)));
  });
});
