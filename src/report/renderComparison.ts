import type { EvaluationComparison } from '../gaps/compareEvaluations.js';
import { scoreBars } from './charts/svg.js';
import { comparisonView, type ComparisonView, type GapChangeView } from './comparisonView.js';
import { csvText, escapeHtml as e, escapeMarkdown as m, terminalSafe } from './escape.js';
import { cell } from './evaluationHtml.js';
import { markdownTable } from './evaluationMarkdown.js';
import { plain } from './evaluationText.js';
import { formatterFor } from './format.js';
import { htmlPage } from './htmlPage.js';
import type { ReportMessageKey } from '../locales/en.js';
import type { ReportProfile } from './reportInputs.js';
import { evaluationComparisonSchema } from '../gaps/evaluationComparisonSchema.js';
import { schemaIssues } from '../schema/schemaIssues.js';
import { checkRenderOptions, type BaseRenderOptions } from './renderOptions.js';
import { appendAll } from '../lists/appendAll.js';

/** Options of `renderComparison`. */
export interface RenderComparisonOptions extends BaseRenderOptions {
  /** The (later) profile: grade band lines in the chart, titles in the chosen language. */
  readonly profile?: ReportProfile;
}

type Sections = ReadonlyArray<readonly [ReportMessageKey, readonly GapChangeView[]]>;

const sectionsOf = (view: ComparisonView): Sections =>
  (
    [
      ['section.closed', view.closed],
      ['section.opened', view.opened],
      ['section.remaining', view.remaining],
      ['section.dropped', view.dropped],
    ] as const
  ).filter(([, gaps]) => gaps.length > 0);

const gapLine = (view: ComparisonView, gap: GapChangeView): string =>
  `${gap.title} (${gap.causeFamily}, ${gap.changeLabel}): ${gap.before} → ${gap.after}${gap.knockOut ? ` [${view.f.say('label.knockOut')}]` : ''}`;

function comparisonText(view: ComparisonView): string {
  const f = view.f;
  const lines = [
    [
      plain(view.supplierName),
      `${view.decisionBefore.toUpperCase()} → ${view.decisionAfter.toUpperCase()}`,
      f.say('text.score', { score: `${view.scoreBefore} → ${view.scoreAfter} (${view.scoreChange})` }),
      f.say('text.grade', { grade: `${plain(view.gradeBefore)} → ${plain(view.gradeAfter)}` }),
    ].join('   '),
    ...view.facts.map(plain),
    view.summary,
  ];
  for (const [key, gaps] of sectionsOf(view)) {
    lines.push('', `${f.say(key)}:`);
    for (const gap of gaps) lines.push(`  - ${plain(gapLine(view, gap))}`);
  }
  if (view.profileChanges.length) appendAll(lines, ['', `${f.say('section.profileChanges')}:`, ...view.profileChanges.map((c) => `  - ${plain(c)}`)]);
  return `${lines.join('\n')}\n`;
}

function comparisonMarkdown(view: ComparisonView): string {
  const f = view.f;
  const t = (key: ReportMessageKey) => f.say(key);
  const out = [
    `# ${m(t('report.comparison'))}: ${m(view.supplierName)}`,
    '',
    `**${m(t('label.decision'))}: ${m(view.decisionBefore)} → ${m(view.decisionAfter)}** (${m(view.direction)}) · ${m(t('label.score'))} ${m(view.scoreBefore)} → ${m(view.scoreAfter)} (${m(view.scoreChange)}) · ${m(t('label.grade'))} ${m(view.gradeBefore)} → ${m(view.gradeAfter)}`,
    '',
    ...view.facts.map((fact) => `- ${m(fact)}`),
    '',
    m(view.summary),
    '',
  ];
  for (const [key, gaps] of sectionsOf(view)) {
    appendAll(out, [`## ${m(t(key))}`, '', ...gaps.map((gap) => `- ${m(gapLine(view, gap))}`), '']);
  }
  if (view.criteria.length) {
    out.push(`## ${m(t('section.changes'))}`, '');
    out.push(
      markdownTable(
        [t('label.criterion'), t('label.causeFamily'), t('label.before'), t('label.after'), t('label.change')],
        view.criteria.map((c) => [c.title, c.causeFamily, c.before, c.after, c.changeLabel]),
      ),
      '',
    );
  }
  if (view.profileChanges.length) appendAll(out, [`## ${m(t('section.profileChanges'))}`, '', ...view.profileChanges.map((c) => `- ${m(c)}`), '']);
  out.push('---', '', m(f.say('report.footer', { profile: view.profileId, version: view.version })));
  return `${out.join('\n')}\n`;
}

function comparisonHtml(view: ComparisonView): string {
  const f = view.f;
  const t = (key: ReportMessageKey) => f.say(key);
  const chart = scoreBars(
    f,
    'chart-scores',
    t('chart.scores'),
    [
      { label: `${t('label.before')} (${view.auditDateBefore}): ${view.scoreBefore} (${view.gradeBefore})`, value: view.scoreBeforeValue, className: `decision-${view.decisionBeforeCode}`, data: { row: 'before' } },
      { label: `${t('label.after')} (${view.auditDateAfter}): ${view.scoreAfter} (${view.gradeAfter})`, value: view.scoreAfterValue, className: `decision-${view.decisionAfterCode}`, data: { row: 'after' } },
    ],
    view.gradeLines,
  );
  const gapItems = (gaps: readonly GapChangeView[]) =>
    `<ul class="changes">${gaps
      .map(
        (gap) =>
          `<li data-criterion="${e(gap.id)}" data-change="${gap.change}"><span class="label">${e(gap.title)}</span> <span class="badge">${e(gap.changeLabel)}</span>${
            gap.knockOut ? ` <span class="badge knock-out">${e(t('label.knockOut'))}</span>` : ''
          }<br><span class="meta">${e(gap.causeFamily)} · ${e(gap.before)} → ${e(gap.after)}</span></li>`,
      )
      .join('')}</ul>`;
  const sections = [
    `<header><p class="kicker">${e(t('report.comparison'))}</p><h1>${e(view.supplierName)}</h1><p class="subtitle">${e(view.title)}</p></header>`,
    `<section class="decision decision-${view.decisionAfterCode}" aria-label="${e(t('label.decision'))}"><p class="decision-word">${e(view.decisionBefore)} → ${e(view.decisionAfter)}</p><p class="figures"><span>${e(
      t('label.score'),
    )} <b>${e(view.scoreBefore)} → ${e(view.scoreAfter)}</b> (${e(view.scoreChange)})</span><span>${e(t('label.grade'))} <b>${e(view.gradeBefore)} → ${e(view.gradeAfter)}</b></span></p><p>${e(view.summary)}</p></section>`,
    `<ul class="reasons">${view.facts.map((fact) => `<li>${e(fact)}</li>`).join('')}</ul>`,
    `<figure>${chart}</figure>`,
    ...sectionsOf(view).map(([key, gaps]) => `<section><h2>${e(t(key))}</h2>${gapItems(gaps)}</section>`),
    view.criteria.length
      ? `<section><h2>${e(t('section.changes'))}</h2><div class="table-wrap"><table class="stack"><thead><tr><th>${e(t('label.criterion'))}</th><th>${e(t('label.before'))}</th><th>${e(
          t('label.after'),
        )}</th><th>${e(t('label.change'))}</th></tr></thead><tbody>${view.criteria
          .map(
            (c) =>
              `<tr data-criterion="${e(c.id)}">${cell(t('label.criterion'), e(c.title), 'first')}${cell(t('label.before'), e(c.before))}${cell(t('label.after'), e(c.after))}${cell(
                t('label.change'),
                e(c.changeLabel),
              )}</tr>`,
          )
          .join('')}</tbody></table></div></section>`
      : '',
    view.profileChanges.length ? `<section><h2>${e(t('section.profileChanges'))}</h2><ul>${view.profileChanges.map((c) => `<li>${e(c)}</li>`).join('')}</ul></section>` : '',
  ];
  const footer = `<footer>${e(f.say('report.footer', { profile: view.profileId, version: view.version }))}</footer>`;
  return htmlPage(f.lang, `${t('report.comparison')}: ${view.supplierName}`, `<main>\n${sections.filter(Boolean).join('\n')}\n${footer}\n</main>`);
}

/** The columns of the comparison CSV, in order. */
export const COMPARISON_CSV_COLUMNS = [
  'column.supplierId',
  'column.supplier',
  'column.profile',
  'column.criterionId',
  'column.criterion',
  'column.causeFamily',
  'column.change',
  'column.statusBefore',
  'column.scoreBefore',
  'column.pointsLostBefore',
  'column.statusAfter',
  'column.scoreAfter',
  'column.pointsLostAfter',
] as const satisfies readonly ReportMessageKey[];

function comparisonCsv(view: ComparisonView): string {
  const f = view.f;
  const status = (s: { status: string } | null) => (s ? f.say(`status.${s.status}` as ReportMessageKey) : '');
  const listed = new Set(view.criteria.map((c) => c.id));
  const unchanged = view.remaining.filter((gap) => !listed.has(gap.id));
  const rows = [
    ...view.criteria.map((c) => [
      view.supplierId,
      view.supplierName,
      view.profileId,
      c.id,
      c.title,
      c.causeFamily,
      c.changeLabel,
      status(c.beforeState),
      c.beforeState?.score ?? '',
      c.pointsLostBefore,
      status(c.afterState),
      c.afterState?.score ?? '',
      c.pointsLostAfter,
    ]),
    ...unchanged.map((gap) => [view.supplierId, view.supplierName, view.profileId, gap.id, gap.title, gap.causeFamily, gap.changeLabel, '', '', '', '', '', '']),
  ];
  return csvText([COMPARISON_CSV_COLUMNS.map((key) => f.say(key)), ...rows]);
}

/**
 * Returns a report of a re-audit compared with the audit before it (from `compareEvaluations`): the
 * decision, score and grade before and after, whether the re-audit was on time, the gaps closed,
 * opened, remaining and dropped, and every criterion that changed; as plain text, Markdown, a
 * self-contained HTML file with a before/after chart, or CSV with one row per criterion that changed.
 * Throws a `ValidationError` listing every problem when the comparison is not one `compareEvaluations` returns, or an option is not of its form.
 *
 * @example
 * renderComparison(compareEvaluations(first, reaudit), { format: 'text' }).split('\n')[0]
 * //=> 'CV Maju Jaya Teknik   CONDITIONAL → APPROVED   score 86.6 → 92.5 (+5.9)   grade B → A'
 */
export function renderComparison(comparison: EvaluationComparison, options: RenderComparisonOptions): string {
  const { format, lang } = checkRenderOptions(options, ['profile'], schemaIssues(evaluationComparisonSchema, comparison, ['comparison']));
  const view = comparisonView(comparison, formatterFor(lang, format === 'csv' ? 'plain' : 'prose'), options.profile ? { profile: options.profile } : {});
  switch (format) {
    case 'text':
      return terminalSafe(comparisonText(view));
    case 'md':
      return comparisonMarkdown(view);
    case 'html':
      return comparisonHtml(view);
    case 'csv':
      return comparisonCsv(view);
  }
}
