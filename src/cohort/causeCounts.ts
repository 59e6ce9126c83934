import { CAUSE_FAMILY_ORDER, DECISIVE_CAUSES } from '../gaps/decisiveCauses.js';
import type { CauseFamily } from '../schema/primitives.js';
import type { Decision, DecisiveCause, DecisiveCauseCode } from '../scoring/evaluation.js';


/** Counts of suppliers by decision. */
export type DecisionCounts = Record<Decision, number>;

/** How many suppliers one kind of decisive cause holds at each decision. */
export interface CauseCodeCount {
  readonly cause: DecisiveCauseCode;
  /** Suppliers with a cause of this kind, by decision. */
  readonly decisions: Readonly<DecisionCounts>;
  /** Suppliers whose first decisive cause is of this kind, by decision. */
  readonly first: Readonly<DecisionCounts>;
}

/** How many suppliers one rule holds at their decision, and the audit groups that fired it. */
export interface RuleCauseCount {
  readonly rule: string;
  readonly title: string;
  /** Position of the rule among the profile's rules (knock-out and category minimums first). */
  readonly order: number;
  readonly suppliers: number;
  readonly decisions: Readonly<DecisionCounts>;
  /** The audit groups that fired it (e.g. VDA 6.3 element P6), most frequent first. */
  readonly groups: ReadonlyArray<{ readonly id: string; readonly productGroup?: string; readonly suppliers: number }>;
}

/** How many suppliers a criterion (or a cause family) behind a decisive cause holds at their decision. */
export interface CriterionCauseCount {
  readonly criterion: string;
  readonly order: number;
  readonly suppliers: number;
  readonly decisions: Readonly<DecisionCounts>;
}

/** How many suppliers the criteria of one cause family behind their decisive causes hold. */
export interface FamilyCauseCount {
  readonly causeFamily: CauseFamily;
  readonly suppliers: number;
  readonly decisions: Readonly<DecisionCounts>;
}

/** Why the cohort's suppliers are not approved: decisions by decisive cause, rule, criterion and cause family. */
export interface CohortCauses {
  /** Every kind of cause, in the order evaluations list them. */
  readonly byCause: readonly CauseCodeCount[];
  /** Rules that held any supplier, most suppliers first. */
  readonly byRule: readonly RuleCauseCount[];
  /** Criteria behind any decisive cause, most suppliers first. */
  readonly byCriterion: readonly CriterionCauseCount[];
  /** The six cause families in 6M order. */
  readonly byCauseFamily: readonly FamilyCauseCount[];
}

/** The running counts of one rule. */
export interface RuleCauseCounter {
  readonly rule: string;
  readonly title: string;
  readonly order: number;
  readonly decisions: DecisionCounts;
  /** Audit group key (id, then product group after a NUL) → suppliers. */
  readonly groups: Map<string, number>;
}

/** The running state of a summary's decisive-cause counts. */
export interface CauseState {
  readonly byCause: Record<DecisiveCauseCode, { readonly decisions: DecisionCounts; readonly first: DecisionCounts }>;
  readonly rules: Map<string, RuleCauseCounter>;
  /** Criterion id → its order and counts. */
  readonly criteria: Map<string, { readonly order: number; readonly decisions: DecisionCounts }>;
  readonly families: Record<CauseFamily, DecisionCounts>;
}

/** Zero suppliers of each decision. */
export const emptyDecisions = (): DecisionCounts => ({ approved: 0, conditional: 0, rejected: 0, incomplete: 0 });
/** Texts in code-unit order (the same on every machine, unlike `localeCompare`). */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const total = (d: Readonly<DecisionCounts>) => d.approved + d.conditional + d.rejected + d.incomplete;
const addDecisions = (a: DecisionCounts, b: Readonly<DecisionCounts>) => {
  a.approved += b.approved;
  a.conditional += b.conditional;
  a.rejected += b.rejected;
  a.incomplete += b.incomplete;
};

/**
 * Returns empty decisive-cause counts for a profile's rules and criteria (each with its position).
 *
 * @example
 * emptyCauseState([{ rule: 'knock-out', title: 'Knock-out', order: 0 }], [{ criterion: 'd', order: 0 }]).rules.size
 * //=> 1
 */
export function emptyCauseState(
  rules: ReadonlyArray<{ readonly rule: string; readonly title: string; readonly order: number }>,
  criteria: ReadonlyArray<{ readonly criterion: string; readonly order: number }>,
): CauseState {
  return {
    byCause: Object.fromEntries(DECISIVE_CAUSES.map((c) => [c, { decisions: emptyDecisions(), first: emptyDecisions() }])) as CauseState['byCause'],
    rules: new Map(rules.map((r) => [r.rule, { rule: r.rule, title: r.title, order: r.order, decisions: emptyDecisions(), groups: new Map() }])),
    criteria: new Map(criteria.map((c) => [c.criterion, { order: c.order, decisions: emptyDecisions() }])),
    families: Object.fromEntries(CAUSE_FAMILY_ORDER.map((f) => [f, emptyDecisions()])) as Record<CauseFamily, DecisionCounts>,
  };
}

/** Returns the key of an audit group in a rule's counts. */
const groupKey = (g: { readonly id: string; readonly productGroup?: string }) => (g.productGroup === undefined ? g.id : `${g.id}\u0000${g.productGroup}`);

/**
 * Adds one supplier's decisive causes (as its evaluation lists them) to the counts: once per kind of
 * cause, rule, audit group, criterion and cause family.
 *
 * @example
 * addCauses(state, 'rejected', evaluation.decisiveCauses);
 * state.byCause.rule.decisions.rejected
 * //=> 1
 */
export function addCauses(state: CauseState, decision: Decision, causes: readonly DecisiveCause[]): void {
  if (causes.length === 0) return;
  state.byCause[(causes[0] as DecisiveCause).cause].first[decision]++;
  const codes = new Set<DecisiveCauseCode>();
  const criteria = new Set<string>();
  const families = new Set<CauseFamily>();
  for (const cause of causes) {
    codes.add(cause.cause);
    for (const id of cause.criteria) criteria.add(id);
    for (const family of cause.causeFamilies) families.add(family);
    if (cause.rule === undefined) continue;
    let counter = state.rules.get(cause.rule);
    if (!counter) {
      counter = { rule: cause.rule, title: cause.rule, order: state.rules.size, decisions: emptyDecisions(), groups: new Map() };
      state.rules.set(cause.rule, counter);
    }
    counter.decisions[decision]++;
    const seen = new Set<string>();
    for (const g of cause.groups ?? []) {
      const key = groupKey(g);
      if (seen.has(key)) continue;
      seen.add(key);
      counter.groups.set(key, (counter.groups.get(key) ?? 0) + 1);
    }
  }
  for (const code of codes) state.byCause[code].decisions[decision]++;
  for (const id of criteria) {
    const counter = state.criteria.get(id);
    if (counter) counter.decisions[decision]++;
  }
  for (const family of families) state.families[family][decision]++;
}

/** Returns the counts of `b` added to `a`. */
export function mergeCauseState(a: CauseState, b: CauseState): CauseState {
  for (const code of DECISIVE_CAUSES) {
    addDecisions(a.byCause[code].decisions, b.byCause[code].decisions);
    addDecisions(a.byCause[code].first, b.byCause[code].first);
  }
  for (const [id, r] of b.rules) {
    let counter = a.rules.get(id);
    if (!counter) {
      counter = { rule: r.rule, title: r.title, order: r.order, decisions: emptyDecisions(), groups: new Map() };
      a.rules.set(id, counter);
    }
    addDecisions(counter.decisions, r.decisions);
    for (const [key, n] of r.groups) counter.groups.set(key, (counter.groups.get(key) ?? 0) + n);
  }
  for (const [id, c] of b.criteria) {
    let counter = a.criteria.get(id);
    if (!counter) {
      counter = { order: c.order, decisions: emptyDecisions() };
      a.criteria.set(id, counter);
    }
    addDecisions(counter.decisions, c.decisions);
  }
  for (const f of CAUSE_FAMILY_ORDER) addDecisions(a.families[f], b.families[f]);
  return a;
}

/** Returns the plain JSON counts of a state. */
export function causesOfState(state: CauseState): CohortCauses {
  return {
    byCause: DECISIVE_CAUSES.map((cause) => ({ cause, decisions: { ...state.byCause[cause].decisions }, first: { ...state.byCause[cause].first } })),
    byRule: [...state.rules.values()]
      .filter((r) => total(r.decisions) > 0)
      .map((r) => ({
        rule: r.rule,
        title: r.title,
        order: r.order,
        suppliers: total(r.decisions),
        decisions: { ...r.decisions },
        groups: [...r.groups.entries()]
          .sort(([a, x], [b, y]) => y - x || byText(a, b))
          .map(([key, suppliers]) => {
            const [id, productGroup] = key.split('\u0000') as [string, string | undefined];
            return productGroup === undefined ? { id, suppliers } : { id, productGroup, suppliers };
          }),
      }))
      .sort((a, b) => b.suppliers - a.suppliers || a.order - b.order),
    byCriterion: [...state.criteria.entries()]
      .filter(([, c]) => total(c.decisions) > 0)
      .map(([criterion, c]) => ({ criterion, order: c.order, suppliers: total(c.decisions), decisions: { ...c.decisions } }))
      .sort((a, b) => b.suppliers - a.suppliers || a.order - b.order),
    byCauseFamily: CAUSE_FAMILY_ORDER.map((causeFamily) => ({ causeFamily, suppliers: total(state.families[causeFamily]), decisions: { ...state.families[causeFamily] } })),
  };
}

/** Returns the state behind a summary's counts, adding them to `state` (made for the same profile). */
export function addCauseCounts(state: CauseState, causes: CohortCauses): CauseState {
  const other = emptyCauseState(
    causes.byRule.map(({ rule, title, order }) => ({ rule, title, order })),
    causes.byCriterion.map(({ criterion, order }) => ({ criterion, order })),
  );
  for (const c of causes.byCause) {
    addDecisions(other.byCause[c.cause].decisions, c.decisions);
    addDecisions(other.byCause[c.cause].first, c.first);
  }
  for (const r of causes.byRule) {
    const counter = other.rules.get(r.rule) as RuleCauseCounter;
    addDecisions(counter.decisions, r.decisions);
    for (const g of r.groups) counter.groups.set(groupKey(g), g.suppliers);
  }
  for (const c of causes.byCriterion) addDecisions((other.criteria.get(c.criterion) as { decisions: DecisionCounts }).decisions, c.decisions);
  for (const f of causes.byCauseFamily) addDecisions(other.families[f.causeFamily], f.decisions);
  return mergeCauseState(state, other);
}
