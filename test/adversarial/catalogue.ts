/**
 * The adversarial catalogue's shared parts: a small profile with one criterion of every kind, evidence
 * with which a supplier is approved, and the runner that asserts each entry's expected outcome.
 *
 * Each entry names the hostile input and what must happen: refused with given issues (a
 * ValidationError, never another exception), or evaluated with a given decision (never a pass a
 * supplier did not earn). Add an entry to a family's table to cover a new case.
 */
import { expect, it } from 'vitest';
import { evaluate, ValidationError, type Decision, type Evaluation, type IssueCode } from '../../src/index.js';
import { FUZZ_RUNS } from '../property/arbitraries.js';

type Json = Record<string, any>;

/** A profile with one criterion of every kind; the leak test is critical (a knock-out). */
export function goodProfile(): Json {
  return {
    id: 'pump-injector',
    version: '1',
    title: 'Injector body',
    component: { name: 'Injector body', partNumber: 'JP-250' },
    categories: [
      {
        id: 'product',
        title: 'Product',
        criteria: [
          { kind: 'measurement', id: 'bore', title: 'Bore diameter', causeFamily: 'machine', unit: 'mm', nominal: '6.5', tolerance: '0.05' },
          { kind: 'check', id: 'leak-test', title: 'Leak test on every part', causeFamily: 'method', severity: 'critical' },
          { kind: 'attribute-inspection', id: 'incoming', title: 'Incoming inspection', causeFamily: 'material', aql: '1.0' },
        ],
      },
      {
        id: 'system',
        title: 'Quality system',
        criteria: [
          { kind: 'certificate', id: 'iso-9001', title: 'ISO 9001', causeFamily: 'method', standard: 'ISO 9001' },
          { kind: 'audit-question', id: 'training', title: 'Operator training', causeFamily: 'man', star: true },
          { kind: 'document', id: 'control-plan', title: 'Control plan', causeFamily: 'method', maxAgeDays: 365 },
          { kind: 'metric', id: 'ppm', title: 'Defect rate', causeFamily: 'material', unit: 'ppm', direction: 'lower-is-better', limit: '500', target: '100' },
        ],
      },
    ],
    rules: [{ id: 'star-low', title: 'Star question at 4 points or below', when: { type: 'criteria', star: true, pointsAtMost: 4 }, then: { capGrade: 'B' } }],
  };
}

/** Evidence with which the supplier is approved (score 100, grade A). */
export function goodEvidence(): Json {
  return {
    supplier: { id: 'cv-maju', name: 'CV Maju Jaya' },
    auditDate: '2026-11-28',
    entries: [
      { criterion: 'bore', values: ['6.49', '6.5', '6.51', 6.52] },
      { criterion: 'leak-test', value: true },
      { criterion: 'incoming', lots: [{ lotSize: 1200, inspected: 80, nonconforming: 0 }] },
      { criterion: 'iso-9001', standard: 'ISO 9001:2015', expires: '2028-01-31' },
      { criterion: 'training', points: 10 },
      { criterion: 'control-plan', status: 'approved', date: '2026-06-01' },
      { criterion: 'ppm', numerator: 3, denominator: 48000 },
    ],
  };
}

/** The good evidence with one entry replaced (by criterion id), or removed when `entry` is undefined. */
export function evidenceWith(criterion: string, entry: Json | undefined): Json {
  const evidence = goodEvidence();
  evidence.entries = (evidence.entries as Json[]).flatMap((e) => (e.criterion === criterion ? (entry ? [entry] : []) : [e]));
  return evidence;
}

/** What must happen to a hostile input. */
export type Outcome =
  /** Refused: a ValidationError carrying at least these issues (path, code). */
  | { readonly refused: readonly (readonly [path: string, code: IssueCode])[] }
  /** Evaluated, with this decision (or one of these). */
  | { readonly decision: Decision | readonly Decision[]; readonly check?: (evaluation: Evaluation) => void; readonly returns?: never }
  /** Anything else, asserted by the entry itself (the function's return value is passed). */
  | { readonly returns: (result: unknown) => void };

/** One catalogue entry: a name, the call that feeds the hostile input, and the expected outcome. */
export interface Entry {
  readonly name: string;
  readonly run: () => unknown;
  readonly expected: Outcome;
  /** Milliseconds before the test counts as hung (default 10 s). */
  readonly timeout?: number;
  /** Run only with `npm run test:fuzz` (slow: large inputs). */
  readonly heavy?: boolean;
}

/** A value, or a function making it when the entry runs (for large inputs). */
type Lazy = unknown;
const made = (value: Lazy): unknown => (typeof value === 'function' ? (value as () => unknown)() : value);

/** An entry that evaluates `profile` and `evidence` (with `options`); each may be given as a function making it. */
export function evaluation(name: string, profile: Lazy, evidence: Lazy, expected: Outcome, options?: unknown): Entry {
  return {
    name,
    run: () => {
      const [p, e] = [made(profile), made(evidence)];
      return evaluate(p, e, options as never);
    },
    expected,
  };
}

/** Declares one test per entry, asserting its expected outcome. */
export function runCatalogue(entries: readonly Entry[]): void {
  for (const entry of entries) {
    (entry.heavy && FUZZ_RUNS === 0 ? it.skip : it)(
      entry.name,
      () => {
        let result: unknown;
        let thrown: unknown;
        try {
          result = entry.run();
        } catch (error) {
          thrown = error;
        }
        if (thrown !== undefined && !(thrown instanceof ValidationError)) throw thrown;
        const expected = entry.expected;
        if ('refused' in expected) {
          expect(thrown, 'expected a ValidationError').toBeInstanceOf(ValidationError);
          const found = (thrown as ValidationError).issues.map((issue) => [issue.path, issue.code]);
          for (const issue of expected.refused) expect(found).toContainEqual([...issue]);
          for (const issue of (thrown as ValidationError).issues) expect(issue.message.length).toBeLessThan(1000);
          return;
        }
        if (thrown !== undefined) throw thrown;
        if ('decision' in expected) {
          const decisions: readonly Decision[] = typeof expected.decision === 'string' ? [expected.decision] : expected.decision;
          expect(decisions).toContain((result as Evaluation).decision);
          expected.check?.(result as Evaluation);
          return;
        }
        expected.returns(result);
      },
      entry.timeout ?? 10_000,
    );
  }
}

/** Returns whether the Object prototype is still as the language made it. */
export function objectPrototypeIsClean(): boolean {
  const probe: Record<string, unknown> = {};
  return (
    probe.polluted === undefined &&
    Object.getPrototypeOf(Object.prototype) === null &&
    Object.keys(Object.prototype).length === 0 &&
    !('value' in probe) &&
    !('notApplicable' in probe) &&
    !('kind' in probe)
  );
}

/**
 * Sets an own property (also `__proto__`) at a path of `value`, or removes it when `leaf` is
 * undefined, and returns `value` (changed in place).
 */
export function withLeaf<T>(value: T, path: readonly (string | number)[], leaf: unknown): T {
  let here = value as Record<string | number, any>;
  for (const key of path.slice(0, -1)) here = here[key];
  const last = path[path.length - 1] as string | number;
  if (leaf === undefined) {
    if (Array.isArray(here)) here.splice(last as number, 1);
    else delete here[last];
  } else Object.defineProperty(here, last, { value: leaf, enumerable: true, writable: true, configurable: true });
  return value;
}
