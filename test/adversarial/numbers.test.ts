import { describe, expect } from 'vitest';
import { samplingPlan } from '../../src/sampling/index.js';
import { meetsIndex, processCapability } from '../../src/stats/index.js';
import { evaluation, evidenceWith, goodEvidence, goodProfile, runCatalogue, type Entry } from './catalogue.js';

type Json = Record<string, any>;

/** The good evidence with these bore diameters. */
const bore = (values: unknown[]) => evidenceWith('bore', { criterion: 'bore', values });
/** The good profile with the bore criterion changed. */
function boreCriterion(change: Json): Json {
  const profile = goodProfile();
  Object.assign(profile.categories[0].criteria[0], change);
  return profile;
}
/** The good profile with a field of the first category changed. */
function category(change: Json): Json {
  const profile = goodProfile();
  Object.assign(profile.categories[0], change);
  return profile;
}

const notNumbers: [string, unknown, string][] = [
  ['NaN', Number.NaN, 'invalid_decimal'],
  ['Infinity', Number.POSITIVE_INFINITY, 'invalid_decimal'],
  ['-Infinity', Number.NEGATIVE_INFINITY, 'invalid_decimal'],
  ['1e999 read from JSON (Infinity)', JSON.parse('1e999'), 'invalid_decimal'],
  ['"1e999"', '1e999', 'invalid_decimal'],
  ['"1e2" (no exponents)', '1e2', 'invalid_decimal'],
  ['"0x10"', '0x10', 'invalid_decimal'],
  ['"" (empty)', '', 'invalid_decimal'],
  ['"  " (white space)', '  ', 'invalid_decimal'],
  ['"6,5" (decimal comma)', '6,5', 'invalid_decimal'],
  ['"６.５" (full-width digits)', '６.５', 'invalid_decimal'],
  ['"6.5 mm" (with a unit)', '6.5 mm', 'invalid_decimal'],
  ['a 401-digit text', '9'.repeat(401), 'invalid_decimal'],
  ['null', null, 'invalid_decimal'],
  ['true', true, 'invalid_decimal'],
];

const entries: Entry[] = [
  // Measured values: every kind of non-number is refused with its path, never read as 0 or skipped.
  ...notNumbers.map(([name, value, code]): Entry => evaluation(`measured value ${name} is refused`, goodProfile(), bore(['6.5', value]), { refused: [['entries[0].values[1]', code as never]] })),
  // The same in the profile: a limit.
  ...notNumbers
    .filter(([, value]) => value !== null)
    .map(([name, value, code]): Entry => evaluation(`tolerance ${name} is refused`, boreCriterion({ tolerance: value }), goodEvidence(), { refused: [['categories[0].criteria[0].tolerance', code as never]] })),
  evaluation('a metric value NaN is refused', goodProfile(), evidenceWith('ppm', { criterion: 'ppm', value: Number.NaN }), { refused: [['entries[6].value', 'invalid_decimal']] }),
  evaluation('a denominator "0x10" is refused', goodProfile(), evidenceWith('ppm', { criterion: 'ppm', numerator: 1, denominator: '0x10' }), { refused: [['entries[6].denominator', 'invalid_decimal']] }),
  evaluation('a denominator -0 is a zero denominator', goodProfile(), evidenceWith('ppm', { criterion: 'ppm', numerator: 1, denominator: -0 }), { refused: [['entries[6].denominator', 'zero_denominator']] }),
  evaluation('audit points NaN are refused', goodProfile(), evidenceWith('training', { criterion: 'training', points: Number.NaN }), { refused: [['entries[4].points', 'invalid_type']] }),
  evaluation('audit points 9.5 are refused', goodProfile(), evidenceWith('training', { criterion: 'training', points: 9.5 }), { refused: [['entries[4].points', 'invalid_type']] }),
  evaluation('audit points "10" (text) are refused', goodProfile(), evidenceWith('training', { criterion: 'training', points: '10' }), { refused: [['entries[4].points', 'invalid_type']] }),
  evaluation('a lot size of Infinity is refused', goodProfile(), evidenceWith('incoming', { criterion: 'incoming', lots: [{ lotSize: Number.POSITIVE_INFINITY, inspected: 80, nonconforming: 0 }] }), {
    refused: [['entries[2].lots[0].lotSize', 'invalid_type']],
  }),
  evaluation('places NaN is refused', { ...goodProfile(), places: Number.NaN }, goodEvidence(), { refused: [['places', 'invalid_type']] }),
  evaluation('a grade minimum "1e2" is refused', { ...goodProfile(), grades: [{ grade: 'A', min: '1e2' }, { grade: 'C', min: '0' }] }, goodEvidence(), { refused: [['grades[0].min', 'invalid_decimal']] }),
  evaluation('a category weight "" is refused', category({ weight: '' }), goodEvidence(), { refused: [['categories[0].weight', 'invalid_decimal']] }),

  // What is accepted, and how it is read.
  evaluation('-0 as a value is 0 (a defect rate of -0 ppm meets the target)', goodProfile(), evidenceWith('ppm', { criterion: 'ppm', value: -0 }), {
    decision: 'approved',
    check: (e) => expect(e.criteria.find((c) => c.id === 'ppm')?.found?.value).toBe('0'),
  }),
  evaluation('-0 as a tolerance is no tolerance (refused: it must be above 0)', boreCriterion({ tolerance: -0 }), goodEvidence(), { refused: [['categories[0].criteria[0].tolerance', 'too_small']] }),
  evaluation('a value with white space around it (" 6.5 ") is the decimal 6.5', goodProfile(), bore([' 6.5 ', '\t6.51\n']), {
    decision: 'approved',
    check: (e) => expect(e.criteria[0]?.found).toMatchObject({ min: '6.5', max: '6.51' }),
  }),
  evaluation('the largest double as a measured value is out of spec, exactly', goodProfile(), bore(['6.5', Number.MAX_VALUE]), {
    decision: 'conditional',
    check: (e) => expect(e.criteria[0]?.found).toMatchObject({ aboveUsl: 1, max: '1' + '7976931348623157' + '0'.repeat(292) }),
  }),
  evaluation('the smallest double as a measured value is out of spec below', goodProfile(), bore(['6.5', Number.MIN_VALUE]), {
    decision: 'conditional',
    check: (e) => expect(e.criteria[0]?.found).toMatchObject({ belowLsl: 1 }),
  }),
  evaluation('values near the largest double average exactly (no Infinity or NaN in the result)', boreCriterion({ nominal: undefined, tolerance: undefined, lsl: '0' }), bore([Number.MAX_VALUE, Number.MAX_VALUE]), {
    decision: 'approved',
    check: (e) => {
      // 1.79769313486e308 to 12 significant digits.
      expect(e.criteria[0]?.found?.mean).toBe('179769313486' + '0'.repeat(297));
      expect(JSON.stringify(e)).not.toMatch(/NaN|Infinity/);
    },
  }),
  evaluation('a 400-digit weight is a weight', category({ criteria: goodProfile().categories[0].criteria.map((c: Json, i: number) => ({ ...c, weight: i === 0 ? '1' + '0'.repeat(399) : '1' })) }), goodEvidence(), {
    decision: 'approved',
  }),
  {
    name: 'capability with values too large for floating point is refused, not reported as NaN',
    run: () => processCapability([1e300, -1e300, 5e299], { usl: '1' + '0'.repeat(301) }),
    expected: { refused: [['(root)', 'stats_overflow']] },
  },
  evaluation(
    'a capability requirement on overflowing values gives a missing criterion with the reason, never a pass',
    boreCriterion({ nominal: undefined, tolerance: undefined, lsl: '-' + '1' + '0'.repeat(309), capability: { min: '1.33', minSamples: 2 } }),
    bore([Number.MAX_VALUE, -Number.MAX_VALUE, 5]),
    { decision: 'incomplete', check: (e) => expect(e.criteria[0]?.explanation).toMatch(/too large for the statistics/) },
  ),
  { name: 'meetsIndex("0x10", 1) is refused', run: () => meetsIndex('0x10', 1), expected: { refused: [['index', 'invalid_decimal']] } },
  { name: 'meetsIndex(NaN, 1) is refused', run: () => meetsIndex(Number.NaN, 1), expected: { refused: [['index', 'not_finite']] } },
  { name: 'processCapability with NaN and "" is refused at each value', run: () => processCapability([1, Number.NaN, '', 2], { usl: 5 }), expected: { refused: [['data[1]', 'not_finite'], ['data[2]', 'invalid_decimal']] } },
  { name: 'samplingPlan with AQL "0x10" is refused', run: () => samplingPlan({ lotSize: 1200, aql: '0x10', level: 'II' }), expected: { refused: [['aql', 'invalid_decimal']] } },
  { name: 'samplingPlan with AQL "0x1" is not AQL 1.0', run: () => samplingPlan({ lotSize: 1200, aql: '0x1', level: 'II' }), expected: { refused: [['aql', 'invalid_decimal']] } },
  { name: 'samplingPlan with a lot size of -0 is refused', run: () => samplingPlan({ lotSize: -0, aql: '1.0', level: 'II' }), expected: { refused: [['lotSize', 'too_small']] } },
];

describe('hostile numbers', () => {
  runCatalogue(entries);
});
