import type { CohortSummary } from '../cohort/cohortSummary.js';
import { Decimal } from '../decimal.js';
import type { DecisiveCause, Decision } from '../scoring/evaluation.js';
import type { CauseFamily } from '../schema/primitives.js';
import { auditGroupsText, gradeLinesOf, type GradeLine } from './evaluationView.js';
import type { Formatter } from './format.js';
import type { ReportMessageKey } from '../locales/en.js';
import { titlesFor, type ReportProfile, type Titles } from './reportInputs.js';

const DECISIONS: readonly Decision[] = ['approved', 'conditional', 'rejected', 'incomplete'];
/** Width of a band of the score distribution chart, in score points. */
export const SCORE_BAND = 5;

/** A cohort summary ready to render: every phrase in the reader's language. */
export interface CohortView {
  readonly f: Formatter;
  readonly title: string;
  readonly profileId: string;
  readonly version: string;
  /** Records, pass rate, scores, near misses, unreachable paths: one sentence each. */
  /** One sentence: how many can supply now, and what holds the rest back (empty when nothing was evaluated). */
  readonly headline: string;
  readonly facts: readonly string[];
  readonly decisions: ReadonlyArray<{ readonly code: Decision; readonly label: string; readonly count: number }>;
  readonly grades: ReadonlyArray<{ readonly grade: string; readonly count: number }>;
  /** Lowest, quantiles, median, highest, mean: label and value. */
  readonly distribution: ReadonlyArray<readonly [string, string]>;
  /** Suppliers per band of 5 score points (the last band holds 100), only bands with suppliers. */
  readonly bands: ReadonlyArray<{ readonly index: number; readonly from: string; readonly to: string; readonly count: number }>;
  readonly paths: boolean;
  readonly criteria: ReadonlyArray<{
    readonly id: string;
    readonly title: string;
    readonly causeFamily: string;
    readonly suppliers: number;
    readonly knockOuts: number;
    readonly missing: number;
    readonly inNextPath: string;
    readonly inApprovalPath: string;
    readonly pointsLost: string;
  }>;
  readonly families: ReadonlyArray<{
    readonly code: CauseFamily;
    readonly label: string;
    readonly suppliers: number;
    readonly gaps: number;
    readonly knockOuts: number;
    readonly inNextPath: string;
    readonly inApprovalPath: string;
  }>;
  readonly nearMisses: ReadonlyArray<{
    readonly supplier: string;
    readonly score: string;
    readonly decision: string;
    readonly next: string;
    readonly distance: string;
    /** The first decisive cause as the reports word it (empty when there is none). */
    readonly cause: string;
  }>;
  readonly ranking: ReadonlyArray<{
    readonly rank: number;
    readonly supplierId: string;
    readonly supplier: string;
    readonly region: string;
    readonly auditDate: string;
    readonly score: string;
    readonly grade: string;
    readonly decision: string;
    readonly decisionCode: Decision;
    /** The first decisive cause as the reports word it (empty for an approved supplier). */
    readonly cause: string;
  }>;
  readonly rankingNote?: string;
  readonly regions: ReadonlyArray<{ readonly region: string; readonly suppliers: number; readonly counts: string; readonly meanScore: string }>;
  readonly invalid: ReadonlyArray<{ readonly record: string; readonly supplier: string; readonly issues: string }>;
  readonly gradeLines: readonly GradeLine[];
}

/**
 * Returns the headline of a cohort: how many suppliers can supply now (approved or conditional) and
 * which cause families hold the rest back, counted from the criteria behind their decisive causes
 * (a supplier counts once per family), most first.
 *
 * @example
 * cohortHeadline(summary, formatterFor('en', 'prose'))
 * //=> '31 of 150 suppliers can supply now (2 approved, 29 with conditions); the rest are held back mostly by machines (equipment): of the 119, 92 by machines (equipment), …'
 */
export function cohortHeadline(summary: CohortSummary, f: Formatter): string {
  if (summary.evaluated === 0) return '';
  const d = summary.decisions;
  const n = (x: number) => f.number(String(x));
  const base = { ready: n(d.approved + d.conditional), total: n(summary.evaluated), approved: n(d.approved), conditional: n(d.conditional) };
  const held = d.rejected + d.incomplete;
  if (held === 0) return f.say('cohort.headlineAll', base);
  const families = summary.causes.byCauseFamily
    .map((x, order) => ({ family: x.causeFamily, count: x.decisions.rejected + x.decisions.incomplete, order }))
    .filter((x) => x.count > 0)
    .sort((a, b) => b.count - a.count || a.order - b.order);
  if (families.length === 0) return f.say('cohort.headlineScore', { ...base, held: n(held) });
  const noun = (family: string) => f.say(`headline.${family}` as ReportMessageKey);
  const list = families.map((x) => f.say('cohort.heldBy', { count: n(x.count), family: noun(x.family) })).join(', ');
  return f.say('cohort.headline', { ...base, held: n(held), top: noun((families[0] as (typeof families)[number]).family), list });
}

/**
 * Returns a supplier's decisive cause in a language, in the words of the single-supplier report's
 * reasons without the closing stop: a knock-out with its criteria, a rule or category minimum with
 * the audit groups, categories or criteria that fired it (a category minimum as its rule, with the
 * minimum the profile gives), the score's grade, or the criteria without evidence; empty without a cause. Titles come from the cohort's gaps and rules and, when given, the
 * profile's translations.
 *
 * @example
 * decisiveCauseText(summary.ranking.entries[7]?.decisiveCause, summary, titlesFor(profile, 'en'), formatterFor('en'))
 * //=> 'VDA 6.3 downgrade to C: a process element or process step below 70 %: P6 60 %'
 */
export function decisiveCauseText(
  cause: DecisiveCause | undefined,
  summary: CohortSummary,
  titles: Titles,
  f: Formatter,
  profile?: ReportProfile,
): string {
  if (!cause) return '';
  const criterion = (id: string) => titles.criterion(id, summary.gaps.byCriterion.find((c) => c.criterion === id)?.title ?? id);
  const criteria = cause.criteria.map(criterion).join('; ');
  const bare = (sentence: string) => sentence.replace(/\.$/, '');
  switch (cause.cause) {
    case 'knock-out':
      return `${f.say('label.knockOut')}: ${criteria}`;
    case 'score-band':
      return bare(f.explain({ code: 'reason.grade', params: { score: cause.score ?? '', grade: cause.grade ?? '' } }));
    case 'missing-evidence':
      return bare(f.say('reason.missing', { count: f.number(String(cause.criteria.length)), criteria }));
    default: {
      const rule = cause.rule ?? '';
      // A category minimum in the rule's own words, in the language, when the profile gives the minimum.
      const category = cause.cause === 'category-minimum' ? profile?.categories?.find((c) => `category-minimum:${c.id}` === rule) : undefined;
      if (category?.minScore !== undefined) {
        return f.explain({ code: 'rule.categoryMinimum', params: { category: titles.category(category.id, category.title ?? category.id), min: String(category.minScore) } });
      }
      const title = titles.rule(rule, summary.causes.byRule.find((r) => r.rule === rule)?.title ?? rule);
      const subjects = cause.groups?.length
        ? auditGroupsText(f, cause.groups)
        : cause.categories?.length
          ? cause.categories.map((id) => titles.category(id, profile?.categories?.find((c) => c.id === id)?.title ?? id)).join('; ')
          : criteria;
      return bare(f.say('reason.rule', { title, subjects }));
    }
  }
}

/**
 * Returns a cohort summary ready to render in a language: decisions, pass rate, score distribution,
 * the most frequent gaps by criterion and by cause family, near misses, ranking, regions and records
 * that could not be evaluated.
 *
 * @example
 * cohortView(summary, formatterFor('en')).decisions.map((d) => d.count)
 * //=> [11, 31, 93, 15]
 */
export function cohortView(summary: CohortSummary, f: Formatter, options: { readonly profile?: ReportProfile } = {}): CohortView {
  const titles = titlesFor(options.profile, f.lang);
  const places = summary.places;
  const decision = (d: string) => f.say(`decision.${d}` as ReportMessageKey);
  // Statistics computed from the scores (median, quantiles, mean, a region's mean) are written with
  // one decimal more than the scores; the lowest and highest are scores, with the scores' decimals.
  const score = (text: string | null) => (text === null ? '—' : f.fixed(text, places + 1));
  const quantile = (p: string) => summary.scores.quantiles.find((q) => q.p === p)?.value ?? null;
  const facts = [f.say('cohort.records', { evaluated: f.number(String(summary.evaluated)), invalid: f.number(String(summary.invalid)) })];
  if (summary.passRate !== null) facts.push(f.say('cohort.passRate', { rate: f.number(summary.passRate) }));
  if (summary.scores.min !== null) {
    facts.push(
      f.say('cohort.scores', {
        min: f.fixed(summary.scores.min, places),
        max: f.fixed(summary.scores.max ?? summary.scores.min, places),
        median: score(quantile('0.5')),
        mean: score(summary.scores.mean),
      }),
    );
  }
  facts.push(
    f.say('cohort.nearMisses', {
      conditional: f.number(String(summary.nearMisses.count.conditional)),
      approved: f.number(String(summary.nearMisses.count.approved)),
      margin: f.number(summary.settings.nearMissMargin),
    }),
  );
  if (summary.unreachable && summary.unreachable.next + summary.unreachable.approval > 0) {
    facts.push(f.say('cohort.unreachable', { next: f.number(String(summary.unreachable.next)), approval: f.number(String(summary.unreachable.approval)) }));
  }
  const headline = cohortHeadline(summary, f);
  const bandCounts = new Map<number, number>();
  for (const [value, count] of summary.scores.histogram) {
    const index = Math.min(100 / SCORE_BAND - 1, new Decimal(value).div(SCORE_BAND).floor().toNumber());
    bandCounts.set(index, (bandCounts.get(index) ?? 0) + count);
  }
  const percent = (p: string) => f.say('label.percent', { p: f.number(new Decimal(p).times(100).toFixed()) });
  const optionalCount = (n: number | undefined) => (n === undefined ? '' : f.number(String(n)));
  return {
    f,
    title: titles.profile(summary.profile.title),
    profileId: summary.profile.id,
    version: summary.profile.version,
    headline,
    facts,
    decisions: DECISIONS.map((code) => ({ code, label: decision(code), count: summary.decisions[code] })),
    grades: summary.grades.map((g) => ({ grade: g.grade, count: g.count })),
    distribution: [
      [f.say('label.lowest'), summary.scores.min === null ? '—' : f.fixed(summary.scores.min, places)],
      ...summary.scores.quantiles.map((q) => [q.p === '0.5' ? f.say('label.median') : percent(q.p), score(q.value)] as [string, string]),
      [f.say('label.highest'), summary.scores.max === null ? '—' : f.fixed(summary.scores.max, places)],
      [f.say('label.mean'), score(summary.scores.mean)],
    ],
    bands: [...bandCounts.entries()]
      .sort(([a], [b]) => a - b)
      .map(([index, count]) => ({ index, from: f.number(String(index * SCORE_BAND)), to: f.number(String((index + 1) * SCORE_BAND)), count })),
    paths: summary.settings.paths,
    criteria: summary.gaps.byCriterion.map((c) => ({
      id: c.criterion,
      title: titles.criterion(c.criterion, c.title),
      causeFamily: f.say(`family.${c.causeFamily}` as ReportMessageKey),
      suppliers: c.suppliers,
      knockOuts: c.knockOuts,
      missing: c.missing,
      inNextPath: optionalCount(c.inNextPath),
      inApprovalPath: optionalCount(c.inApprovalPath),
      pointsLost: f.fixed(c.pointsLost, places),
    })),
    families: summary.gaps.byCauseFamily.map((c) => ({
      code: c.causeFamily,
      label: f.say(`family.${c.causeFamily}` as ReportMessageKey),
      suppliers: c.suppliers,
      gaps: c.gaps,
      knockOuts: c.knockOuts,
      inNextPath: optionalCount(c.inNextPath),
      inApprovalPath: optionalCount(c.inApprovalPath),
    })),
    nearMisses: summary.nearMisses.suppliers.map((n) => ({
      supplier: `${n.supplier.name} (${n.supplier.id})`,
      score: f.fixed(n.score, places),
      decision: decision(n.decision),
      next: decision(n.next),
      distance: f.fixed(n.distance, places),
      cause: decisiveCauseText(n.decisiveCause, summary, titles, f, options.profile),
    })),
    ranking: summary.ranking.entries.map((r) => ({
      rank: r.rank,
      supplierId: r.supplier.id,
      supplier: r.supplier.name,
      region: r.supplier.region ?? '',
      auditDate: f.date(r.auditDate),
      score: f.fixed(r.score, places),
      grade: r.grade,
      decision: decision(r.decision),
      decisionCode: r.decision,
      cause: decisiveCauseText(r.decisiveCause, summary, titles, f, options.profile),
    })),
    ...(summary.ranking.complete
      ? {}
      : { rankingNote: f.say('cohort.rankingPartial', { count: f.number(String(summary.ranking.entries.length)), total: f.number(String(summary.evaluated)) }) }),
    regions: summary.regions.map((r) => ({
      region: r.region ?? f.say('label.noRegion'),
      suppliers: r.suppliers,
      counts: DECISIONS.map((d) => `${decision(d)} ${f.number(String(r.decisions[d]))}`).join(' · '),
      meanScore: score(r.meanScore),
    })),
    invalid: summary.invalidRecords.records.map((r) => ({
      record: f.number(String(r.index)),
      supplier: [r.supplier?.name, r.supplier?.id].filter(Boolean).join(' ') || '—',
      issues: r.issues.map((i) => `${i.path}: ${f.lang === 'id' ? i.messageId : i.message}`).join('; '),
    })),
    gradeLines: gradeLinesOf(options.profile, f),
  };
}
