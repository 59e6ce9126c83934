import { describe, expect, test } from 'vitest';
import { impellerProfile } from '../../examples/authoring/profile.js';
import pumpInjector from '../../examples/pump-injector/profile.json';
import { ValidationError } from '../../src/errors/index.js';
import { LINT_CODES } from '../../src/lint/lintCodes.js';
import { lintProfile } from '../../src/lint/lintProfile.js';
import { ruleSchema } from '../../src/schema/rule.js';

type Json = Record<string, unknown>;

/** A small valid profile with nothing suspicious in it. */
function base(): Json & { categories: (Json & { criteria: Json[] })[]; rules: Json[]; grades?: Json[] } {
  return {
    id: 'fixture',
    version: '1',
    title: 'Fixture',
    component: { name: 'Part' },
    categories: [
      {
        id: 'product',
        title: 'Product',
        weight: 3,
        criteria: [
          { kind: 'measurement', id: 'bore', title: 'Bore', unit: 'mm', nominal: '8', tolerance: '0.05', severity: 'critical', causeFamily: 'machine', weight: 2 },
          { kind: 'check', id: 'leak', title: 'Leak test', causeFamily: 'method' },
          { kind: 'audit-question', id: 'p6', title: 'Operators trained', causeFamily: 'man' },
        ],
      },
      {
        id: 'system',
        title: 'Quality system',
        weight: 1,
        criteria: [
          { kind: 'certificate', id: 'iso', title: 'ISO 9001', standard: 'ISO 9001', minRemainingDays: 90, causeFamily: 'method' },
          { kind: 'metric', id: 'ppm', title: 'Defects', unit: 'ppm', direction: 'lower-is-better', limit: 1000, target: 200, causeFamily: 'method' },
        ],
      },
    ],
    rules: [],
  };
}

const codes = (input: unknown) => lintProfile(input).map((w) => `${w.path} ${w.code}`);

describe('lintProfile', () => {
  test('is silent on the examples and the clean fixture', () => {
    expect(lintProfile(pumpInjector)).toEqual([]);
    expect(lintProfile(impellerProfile)).toEqual([]);
    expect(lintProfile(base())).toEqual([]);
  });

  test('gauge_not_required: a gauge study whose characteristic does not require it as its gauge gates nothing', () => {
    const p = base();
    const product = p.categories[0] as Json & { criteria: Json[] };
    product.criteria.push({ kind: 'gauge-study', id: 'bore-gauge', title: 'Bore gauge R&R', basis: 'tolerance', characteristic: 'bore', causeFamily: 'measurement', weight: 1 });
    const [warning, ...rest] = lintProfile(p);
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ code: 'gauge_not_required', path: `categories[0].criteria[${product.criteria.length - 1}].characteristic`, params: { id: 'bore-gauge', characteristic: 'bore', gauge: '' } });
    expect(warning?.message).toMatch(/^The gauge study "Bore gauge R&R" qualifies the gauge of ".+", but that measurement does not require it \(its gauge is not set\): a gauge this study finds not acceptable does not stop the measurement from passing\. Set its gauge to "bore-gauge"\.$/);
    expect(warning?.messageId).toContain('tidak mensyaratkannya');
    product.criteria.push({ kind: 'gauge-study', id: 'other-gauge', title: 'Other gauge R&R', causeFamily: 'measurement', weight: 1 });
    product.criteria[0] = { ...product.criteria[0], gauge: 'other-gauge' };
    expect(lintProfile(p).map((w) => [w.code, w.params.gauge])).toEqual([['gauge_not_required', 'other-gauge']]);
  });

  test('weight_ineffective: a criterion with weight 0, not critical, named by no rule', () => {
    const p = base();
    p.categories[1]?.criteria.push({ kind: 'document', id: 'msds', title: 'Safety data sheet', causeFamily: 'material', weight: 0 });
    const [warning, ...rest] = lintProfile(p);
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ code: 'weight_ineffective', path: 'categories[1].criteria[2].weight', params: { id: 'msds', swing: '0' } });
    expect(warning?.message).toBe(
      '"Safety data sheet" cannot change any decision: its weight gives it no share of the score; it is not critical and no rule refers to it.',
    );
    expect(warning?.messageId).toContain('tidak dapat mengubah keputusan apa pun');
  });

  test('a gauge study without weight that a measurement names as its gauge acts through that measurement: no weight_ineffective', () => {
    const p = base();
    const product = p.categories[0] as Json & { criteria: Json[] };
    product.criteria[0] = { ...product.criteria[0], gauge: 'bore-gauge' };
    product.criteria.push({ kind: 'gauge-study', id: 'bore-gauge', title: 'Bore gauge R&R', basis: 'tolerance', characteristic: 'bore', causeFamily: 'measurement', weight: 0 });
    expect(lintProfile(p)).toEqual([]);
    delete product.criteria[0]!.gauge;
    expect(lintProfile(p).map((w) => [w.code, w.params.id])).toEqual([
      ['weight_ineffective', 'bore-gauge'],
      ['gauge_not_required', 'bore-gauge'],
    ]);
  });

  test('weight_ineffective: a minor check beside a critical one that holds 95 % of the score', () => {
    // While the critical check passes the score is at least 95, above every boundary (80, 90): the
    // minor check moves it by 5 points at most, inside the top band.
    const p = {
      ...base(),
      categories: [
        {
          id: 'product',
          title: 'Product',
          criteria: [
            { kind: 'check', id: 'leak', title: 'Leak test', severity: 'critical', weight: 19, causeFamily: 'method' },
            { kind: 'check', id: 'label', title: 'Label colour', severity: 'minor', weight: 1, causeFamily: 'method' },
          ],
        },
      ],
    };
    // The possible scores are 0, 5, 95 and 100, so grade B is out of reach too.
    expect(lintProfile(p).map((w) => [w.code, w.params.id ?? w.params.grade, w.params.swing])).toEqual([
      ['weight_ineffective', 'label', '5'],
      ['grade_unreachable', 'B', undefined],
    ]);
    expect(lintProfile(p)[0]?.message).toContain('moves the overall score by at most 5 points, never across a decision boundary');
    // A rule that can name it gives it a way to change the decision.
    const named = { ...p, rules: [{ id: 'label-caps', when: { type: 'criteria', criteria: ['label'], status: ['fail'] }, then: { capGrade: 'B' } }] };
    expect(lintProfile(named)).toEqual([]);
    // So does a decision boundary inside its reach (a score rule below 97).
    const boundary = { ...p, rules: [{ id: 'below-97', when: { type: 'score', below: 97 }, then: { capDecision: 'conditional' } }] };
    expect(lintProfile(boundary).map((w) => w.code)).toEqual(['grade_unreachable']);
  });

  test('weight_ineffective: a small weight among checks whose scores come in steps', () => {
    // Four checks score 0, 25, 50, 75 or 100; 0.01 of weight moves 74.8 to 75.1 at most, short of 80.
    const checks = [1, 2, 3, 4].map((i) => ({ kind: 'check', id: `k${i}`, title: `Check ${i}`, causeFamily: 'method' }));
    const p = { ...base(), categories: [{ id: 'c', title: 'C', criteria: [...checks, { kind: 'check', id: 'tiny', title: 'Tiny', weight: '0.01', causeFamily: 'method' }] }] };
    expect(codes(p)).toEqual(['categories[0].criteria[4].weight weight_ineffective', 'grades[1].min grade_unreachable']);
    expect(lintProfile(p)[0]?.params.swing).toBe('0.249');
  });

  test('grade_unreachable: scores that come in steps skip a band', () => {
    const checks = [1, 2, 3, 4].map((i) => ({ kind: 'check', id: `k${i}`, title: `Check ${i}`, causeFamily: 'method' }));
    const [warning, ...rest] = lintProfile({ ...base(), categories: [{ id: 'c', title: 'C', criteria: checks }] });
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ code: 'grade_unreachable', path: 'grades[1].min', params: { grade: 'B', min: '80', below: '75', above: '100' } });
    expect(warning?.message).toBe('No score can earn grade "B" (from 80; the nearest possible scores are 75 and 100).');
  });

  test('grade_unreachable: a band narrower than the rounding step', () => {
    const p = { ...base(), grades: [{ grade: 'A', min: 90 }, { grade: 'A-', min: '89.96' }, { grade: 'B', min: 80 }, { grade: 'C', min: 0 }] };
    expect(lintProfile(p).map((w) => [w.code, w.params.grade])).toEqual([['grade_unreachable', 'A-']]);
    // With two decimal places the band holds 89.96 to 89.99.
    expect(lintProfile({ ...p, places: 2 })).toEqual([]);
  });

  test('tolerance_wider_than_nominal', () => {
    const p = base();
    p.categories[0]?.criteria.push({ kind: 'measurement', id: 'gap', title: 'Gap', unit: 'mm', nominal: '0.5', tolerance: '0.3', causeFamily: 'machine' });
    p.categories[0]?.criteria.push({ kind: 'measurement', id: 'step', title: 'Step', unit: 'mm', nominal: '1', upperDeviation: '0.9', lowerDeviation: '-0.2', causeFamily: 'machine' });
    p.categories[0]?.criteria.push({ kind: 'measurement', id: 'flat', title: 'Flatness', unit: 'mm', nominal: '0', tolerance: '0.05', causeFamily: 'machine' });
    const warnings = lintProfile(p);
    expect(warnings.map((w) => `${w.path} ${w.code}`)).toEqual([
      'categories[0].criteria[3].tolerance tolerance_wider_than_nominal',
      'categories[0].criteria[4].lowerDeviation tolerance_wider_than_nominal',
    ]);
    expect(warnings[0]?.message).toBe('The tolerance 0.2–0.8 mm (width 0.6) is wider than the nominal 0.5 mm; check the tolerance and its unit.');
  });

  test('capability_minimum_low: a Cpk or Ppk minimum below 1.0', () => {
    const p = base();
    (p.categories[0]?.criteria[0] as Json).capability = { index: 'ppk', min: '0.9' };
    const warnings = lintProfile(p);
    expect(warnings.map((w) => `${w.path} ${w.code}`)).toEqual(['categories[0].criteria[0].capability.min capability_minimum_low']);
    expect(warnings[0]?.message).toBe('A minimum Ppk of 0.9 accepts a process wider than its tolerance; capability requirements are usually 1.33 or more.');
    expect(warnings[0]?.messageId).toBe('Ppk minimum 0.9 menerima proses yang lebih lebar dari toleransinya; persyaratan kapabilitas biasanya 1,33 atau lebih.');
    (p.categories[0]?.criteria[0] as Json).capability = { min: '1' };
    expect(lintProfile(p)).toEqual([]);
  });

  test('critical_weight_zero', () => {
    const p = base();
    p.categories[0]?.criteria.push({ kind: 'check', id: 'burr', title: 'Burr-free', severity: 'critical', weight: 0, causeFamily: 'method' });
    const warnings = lintProfile(p);
    expect(warnings.map((w) => `${w.path} ${w.code}`)).toEqual(['categories[0].criteria[3].weight critical_weight_zero']);
    expect(warnings[0]?.message).toBe('"Burr-free" is critical but has weight 0: failing it rejects the supplier, passing it adds nothing to the score.');
  });

  test('duplicate_title: criteria and categories, without case or extra spaces', () => {
    const p = base();
    p.categories[1]?.criteria.push({ kind: 'check', id: 'leak-2', title: ' leak   TEST', causeFamily: 'method' });
    p.categories.push({ id: 'system-2', title: 'Quality System', criteria: [{ kind: 'check', id: 'x', title: 'X', causeFamily: 'method' }] });
    const warnings = lintProfile(p);
    expect(warnings.map((w) => `${w.path} ${w.code} ${w.params.first}`)).toEqual([
      'categories[1].criteria[2].title duplicate_title categories[0].criteria[1]',
      'categories[2].title duplicate_title categories[1]',
    ]);
    expect(warnings[0]?.message).toBe('The title " leak   TEST" is also used at categories[0].criteria[1]; readers of a report cannot tell the two apart.');
  });

  test('category_weightless: a category weight of 0, or criteria weights adding up to 0 (valid: knock-outs still act)', () => {
    const p = base();
    p.categories.push({ id: 'legal', title: 'Legal', weight: 0, criteria: [{ kind: 'check', id: 'nib', title: 'Business licence', severity: 'critical', causeFamily: 'method' }] });
    p.categories.push({ id: 'gates', title: 'Gates', criteria: [{ kind: 'check', id: 'sds', title: 'SDS', severity: 'critical', weight: 0, causeFamily: 'material' }] });
    const warnings = lintProfile(p);
    expect(warnings.map((w) => `${w.path} ${w.code}`)).toEqual([
      'categories[2].weight category_weightless',
      'categories[3].criteria category_weightless',
      'categories[3].criteria[0].weight critical_weight_zero',
    ]);
    expect(warnings[0]?.message).toBe('Category "Legal" carries no weight (its weight is 0): its criteria cannot change the score; only knock-outs and rules act on them.');
    expect(warnings[1]?.message).toContain('its criteria weights add up to 0');
  });

  test('certificate_window_long: more remaining validity than a three-year certificate has', () => {
    const p = base();
    (p.categories[1]?.criteria[0] as Json).minRemainingDays = 1200;
    const warnings = lintProfile(p);
    expect(warnings.map((w) => `${w.path} ${w.code}`)).toEqual(['categories[1].criteria[0].minRemainingDays certificate_window_long']);
    expect(warnings[0]?.message).toBe(
      '1200 days of remaining validity is more than a certificate runs (ISO 9001 certificates run 3 years, 1096 days at most); no certificate can fully meet it.',
    );
    (p.categories[1]?.criteria[0] as Json).minRemainingDays = 1096;
    expect(lintProfile(p)).toEqual([]);
  });

  test('rule_never_fires: criteria rules, score rules, category rules and minimums', () => {
    const p = base();
    p.categories[1]!.minScore = 0;
    p.categories.push({ id: 'legal', title: 'Legal', criteria: [{ kind: 'check', id: 'nib', title: 'Business licence', severity: 'critical', weight: 0, causeFamily: 'method' }] });
    p.rules.push(
      { id: 'three-checks', when: { type: 'criteria', kind: ['check'], status: ['fail'], atLeast: 3 }, then: { capGrade: 'B' } },
      { id: 'partial-check', when: { type: 'criteria', criteria: ['leak'], status: ['partial'] }, then: { capGrade: 'B' } },
      { id: 'named-star', when: { type: 'criteria', criteria: ['leak'], star: true }, then: { capGrade: 'B' } },
      // A general rule about star questions, which the profile does not have, waits for them: not reported.
      { id: 'star', when: { type: 'criteria', star: true, pointsAtMost: 4 }, then: { capGrade: 'B' } },
      { id: 'score-below-0', when: { type: 'score', below: 0 }, then: { capDecision: 'rejected' } },
      { id: 'legal-low', when: { type: 'category-score', categories: ['legal'], below: 50 }, then: { capDecision: 'rejected' } },
      { id: 'fires', when: { type: 'criteria', kind: ['check'], status: ['fail'], atLeast: 2 }, then: { capGrade: 'B' } },
    );
    const warnings = lintProfile(p, { ignore: ['category_weightless', 'critical_weight_zero'] });
    expect(warnings.map((w) => `${w.path} ${w.params.id} ${w.params.reason}`)).toEqual([
      'categories[1].minScore category-minimum:system below',
      'rules[0].when three-checks criteria',
      'rules[1].when partial-check criteria',
      'rules[2].when named-star criteria',
      'rules[4].when.below score-below-0 below',
      'rules[5].when legal-low no-score',
    ]);
    expect(warnings.map((w) => w.message)).toEqual([
      'Rule "category-minimum:system" can never fire: no score can be below 0 (the lowest possible is 0).',
      'Rule "three-checks" can never fire: only 2 criteria can match its filters, and it needs 3.',
      'Rule "partial-check" can never fire: only 0 criteria can match its filters, and it needs 1.',
      'Rule "named-star" can never fire: only 0 criteria can match its filters, and it needs 1.',
      'Rule "score-below-0" can never fire: no score can be below 0 (the lowest possible is 0).',
      'Rule "legal-low" can never fire: the categories it looks at carry no criterion weight, so they never have a score.',
    ]);
  });

  // Rules limited to one category (`scope`) and rules on audit groups, where the rule schema has them.
  const scoped = ruleSchema.safeParse({ id: 'x', scope: 'c', when: { type: 'score', below: 50 }, then: { capGrade: 'B' } }).success;
  test.runIf(scoped)('rule_never_fires: scopes and audit groups', () => {
    const p = base();
    p.rules.push(
      { id: 'scoped-checks', scope: 'system', when: { type: 'criteria', kind: ['check'], criteria: ['leak'] }, then: { capGrade: 'B' } },
      { id: 'system-below-0', scope: 'system', when: { type: 'score', below: 0 }, then: { capDecision: 'rejected' } },
      { id: 'groups-below-0', when: { type: 'group-score', levels: ['element'], below: 0 }, then: { capGrade: 'B' } },
      { id: 'elements-low', when: { type: 'group-score', levels: ['element'], below: 80 }, then: { capGrade: 'B' } },
      { id: 'system-low', scope: 'system', when: { type: 'score', below: 60 }, then: { capDecision: 'conditional' } },
    );
    expect(lintProfile(p).map((w) => `${w.path} ${w.params.id} ${w.params.reason}`)).toEqual([
      'rules[0].when scoped-checks criteria',
      'rules[1].when.below system-below-0 below',
      'rules[2].when.below groups-below-0 below',
    ]);
  });

  test('warnings come in profile order, each code has both sentences, and codes can be ignored', () => {
    const p = base();
    (p.categories[1]?.criteria[0] as Json).minRemainingDays = 2000;
    p.categories[0]?.criteria.push({ kind: 'check', id: 'burr', title: 'Burr-free', severity: 'critical', weight: 0, causeFamily: 'method' });
    p.categories.push({ id: 'legal', title: 'Legal', weight: 0, criteria: [{ kind: 'check', id: 'nib', title: 'Licence', causeFamily: 'method' }] });
    expect(codes(p)).toEqual([
      'categories[0].criteria[3].weight critical_weight_zero',
      'categories[1].criteria[0].minRemainingDays certificate_window_long',
      'categories[2].weight category_weightless',
    ]);
    expect(lintProfile(p, { ignore: ['category_weightless', 'critical_weight_zero'] }).map((w) => w.code)).toEqual(['certificate_window_long']);
    for (const warning of lintProfile(p)) {
      expect(warning.message).not.toBe(warning.messageId);
      expect(warning.messageId.length).toBeGreaterThan(20);
    }
    expect(LINT_CODES).toHaveLength(10);
  });

  test('an invalid profile throws one ValidationError with every problem', () => {
    expect(() => lintProfile({ ...base(), categories: [] })).toThrow(ValidationError);
  });
});
