import { describe, expect, it } from 'vitest';
import { generateSuppliers } from '../../examples/link-and-match/generate.js';
import { evaluateCohortSync } from '../../src/cohort/evaluateCohort.js';
import { mergeCohortSummaries } from '../../src/cohort/mergeCohortSummaries.js';
import { evaluate } from '../../src/evaluate.js';
import { pathToPass } from '../../src/gaps/pathToPass.js';
import { whatIf } from '../../src/gaps/whatIf.js';
import { pumpProfile } from '../gaps/fixtures.js';

describe('needs by cause family', () => {
  const records = generateSuppliers(60, 2026);
  const summary = evaluateCohortSync(pumpProfile, records, { paths: true });
  const evaluations = records.map((r) => evaluate(pumpProfile, r));

  it('groups the suppliers not approved by the families of their paths, as the paths say', () => {
    const needs = summary.needs!;
    const expected = new Map<string, number>();
    for (const e of evaluations) {
      if (e.decision === 'approved') continue;
      const plan = pathToPass(pumpProfile, e).next;
      if (!plan?.reachable) continue;
      const families = [...new Set(plan.steps.map((s) => s.causeFamily))];
      const key = ['man', 'machine', 'method', 'material', 'measurement', 'environment'].filter((f) => families.includes(f as never)).join('+');
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    expect(new Map(needs.next.map((n) => [n.families.join('+'), n.suppliers]))).toEqual(expected);
    const reachable = needs.next.reduce((sum, n) => sum + n.suppliers, 0);
    expect(reachable + summary.unreachable!.next).toBe(60 - summary.decisions.approved);
  });

  it('counts what closing every training or every equipment gap would move, scored again', () => {
    for (const family of ['man', 'machine'] as const) {
      let toPass = 0;
      for (const e of evaluations) {
        if (e.decision === 'approved' || e.decision === 'conditional') continue;
        const met = e.gaps.filter((g) => g.causeFamily === family).map((g) => g.criterion);
        const after = whatIf(pumpProfile, records[evaluations.indexOf(e)], { met }).after.decision;
        if (after === 'approved' || after === 'conditional') toPass++;
      }
      expect(summary.needs!.funds.find((f) => f.causeFamily === family)!.toPass).toBe(toPass);
    }
  });

  it('merges associatively into the single-pass summary', () => {
    const part = (from: number, to: number) => evaluateCohortSync(pumpProfile, records.slice(from, to), { paths: true, firstIndex: from });
    const [a, b, c] = [part(0, 17), part(17, 41), part(41, 60)];
    const left = mergeCohortSummaries(mergeCohortSummaries(a, b), c);
    expect(left).toEqual(mergeCohortSummaries(a, mergeCohortSummaries(b, c)));
    expect(left).toEqual(summary);
    expect(evaluateCohortSync(pumpProfile, records).needs).toBeUndefined();
  });
});
