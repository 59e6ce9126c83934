import { categoryChart, measurementChart } from './charts/svg.js';
import { controlChartSvg } from './charts/controlChartSvg.js';
import { escapeHtml as e } from './escape.js';
import type { CriterionView, EvaluationView, GapView } from './evaluationView.js';
import { htmlPage } from './htmlPage.js';

/**
 * Returns a table cell with its column label, so a narrow screen can show rows as cards.
 *
 * @example
 * cell('Score', '86.6', 'num')
 * //=> '<td class="num" data-label="Score">86.6</td>'
 */
export function cell(label: string, content: string, className = ''): string {
  return `<td${className ? ` class="${className}"` : ''} data-label="${e(label)}">${content}</td>`;
}

function gapItem(view: EvaluationView, gap: GapView): string {
  const f = view.f;
  const badges = [
    gap.knockOut ? `<span class="badge knock-out">${e(f.say('label.knockOut'))}</span>` : `<span class="badge">${e(gap.severity)}</span>`,
    `<span class="badge">${e(gap.causeFamily)}</span>`,
    `<span class="badge">${e(f.say('text.pointsLost', { points: gap.pointsLost }))}</span>`,
  ].join(' ');
  const lines = [
    `<h3>${gap.priority}. ${e(gap.title)}</h3>`,
    `<p class="meta">${badges}</p>`,
    `<p>${e(gap.explanation)}</p>`,
    `<p class="meta">${e(f.say('label.required'))}: ${e(gap.required)} · ${e(f.say('label.found'))}: ${e(gap.found)}</p>`,
    gap.note ? `<p class="meta">${e(f.say('label.note'))}: ${e(gap.note)}</p>` : '',
    gap.remedy ? `<p class="remedy"><span class="label">${e(f.say('label.remedy'))}:</span> ${e(gap.remedy)}</p>` : '',
    gap.effort ? `<p class="meta">${e(f.say('label.effort'))}: ${e(gap.effort)}</p>` : '',
    gap.reference ? `<p class="meta">${e(f.say('label.reference'))}: ${e(gap.reference)}</p>` : '',
  ];
  const className = [gap.knockOut ? 'knock-out' : '', gap.codes.status === 'missing' ? 'missing' : ''].filter(Boolean).join(' ');
  return `<li${className ? ` class="${className}"` : ''} data-criterion="${e(gap.id)}">${lines.filter(Boolean).join('')}</li>`;
}

function criterionRow(view: EvaluationView, c: CriterionView): string {
  const t = (key: Parameters<EvaluationView['f']['say']>[0]) => view.f.say(key);
  return `<tr data-criterion="${e(c.id)}">${[
    cell(t('label.criterion'), e(c.title), 'first'),
    cell(t('label.category'), e(c.category)),
    cell(t('label.status'), `<span class="status status-${c.codes.status}">${e(c.status)}</span>`),
    cell(t('label.score'), e(c.score), 'num'),
    cell(t('label.required'), e(c.required)),
    cell(t('label.found'), e(c.found)),
    cell(t('label.pointsLost'), e(c.pointsLost), 'num'),
  ].join('')}</tr>`;
}

/**
 * Returns the body sections of an evaluation report, without the page around it.
 *
 * @example
 * evaluationHtmlBody(evaluationView(evaluation, formatterFor('en'))).startsWith('<header>')
 * //=> true
 */
export function evaluationHtmlBody(view: EvaluationView, extra: { readonly path?: string } = {}): string {
  const f = view.f;
  const t = (key: Parameters<typeof f.say>[0]) => f.say(key);
  const facts: Array<[string, string]> = [
    [t('label.supplier'), `${view.supplierName} (${view.supplierId})`],
    ...(view.region ? [[t('label.region'), view.region] as [string, string]] : []),
    [t('label.auditDate'), view.auditDate],
    ...(view.auditor ? [[t('label.auditor'), view.auditor] as [string, string]] : []),
    [t('label.evaluatedOn'), view.evaluatedOn],
    [t('label.profile'), `${view.title} (${view.profileId}, ${t('label.version').toLowerCase()} ${view.version})`],
  ];
  const figures = [
    `<span>${e(t('label.score'))} <b>${e(view.score)}</b></span>`,
    `<span>${e(t('label.grade'))} <b>${e(view.grade)}</b></span>`,
    view.reauditDue ? `<span>${e(t('label.reauditDue'))} <b>${e(view.reauditDue)}</b></span>` : '',
  ].join('');
  const categoryRows = view.categories
    .map(
      (c) =>
        `<tr data-category="${e(c.id)}">${[
          cell(t('label.category'), e(c.title), 'first'),
          cell(t('label.score'), e(c.score ?? t('label.notScored')), 'num'),
          cell(t('label.minimum'), e(c.minScore ?? '—'), 'num'),
          cell(t('label.pointsLost'), e(c.pointsLost), 'num'),
          cell(t('label.counts'), e(c.counts), 'num'),
        ].join('')}</tr>`,
    )
    .join('');
  const measurements = view.measurements
    .map((m) => {
      const result = view.criteria.find((c) => c.id === m.id);
      return `<figure data-criterion="${e(m.id)}"><figcaption><span class="title">${e(m.title)}</span> · ${e(m.limits)}${
        result ? `<br>${e(result.explanation)}` : ''
      }</figcaption>${measurementChart(f, m)}${m.controlChart ? controlChartSvg(m.controlChart, f.lang) : ''}</figure>`;
    })
    .join('');
  const sections = [
    `<header><p class="kicker">${e(t('report.evaluation'))}</p><h1>${e(view.supplierName)}</h1><p class="subtitle">${e(view.title)}</p></header>`,
    `<section class="decision decision-${view.decision}" aria-label="${e(t('label.decision'))}"><p class="decision-word">${e(view.decisionLabel)}</p><p class="figures">${figures}</p><p>${e(view.decisionNote)}</p></section>`,
    `<dl class="facts">${facts.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl>`,
    `<section><h2>${e(t('section.reasons'))}</h2><ul class="reasons">${view.reasons.map((r) => `<li>${e(r)}</li>`).join('')}</ul></section>`,
    `<section><h2>${e(t('section.categories'))}</h2><figure>${categoryChart(
      f,
      { label: `${t('label.overall')}: ${view.score} (${view.grade})`, score: view.scoreValue, decision: view.decision },
      view.categories,
      view.gradeLines,
    )}</figure><div class="table-wrap"><table class="stack"><thead><tr><th>${e(t('label.category'))}</th><th class="num">${e(t('label.score'))}</th><th class="num">${e(
      t('label.minimum'),
    )}</th><th class="num">${e(t('label.pointsLost'))}</th><th class="num">${e(t('label.counts'))}</th></tr></thead><tbody>${categoryRows}</tbody></table></div></section>`,
    `<section><h2>${e(t('section.gaps'))}</h2>${
      view.gaps.length ? `<ol class="gaps">${view.gaps.map((gap) => gapItem(view, gap)).join('')}</ol>` : `<p>${e(t('text.noGaps'))}</p>`
    }</section>`,
    extra.path ?? '',
    measurements ? `<section><h2>${e(t('section.measurements'))}</h2>${measurements}</section>` : '',
    `<section><h2>${e(t('section.criteria'))}</h2><div class="table-wrap"><table class="stack criteria"><thead><tr>${[
      'label.criterion',
      'label.category',
      'label.status',
      'label.score',
      'label.required',
      'label.found',
      'label.pointsLost',
    ]
      .map((key, i) => `<th${i === 3 || i === 6 ? ' class="num"' : ''}>${e(t(key as Parameters<typeof f.say>[0]))}</th>`)
      .join('')}</tr></thead><tbody>${view.criteria.map((c) => criterionRow(view, c)).join('')}</tbody></table></div></section>`,
    view.warnings.length ? `<section><h2>${e(t('section.warnings'))}</h2><ul>${view.warnings.map((w) => `<li>${e(w)}</li>`).join('')}</ul></section>` : '',
  ];
  return sections.filter(Boolean).join('\n');
}

/**
 * Returns an evaluation as one self-contained HTML file: decision, reasons, category chart, gaps
 * with remedies, measured values against their limits, and every requirement.
 *
 * @example
 * evaluationHtml(evaluationView(evaluation, formatterFor('en'))).includes('<svg')
 * //=> true
 */
export function evaluationHtml(view: EvaluationView, extra: { readonly path?: string } = {}): string {
  const body = `<main>\n${evaluationHtmlBody(view, extra)}\n<footer>${e(view.f.say('report.footer', { profile: view.profileId, version: view.version }))}</footer>\n</main>`;
  return htmlPage(view.f.lang, `${view.f.say('report.evaluation')}: ${view.supplierName}`, body);
}
