import type { EffortTotal, PathPlan, PathToPass } from '../gaps/pathToPass.js';
import { escapeHtml as e, escapeMarkdown as m } from './escape.js';
import type { Formatter } from './format.js';
import type { ReportMessageKey } from '../locales/en.js';
import type { Titles } from './reportInputs.js';

/** The phrase of each action of a step. */
const STEP_PHRASES = { 'remove-special-cause': 'path.stepStabilize', 'provide-evidence': 'path.stepProvide', 'close-gap': 'path.stepClose' } as const;

/** One plan of a path to pass, every phrase in the reader's language. */
export interface PlanView {
  readonly target: PathPlan['target'];
  readonly heading: string;
  readonly steps: ReadonlyArray<{ readonly criterion: string; readonly text: string }>;
  readonly notes: readonly string[];
}

/** A path to pass ready to render, and the step of each criterion in each plan. */
export interface PathView {
  readonly plans: readonly PlanView[];
  readonly nextStep: ReadonlyMap<string, number>;
  readonly approvalStep: ReadonlyMap<string, number>;
}

function effortTotalText(f: Formatter, effort: EffortTotal): string {
  const parts: string[] = [];
  if (effort.days !== '0') parts.push(f.say('text.days', { days: f.number(effort.days) }));
  for (const cost of effort.costs) if (cost.amount !== '0') parts.push(`${cost.currency ? `${cost.currency} ` : ''}${f.number(cost.amount)}`);
  return parts.join(', ');
}

function planView(f: Formatter, titles: Titles, plan: PathPlan, places: number): PlanView {
  const decision = (d: string) => f.say(`decision.${d}` as ReportMessageKey);
  const heading = plan.reachable
    ? f.say('path.reach', { target: decision(plan.target), count: f.number(String(plan.steps.length)), score: f.fixed(plan.score, places), grade: plan.grade })
    : f.say('path.unreachable', {
        target: decision(plan.target),
        count: f.number(String(plan.steps.length)),
        score: f.fixed(plan.score, places),
        grade: plan.grade,
        decision: decision(plan.decision),
      });
  const steps = plan.steps.map((step) => ({
    criterion: step.criterion,
    text: f.say(STEP_PHRASES[step.action], {
      title: titles.criterion(step.criterion, step.title),
      points: f.fixed(step.pointsGained, places),
      score: f.fixed(step.score, places),
      grade: step.grade,
      decision: decision(step.decision),
    }),
  }));
  const notes: string[] = [];
  const effort = effortTotalText(f, plan.effort);
  if (effort) notes.push(f.say('path.effort', { effort }));
  if (plan.effort.unestimated.length) {
    const names = plan.effort.unestimated.map((id) => titles.criterion(id, plan.steps.find((s) => s.criterion === id)?.title ?? id));
    notes.push(f.say('path.unestimated', { criteria: names.join('; ') }));
  }
  if (!plan.optimal) notes.push(f.say('path.notOptimal'));
  return { target: plan.target, heading, steps, notes };
}

/**
 * Returns a path to pass ready to render: the plan to the next decision and, when it is another one,
 * the plan to approval, each step with the score, grade and decision after it.
 *
 * @example
 * pathView(formatterFor('en'), titlesFor(profile, 'en'), pathToPass(profile, evaluation), 1).plans[0].heading
 * //=> 'To reach “Approved”: close 1 gap; then score 90.1, grade A.'
 */
export function pathView(f: Formatter, titles: Titles, path: PathToPass, places: number): PathView {
  const plans: PlanView[] = [];
  if (path.next) plans.push(planView(f, titles, path.next, places));
  if (path.approval && (!path.next || path.approval.target !== path.next.target)) plans.push(planView(f, titles, path.approval, places));
  const steps = (plan: PathPlan | null) => new Map((plan?.steps ?? []).map((step, i) => [step.criterion, i + 1]));
  return { plans, nextStep: steps(path.next), approvalStep: steps(path.approval) };
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
  const plans = view.plans
    .map(
      (plan) =>
        `<div class="plan" data-target="${plan.target}"><h3>${e(plan.heading)}</h3><ol class="steps">${plan.steps
          .map((step) => `<li data-criterion="${e(step.criterion)}">${e(step.text)}</li>`)
          .join('')}</ol>${plan.notes.map((note) => `<p class="meta">${e(note)}</p>`).join('')}</div>`,
    )
    .join('');
  return `<section class="path"><h2>${e(f.say('section.path'))}</h2>${plans}</section>`;
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
  for (const plan of view.plans) {
    out.push(`**${m(plan.heading)}**`, '');
    plan.steps.forEach((step, i) => out.push(`${i + 1}. ${m(step.text)}`));
    out.push('');
    for (const note of plan.notes) out.push(m(note), '');
  }
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
  for (const plan of view.plans) {
    lines.push(`  ${plain(plan.heading)}`);
    plan.steps.forEach((step, i) => lines.push(`    ${i + 1}. ${plain(step.text)}`));
    for (const note of plan.notes) lines.push(`    ${plain(note)}`);
  }
  return lines.join('\n');
}
