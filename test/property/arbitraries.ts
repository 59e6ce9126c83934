/**
 * fast-check generators for valid requirement profiles of every criterion kind and matching audit
 * evidence (entries given, missing, not applicable), plus the run settings of the property suite.
 *
 * Run settings: `npm test` runs every property with a fixed seed and a fifth of its runs, `npm run
 * test:slow` all of them (see test/depth.ts);
 * `npm run test:fuzz` sets FUZZ_RUNS (runs per property) and may set FUZZ_SEED (else a fresh seed,
 * printed by fast-check on failure, so any failure can be replayed with FUZZ_SEED=<seed>).
 *
 * To cover a new criterion kind, add an entry to `kindCatalogue`: the type check fails until every
 * kind of `CriterionKind` has one.
 */
import fc from 'fast-check';
import { addCalendarDays } from '../../src/dates/addCalendarDays.js';
import { type CriterionKind } from '../../src/index.js';
import { AQL_VALUES } from '../../src/sampling/index.js';
import { depth } from '../depth.js';

// ---------------------------------------------------------------------------------------------------
// Run settings

const fuzzRuns = Number(process.env.FUZZ_RUNS ?? '');
/** Runs per property in fuzz mode (0 outside it). */
export const FUZZ_RUNS = Number.isInteger(fuzzRuns) && fuzzRuns > 0 ? fuzzRuns : 0;
/** The fixed seed of `npm test`. */
export const SEED = 20261128;
const fuzzSeed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Number.NaN;

/**
 * Returns fast-check parameters: `runs` with the fixed seed in the suite; FUZZ_RUNS (scaled by
 * `fuzzShare` for expensive properties) with FUZZ_SEED or a fresh seed in fuzz mode.
 */
export function settings(runs: number, fuzzShare = 1): { numRuns: number; seed: number } {
  if (FUZZ_RUNS === 0) return { numRuns: depth(Math.max(10, Math.round(runs / 5)), runs), seed: SEED };
  const seed = Number.isInteger(fuzzSeed) ? fuzzSeed : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  return { numRuns: Math.max(runs, Math.round(FUZZ_RUNS * fuzzShare)), seed };
}

// ---------------------------------------------------------------------------------------------------
// Small pieces

type Json = Record<string, unknown>;

/** The decimal text of `n / 10^places` (n an integer), e.g. fixed(-1250, 3) = '-1.250'. */
export function fixed(n: number, places: number): string {
  const digits = String(Math.abs(n)).padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places);
  return `${n < 0 ? '-' : ''}${whole}${places > 0 ? `.${fraction}` : ''}`;
}

/** A decimal `n / 10^places` written as a string or, sometimes, as a number. */
function decimalOf(n: number, places: number): fc.Arbitrary<string | number> {
  const text = fixed(n, places);
  return fc.constantFrom<string | number>(text, text, Number(text));
}

/** Leaves a key out (undefined) about a quarter of the time. */
function maybe<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arb, { nil: undefined, freq: 3 });
}

/** Drops keys whose value is undefined, so the objects are plain JSON. */
export function compact<T extends Json>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
}

const causeFamily = fc.constantFrom('man', 'machine', 'method', 'material', 'measurement', 'environment');
const severity = fc.constantFrom('critical', 'major', 'major', 'minor', 'minor');

/** The fields every criterion has. */
function base(id: string): fc.Arbitrary<Json> {
  return fc
    .record({
      title: fc.constantFrom('Bore diameter', 'Leak test', 'Operator training', 'ISO 9001', 'Judul «uji»', 'x'),
      weight: maybe(fc.constantFrom<string | number>('0', 0.5, '1', 2, '3.25')),
      severity: maybe(severity),
      causeFamily,
      remedy: maybe(fc.constantFrom('Re-train the operators.', 'Kalibrasi ulang alat ukur.')),
      reference: maybe(fc.constantFrom('VDA 6.3 P6.4.1', 'Drawing JP-250 rev C')),
      effort: maybe(fc.record({ days: maybe(fc.constantFrom('1', 5, '30')), cost: maybe(fc.constantFrom('0', '1500000')), currency: maybe(fc.constantFrom('IDR', 'EUR')) }).map(compact)),
    })
    .map((fields) => compact({ id, ...fields }));
}

const DATES_FROM = Date.UTC(2020, 0, 1);
/** A calendar date between 2020 and 2030. */
export const calendarDate: fc.Arbitrary<string> = fc
  .integer({ min: 0, max: 3652 })
  .map((days) => new Date(DATES_FROM + days * 86_400_000).toISOString().slice(0, 10));

// ---------------------------------------------------------------------------------------------------
// Criterion kinds: each a criterion generator and an evidence-entry generator for that criterion

/** What a kind contributes: a criterion with a given id, and an evidence entry for such a criterion. */
export interface KindArbitraries {
  readonly criterion: (id: string) => fc.Arbitrary<Json>;
  /**
   * An entry for `criterion` (as generated above) in an audit on `auditDate`: any entry, or with
   * `good`, one that meets the requirement (so that generated suppliers also pass).
   */
  readonly entry: (criterion: Json, auditDate: string, good: boolean) => fc.Arbitrary<Json>;
}

const VDA_LEVELS = [0, 4, 6, 8, 10];

/** The limits of a generated measurement criterion, in thousandths of the unit. */
function limitsOf(c: Json): { low: number; high: number } {
  const milli = (v: unknown) => Math.round(Number(v) * 1000);
  if (c.tolerance !== undefined) return { low: milli(c.nominal) - milli(c.tolerance), high: milli(c.nominal) + milli(c.tolerance) };
  if (c.nominal !== undefined) {
    const n = milli(c.nominal);
    return { low: n + (c.lowerDeviation === undefined ? -500 : milli(c.lowerDeviation)), high: n + (c.upperDeviation === undefined ? 500 : milli(c.upperDeviation)) };
  }
  const low = c.lsl === undefined ? undefined : milli(c.lsl);
  const high = c.usl === undefined ? undefined : milli(c.usl);
  return { low: low ?? (high as number) - 1000, high: high ?? (low as number) + 1000 };
}

const measurement: KindArbitraries = {
  criterion: (id) =>
    fc
      .record({
        base: base(id),
        nominal: fc.integer({ min: 1000, max: 20000 }),
        form: fc.constantFrom('tolerance', 'deviations', 'upper-deviation', 'lower-deviation', 'limits', 'lsl', 'usl'),
        a: fc.integer({ min: 1, max: 500 }),
        b: fc.integer({ min: 1, max: 500 }),
        share: maybe(fc.integer({ min: 50, max: 100 })),
        partial: fc.option(fc.integer({ min: 1, max: 99 }), { nil: undefined }),
        capability: fc.option(
          fc.record({
            index: maybe(fc.constantFrom('cpk', 'ppk')),
            min: fc.constantFrom('0.67', '1', '1.33', '1.67'),
            minSamples: maybe(fc.integer({ min: 2, max: 25 })),
            subgroupSize: maybe(fc.integer({ min: 1, max: 5 })),
            useLowerBound: maybe(fc.boolean()),
            confidence: maybe(fc.constantFrom('0.9', '0.95', 0.99)),
            constants: maybe(fc.constantFrom('printed', 'exact')),
            partialFrom: maybe(fc.constantFrom('0', '0.5')),
            requireStable: maybe(
              fc.record({
                rules: fc.uniqueArray(fc.constantFrom('western-electric', 'nelson', 'we1', 'we2', 'we4', 'nelson2', 'nelson3', 'nelson7'), { minLength: 1, maxLength: 3 }),
                chart: maybe(fc.constantFrom('i-mr', 'xbar-r', 'xbar-s')),
                onUnstable: maybe(fc.constantFrom('fail', 'incomplete')),
                causeFamily: maybe(causeFamily),
                effort: maybe(fc.record({ days: fc.constantFrom('2', 10) })),
              }).map(compact),
            ),
          }).map(compact),
          { nil: undefined, freq: 2 },
        ),
      })
      .chain(({ base: b, nominal, form, a, b: bb, share, partial, capability }) => {
        const n = fixed(nominal, 3);
        const limits: Json =
          form === 'tolerance'
            ? { nominal: n, tolerance: fixed(a, 3) }
            : form === 'deviations'
              ? { nominal: n, upperDeviation: fixed(a, 3), lowerDeviation: fixed(-bb, 3) }
              : form === 'upper-deviation'
                ? { nominal: n, upperDeviation: fixed(a, 3) }
                : form === 'lower-deviation'
                  ? { nominal: n, lowerDeviation: fixed(-bb, 3) }
                  : form === 'limits'
                    ? { lsl: fixed(nominal - bb, 3), usl: fixed(nominal + a, 3) }
                    : form === 'lsl'
                      ? { lsl: fixed(nominal - bb, 3) }
                      : { usl: fixed(nominal + a, 3) };
        const required = share ?? 100;
        const partialFromShare = partial !== undefined && partial < required ? partial : undefined;
        return fc.constant(
          compact({ kind: 'measurement', ...b, unit: 'mm', ...limits, requiredShare: share, partialFromShare, capability }),
        );
      }),
  entry: (c, _auditDate, good) => {
    const { low, high } = limitsOf(c);
    const width = Math.max(high - low, 2);
    const value = fc.integer({ min: low - width, max: high + width });
    const inside = fc.integer({ min: low, max: high });
    const one = good ? inside : fc.oneof({ weight: 3, arbitrary: inside }, { weight: 1, arbitrary: value });
    const flat = fc.array(one, { minLength: good ? 1 : 0, maxLength: 40 });
    return fc
      .record({
        shape: fc.constantFrom('flat', 'flat', 'flat', 'subgroups'),
        values: flat,
        groups: fc.array(fc.array(one, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        unit: fc.constantFrom(undefined, undefined, 'mm', 'µm', 'um'),
        asNumbers: fc.boolean(),
        note: maybe(fc.constant('Measured on CMM 3.')),
      })
      .map(({ shape, values, groups, unit, asNumbers, note }) => {
        // Thousandths of a mm are micrometres: in µm the value is the integer itself.
        const write = (milli: number): string | number => {
          const text = unit === 'µm' || unit === 'um' ? String(milli) : fixed(milli, 3);
          return asNumbers ? Number(text) : text;
        };
        const given = shape === 'flat' ? values.map(write) : groups.map((group) => group.map(write));
        return compact({ criterion: c.id, values: given, unit, note });
      });
  },
};

const auditQuestion: KindArbitraries = {
  criterion: (id) =>
    fc
      .record({
        base: base(id),
        levels: fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 20 }), { minLength: 2, maxLength: 6 }), { nil: undefined }),
        star: maybe(fc.boolean()),
        allowNotApplicable: maybe(fc.boolean()),
        pass: fc.nat(),
        fail: fc.nat(),
        number: maybe(fc.constantFrom('P6.4.1', 'P7.2.3')),
      })
      .map(({ base: b, levels, star, allowNotApplicable, pass, fail, number }) => {
        const effective = levels && levels.some((l) => l > 0) ? levels : undefined;
        const list = effective ?? VDA_LEVELS;
        const passPoints = pass % 3 === 0 ? list[pass % list.length] : undefined;
        const failBelow = fail % 3 === 0 ? list[fail % list.length] : undefined;
        return compact({ kind: 'audit-question', ...b, levels: effective, star, allowNotApplicable, passPoints, failBelow, number });
      }),
  entry: (c, _auditDate, good) => {
    const levels = (c.levels as number[] | undefined) ?? VDA_LEVELS;
    if (good) return fc.constant({ criterion: c.id, points: Math.max(...levels) });
    const level = fc.constantFrom(...levels);
    const forms: fc.Arbitrary<Json>[] = [
      level.map((points) => ({ criterion: c.id, points })),
      fc.array(level, { minLength: 1, maxLength: 4 }).map((results) => ({ criterion: c.id, results })),
    ];
    if (c.allowNotApplicable !== false) {
      forms.push(maybe(fc.constantFrom('No heat treatment at this site.')).map((reason) => compact({ criterion: c.id, notApplicable: true, reason })));
    }
    return fc.oneof(...forms);
  },
};

const STANDARDS = ['ISO 9001', 'ISO 9001:2015', 'IATF 16949', 'ISO 14001'];
const certificate: KindArbitraries = {
  criterion: (id) =>
    fc
      .record({
        base: base(id),
        standard: fc.constantFrom(...STANDARDS),
        alsoAccepted: maybe(fc.subarray(STANDARDS)),
        minRemainingDays: maybe(fc.integer({ min: 0, max: 365 })),
        expiringScore: maybe(fc.integer({ min: 0, max: 100 }).map(String)),
      })
      .map(({ base: b, ...rest }) => compact({ kind: 'certificate', ...b, ...rest })),
  entry: (c, auditDate, good) =>
    fc
      .record({
        standard: good ? fc.constant(c.standard as string) : fc.constantFrom(...STANDARDS, 'iso 9001 : 2015', 'ISO 9001:2008', 'IATF-16949'),
        expiresIn: good ? fc.integer({ min: 500, max: 1200 }) : fc.integer({ min: -400, max: 1200 }),
        issuedBefore: fc.option(fc.integer({ min: 0, max: 1500 }), { nil: undefined }),
        number: maybe(fc.constant('QMS-1234')),
      })
      .map(({ standard, expiresIn, issuedBefore, number }) => {
        const expires = addCalendarDays(auditDate, expiresIn);
        const issued = issuedBefore === undefined ? undefined : addCalendarDays(expires, -issuedBefore);
        return compact({ criterion: c.id, standard, expires, issued, number });
      }),
};

const metric: KindArbitraries = {
  criterion: (id) =>
    fc
      .record({
        base: base(id),
        direction: fc.constantFrom('higher-is-better', 'lower-is-better'),
        unit: maybe(fc.constantFrom('ppm', '%', 'days', '')),
        limit: fc.integer({ min: 0, max: 10000 }),
        scoring: fc.constantFrom('limit', 'target', 'bands'),
        span: fc.integer({ min: 0, max: 5000 }),
        scoreAtLimit: maybe(fc.integer({ min: 0, max: 100 }).map(String)),
        bands: fc.array(fc.record({ offset: fc.integer({ min: -2000, max: 5000 }), score: fc.integer({ min: 0, max: 100 }) }), { minLength: 1, maxLength: 4 }),
      })
      .map(({ base: b, direction, unit, limit, scoring, span, scoreAtLimit, bands }) => {
        const sign = direction === 'higher-is-better' ? 1 : -1;
        const extra: Json =
          scoring === 'target'
            ? { target: fixed(limit + sign * span, 1), scoreAtLimit }
            : scoring === 'bands'
              ? { bands: bands.map(({ offset, score }) => ({ bound: fixed(limit + sign * offset, 1), score: String(score) })) }
              : {};
        return compact({ kind: 'metric', ...b, direction, unit, limit: fixed(limit, 1), ...extra });
      }),
  entry: (c, _auditDate, good) => {
    const limit = Math.round(Number(c.limit) * 10);
    if (good) {
      // The target when there is one, else far on the better side of the limit (and of every band).
      const better = c.direction === 'higher-is-better' ? limit + 20000 : limit - 20000;
      return fc.constant({ criterion: c.id, value: c.target ?? fixed(better, 1) });
    }
    return fc.oneof(
      fc.integer({ min: Math.max(0, limit - 8000), max: limit + 8000 }).chain((v) => decimalOf(v, 1)).map((value) => ({ criterion: c.id, value })),
      fc
        .record({ numerator: fc.integer({ min: 0, max: 5000 }), denominator: fc.integer({ min: 1, max: 2_000_000 }) })
        .map(({ numerator, denominator }) => ({ criterion: c.id, numerator, denominator: String(denominator) })),
    );
  },
};

const document: KindArbitraries = {
  criterion: (id) =>
    fc
      .record({
        base: base(id),
        document: maybe(fc.constantFrom('Control plan', 'PFMEA')),
        acceptedStatuses: maybe(fc.subarray(['approved', 'released', 'draft'], { minLength: 1 })),
        maxAgeDays: maybe(fc.integer({ min: 0, max: 730 })),
      })
      .map(({ base: b, ...rest }) => compact({ kind: 'document', ...b, ...rest })),
  entry: (c, auditDate, good) =>
    fc
      .record({
        status: good ? fc.constant(((c.acceptedStatuses as string[] | undefined) ?? ['approved'])[0] as string) : fc.constantFrom('approved', 'Approved ', 'released', 'draft', 'obsolete'),
        age: good ? fc.constant(0) : fc.option(fc.integer({ min: -30, max: 900 }), { nil: undefined }),
        reference: maybe(fc.constant('CP-JP250-07')),
      })
      .map(({ status, age, reference }) =>
        compact({ criterion: c.id, status, date: age === undefined ? undefined : addCalendarDays(auditDate, -age), reference }),
      ),
};

const check: KindArbitraries = {
  criterion: (id) =>
    fc
      .record({ base: base(id), expected: maybe(fc.boolean()), question: maybe(fc.constant('Is every part leak tested?')) })
      .map(({ base: b, ...rest }) => compact({ kind: 'check', ...b, ...rest })),
  entry: (c, _auditDate, good) =>
    fc
      .record({ value: good ? fc.constant(c.expected !== false) : fc.boolean(), note: maybe(fc.constant('Seen on the line.')) })
      .map((e) => compact({ criterion: c.id, ...e })),
};

const attributeInspection: KindArbitraries = {
  criterion: (id) =>
    fc
      .record({
        base: base(id),
        aql: fc.constantFrom(...AQL_VALUES),
        level: maybe(fc.constantFrom('S-1', 'S-2', 'S-3', 'S-4', 'I', 'II', 'III')),
        severity: fc.constantFrom('normal', 'tightened', 'switching', 'switching', 'reduced'),
      })
      .map(({ base: b, aql, level, severity: inspection }) =>
        compact({
          kind: 'attribute-inspection',
          ...b,
          aql,
          level,
          inspection,
          // Reduced plans are shipped for ANSI/ASQ Z1.4-2003 only.
          edition: inspection === 'reduced' ? 'ANSI/ASQ Z1.4-2003' : undefined,
        }),
      ),
  entry: (c, _auditDate, good) =>
    fc
      .array(
        fc
          .record({ lotSize: fc.integer({ min: 2, max: 5000 }), full: fc.nat(9), share: fc.double({ min: 0, max: 1, noNaN: true }), bad: fc.nat(4) })
          .map(({ lotSize, full, share, bad }) => {
            const inspected = full > 0 || good ? lotSize : Math.floor(share * lotSize);
            return { lotSize, inspected, nonconforming: good ? 0 : Math.min(bad, inspected) };
          }),
        { minLength: 1, maxLength: 12 },
      )
      .map((lots) => ({ criterion: c.id, lots })),
};

/**
 * Gauge studies: the criterion on %Study Variation (a profile links some to a measurement's limits
 * and some measurements to them, see `linkedGauges`); the entry a crossed study of 2 to 6 parts, 2 or
 * 3 operators and 2 or 3 trials, values to 3 places. A good entry is a perfect gauge (no variation
 * but the parts'); others spread the parts less or more and trials and operators from nothing to far
 * more than the parts.
 */
const gaugeStudyKind: KindArbitraries = {
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
};

/**
 * Links the gauge studies of a generated profile: each one after the first measurement with both
 * limits names it as its characteristic (every other one judged on %Tolerance), and that
 * measurement requires the gauge.
 */
function linkedGauges(generated: Json[]): Json[] {
  const categories = JSON.parse(JSON.stringify(generated)) as Json[];
  const criteria = categories.flatMap((category) => category.criteria as Json[]);
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
  return categories;
}

/** Every criterion kind with its generators. A new kind fails the type check until it is added here. */
export const kindCatalogue = {
  measurement,
  'audit-question': auditQuestion,
  certificate,
  metric,
  document,
  check,
  'attribute-inspection': attributeInspection,
  'gauge-study': gaugeStudyKind,
} satisfies Record<CriterionKind, KindArbitraries>;

export const KINDS = Object.keys(kindCatalogue) as CriterionKind[];

// ---------------------------------------------------------------------------------------------------
// Profiles

/** Options for generated profiles. */
export interface ProfileOptions {
  /** Only the given kinds (default: all). */
  readonly kinds?: readonly CriterionKind[];
  /**
   * Rules whose conditions only ever look at bad results (status fail or missing, low points, low
   * scores), so that a better result can never make a rule fire. For the monotonicity properties.
   */
  readonly monotoneRules?: boolean;
  readonly maxCategories?: number;
  readonly maxCriteria?: number;
}

const ID_SUFFIXES = ['', '', '', '-é', '_x', '.1', ' a', '/b'];

function gradesArb(): fc.Arbitrary<Json[] | undefined> {
  return fc.option(
    fc
      .uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 3 })
      .chain((mins) =>
        // Decisions never better for a lower grade (the profile refuses that): a falling staircase.
        fc.array(fc.nat(2), { minLength: mins.length + 1, maxLength: mins.length + 1 }).map((steps) => {
          const sorted = [...mins].sort((a, b) => b - a).concat(0);
          const decisions = ['approved', 'conditional', 'rejected'];
          let level = 0;
          return sorted.map((min, i) => {
            level = Math.max(level, steps[i] as number);
            // Leave the decision out where the default (approved, conditional, then rejected) is the same.
            const fallback = Math.min(i, 2);
            return compact({ grade: 'ABCDE'[i] as string, min: String(min), decision: level === fallback && i % 2 === 0 ? undefined : decisions[level] });
          });
        }),
      ),
    { nil: undefined },
  );
}

function ruleArb(id: string, criteria: string[], categories: string[], grades: string[], monotone: boolean): fc.Arbitrary<Json> {
  const statuses = monotone ? ['fail', 'missing'] : ['pass', 'partial', 'fail', 'not-applicable', 'missing'];
  const effect = fc
    .record({ capGrade: maybe(fc.constantFrom(...grades)), capDecision: maybe(fc.constantFrom('conditional', 'rejected')) })
    .map((then) => (then.capGrade === undefined && then.capDecision === undefined ? { capDecision: 'conditional' } : compact(then)));
  const when = fc.oneof(
    fc
      .record({
        status: maybe(fc.subarray(statuses, { minLength: 1 })),
        severity: maybe(fc.subarray(['critical', 'major', 'minor'], { minLength: 1 })),
        kind: maybe(fc.subarray(KINDS, { minLength: 1 })),
        star: maybe(fc.boolean()),
        pointsAtMost: maybe(fc.integer({ min: 0, max: 10 })),
        scoreBelow: maybe(fc.integer({ min: 1, max: 100 }).map(String)),
        criteria: maybe(fc.subarray(criteria, { minLength: 1 })),
        categories: maybe(fc.subarray(categories, { minLength: 1 })),
        atLeast: maybe(fc.integer({ min: 1, max: 3 })),
      })
      .map((c) => {
        const condition = compact({ type: 'criteria', ...c });
        // A monotone rule needs a condition that only bad results meet.
        if (monotone && c.status === undefined && c.pointsAtMost === undefined && c.scoreBelow === undefined) condition.status = ['fail'];
        return condition;
      }),
    fc.record({ below: fc.integer({ min: 1, max: 100 }).map(String), categories: maybe(fc.subarray(categories, { minLength: 1 })) }).map((c) => compact({ type: 'category-score', ...c })),
    fc.record({ below: fc.integer({ min: 1, max: 100 }).map(String) }).map((c) => ({ type: 'score', ...c })),
  );
  return fc.record({ when, then: effect, title: maybe(fc.constant('Buyer rule')) }).map((r) => compact({ id, ...r }));
}

/** A valid requirement profile (unparsed JSON) with criteria of the given kinds. */
export function profileArb(options: ProfileOptions = {}): fc.Arbitrary<Json> {
  const kinds = options.kinds ?? KINDS;
  return fc
    .record({
      shape: fc.array(fc.array(fc.constantFrom(...kinds), { minLength: 1, maxLength: options.maxCriteria ?? 5 }), {
        minLength: 1,
        maxLength: options.maxCategories ?? 3,
      }),
      suffix: fc.constantFrom(...ID_SUFFIXES),
    })
    .chain(({ shape, suffix }) => {
      let n = 0;
      const categories = shape.map((kindsHere, c) =>
        fc
          .record({
            criteria: fc.tuple(...kindsHere.map((kind) => kindCatalogue[kind].criterion(`k${n++}${suffix}`))),
            weight: fc.constantFrom<string | number | undefined>(undefined, '1', 2, '0.5', c === 0 ? '1' : '0'),
            minScore: fc.option(fc.integer({ min: 0, max: 90 }).map(String), { nil: undefined, freq: 1 }),
          })
          .map(({ criteria, weight, minScore }) => {
            // Every category needs a positive weight somewhere among its criteria.
            const first = criteria[0] as Json;
            if (criteria.every((k) => String(k.weight ?? '1') === '0')) first.weight = '1';
            return compact({ id: `cat-${c}`, title: `Category ${c}`, weight, minScore, criteria });
          }),
      );
      return fc.tuple(fc.tuple(...categories), gradesArb()).chain(([cats, grades]) => {
        const criteriaIds = cats.flatMap((cat) => (cat.criteria as Json[]).map((k) => k.id as string));
        const categoryIds = cats.map((cat) => cat.id as string);
        const gradeNames = (grades ?? [{ grade: 'A' }, { grade: 'B' }, { grade: 'C' }]).map((g) => g.grade as string);
        return fc
          .record({
            places: maybe(fc.integer({ min: 0, max: 4 })),
            decision: maybe(
              fc
                .record({
                  missingEvidence: maybe(fc.constantFrom('incomplete', 'fail')),
                  belowCategoryMinimum: maybe(fc.constantFrom('conditional', 'rejected')),
                  reauditDays: maybe(fc.integer({ min: 0, max: 400 })),
                })
                .map(compact),
            ),
            rules: fc.array(fc.nat(), { maxLength: 3 }).chain((ns) =>
              fc.tuple(...ns.map((_, r) => ruleArb(`rule-${r}`, criteriaIds, categoryIds, gradeNames, options.monotoneRules ?? false))),
            ),
          })
          .map(({ places, decision, rules }) => {
            // All categories at weight 0 would leave no score: give the first one weight.
            if (cats.every((cat) => String(cat.weight ?? '1') === '0')) (cats[0] as Json).weight = '1';
            const linked = linkedGauges(cats);
            return compact({
              id: 'generated',
              version: '1',
              title: 'Generated profile',
              component: { name: 'Injector body' },
              places,
              categories: linked,
              grades,
              decision,
              rules: rules.length > 0 ? rules : undefined,
            });
          });
      });
    });
}

/** The criteria of a generated profile, in profile order. */
export function criteriaOf(profile: Json): Json[] {
  return (profile.categories as Json[]).flatMap((category) => category.criteria as Json[]);
}

// ---------------------------------------------------------------------------------------------------
// Evidence and whole cases

/**
 * Evidence for a generated profile: each criterion answered (most of the time) or missing. A share of
 * suppliers is good (every entry meets its requirement), a share mixed, the rest anything.
 */
export function evidenceArb(profile: Json, options: { missing?: boolean } = {}): fc.Arbitrary<Json> {
  const criteria = criteriaOf(profile);
  return fc.tuple(calendarDate, fc.constantFrom(0, 0.7, 1)).chain(([auditDate, goodShare]) =>
    fc
      .record({
        entries: fc.tuple(
          ...criteria.map((criterion) => {
            const entryOf = (good: boolean) => kindCatalogue[criterion.kind as CriterionKind].entry(criterion, auditDate, good);
            const entry = goodShare === 0 ? entryOf(false) : goodShare === 1 ? entryOf(true) : fc.oneof({ weight: 7, arbitrary: entryOf(true) }, { weight: 3, arbitrary: entryOf(false) });
            return options.missing === false ? entry : fc.option(entry, { nil: undefined, freq: goodShare === 1 ? 20 : 6 });
          }),
        ),
        unknown: fc.option(fc.constant({ criterion: 'not-in-profile', value: true }), { nil: undefined, freq: 8 }),
        auditor: maybe(fc.constant('Budi Santoso')),
      })
      .map(({ entries, unknown, auditor }) =>
        compact({
          supplier: { id: 'cv-maju', name: 'CV Maju Jaya', region: 'Bekasi' },
          auditDate,
          auditor,
          entries: [...entries, unknown].filter((e) => e !== undefined),
        }),
      ),
  );
}

/** A profile, evidence for it and the evaluation options. */
export interface Case {
  readonly profile: Json;
  readonly evidence: Json;
  readonly options: { at?: string };
}

/** A valid case: a generated profile, evidence for it, and sometimes an evaluation date after the audit. */
export function caseArb(options: ProfileOptions & { missing?: boolean } = {}): fc.Arbitrary<Case> {
  return profileArb(options).chain((profile) =>
    evidenceArb(profile, options).chain((evidence) =>
      fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }).map((after) => ({
        profile,
        evidence,
        options: after === undefined ? {} : { at: addCalendarDays(evidence.auditDate as string, after) },
      })),
    ),
  );
}

// ---------------------------------------------------------------------------------------------------
// Hostile values and mutations

/** Values that are not what a field wants, for mutating valid input. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    1e999,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    '0x10',
    '1e3',
    '',
    '  ',
    '\u00a0',
    '１２',
    '2026-02-30',
    '2026-13-01',
    '2026-11-28T24:00',
    '2026-11-28T00:00:00+14:00',
    '__proto__',
    'constructor',
    'prototype',
    null,
    true,
    [],
    {},
    'x'.repeat(5000),
    '9'.repeat(401),
  ),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Every path into a JSON value (objects and arrays), the root included. */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], out);
  return out;
}

/** A deep copy of a JSON value with the value at `path` replaced, deleted (`remove`) or given an extra key. */
function mutateAt(value: unknown, path: (string | number)[], how: 'replace' | 'remove' | 'add', replacement: unknown, key: string): unknown {
  const copy = structuredClone(value);
  if (path.length === 0) return how === 'replace' ? replacement : copy;
  let parent: unknown = copy;
  for (const segment of path.slice(0, -1)) {
    // A path through a key the copy does not keep (an own `__proto__` added by an earlier step) leaves the copy as it is.
    if (parent === null || typeof parent !== 'object') return copy;
    parent = (parent as Record<string | number, unknown>)[segment];
  }
  if (parent === null || typeof parent !== 'object') return copy;
  const last = path[path.length - 1] as string | number;
  const holder = parent as Record<string | number, unknown>;
  if (how === 'replace') holder[last] = replacement;
  else if (how === 'remove') {
    if (Array.isArray(holder)) holder.splice(last as number, 1);
    else delete holder[last];
  } else {
    const target = holder[last];
    if (target !== null && typeof target === 'object' && !Array.isArray(target)) Object.defineProperty(target, key, { value: replacement, enumerable: true, writable: true, configurable: true });
    else holder[last] = replacement;
  }
  return copy;
}

/** A valid JSON value changed in one to three places: a value replaced, a key removed, a key added. */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const step = fc.record({
    pick: fc.nat(),
    how: fc.constantFrom('replace' as const, 'replace' as const, 'remove' as const, 'add' as const),
    replacement: hostileValue,
    key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'kind', 'notApplicable', 'values'),
  });
  return fc.tuple(valid, fc.array(step, { minLength: 1, maxLength: 3 })).map(([value, steps]) => {
    let current: unknown = value;
    for (const { pick, how, replacement, key } of steps) {
      const paths = pathsOf(current);
      current = mutateAt(current, paths[pick % paths.length] as (string | number)[], how, replacement, key);
    }
    return current;
  });
}

/**
 * Returns a generated profile without its empty `effort: {}` objects: no cell can mark an empty object
 * as given, so the tabular writers refuse it (tested in test/sheets/profileToSheets.test.ts); every
 * other field goes through sheets and CSV.
 */
export function carriable(input: Json): Json {
  const categories = (input.categories as Json[]).map((category) => ({
    ...category,
    criteria: (category.criteria as Json[]).map(({ effort, ...criterion }) =>
      effort && Object.keys(effort as Json).length > 0 ? { ...criterion, effort } : criterion,
    ),
  }));
  return { ...input, categories };
}
