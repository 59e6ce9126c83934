import { effortTotal } from '../gaps/effortTotal.js';
import type { EffortTotal } from '../gaps/effortTotal.js';
import type { PathPlan, PathStep, PathToPass } from '../gaps/pathToPass.js';
import { escapeHtml as e, escapeMarkdown as m } from './escape.js';
import type { Formatter } from './format.js';
import type { ReportMessageKey } from '../locales/en.js';
import type { Titles } from './reportInputs.js';

/** The phrase of each action of a step. */
const STEP_PHRASES = { 'remove-special-cause': 'path.stepStabilize', 'provide-evidence': 'path.stepProvide', 'close-gap': 'path.stepClose' } as const;

/** One step of a path, in the reader's language. */
export interface StepView {
  readonly criterion: string;
  readonly text: string;
}

/** One plan of a path to pass, every phrase in the reader's language. */
export interface PlanView {
  readonly target: PathPlan['target'];
  readonly heading: string;
  /** The plan's own steps, after the steps it shares with the other plan. */
  readonly steps: readonly StepView[];
  /** The number of the plan's first own step (1 when it shares none). */
  readonly start: number;
  /** When the plan has no own steps: the sentence saying after which shared step it is reached. */
  readonly reached?: string;
}

/**
 * A path to pass ready to render: the steps its plans share, shown once, then each plan (to the next
 * decision, to approval) with the steps that are its own; one note on the effort of the whole path;
 * and the step of each criterion in each plan.
 */
export interface PathView {
  readonly shared: readonly StepView[];
  /** The sentence above the shared steps (empty when the plans share none). */
  readonly sharedHeading: string;
  readonly plans: readonly PlanView[];
  readonly notes: readonly string[];
  readonly nextStep: ReadonlyMap<string, number>;
  readonly approvalStep: ReadonlyMap<string, number>;
}

function effortTotalText(f: Formatter, effort: EffortTotal): string {
  const parts: string[] = [];
  if (effort.days !== '0') parts.push(f.say('text.days', { days: f.number(effort.days) }));
  for (const cost of effort.costs) if (cost.amount !== '0') parts.push(`${cost.currency ? `${cost.currency} ` : ''}${f.number(cost.amount)}`);
  return parts.join(', ');
}

function stepView(f: Formatter, titles: Titles, step: PathStep, places: number): StepView {
  const decision = f.say(`decision.${step.decision}` as ReportMessageKey);
  return {
    criterion: step.criterion,
    text: f.say(STEP_PHRASES[step.action], {
      title: titles.criterion(step.criterion, step.title),
      points: f.fixed(step.pointsGained, places),
      score: f.fixed(step.score, places),
      grade: step.grade,
      decision,
    }),
  };
}

function planHeading(f: Formatter, plan: PathPlan, places: number): string {
  const decision = (d: string) => f.say(`decision.${d}` as ReportMessageKey);
  const params = { target: decision(plan.target), count: f.number(String(plan.steps.length)), score: f.fixed(plan.score, places), grade: plan.grade };
  return plan.reachable ? f.say('path.reach', params) : f.say('path.unreachable', { ...params, decision: decision(plan.decision) });
}

/** Returns how many first steps two plans share (the same criteria in the same order). */
function sharedSteps(plans: readonly PathPlan[]): number {
  if (plans.length < 2) return 0;
  const [a, b] = plans as [PathPlan, PathPlan];
  let k = 0;
  while (k < a.steps.length && k < b.steps.length && a.steps[k]?.criterion === b.steps[k]?.criterion) k++;
  return k;
}

/**
 * Returns the one note on the effort of a whole path: the days and costs of every step of its plans
 * (a step shared by two plans counted once) and the steps without an estimate, or that no step has one.
 */
function effortNote(f: Formatter, titles: Titles, plans: readonly PathPlan[]): string {
  const steps = new Map<string, PathStep>();
  for (const plan of plans) for (const step of plan.steps) if (!steps.has(step.criterion)) steps.set(step.criterion, step);
  if (steps.size === 0) return '';
  const total = effortTotal([...steps.values()].map((step) => ({ criterion: step.criterion, ...(step.effort ? { effort: step.effort } : {}) })));
  const effort = effortTotalText(f, total);
  if (!effort) return f.say('path.noEffort');
  const names = total.unestimated.map((id) => titles.criterion(id, steps.get(id)?.title ?? id));
  return f.say('path.effort', { effort, unestimated: names.join('; ') });
}

/**
 * Returns a path to pass ready to render: the plan to the next decision and, when it is another one,
 * the plan to approval, each step with the score, grade and decision after it. Steps both plans start
 * with are given once (`shared`), each plan keeping the steps after them; one note gives the effort
 * of the whole path.
 *
 * @example
 * pathView(formatterFor('en'), titlesFor(profile, 'en'), pathToPass(profile, evaluation), 1).plans[0].heading
 * //=> 'To reach “Approved”: close 1 gap; then score 90.1, grade A.'
 */
export function pathView(f: Formatter, titles: Titles, path: PathToPass, places: number): PathView {
  const sources: PathPlan[] = [];
  if (path.next) sources.push(path.next);
  if (path.approval && (!path.next || path.approval.target !== path.next.target)) sources.push(path.approval);
  const k = sharedSteps(sources);
  const shared = (sources[0]?.steps ?? []).slice(0, k).map((step) => stepView(f, titles, step, places));
  const plans: PlanView[] = sources.map((plan) => ({
    target: plan.target,
    heading: planHeading(f, plan, places),
    steps: plan.steps.slice(k).map((step) => stepView(f, titles, step, places)),
    start: k + 1,
    ...(k > 0 && plan.steps.length === k ? { reached: f.say('path.reachedAfter', { step: f.number(String(k)) }) } : {}),
  }));
  const notes = [effortNote(f, titles, sources), ...(sources.some((plan) => !plan.optimal) ? [f.say('path.notOptimal')] : [])].filter(Boolean);
  const steps = (plan: PathPlan | null) => new Map((plan?.steps ?? []).map((step, i) => [step.criterion, i + 1]));
  return {
    shared,
    sharedHeading: k > 0 ? f.say('path.shared', { count: f.number(String(k)) }) : '',
    plans,
    notes,
    nextStep: steps(path.next),
    approvalStep: steps(path.approval),
  };
}

/**
 * Returns the path section of an HTML report (empty when there is nothing to reach).
 *
 * @example
 * pathHtml(f, pathView(f, titles, pathToPass(profile, evaluation), 1)).startsWith('<section class="path">')
 * //=> true
 */
export function pathHtml(f: Formatter, view: PathView): string {
  if (view.plans.length === 0) return '';
  const list = (steps: readonly StepView[], start: number, className: string) =>
    steps.length
      ? `<ol class="${className}"${start > 1 ? ` start="${start}"` : ''}>${steps.map((step) => `<li data-criterion="${e(step.criterion)}">${e(step.text)}</li>`).join('')}</ol>`
      : '';
  const shared = view.shared.length ? `<div class="shared"><p>${e(view.sharedHeading)}</p>${list(view.shared, 1, 'steps steps-shared')}</div>` : '';
  const plans = view.plans
    .map(
      (plan) =>
        `<div class="plan" data-target="${plan.target}"><h3>${e(plan.heading)}</h3>${plan.reached ? `<p class="meta">${e(plan.reached)}</p>` : ''}${list(plan.steps, plan.start, 'steps')}</div>`,
    )
    .join('');
  const routes = view.shared.length ? `<div class="routes">${plans}</div>` : plans;
  return `<section class="path"><h2>${e(f.say('section.path'))}</h2>${shared}${routes}${view.notes.map((note) => `<p class="meta">${e(note)}</p>`).join('')}</section>`;
}

/**
 * Returns the path section of a Markdown report (empty when there is nothing to reach).
 *
 * @example
 * pathMarkdown(f, pathView(f, titles, pathToPass(profile, evaluation), 1)).split('\n')[0]
 * //=> '## Shortest path to a pass'
 */
export function pathMarkdown(f: Formatter, view: PathView, level = 2): string {
  if (view.plans.length === 0) return '';
  const out = [`${'#'.repeat(level)} ${m(f.say('section.path'))}`, ''];
  if (view.shared.length) {
    out.push(m(view.sharedHeading), '');
    view.shared.forEach((step, i) => out.push(`${i + 1}. ${m(step.text)}`));
    out.push('');
  }
  for (const plan of view.plans) {
    out.push(`**${m(plan.heading)}**`, '');
    if (plan.reached) out.push(m(plan.reached), '');
    plan.steps.forEach((step, i) => out.push(`${plan.start + i}. ${m(step.text)}`));
    if (plan.steps.length) out.push('');
  }
  for (const note of view.notes) out.push(m(note), '');
  return out.join('\n').trimEnd();
}

/**
 * Returns the path lines of a plain-text report (empty when there is nothing to reach).
 *
 * @example
 * pathText(f, pathView(f, titles, pathToPass(profile, evaluation), 1), plain).split('\n')[0]
 * //=> 'Shortest path to a pass:'
 */
export function pathText(f: Formatter, view: PathView, plain: (text: string) => string): string {
  if (view.plans.length === 0) return '';
  const lines = [`${f.say('section.path')}:`];
  if (view.shared.length) {
    lines.push(`  ${plain(view.sharedHeading)}`);
    view.shared.forEach((step, i) => lines.push(`    ${i + 1}. ${plain(step.text)}`));
  }
  for (const plan of view.plans) {
    lines.push(`  ${plain(plan.heading)}`);
    if (plan.reached) lines.push(`    ${plain(plan.reached)}`);
    plan.steps.forEach((step, i) => lines.push(`    ${plan.start + i}. ${plain(step.text)}`));
  }
  for (const note of view.notes) lines.push(`  ${plain(note)}`);
  return lines.join('\n');
}
