import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate.js';
import { ValidationError } from '../../src/errors/index.js';
import { composeProfile } from '../../src/schemes/composeProfile.js';
import type { ProfileBlock } from '../../src/schemes/profileBlock.js';
import { ppapBlock } from '../../src/schemes/ppap/ppapBlock.js';
import { scorecardBlock } from '../../src/schemes/scorecard/scorecardBlock.js';
import { vda63Block } from '../../src/schemes/vda63/vda63Block.js';

const product: ProfileBlock = {
  categories: [
    {
      id: 'product',
      title: 'Product specification',
      weight: 4,
      criteria: [
        { kind: 'measurement', id: 'throat-d', title: 'Venturi throat', severity: 'critical', causeFamily: 'machine', unit: 'mm', nominal: '6.50', tolerance: '0.05' },
        // The buyer's own audit question, outside the VDA 6.3 block.
        { kind: 'audit-question', id: 'housekeeping', title: 'Workshop is clean and tidy', causeFamily: 'environment' },
      ],
    },
  ],
  rules: [],
};
const vda = vda63Block({
  edition: '2016',
  weight: 2,
  elements: [{ element: 'P6', questions: [{ number: 'P6.1.1' }, { number: 'P6.2.1', star: true }, { number: 'P6.3.1' }] }],
});
const ppap = ppapBlock({ level: 3, weight: 1 });
const scorecard = scorecardBlock({ weight: 1, subcriteria: { 'eight-d-response': false, 'quantity-reliability': false } });
const profile = composeProfile({
  id: 'injector-all',
  version: '1',
  title: 'Injector: product, process audit, PPAP and scorecard',
  component: { name: 'Pump injector' },
  decision: { reauditDays: 90 },
  blocks: [product, vda, ppap, scorecard],
});
const ppapIds = ppap.categories[0]!.criteria.map((c) => c.id);

const evidence = (changes: Record<string, object> = {}) => ({
  supplier: { id: 'IKM-0001', name: 'PT Injektor Presisi Mandiri' },
  auditDate: '2026-11-10',
  entries: [
    { criterion: 'throat-d', values: ['6.50', '6.51', '6.49'] },
    { criterion: 'housekeeping', points: 10 },
    { criterion: 'P6.1.1', points: 10 },
    { criterion: 'P6.2.1', points: 10 },
    { criterion: 'P6.3.1', points: 10 },
    ...ppapIds.map((id) => ({ criterion: id, status: 'approved' })),
    { criterion: 'incoming-ppm', numerator: 0, denominator: 48000 },
    { criterion: 'complaints', value: 100 },
    { criterion: 'on-time-delivery', value: 99 },
    { criterion: 'service-score', value: 100 },
  ].map((entry) => ({ ...entry, ...(changes[entry.criterion] ?? {}) })),
});

describe('composeProfile', () => {
  it('combines blocks into one valid profile: categories in order, each block’s rules scoped to its category', () => {
    expect(profile.categories.map((c) => [c.id, c.weight])).toEqual([
      ['product', 4],
      ['process-audit', 2],
      ['ppap', '1'],
      ['scorecard', '1'],
    ]);
    const scopes = new Set((profile.rules ?? []).map((r) => r.scope));
    expect([...scopes]).toEqual(['process-audit', 'ppap', 'scorecard']);
  });

  it('approves a supplier meeting every block', () => {
    const e = evaluate(profile, evidence());
    expect([e.decision, e.score, e.grade, e.rules]).toEqual(['approved', '100', 'A', []]);
    expect(e.auditGroups?.map((g) => g.category)).toEqual(['process-audit']);
  });

  it('keeps each block’s rules to its own category', () => {
    // 0 points on the buyer's own question: no VDA 6.3 downgrade (the rule is scoped to the audit block).
    const own = evaluate(profile, evidence({ housekeeping: { points: 0 } }));
    expect(own.rules.map((r) => r.id)).toEqual([]);
    // 0 points on a VDA 6.3 question in the block: downgrades.
    const inBlock = evaluate(profile, evidence({ 'P6.3.1': { points: 0 } }));
    expect(inBlock.rules.map((r) => r.id)).toEqual([
      'process-audit:vda63-class-b',
      'process-audit:vda63-class-c',
      'process-audit:vda63-a-to-b-1',
      'process-audit:vda63-a-to-b-2',
      'process-audit:vda63-a-to-b-4',
      'process-audit:vda63-to-c-1',
    ]);
    expect([inBlock.grade, inBlock.decision]).toEqual(['C', 'rejected']);
    // A PPAP element not approved caps at conditional, nothing else.
    const ppapGap = evaluate(profile, evidence({ 'ppap-control-plan': { status: 'draft' } }));
    expect([ppapGap.rules.map((r) => r.id), ppapGap.decision, ppapGap.reauditDue]).toEqual([['ppap:ppap-not-approved'], 'conditional', '2027-02-08']);
    // A Developmental scorecard total caps at conditional.
    const weak = evaluate(profile, evidence({ complaints: { value: 1 }, 'service-score': { value: 1 }, 'on-time-delivery': { value: 85 } }));
    expect(weak.rules.map((r) => [r.id, r.explanation])).toEqual([['scorecard:class-Developmental', 'Scorecard total below 70: Developmental: 17.5.']]);
    expect(weak.decision).toBe('conditional');
  });

  it('lets a knock-out in the product block reject whatever the other blocks say', () => {
    const e = evaluate(profile, evidence({ 'throat-d': { values: ['6.58'] } }));
    expect([e.decision, e.rules.map((r) => r.id)]).toEqual(['rejected', ['knock-out']]);
  });

  it('throws a ValidationError with paths into the composed profile', () => {
    try {
      composeProfile({ id: 'x', version: '1', title: 'X', component: { name: 'X' }, blocks: [vda, vda] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.slice(0, 2).map((i) => [i.path, i.code])).toEqual([
        ['categories[1].id', 'duplicate_id'],
        ['categories[1].criteria[0].id', 'duplicate_id'],
      ]);
    }
  });
});
