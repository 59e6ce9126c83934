import { Decimal, decimalString } from '../decimal.js';
import { CAUSE_FAMILY_ORDER } from '../gaps/decisiveCauses.js';
import { byText } from './causeCounts.js';
import type { PathPlan, PathToPass } from '../gaps/pathToPass.js';
import { rescorer } from '../gaps/rescore.js';
import type { Profile } from '../schema/profile.js';
import type { CauseFamily } from '../schema/primitives.js';
import type { Decision, Evaluation } from '../scoring/evaluation.js';

/** The families whose funds a summary weighs: training (man) and equipment (machine). */
export const FUNDED_FAMILIES = ['man', 'machine'] as const;
type Funded = (typeof FUNDED_FAMILIES)[number];

/** Suppliers whose path to a decision needs exactly one set of cause families, with the effort the profile gives. */
export interface FamilyNeed {
  /** The cause families of the path's steps (criteria behind fired rules included), in 6M order. */
  readonly families: readonly CauseFamily[];
  readonly suppliers: number;
  /** Days summed over the paths' gaps that have a days estimate. */
  readonly days: string;
  /** Cost summed per currency over the paths' gaps that have a cost estimate. */
  readonly costs: ReadonlyArray<{ readonly currency?: string; readonly amount: string }>;
  /** Suppliers whose path has a gap without any effort estimate. */
  readonly unestimated: number;
}

/** What closing every gap of one cause family would move. */
export interface FundEffect {
  readonly causeFamily: Funded;
  /** Suppliers neither approved nor conditional that would then be (approved or conditional). */
  readonly toPass: number;
  /** Suppliers not approved that would then be approved. */
  readonly toApproval: number;
}

/** Needs by cause family, worked out from each supplier's paths to pass. */
export interface CohortNeeds {
  /** To the next better decision, most suppliers first. */
  readonly next: readonly FamilyNeed[];
  /** To approval, most suppliers first. */
  readonly approval: readonly FamilyNeed[];
  /** Training (man) and equipment (machine) funds: what closing every gap of the family would move. */
  readonly funds: readonly FundEffect[];
}

interface NeedCounter {
  suppliers: number;
  days: Decimal;
  costs: Map<string, Decimal>;
  unestimated: number;
}

/** The running state of a summary's needs. */
export interface NeedsState {
  /** Families key (names joined by `+`) → counts. */
  readonly next: Map<string, NeedCounter>;
  readonly approval: Map<string, NeedCounter>;
  readonly funds: Record<Funded, { toPass: number; toApproval: number }>;
}

/** One supplier's needs: the families of its reachable paths with their effort, and its decision with each funded family closed. */
export interface SupplierNeeds {
  readonly next: PathPlan | null;
  readonly approval: PathPlan | null;
  readonly decision: Decision;
  readonly funded: Readonly<Record<Funded, Decision>>;
}

/** Returns empty needs. */
export function emptyNeedsState(): NeedsState {
  return { next: new Map(), approval: new Map(), funds: { man: { toPass: 0, toApproval: 0 }, machine: { toPass: 0, toApproval: 0 } } };
}

/**
 * Returns what a supplier not approved needs by cause family: its paths, and the decision it would
 * get with every gap of the training (man) and of the equipment (machine) family closed, scored again.
 *
 * @example
 * supplierNeeds(profile, evaluation, pathToPass(profile, evaluation)).funded.machine
 * //=> 'conditional'
 */
export function supplierNeeds(profile: Profile, evaluation: Evaluation, path: PathToPass): SupplierNeeds {
  const scorer = rescorer(profile, evaluation);
  const closed = (family: CauseFamily) => scorer.decide(new Set(evaluation.gaps.filter((g) => g.causeFamily === family).map((g) => g.criterion))).decision;
  return { next: path.next, approval: path.approval, decision: evaluation.decision, funded: { man: closed('man'), machine: closed('machine') } };
}

const passes = (d: Decision) => d === 'approved' || d === 'conditional';
const familiesKey = (families: readonly CauseFamily[]) => families.join('+');
const CURRENCY_NONE = '';

function addPlan(map: Map<string, NeedCounter>, plan: PathPlan | null): void {
  if (!plan || !plan.reachable) return;
  const seen = new Set(plan.steps.map((s) => s.causeFamily));
  const key = familiesKey(CAUSE_FAMILY_ORDER.filter((f) => seen.has(f)));
  let counter = map.get(key);
  if (!counter) {
    counter = { suppliers: 0, days: new Decimal(0), costs: new Map(), unestimated: 0 };
    map.set(key, counter);
  }
  counter.suppliers++;
  counter.days = counter.days.plus(plan.effort.days);
  for (const c of plan.effort.costs) {
    const currency = c.currency ?? CURRENCY_NONE;
    counter.costs.set(currency, (counter.costs.get(currency) ?? new Decimal(0)).plus(c.amount));
  }
  if (plan.effort.unestimated.length > 0) counter.unestimated++;
}

/**
 * Adds one supplier's needs to the running state.
 *
 * @example
 * addNeeds(state, supplierNeeds(profile, evaluation, path));
 * state.funds.machine.toPass
 * //=> 1
 */
export function addNeeds(state: NeedsState, needs: SupplierNeeds): void {
  addPlan(state.next, needs.next);
  addPlan(state.approval, needs.approval);
  for (const family of FUNDED_FAMILIES) {
    const after = needs.funded[family];
    if (!passes(needs.decision) && passes(after)) state.funds[family].toPass++;
    if (needs.decision !== 'approved' && after === 'approved') state.funds[family].toApproval++;
  }
}

function mergeMaps(a: Map<string, NeedCounter>, b: ReadonlyMap<string, NeedCounter>): void {
  for (const [key, y] of b) {
    const x = a.get(key);
    if (!x) {
      a.set(key, { suppliers: y.suppliers, days: y.days, costs: new Map(y.costs), unestimated: y.unestimated });
      continue;
    }
    x.suppliers += y.suppliers;
    x.days = x.days.plus(y.days);
    for (const [currency, amount] of y.costs) x.costs.set(currency, (x.costs.get(currency) ?? new Decimal(0)).plus(amount));
    x.unestimated += y.unestimated;
  }
}

/** Returns `a` with the needs of `b` added. */
export function mergeNeedsState(a: NeedsState, b: NeedsState): NeedsState {
  mergeMaps(a.next, b.next);
  mergeMaps(a.approval, b.approval);
  for (const family of FUNDED_FAMILIES) {
    a.funds[family].toPass += b.funds[family].toPass;
    a.funds[family].toApproval += b.funds[family].toApproval;
  }
  return a;
}


function needsOf(map: ReadonlyMap<string, NeedCounter>): FamilyNeed[] {
  return [...map.entries()]
    .sort(([a, x], [b, y]) => y.suppliers - x.suppliers || byText(a, b))
    .map(([key, c]) => ({
      families: key === '' ? [] : (key.split('+') as CauseFamily[]),
      suppliers: c.suppliers,
      days: decimalString(c.days),
      costs: [...c.costs.entries()]
        .sort(([a], [b]) => byText(a, b))
        .map(([currency, amount]) => (currency === CURRENCY_NONE ? { amount: decimalString(amount) } : { currency, amount: decimalString(amount) })),
      unestimated: c.unestimated,
    }));
}

/** Returns the plain JSON needs of a state. */
export function needsOfState(state: NeedsState): CohortNeeds {
  return {
    next: needsOf(state.next),
    approval: needsOf(state.approval),
    funds: FUNDED_FAMILIES.map((causeFamily) => ({ causeFamily, ...state.funds[causeFamily] })),
  };
}

/** Returns the state behind a summary's needs. */
export function needsStateOf(needs: CohortNeeds): NeedsState {
  const state = emptyNeedsState();
  for (const [field, list] of [
    ['next', needs.next],
    ['approval', needs.approval],
  ] as const) {
    for (const n of list) {
      const counter: NeedCounter = { suppliers: n.suppliers, days: new Decimal(n.days), costs: new Map(), unestimated: n.unestimated };
      for (const c of n.costs) counter.costs.set(c.currency ?? CURRENCY_NONE, new Decimal(c.amount));
      mergeMaps(state[field], new Map([[familiesKey(n.families), counter]]));
    }
  }
  for (const f of needs.funds) {
    state.funds[f.causeFamily].toPass += f.toPass;
    state.funds[f.causeFamily].toApproval += f.toApproval;
  }
  return state;
}
