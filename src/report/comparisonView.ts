import type { CriterionState, GapChange, GapState } from '../gaps/evaluationDifference.js';
import type { EvaluationComparison } from '../gaps/compareEvaluations.js';
import type { CriterionStatus } from '../criteria/outcome.js';
import type { Formatter } from './format.js';
import { gradeLinesOf, type GradeLine } from './evaluationView.js';
import type { ReportMessageKey } from '../locales/en.js';
import { titlesFor, type ReportProfile, type Titles } from './reportInputs.js';

/** One gap of a comparison as a reader sees it. */
export interface GapChangeView {
  readonly id: string;
  readonly title: string;
  readonly causeFamily: string;
  readonly change: GapChange['change'];
  readonly changeLabel: string;
  readonly before: string;
  readonly after: string;
  readonly knockOut: boolean;
}

/** One criterion whose result changed, as a reader sees it. */
export interface CriterionChangeView {
  readonly id: string;
  readonly title: string;
  readonly causeFamily: string;
  readonly change: GapChange['change'] | null;
  readonly changeLabel: string;
  readonly before: string;
  readonly after: string;
  readonly beforeState: CriterionState | null;
  readonly afterState: CriterionState | null;
  readonly pointsLostBefore: string;
  readonly pointsLostAfter: string;
}

/** A re-audit comparison ready to render: every phrase in the reader's language. */
export interface ComparisonView {
  readonly f: Formatter;
  readonly supplierName: string;
  readonly supplierId: string;
  readonly profileId: string;
  /** The profile's title in the reader's language when the profile is given, else its id. */
  readonly title: string;
  readonly decisionBefore: string;
  readonly decisionAfter: string;
  readonly decisionAfterCode: EvaluationComparison['decision']['after'];
  readonly decisionBeforeCode: EvaluationComparison['decision']['before'];
  readonly direction: string;
  readonly directionCode: EvaluationComparison['decision']['direction'];
  readonly scoreBefore: string;
  readonly scoreAfter: string;
  readonly scoreChange: string;
  readonly scoreBeforeValue: number;
  readonly scoreAfterValue: number;
  /** The profile version of the later evaluation. */
  readonly version: string;
  readonly gradeBefore: string;
  readonly gradeAfter: string;
  readonly auditDateBefore: string;
  readonly auditDateAfter: string;
  /** Audit dates, days between, re-audit due date kept or missed, profile versions. */
  readonly facts: readonly string[];
  readonly summary: string;
  readonly closed: readonly GapChangeView[];
  readonly opened: readonly GapChangeView[];
  readonly remaining: readonly GapChangeView[];
  readonly dropped: readonly GapChangeView[];
  readonly criteria: readonly CriterionChangeView[];
  readonly profileChanges: readonly string[];
  readonly gradeLines: readonly GradeLine[];
}

/** Returns a decimal text with its sign and `places` decimals: `+5.9`, `-3.0`, `0.0`. */
function signed(f: Formatter, text: string, places: number): string {
  const written = f.fixed(text, places);
  return text.startsWith('-') || /^0(\.0*)?$/.test(text) ? written : `+${written}`;
}

const decimalsOf = (text: string | undefined): number => text?.split('.')[1]?.length ?? 0;

/**
 * Returns the decimals a comparison writes its scores and points with: the profile's `places` when
 * the profile is given, else the most decimals any of its scores and points has (the evaluations
 * rounded them to their places, trailing zeros dropped).
 */
function placesOf(comparison: EvaluationComparison, profile: ReportProfile | undefined): number {
  if (typeof profile?.places === 'number') return profile.places;
  const states = comparison.criteria.flatMap((c) => [c.before, c.after]).filter((state): state is CriterionState => state !== null);
  const gaps = [...comparison.gaps.closed, ...comparison.gaps.opened, ...comparison.gaps.remaining, ...comparison.gaps.dropped].flatMap((gap) => [gap.before, gap.after]);
  const texts = [comparison.score.before, comparison.score.after, ...states.map((s) => s.score), ...gaps.map((g) => g?.pointsLost)];
  return texts.reduce((most, text) => Math.max(most, decimalsOf(text)), 0);
}

function stateText(f: Formatter, places: number, state: { readonly status: CriterionStatus; readonly score: string } | null, pointsLost?: string): string {
  if (!state) return f.say('found.none');
  const parts = [f.say(`status.${state.status}` as ReportMessageKey), `${f.say('label.score').toLowerCase()} ${f.fixed(state.score, places)}`];
  if (pointsLost !== undefined && pointsLost !== '0') parts.push(f.say('text.pointsLost', { points: f.fixed(pointsLost, places) }));
  return parts.join(', ');
}

function gapView(
  f: Formatter,
  places: number,
  titles: Titles,
  gap: GapChange,
  states: ReadonlyMap<string, { before: CriterionState | null; after: CriterionState | null }>,
): GapChangeView {
  const state = (side: GapState | null, fallback: CriterionState | null | undefined) =>
    side ? stateText(f, places, side, side.pointsLost) : stateText(f, places, fallback ?? null);
  const known = states.get(gap.criterion);
  return {
    id: gap.criterion,
    title: titles.criterion(gap.criterion, gap.title),
    causeFamily: f.say(`family.${gap.causeFamily}` as ReportMessageKey),
    change: gap.change,
    changeLabel: f.say(`change.${gap.change}` as ReportMessageKey),
    before: state(gap.before, known?.before),
    after: state(gap.after, known?.after),
    knockOut: Boolean(gap.before?.knockOut || gap.after?.knockOut),
  };
}

/**
 * Returns a re-audit comparison ready to render in a language: decision, score and grade before and
 * after, the audit dates, the gaps closed, opened, remaining and dropped, and every criterion that
 * changed, with buyer titles translated where the profile gives a translation; scores and points
 * with the profile's decimals (`places`), as the evaluation report writes them.
 *
 * @example
 * comparisonView(compareEvaluations(first, reaudit), formatterFor('en')).summary
 * //=> '3 gaps closed, 1 new, 2 remaining (2 better, 0 worse).'
 */
export function comparisonView(comparison: EvaluationComparison, f: Formatter, options: { readonly profile?: ReportProfile } = {}): ComparisonView {
  const titles = titlesFor(options.profile, f.lang);
  const places = placesOf(comparison, options.profile);
  const states = new Map(comparison.criteria.map((c) => [c.id, { before: c.before, after: c.after }]));
  const allGaps = [...comparison.gaps.closed, ...comparison.gaps.opened, ...comparison.gaps.remaining, ...comparison.gaps.dropped];
  const gapById = new Map(allGaps.map((gap) => [gap.criterion, gap]));
  const views = (gaps: readonly GapChange[]) => gaps.map((gap) => gapView(f, places, titles, gap, states));
  const decision = (d: string) => f.say(`decision.${d}` as ReportMessageKey);
  const facts = [
    f.say('comparison.audits', {
      before: f.date(comparison.auditDates.before),
      after: f.date(comparison.auditDates.after),
      days: f.number(String(comparison.daysBetweenAudits)),
    }),
  ];
  if (comparison.reaudit) {
    facts.push(
      comparison.reaudit.onTime
        ? f.say('comparison.onTime', { due: f.date(comparison.reaudit.due) })
        : f.say('comparison.late', { due: f.date(comparison.reaudit.due), days: f.number(String(comparison.reaudit.daysLate)) }),
    );
  }
  if (comparison.profile.before !== comparison.profile.after) {
    facts.push(f.say('comparison.profileVersions', { id: comparison.profile.id, before: comparison.profile.before, after: comparison.profile.after }));
  }
  const titleOf = (id: string) => titles.criterion(id, comparison.criteria.find((c) => c.id === id)?.title ?? gapById.get(id)?.title ?? id);
  const changes = comparison.profile.changes;
  const profileChanges = [
    ...(changes.added.length ? [f.say('comparison.added', { criteria: changes.added.map(titleOf).join('; ') })] : []),
    ...(changes.removed.length ? [f.say('comparison.removed', { criteria: changes.removed.map(titleOf).join('; ') })] : []),
    ...changes.changed.map((c) => f.say('comparison.changed', { criterion: titleOf(c.criterion), fields: c.fields.join(', ') })),
  ];
  const criteria: CriterionChangeView[] = comparison.criteria.map((c) => {
    const gap = gapById.get(c.id);
    return {
      id: c.id,
      title: titles.criterion(c.id, c.title),
      causeFamily: f.say(`family.${c.causeFamily}` as ReportMessageKey),
      change: gap?.change ?? null,
      changeLabel: gap ? f.say(`change.${gap.change}` as ReportMessageKey) : '',
      before: stateText(f, places, c.before, gap?.before?.pointsLost),
      after: stateText(f, places, c.after, gap?.after?.pointsLost),
      beforeState: c.before,
      afterState: c.after,
      pointsLostBefore: gap?.before?.pointsLost ?? (c.before ? '0' : ''),
      pointsLostAfter: gap?.after?.pointsLost ?? (c.after ? '0' : ''),
    };
  });
  const remaining = comparison.gaps.remaining;
  return {
    f,
    supplierName: comparison.supplier.name,
    supplierId: comparison.supplier.id,
    profileId: comparison.profile.id,
    title: options.profile?.title ? titles.profile(options.profile.title) : comparison.profile.id,
    decisionBefore: decision(comparison.decision.before),
    decisionAfter: decision(comparison.decision.after),
    decisionBeforeCode: comparison.decision.before,
    decisionAfterCode: comparison.decision.after,
    direction: f.say(`comparison.direction.${comparison.decision.direction}` as ReportMessageKey),
    directionCode: comparison.decision.direction,
    scoreBefore: f.fixed(comparison.score.before, places),
    scoreAfter: f.fixed(comparison.score.after, places),
    scoreChange: signed(f, comparison.score.change, places),
    scoreBeforeValue: Number(comparison.score.before),
    scoreAfterValue: Number(comparison.score.after),
    version: comparison.profile.after,
    gradeBefore: comparison.grade.before,
    gradeAfter: comparison.grade.after,
    auditDateBefore: f.date(comparison.auditDates.before),
    auditDateAfter: f.date(comparison.auditDates.after),
    facts,
    summary: f.say('comparison.summary', {
      closed: f.number(String(comparison.gaps.closed.length)),
      opened: f.number(String(comparison.gaps.opened.length)),
      remaining: f.number(String(remaining.length)),
      better: f.number(String(remaining.filter((g) => g.change === 'better').length)),
      worse: f.number(String(remaining.filter((g) => g.change === 'worse').length)),
    }),
    closed: views(comparison.gaps.closed),
    opened: views(comparison.gaps.opened),
    remaining: views(remaining),
    dropped: views(comparison.gaps.dropped),
    criteria,
    profileChanges,
    gradeLines: gradeLinesOf(options.profile, f),
  };
}
