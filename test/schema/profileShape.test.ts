/**
 * Type-level tests: checked by `tsc -p tsconfig.test.json` (every `@ts-expect-error` must be an error,
 * every other line must compile); the runtime part only makes sure the calls still run.
 */
import { describe, expect, expectTypeOf, test } from 'vitest';
import { category, check, measurement, metric, profile } from '../../src/authoring/index.js';
import { evaluate } from '../../src/evaluate.js';
import { defineEvidence } from '../../src/parse/parseEvidence.js';
import { defineProfile } from '../../src/parse/parseProfile.js';
import type { Profile } from '../../src/schema/profile.js';
import type {
  CategoryId,
  CriterionId,
  CriterionIdOfKind,
  GradeName,
  ProfileShapeOf,
  RuleId,
  TypedEvaluation,
  TypedProfile,
} from '../../src/schema/profileShape.js';
import type { Evaluation } from '../../src/scoring/evaluation.js';
import { limitValues, matchers, passingEvidence } from '../../src/testing/index.js';
import pumpInjector from '../../examples/pump-injector/profile.json';

expect.extend(matchers);

const written = defineProfile({
  id: 'p',
  version: '1',
  title: 'Pump part',
  component: { name: 'Part' },
  categories: [
    {
      id: 'product',
      title: 'Product',
      criteria: [
        { kind: 'measurement', id: 'nozzle-d', title: 'Nozzle', unit: 'mm', nominal: '3.20', tolerance: '0.02', severity: 'critical', causeFamily: 'machine' },
        { kind: 'check', id: 'leak-test', title: 'Leak test', causeFamily: 'method' },
      ],
    },
    { id: 'delivery', title: 'Delivery', criteria: [{ kind: 'metric', id: 'ppm', title: 'PPM', direction: 'lower-is-better', limit: 1000, causeFamily: 'method' }] },
  ],
  rules: [{ id: 'leak-caps', when: { type: 'criteria', criteria: ['leak-test'], status: ['fail'] }, then: { capGrade: 'B' } }],
});

const built = profile('p', 'Pump part', {
  version: '1',
  component: { name: 'Part' },
  grades: [
    { grade: 'Gold', min: 90 },
    { grade: 'Silver', min: 0 },
  ],
  categories: [
    category('product', 'Product', {
      criteria: [
        measurement('nozzle-d', 'Nozzle', { unit: 'mm', nominal: '3.20', tolerance: '0.02', causeFamily: 'machine' }),
        check('leak-test', 'Leak test', { causeFamily: 'method' }),
      ],
    }),
    category('delivery', 'Delivery', { criteria: [metric('ppm', 'PPM', { direction: 'lower-is-better', limit: 1000, causeFamily: 'method' })] }),
  ],
  rules: [{ id: 'leak-caps', when: { type: 'criteria', criteria: ['leak-test'] }, then: { capGrade: 'Silver' } }],
});

describe('defineProfile infers ids from a profile written in code', () => {
  test('criterion ids and kinds', () => {
    expectTypeOf<CriterionId<typeof written>>().toEqualTypeOf<'nozzle-d' | 'leak-test' | 'ppm'>();
    expectTypeOf<CriterionIdOfKind<typeof written, 'measurement' | 'metric'>>().toEqualTypeOf<'nozzle-d' | 'ppm'>();
    expectTypeOf<CategoryId<typeof written>>().toEqualTypeOf<'product' | 'delivery'>();
    expectTypeOf<RuleId<typeof written>>().toEqualTypeOf<'leak-caps' | 'knock-out' | 'category-minimum:product' | 'category-minimum:delivery'>();
    expectTypeOf<GradeName<typeof written>>().toEqualTypeOf<'A' | 'B' | 'C'>();
    expectTypeOf(written).toExtend<Profile>();
    expect(written.categories[0]?.criteria[0]?.id).toBe('nozzle-d');
  });

  test('unknown ids are compile errors', () => {
    const ok: CriterionId<typeof written> = 'leak-test';
    // @ts-expect-error 'leak-tset' is not a criterion of the profile
    const typo: CriterionId<typeof written> = 'leak-tset';
    // @ts-expect-error 'quality' is not a category of the profile
    const category: CategoryId<typeof written> = 'quality';
    expect([ok, typo, category]).toHaveLength(3);
  });

  test('a misspelt kind in a profile written in code is a compile error, and still a ValidationError at run time', () => {
    expect(() =>
      defineProfile({
        id: 'p',
        version: '1',
        title: 'T',
        component: { name: 'C' },
        // @ts-expect-error 'chek' is not a criterion kind
        categories: [{ id: 'c', title: 'C', criteria: [{ kind: 'chek', id: 'x', title: 'X', causeFamily: 'method' }] }],
      }),
    ).toThrow(/categories\[0\]\.criteria\[0\]\.kind/);
  });

  test('JSON, unknown and any give a plain Profile whose ids are strings', () => {
    const fromJson = defineProfile(pumpInjector);
    expectTypeOf(fromJson).toEqualTypeOf<Profile>();
    expectTypeOf<CriterionId<typeof fromJson>>().toEqualTypeOf<string>();
    expectTypeOf<CriterionIdOfKind<typeof fromJson, 'metric'>>().toEqualTypeOf<string>();
    const fromUnknown = defineProfile(JSON.parse(JSON.stringify(pumpInjector)) as unknown);
    expectTypeOf(fromUnknown).toEqualTypeOf<Profile>();
    const fromAny = defineProfile(JSON.parse(JSON.stringify(pumpInjector)));
    expectTypeOf<CriterionId<typeof fromAny>>().toEqualTypeOf<string>();
    expect(fromJson).toEqual(fromUnknown);
  });

  test('ProfileShapeOf reads kinds, ids, rules and default grades from the input type', () => {
    type S = ProfileShapeOf<{
      categories: readonly [{ id: 'a'; criteria: readonly [{ id: 'x'; kind: 'check' }, { id: 'y'; kind: 'metric' }] }];
      rules: readonly [{ id: 'r' }];
    }>;
    expectTypeOf<S['criteria']>().toEqualTypeOf<{ readonly x: 'check'; readonly y: 'metric' }>();
    expectTypeOf<S['rules']>().toEqualTypeOf<'r'>();
    expectTypeOf<S['grades']>().toEqualTypeOf<'A' | 'B' | 'C'>();
  });
});

describe('the profile builder', () => {
  test('knows ids and grades, and checks the rules against them', () => {
    expectTypeOf<CriterionId<typeof built>>().toEqualTypeOf<'nozzle-d' | 'leak-test' | 'ppm'>();
    expectTypeOf<GradeName<typeof built>>().toEqualTypeOf<'Gold' | 'Silver'>();
    expectTypeOf<RuleId<typeof built>>().toExtend<string>();
    const rule: RuleId<typeof built> = 'leak-caps';
    expect(rule).toBe('leak-caps');
    expect(() =>
      profile('p', 'P', {
        version: '1',
        component: { name: 'C' },
        categories: [category('c', 'C', { criteria: [check('x', 'X', { causeFamily: 'method' })] })],
        // @ts-expect-error a rule may name only the profile's own criteria
        rules: [{ id: 'r', when: { type: 'criteria', criteria: ['y'] }, then: { capGrade: 'B' } }],
      }),
    ).toThrow(/No criterion with the id "y"/);
    expect(() =>
      profile('p', 'P', {
        version: '1',
        component: { name: 'C' },
        categories: [category('c', 'C', { criteria: [check('x', 'X', { causeFamily: 'method' })] })],
        // @ts-expect-error a rule may cap only to the profile's own grades
        rules: [{ id: 'r', when: { type: 'criteria', criteria: ['x'] }, then: { capGrade: 'D' } }],
      }),
    ).toThrow(/"D" is not one of the profile's grades/);
  });

  test('builders reject unknown fields and ambiguous limits', () => {
    // @ts-expect-error tolerance and lsl together
    const both = measurement('x', 'X', { unit: 'mm', nominal: 3, tolerance: 1, lsl: 2, causeFamily: 'machine' });
    // @ts-expect-error misspelt field
    const misspelt = check('x', 'X', { causeFamily: 'method', severty: 'critical' });
    // @ts-expect-error a deviation needs a nominal
    const noNominal = measurement('x', 'X', { unit: 'mm', upperDeviation: '0.1', causeFamily: 'machine' });
    expect([both.kind, misspelt.kind, noNominal.kind]).toEqual(['measurement', 'check', 'measurement']);
  });
});

describe('evaluations, evidence and matchers of a typed profile', () => {
  test('evaluate returns a typed evaluation; untyped profiles give open ids', () => {
    const result = evaluate(written, passingEvidence(written));
    expectTypeOf(result).toExtend<TypedEvaluation>();
    expectTypeOf<CriterionId<typeof result>>().toEqualTypeOf<'nozzle-d' | 'leak-test' | 'ppm'>();
    expectTypeOf(result).toExtend<Evaluation>();
    const plain = evaluate(defineProfile(pumpInjector), passingEvidence(defineProfile(pumpInjector)));
    expectTypeOf<CriterionId<typeof plain>>().toEqualTypeOf<string>();
    const fromUnknown = evaluate(pumpInjector as unknown, passingEvidence(defineProfile(pumpInjector)));
    expectTypeOf(fromUnknown).toEqualTypeOf<Evaluation>();
  });

  test('matchers accept only the profile’s ids', () => {
    const result = evaluate(written, passingEvidence(written));
    expect(result).toPass('nozzle-d');
    // @ts-expect-error 'nozle-d' is not a criterion of the profile
    expect(() => expect(result).toPass('nozle-d')).toThrow(/No criterion with the id "nozle-d"/);
    expect(result).not.toTriggerRule('leak-caps');
    // @ts-expect-error 'leak-cap' is not a rule of the profile
    expect(() => expect(result).toTriggerRule('leak-cap')).toThrow(/expected rule leak-cap to fire/);
    expect(result).not.toHaveGap('ppm');
    // @ts-expect-error 'ppmm' is not a criterion of the profile
    expect(() => expect(result).toHaveGap('ppmm')).toThrow();
    const untyped = result as Evaluation;
    expect(() => expect(untyped).toFail('anything')).toThrow(/No criterion with the id "anything"/);
  });

  test('evidence overrides, limit values and defineEvidence accept only the profile’s ids and each kind’s fields', () => {
    expect(passingEvidence(written, { 'nozzle-d': { values: ['3.23'] } }).entries[0]).toEqual({ criterion: 'nozzle-d', values: ['3.23'] });
    // @ts-expect-error 'nozle-d' is not a criterion of the profile
    expect(() => passingEvidence(written, { 'nozle-d': { values: ['3.23'] } })).toThrow(/No criterion with the id "nozle-d"/);
    // @ts-expect-error a check takes `value`, not `values`
    expect(() => passingEvidence(written, { 'leak-test': { values: [true] } })).toThrow(/values/);
    expectTypeOf(limitValues(written, 'nozzle-d').kind).toEqualTypeOf<'measurement'>();
    expectTypeOf(limitValues(written, 'ppm').kind).toEqualTypeOf<'metric'>();
    // @ts-expect-error a check has no limits
    expect(() => limitValues(written, 'leak-test')).toThrow(/measurement/);
    const evidence = { supplier: { id: 's', name: 'S' }, auditDate: '2026-01-15' } as const;
    expect(defineEvidence({ ...evidence, entries: [{ criterion: 'leak-test', value: true }] }, { profile: written }).entries).toHaveLength(1);
    // @ts-expect-error 'leak' is not a criterion of the profile (at run time only a warning: the entry is ignored)
    expect(defineEvidence({ ...evidence, entries: [{ criterion: 'leak', value: true }] }, { profile: written }).entries).toHaveLength(1);
    // @ts-expect-error a measurement takes `values`
    expect(() => defineEvidence({ ...evidence, entries: [{ criterion: 'nozzle-d', value: 3.2 }] }, { profile: written })).toThrow();
    expect(defineEvidence(JSON.parse('{"supplier":{"id":"s","name":"S"},"auditDate":"2026-01-15","entries":[]}'), { profile: written }).entries).toEqual([]);
  });

  test('TypedProfile is a Profile at run time', () => {
    const typed: TypedProfile = written;
    expect(Object.isFrozen(typed)).toBe(true);
  });
});
