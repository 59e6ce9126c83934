import { Decimal, decimalString, roundHalfUp, toDecimal } from '../decimal.js';
import type { CauseFamily } from '../schema/primitives.js';
import type { Decision, Evaluation } from '../scoring/evaluation.js';
import { numberCell, rectangle, type OutputRows } from './outputRows.js';

/** One supplier of a cohort, ranked. */
export interface CohortSupplier {
  readonly rank: number;
  readonly id: string;
  readonly name: string;
  readonly decision: Decision;
  readonly score: string;
  readonly grade: string;
  readonly knockOuts: readonly string[];
  readonly gaps: number;
  readonly topGap: string;
}

/** How often a criterion is a gap across the cohort. */
export interface CohortGap {
  readonly criterion: string;
  readonly title: string;
  readonly causeFamily: CauseFamily;
  /** Suppliers with a gap on the criterion. */
  readonly suppliers: number;
  /** Their share of the cohort in percent, one decimal place, half-up. */
  readonly share: string;
  readonly knockOuts: number;
}

/** A summary of many evaluations of one profile. */
export interface CohortSummary {
  readonly count: number;
  readonly decisions: Readonly<Record<Decision, number>>;
  /** Approved or conditional, in percent of the cohort (one decimal place, half-up). */
  readonly passRate: string;
  readonly suppliers: readonly CohortSupplier[];
  readonly gaps: readonly CohortGap[];
  /** Gaps added up by cause family, most first. */
  readonly causeFamilies: readonly { readonly causeFamily: CauseFamily; readonly gaps: number }[];
}

/** Adds evaluations one at a time (for streams) and returns the summary so far. */
export interface CohortTally {
  add(evaluation: Evaluation): void;
  summary(): CohortSummary;
}

const DECISION_ORDER: Readonly<Record<Decision, number>> = { approved: 0, conditional: 1, incomplete: 2, rejected: 3 };

const percent = (part: number, whole: number): string =>
  whole === 0 ? '0' : decimalString(roundHalfUp(new Decimal(part).times(100).div(whole), 1));

/**
 * Returns a tally to which evaluations are added one by one; it keeps one short line per supplier and
 * one counter per criterion, so a stream of many suppliers fits in memory.
 *
 * @example
 * const tally = createCohortTally();
 * evaluations.forEach((evaluation) => tally.add(evaluation));
 * tally.summary().passRate
 * //=> '66.7'
 */
export function createCohortTally(): CohortTally {
  const suppliers: Omit<CohortSupplier, 'rank'>[] = [];
  const gaps = new Map<string, { criterion: string; title: string; causeFamily: CauseFamily; suppliers: number; knockOuts: number }>();
  return {
    add(evaluation) {
      suppliers.push({
        id: evaluation.supplier.id,
        name: evaluation.supplier.name,
        decision: evaluation.decision,
        score: evaluation.score,
        grade: evaluation.grade,
        knockOuts: evaluation.gaps.filter((gap) => gap.knockOut).map((gap) => gap.criterion),
        gaps: evaluation.gaps.length,
        topGap: evaluation.gaps[0]?.criterion ?? '',
      });
      for (const gap of evaluation.gaps) {
        const entry = gaps.get(gap.criterion) ?? { criterion: gap.criterion, title: gap.title, causeFamily: gap.causeFamily, suppliers: 0, knockOuts: 0 };
        entry.suppliers += 1;
        if (gap.knockOut) entry.knockOuts += 1;
        gaps.set(gap.criterion, entry);
      }
    },
    summary() {
      const count = suppliers.length;
      const decisions = { approved: 0, conditional: 0, rejected: 0, incomplete: 0 };
      for (const supplier of suppliers) decisions[supplier.decision] += 1;
      const ranked = [...suppliers].sort(
        (a, b) =>
          toDecimal(b.score).comparedTo(toDecimal(a.score)) ||
          DECISION_ORDER[a.decision] - DECISION_ORDER[b.decision] ||
          (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
      );
      const families = new Map<CauseFamily, number>();
      for (const gap of gaps.values()) families.set(gap.causeFamily, (families.get(gap.causeFamily) ?? 0) + gap.suppliers);
      return {
        count,
        decisions,
        passRate: percent(decisions.approved + decisions.conditional, count),
        suppliers: ranked.map((supplier, i) => ({ rank: i + 1, ...supplier })),
        gaps: [...gaps.values()]
          .sort((a, b) => b.suppliers - a.suppliers || b.knockOuts - a.knockOuts)
          .map((gap) => ({ ...gap, share: percent(gap.suppliers, count) })),
        causeFamilies: [...families.entries()].sort((a, b) => b[1] - a[1]).map(([causeFamily, n]) => ({ causeFamily, gaps: n })),
      };
    },
  };
}

/**
 * Returns the summary of many evaluations of one profile.
 *
 * @example
 * cohortSummary(evaluations).decisions
 * //=> { approved: 1, conditional: 1, rejected: 1, incomplete: 0 }
 */
export function cohortSummary(evaluations: Iterable<Evaluation>): CohortSummary {
  const tally = createCohortTally();
  for (const evaluation of evaluations) tally.add(evaluation);
  return tally.summary();
}

/**
 * Returns a cohort summary as a sheet: the decision counts and pass rate, the suppliers ranked by
 * score, and the gaps by how many suppliers share them, separated by empty rows.
 *
 * @example
 * cohortRows(evaluations)[0]
 * //=> ['suppliers', 3, '', …]
 */
export function cohortRows(input: CohortSummary | Iterable<Evaluation>): OutputRows {
  const summary = isSummary(input) ? input : cohortSummary(input);
  return rectangle([
    ['suppliers', summary.count],
    ['approved', summary.decisions.approved],
    ['conditional', summary.decisions.conditional],
    ['rejected', summary.decisions.rejected],
    ['incomplete', summary.decisions.incomplete],
    ['pass rate %', numberCell(summary.passRate)],
    [],
    ['rank', 'supplier id', 'supplier', 'decision', 'score', 'grade', 'knock-outs', 'gaps', 'top gap'],
    ...summary.suppliers.map((s) => [s.rank, s.id, s.name, s.decision, numberCell(s.score), s.grade, s.knockOuts.join(', '), s.gaps, s.topGap]),
    [],
    ['criterion', 'title', 'cause family', 'suppliers with gap', 'share %', 'knock-outs'],
    ...summary.gaps.map((g) => [g.criterion, g.title, g.causeFamily, g.suppliers, numberCell(g.share), g.knockOuts]),
  ]);
}

function isSummary(input: CohortSummary | Iterable<Evaluation>): input is CohortSummary {
  return typeof (input as CohortSummary).passRate === 'string' && Array.isArray((input as CohortSummary).suppliers);
}
