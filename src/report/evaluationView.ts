import { issueWhere } from '../errors/index.js';
import type { CriterionKind } from '../criteria/criterion.js';
import type { CriterionStatus, Shortfall } from '../criteria/outcome.js';
import type { DecimalInput } from '../decimal.js';
import type { CauseFamily, Severity } from '../schema/primitives.js';
import type { CriterionResult, Evaluation, FiredRule } from '../scoring/evaluation.js';
import { foundText, measurementLimitsText, requiredText } from './describe.js';
import type { Formatter } from './format.js';
import type { ReportMessageKey } from '../locales/en.js';
import { titlesFor, type ReportEvidence, type ReportProfile, type Titles } from './reportInputs.js';
import { measuredValues } from './measuredValues.js';
import { kindOf } from '../kinds/registry.js';
import { stabilityChartOf } from './stabilityChart.js';
import type { ControlChart } from '../stats/index.js';
import { measurementCriteriaOf, measurementFigures, reportMeasurementParams, type MeasurementFigures } from './measurementFigures.js';

/** One criterion as a reader sees it: every field already in words of the chosen language. */
export interface CriterionView {
  readonly id: string;
  readonly title: string;
  readonly category: string;
  readonly kind: string;
  readonly severity: string;
  readonly causeFamily: string;
  readonly status: string;
  readonly score: string;
  readonly weight: string;
  readonly pointsLost: string;
  readonly required: string;
  readonly found: string;
  readonly explanation: string;
  readonly remedy?: string;
  readonly reference?: string;
  readonly note?: string;
  /** The codes behind the words, for styles and machine-readable columns. */
  readonly codes: {
    readonly kind: CriterionKind;
    readonly status: CriterionStatus;
    readonly severity: Severity;
    readonly causeFamily: CauseFamily;
  };
  readonly shortfall: Shortfall | null;
}

/** One gap as a reader sees it. */
export interface GapView extends CriterionView {
  readonly priority: number;
  readonly knockOut: boolean;
  readonly effort?: string;
}

/** One category as a reader sees it. */
export interface CategoryView {
  readonly id: string;
  readonly title: string;
  /** The score written for the language, or null when no criterion of the category applies. */
  readonly score: string | null;
  readonly scoreValue: number | null;
  readonly minScore?: string;
  readonly minValue?: number;
  readonly pointsLost: string;
  /** Met / partly met / not met / no evidence. */
  readonly counts: string;
}

/** A grade band's lower edge, for the grade lines of the category chart. */
export interface GradeLine {
  readonly grade: string;
  readonly min: string;
  readonly value: number;
}

/** A measured characteristic, for its chart. */
export interface MeasurementView {
  readonly id: string;
  readonly title: string;
  readonly unit: string;
  readonly limits: string;
  readonly lsl: string | null;
  readonly usl: string | null;
  readonly nominal: string | null;
  readonly n: number;
  readonly min: string;
  readonly max: string;
  readonly mean: string | null;
  /** The mean at the drawing's precision (the limits' decimals plus one), written for the language. */
  readonly meanText: string | null;
  /** The capability index the criterion requires and the value found (`Cpk`, `1.108`), when computed. */
  readonly capability: { readonly index: string; readonly value: string } | null;
  /** The individual values in the criterion's unit, when the evidence was given. */
  readonly values: readonly DecimalInput[] | null;
  /** The control chart of a stability requirement, drawn again from the values (see `stabilityChartOf`). */
  readonly controlChart?: ControlChart | null;
}

/** An evaluation ready to render: every phrase in the chosen language. */
export interface EvaluationView {
  readonly f: Formatter;
  readonly title: string;
  readonly profileId: string;
  readonly version: string;
  readonly supplierName: string;
  readonly supplierId: string;
  readonly region?: string;
  readonly auditDate: string;
  readonly evaluatedOn: string;
  readonly auditor?: string;
  readonly decision: Evaluation['decision'];
  readonly decisionLabel: string;
  readonly decisionNote: string;
  readonly score: string;
  readonly scoreValue: number;
  readonly grade: string;
  readonly reauditDue?: string;
  readonly reasons: readonly string[];
  readonly categories: readonly CategoryView[];
  readonly gaps: readonly GapView[];
  readonly criteria: readonly CriterionView[];
  readonly measurements: readonly MeasurementView[];
  readonly gradeLines: readonly GradeLine[];
  readonly warnings: readonly string[];
}

/**
 * Returns the lower edges of a profile's grade bands between 0 and 100, for the grade lines of the
 * score charts (none without a profile).
 *
 * @example
 * gradeLinesOf({ grades: [{ grade: 'A', min: 90 }, { grade: 'B', min: 80 }, { grade: 'C', min: 0 }] }, formatterFor('id'))
 * //=> [{ grade: 'A', min: '90', value: 90 }, { grade: 'B', min: '80', value: 80 }]
 */
export function gradeLinesOf(profile: ReportProfile | undefined, f: Formatter): GradeLine[] {
  return (profile?.grades ?? [])
    .map((band) => ({ grade: band.grade, min: f.number(String(band.min)), value: Number(band.min) }))
    .filter((line) => line.value > 0 && line.value < 100);
}

/** Options the view is made with. */
export interface EvaluationViewOptions {
  readonly profile?: ReportProfile;
  readonly evidence?: ReportEvidence;
}

const str = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/**
 * Returns the words a reader sees for a criterion's title: the profile's translation, else the title.
 *
 * @example
 * criterionTitle(titlesFor(profile, 'id'), { id: 'throat-d', title: 'Venturi throat diameter' })
 * //=> 'Diameter leher venturi'
 */
export function criterionTitle(titles: Titles, result: Pick<CriterionResult, 'id' | 'title'>): string {
  return titles.criterion(result.id, result.title);
}

/** The fields a criterion result and a gap share, from which a view is made. */
type CriterionLike = Pick<
  CriterionResult,
  'id' | 'title' | 'kind' | 'severity' | 'causeFamily' | 'status' | 'required' | 'found' | 'pointsLost' | 'shortfall' | 'explanation' | 'remedy' | 'reference'
> &
  Partial<Pick<CriterionResult, 'score' | 'weight' | 'why'>>;

/** The words of a criterion's `why`; a measurement's figures written as `figures` says. */
function explanationOf(f: Formatter, result: CriterionLike, figures: MeasurementFigures | undefined): string {
  if (!result.why) return result.explanation;
  const why = figures ? { code: result.why.code, params: reportMeasurementParams(result.why.params, figures) } : result.why;
  return f.explain(why, result.explanation);
}

function criterionView(f: Formatter, titles: Titles, result: CriterionLike, categoryTitle: string, places: number, figures?: MeasurementFigures): CriterionView {
  const note = result.found && typeof result.found.note === 'string' && result.found.note ? result.found.note : undefined;
  const remedy = titles.remedy(result.id, result.remedy);
  return {
    id: result.id,
    title: criterionTitle(titles, result),
    category: categoryTitle,
    kind: f.say(`kind.${result.kind}` as ReportMessageKey),
    severity: f.say(`severity.${result.severity}` as ReportMessageKey),
    causeFamily: f.say(`family.${result.causeFamily}` as ReportMessageKey),
    status: f.say(`status.${result.status}` as ReportMessageKey),
    score: result.status === 'not-applicable' || result.score === undefined ? '' : f.fixed(result.score, places),
    weight: result.weight === undefined ? '' : f.number(result.weight),
    pointsLost: f.fixed(result.pointsLost, places),
    required: requiredText(f, result.kind, result.required, figures),
    found: foundText(f, result, figures),
    explanation: explanationOf(f, result, figures),
    ...(remedy ? { remedy } : {}),
    ...(result.reference ? { reference: result.reference } : {}),
    ...(note ? { note } : {}),
    codes: { kind: result.kind, status: result.status, severity: result.severity, causeFamily: result.causeFamily },
    shortfall: result.shortfall,
  };
}

function effortText(f: Formatter, effort: { readonly days?: string; readonly cost?: string; readonly currency?: string } | undefined): string | undefined {
  if (!effort) return undefined;
  const parts: string[] = [];
  if (effort.days !== undefined) parts.push(f.say('text.days', { days: f.number(str(effort.days)) }));
  if (effort.cost !== undefined && str(effort.cost) !== '0') parts.push(`${effort.currency ? `${effort.currency} ` : ''}${f.number(str(effort.cost))}`);
  return parts.length ? parts.join(', ') : undefined;
}

function effectText(f: Formatter, rule: FiredRule): string {
  const parts: string[] = [];
  if (rule.effect.capDecision) parts.push(f.say('reason.capDecision', { decision: f.say(`decision.${rule.effect.capDecision}` as ReportMessageKey).toLowerCase() }));
  if (rule.effect.capGrade) parts.push(f.say('reason.capGrade', { grade: rule.effect.capGrade }));
  return parts.join(' ');
}

/**
 * Returns the audit groups that fired a rule, as the reports write them: `P6 70 %`,
 * `P6.2 (PG-B) 60 %`, or `P2 1/3` questions evaluated; joined by `; `.
 *
 * @example
 * auditGroupsText(formatterFor('en'), [{ id: 'P6', score: '60', evaluated: 5, questions: 5 }])
 * //=> 'P6 60 %'
 */
export function auditGroupsText(f: Formatter, groups: NonNullable<FiredRule['groups']>): string {
  return groups.map((g) => `${g.id}${g.productGroup ? ` (${g.productGroup})` : ''} ${g.score !== undefined ? `${f.number(g.score)} %` : `${g.evaluated}/${g.questions}`}`).join('; ');
}

function reasonsOf(f: Formatter, titles: Titles, evaluation: Evaluation): string[] {
  const byId = new Map(evaluation.criteria.map((c) => [c.id, c]));
  const categoryById = new Map(evaluation.categories.map((c) => [c.id, c]));
  const criterionList = (ids: readonly string[]) => ids.map((id) => titles.criterion(id, byId.get(id)?.title ?? id)).join('; ');
  const categoryTitle = (id: string) => titles.category(id, categoryById.get(id)?.title ?? id);
  const reasons: string[] = [];
  // A rule's own title in the language when the profile gives one (e.g. the VDA 6.3 rules).
  const ruleTitle = (rule: Evaluation['rules'][number]) => (f.lang === 'id' && rule.why.params.titleId) || rule.title;
  for (const rule of evaluation.rules) {
    if (rule.id === 'knock-out') {
      reasons.push(f.say('reason.knockOut', { count: String(rule.criteria.length), criteria: criterionList(rule.criteria) }));
      continue;
    }
    const effect = effectText(f, rule);
    if (rule.id.startsWith('category-minimum:')) {
      for (const id of rule.categories) {
        const category = categoryById.get(id);
        const sentence = f.say('reason.categoryMinimum', {
          category: categoryTitle(id),
          score: f.number(str(category?.score)),
          min: f.number(str(category?.minScore)),
        });
        reasons.push(effect ? `${sentence} ${effect}` : sentence);
      }
      continue;
    }
    const subjects = rule.groups?.length
      ? auditGroupsText(f, rule.groups)
      : rule.criteria.length
      ? criterionList(rule.criteria)
      : rule.categories.length
        ? rule.categories.map(categoryTitle).join('; ')
        : rule.why.params.score
          ? f.say('reason.scoreBelow', { score: f.number(rule.why.params.score) })
          : '';
    const sentence = f.say('reason.rule', { title: ruleTitle(rule), subjects });
    reasons.push(effect ? `${sentence} ${effect}` : sentence);
  }
  const missing = evaluation.criteria.filter((c) => c.status === 'missing');
  if (missing.length > 0) {
    reasons.push(f.say('reason.missing', { count: f.number(String(missing.length)), criteria: criterionList(missing.map((c) => c.id)) }));
  }
  const gradeReason = evaluation.reasons.find((r) => r.code === 'grade');
  if (gradeReason) {
    const ruleTitles = evaluation.rules
      .filter((rule) => rule.effect.capGrade)
      .map(ruleTitle)
      .join('; ');
    const params = gradeReason.why.code === 'reason.gradeCapped' ? { ...gradeReason.why.params, rules: ruleTitles } : gradeReason.why.params;
    reasons.push(f.explain({ code: gradeReason.why.code, params }, gradeReason.message));
  }
  return reasons;
}

function measurementViews(
  titles: Titles,
  evaluation: Evaluation,
  evidence: ReportEvidence | undefined,
  f: Formatter,
  figuresOf: ReadonlyMap<string, MeasurementFigures>,
): MeasurementView[] {
  const views: MeasurementView[] = [];
  for (const result of evaluation.criteria) {
    const figures = figuresOf.get(result.id);
    if (!figures || !result.found || !(Number(result.found.n) > 0)) continue;
    const unit = str(result.required.unit);
    const limit = (value: unknown) => (value === undefined ? null : figures.limit(str(value)));
    const capability = result.found.capability as Readonly<Record<string, unknown>> | undefined;
    const values = measuredValues(evidence, result.id, unit);
    views.push({
      id: result.id,
      title: criterionTitle(titles, result),
      unit,
      limits: measurementLimitsText(f, result.required, figures),
      lsl: limit(result.required.lsl),
      usl: limit(result.required.usl),
      nominal: limit(result.required.nominal),
      n: Number(result.found.n),
      min: str(result.found.min),
      max: str(result.found.max),
      mean: result.found.mean === undefined ? null : str(result.found.mean),
      meanText: result.found.mean === undefined ? null : f.number(figures.measured(str(result.found.mean))),
      capability:
        capability && typeof capability === 'object' && typeof capability.value === 'string'
          ? { index: capability.index === 'ppk' ? 'Ppk' : 'Cpk', value: f.number(capability.value) }
          : null,
      values,
      controlChart: stabilityChartOf(result.found, values),
    });
  }
  return views;
}

/**
 * Returns an evaluation ready to render in a language: titles translated where the profile gives a
 * translation, statuses, reasons and explanations from the language's message tables, numbers and
 * dates written for the language.
 *
 * @example
 * evaluationView(evaluation, formatterFor('id')).decisionLabel
 * //=> 'Bersyarat'
 */
export function evaluationView(evaluation: Evaluation, f: Formatter, options: EvaluationViewOptions = {}): EvaluationView {
  const titles = titlesFor(options.profile, f.lang);
  const places = evaluation.places;
  const categoryTitles = new Map(evaluation.categories.map((c) => [c.id, titles.category(c.id, c.title)]));
  const written = measurementCriteriaOf(options.profile);
  const figuresOf = new Map(
    evaluation.criteria.filter((c) => kindOf(c.kind).drawing !== undefined).map((c) => [c.id, measurementFigures(c.required, written.get(c.id))] as const),
  );
  const criteria = evaluation.criteria.map((result) =>
    criterionView(f, titles, result, categoryTitles.get(result.category) ?? result.category, places, figuresOf.get(result.id)),
  );
  const viewById = new Map(criteria.map((view) => [view.id, view]));
  const gaps: GapView[] = evaluation.gaps.map((gap) => {
    const view =
      viewById.get(gap.criterion) ??
      criterionView(f, titles, { ...gap, id: gap.criterion }, categoryTitles.get(gap.category) ?? gap.category, places, figuresOf.get(gap.criterion));
    const effort = effortText(f, gap.effort);
    return { ...view, priority: gap.priority, knockOut: gap.knockOut, ...(effort ? { effort } : {}) };
  });
  const categories: CategoryView[] = evaluation.categories.map((c) => ({
    id: c.id,
    title: categoryTitles.get(c.id) ?? c.title,
    score: c.score === null ? null : f.fixed(c.score, places),
    scoreValue: c.score === null ? null : Number(c.score),
    ...(c.minScore !== undefined ? { minScore: f.number(c.minScore), minValue: Number(c.minScore) } : {}),
    pointsLost: f.fixed(c.pointsLost, places),
    counts: [c.counts.pass, c.counts.partial, c.counts.fail, c.counts.missing].join(' / '),
  }));
  const gradeLines = gradeLinesOf(options.profile, f);
  const decisionLabel = f.say(`decision.${evaluation.decision}` as ReportMessageKey);
  const decisionNote =
    evaluation.decision === 'conditional' && evaluation.reauditDue
      ? f.say('decisionNote.conditionalBy', { date: f.date(evaluation.reauditDue) })
      : f.say(`decisionNote.${evaluation.decision}` as ReportMessageKey);
  return {
    f,
    title: titles.profile(evaluation.profile.title),
    profileId: evaluation.profile.id,
    version: evaluation.profile.version,
    supplierName: evaluation.supplier.name,
    supplierId: evaluation.supplier.id,
    ...(evaluation.supplier.region ? { region: evaluation.supplier.region } : {}),
    auditDate: f.date(evaluation.auditDate),
    evaluatedOn: f.date(evaluation.evaluatedOn),
    ...(evaluation.auditor ? { auditor: evaluation.auditor } : {}),
    decision: evaluation.decision,
    decisionLabel,
    decisionNote,
    score: f.fixed(evaluation.score, places),
    scoreValue: Number(evaluation.score),
    grade: evaluation.grade,
    ...(evaluation.reauditDue ? { reauditDue: f.date(evaluation.reauditDue) } : {}),
    reasons: reasonsOf(f, titles, evaluation),
    categories,
    gaps,
    criteria,
    measurements: measurementViews(titles, evaluation, options.evidence, f, figuresOf),
    gradeLines,
    warnings: evaluation.warnings.map((w) => `${issueWhere(w)}: ${f.lang === 'id' ? w.messageId : w.message}`),
  };
}
