/**
 * The property tests' generators of gauge-study criteria and of evidence entries for them, collected
 * with every other kind's by test/property/arbitraries.ts.
 */
import fc from 'fast-check';
import { base, compact, fixed, maybe, type Json, type KindArbitraries } from '../../property/arbitraryParts.js';

/**
 * Links the gauge studies of a generated profile's criteria, in place: each one after the first
 * measurement with both limits names it as its characteristic (every other one judged on
 * %Tolerance), and that measurement requires the gauge.
 */
function linkGauges(criteria: Json[]): void {
  const twoSided = (k: Json) => k.kind === 'measurement' && (k.tolerance !== undefined || (k.lsl !== undefined && k.usl !== undefined) || (k.upperDeviation !== undefined && k.lowerDeviation !== undefined));
  const measurements = criteria.filter(twoSided);
  criteria
    .filter((k) => k.kind === 'gauge-study')
    .forEach((gauge, i) => {
      const characteristic = measurements[i];
      if (characteristic === undefined) return;
      gauge.characteristic = characteristic.id;
      if (i % 2 === 0) gauge.basis = 'tolerance';
      characteristic.gauge = gauge.id;
    });
}

/**
 * Gauge studies: the criterion on %Study Variation (a profile links some to a measurement's limits
 * and some measurements to them, see `linkGauges`); the entry a crossed study of 2 to 6 parts, 2 or
 * 3 operators and 2 or 3 trials, values to 3 places. A good entry is a perfect gauge (no variation
 * but the parts'); others spread the parts less or more and trials and operators from nothing to far
 * more than the parts.
 */
export const arbitrary: KindArbitraries = {
  criterion: (id) =>
    fc
      .record({
        base: base(id),
        method: maybe(fc.constantFrom('anova', 'average-range')),
        alpha: maybe(fc.constantFrom('0.05', '0.25', 0.1)),
        studyVariation: maybe(fc.constantFrom('6', '5.15', 6)),
        minimumCategories: maybe(fc.integer({ min: 1, max: 8 })),
      })
      .map(({ base: b, ...rest }) => compact({ kind: 'gauge-study', ...b, ...rest })),
  entry: (c, _auditDate, good) =>
    fc
      .record({
        parts: fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 6 }),
        spread: fc.constantFrom(1, 5, 20, 100, 1000),
        operators: fc.integer({ min: 2, max: 3 }),
        trials: fc.integer({ min: 2, max: 3 }),
        bias: fc.array(fc.integer({ min: -40, max: 40 }), { minLength: 3, maxLength: 3 }),
        noise: good ? fc.constant(0) : fc.constantFrom(0, 1, 5, 30, 400),
        seed: fc.integer({ min: 1, max: 1_000_000 }),
        numbered: fc.boolean(),
        text: fc.boolean(),
      })
      .map(({ parts, spread, operators, trials, bias, noise, seed, numbered, text }) => {
        let state = seed;
        const jitter = () => {
          state = (state * 48271) % 2147483647;
          return (state % (2 * noise + 1)) - noise;
        };
        const measurements = parts.flatMap((value, p) =>
          Array.from({ length: operators }, (_, o) =>
            Array.from({ length: trials }, (_, t) => {
              const v = good ? value : Math.round((value * spread) / 1000) + (bias[o] as number) * Math.sign(noise) + jitter();
              return compact({ part: `P${p + 1}`, operator: 'ABC'[o] as string, trial: numbered ? t + 1 : undefined, value: text ? fixed(v, 3) : Number(fixed(v, 3)) });
            }),
          ).flat(),
        );
        return { criterion: c.id, measurements };
      }),
  link: linkGauges,
};
