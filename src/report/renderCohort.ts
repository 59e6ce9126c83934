import type { CohortSummary } from '../cohort/cohortSummary.js';
import { countChart, distributionChart } from './charts/svg.js';
import { cohortView, SCORE_BAND, type CohortView } from './cohortView.js';
import { cohortWarningsCsvRows, cohortWarningsTables, cohortWarningsText, cohortWarningsView, type CohortWarningsView } from './cohortWarnings.js';
import { csvText, escapeHtml as e, escapeMarkdown as m, terminalSafe } from './escape.js';
import { cell } from './evaluationHtml.js';
import { markdownTable } from './evaluationMarkdown.js';
import { plain } from './evaluationText.js';
import { formatterFor } from './format.js';
import { htmlPage } from './htmlPage.js';
import type { ReportMessageKey } from '../locales/en.js';
import type { ReportProfile } from './reportInputs.js';
import { cohortSummarySchema } from '../cohort/cohortSummarySchema.js';
import { schemaIssues } from '../schema/schemaIssues.js';
import { checkRenderOptions, type BaseRenderOptions } from './renderOptions.js';
import { appendAll } from '../lists/appendAll.js';

/** Options of `renderCohort`. */
export interface RenderCohortOptions extends BaseRenderOptions {
  /** The profile of the cohort: grade band lines in the charts, titles in the chosen language. */
  readonly profile?: ReportProfile;
}

/** A table: header cells, rows, and the columns that hold numbers. */
interface Table {
  readonly head: readonly string[];
  readonly rows: ReadonlyArray<readonly string[]>;
  readonly numeric: readonly number[];
}

function tables(view: CohortView): Record<'grades' | 'distribution' | 'criteria' | 'families' | 'nearMisses' | 'ranking' | 'regions' | 'invalid', Table> {
  const f = view.f;
  const t = (key: ReportMessageKey) => f.say(key);
  const n = (x: number) => f.number(String(x));
  const pathHead = view.paths ? [t('label.inNextPath'), t('label.inApprovalPath')] : [];
  return {
    grades: { head: [t('label.grade'), t('label.suppliers')], rows: view.grades.map((g) => [g.grade, n(g.count)]), numeric: [1] },
    distribution: { head: view.distribution.map(([label]) => label), rows: [view.distribution.map(([, value]) => value)], numeric: view.distribution.map((_, i) => i) },
    criteria: {
      head: [t('label.criterion'), t('label.causeFamily'), t('label.suppliers'), t('label.knockOuts'), t('label.missingEvidence'), ...pathHead, t('label.pointsLostTotal')],
      rows: view.criteria.map((c) => [
        c.title,
        c.causeFamily,
        n(c.suppliers),
        n(c.knockOuts),
        n(c.missing),
        ...(view.paths ? [c.inNextPath, c.inApprovalPath] : []),
        c.pointsLost,
      ]),
      numeric: view.paths ? [2, 3, 4, 5, 6, 7] : [2, 3, 4, 5],
    },
    families: {
      head: [t('label.causeFamily'), t('label.suppliers'), t('label.gaps'), t('label.knockOuts'), ...pathHead],
      rows: view.families.map((c) => [c.label, n(c.suppliers), n(c.gaps), n(c.knockOuts), ...(view.paths ? [c.inNextPath, c.inApprovalPath] : [])]),
      numeric: view.paths ? [1, 2, 3, 4, 5] : [1, 2, 3],
    },
    nearMisses: {
      head: [t('label.supplier'), t('label.score'), t('label.decision'), t('label.next'), t('label.distance'), t('label.decisiveCause')],
      rows: view.nearMisses.map((x) => [x.supplier, x.score, x.decision, x.next, x.distance, x.cause]),
      numeric: [1, 4],
    },
    ranking: {
      head: [t('label.rank'), t('label.supplier'), t('label.region'), t('label.auditDate'), t('label.score'), t('label.grade'), t('label.decision'), t('label.decisiveCause')],
      rows: view.ranking.map((r) => [n(r.rank), `${r.supplier} (${r.supplierId})`, r.region, r.auditDate, r.score, r.grade, r.decision, r.cause]),
      numeric: [0, 4],
    },
    regions: {
      head: [t('label.region'), t('label.suppliers'), t('section.decisions'), t('label.meanScore')],
      rows: view.regions.map((r) => [r.region, n(r.suppliers), r.counts, r.meanScore]),
      numeric: [1, 3],
    },
    invalid: { head: [t('label.record'), t('label.supplier'), t('label.issues')], rows: view.invalid.map((r) => [r.record, r.supplier, r.issues]), numeric: [0] },
  };
}

function cohortText(view: CohortView, warnings: CohortWarningsView | undefined): string {
  const f = view.f;
  const t = (key: ReportMessageKey) => f.say(key);
  const lines = [...(view.headline ? [plain(view.headline), ''] : []), `${t('report.cohort')}: ${plain(view.title)}`, ...view.facts.map(plain), ''];
  lines.push(`${t('section.decisions')}: ${view.decisions.map((d) => `${d.label} ${f.number(String(d.count))}`).join(' · ')}`);
  lines.push(`${t('section.distribution')}: ${view.distribution.map(([label, value]) => `${label} ${value}`).join(' · ')}`);
  lines.push('', `${t('section.families')}:`);
  for (const family of view.families) {
    if (family.suppliers === 0) continue;
    const path = view.paths ? `; ${t('label.inNextPath').toLowerCase()} ${family.inNextPath}` : '';
    lines.push(`  - ${family.label}: ${f.number(String(family.suppliers))} ${t('label.suppliers').toLowerCase()}${path}`);
  }
  lines.push('', `${t('section.commonGaps')}:`);
  for (const c of view.criteria.slice(0, 10)) lines.push(`  - ${plain(c.title)} [${c.causeFamily}]: ${f.number(String(c.suppliers))}`);
  if (view.nearMisses.length) {
    lines.push('', `${t('section.nearMisses')}:`);
    for (const x of view.nearMisses) lines.push(`  - ${plain(x.supplier)}: ${x.score} (${x.decision}), −${x.distance} → ${x.next}${x.cause ? ` — ${plain(x.cause)}` : ''}`);
  }
  lines.push('', `${t('section.ranking')}:${view.rankingNote ? ` ${view.rankingNote}` : ''}`);
  appendAll(lines, rankingLines(view));
  appendAll(lines, cohortWarningsText(warnings, f).map(plain));
  return `${lines.join('\n')}\n`;
}

/**
 * The ranking as text lines, one per supplier, in aligned columns (rank and score to the right),
 * each with its decisive cause after a dash.
 */
function rankingLines(view: CohortView): string[] {
  const rows = view.ranking.map((r) => [`${r.rank}.`, `${plain(r.supplier)} (${plain(r.supplierId)})`, r.score, plain(r.grade), r.decision, plain(r.cause)]);
  const widths = [0, 1, 2, 3, 4].map((i) => rows.reduce((most, row) => Math.max(most, [...(row[i] ?? '')].length), 0));
  const pad = (text: string, i: number, right = false) => {
    const fill = ' '.repeat((widths[i] ?? 0) - [...text].length);
    return right ? fill + text : text + fill;
  };
  return rows.map(([rank = '', supplier = '', score = '', grade = '', decision = '', cause = '']) =>
    `  ${pad(rank, 0, true)} ${pad(supplier, 1)}   ${pad(score, 2, true)}   ${pad(grade, 3)}   ${cause ? `${pad(decision, 4)} — ${cause}` : decision}`.trimEnd(),
  );
}

function cohortMarkdown(view: CohortView, warnings: CohortWarningsView | undefined): string {
  const f = view.f;
  const t = (key: ReportMessageKey) => f.say(key);
  const all = tables(view);
  const table = (x: Table) => markdownTable(x.head, x.rows, x.numeric);
  const out = [`# ${m(t('report.cohort'))}: ${m(view.title)}`, '', ...(view.headline ? [`**${m(view.headline)}**`, ''] : []), ...view.facts.map((fact) => `- ${m(fact)}`), ''];
  out.push(`## ${m(t('section.decisions'))}`, '', table({ head: [t('label.decision'), t('label.suppliers')], rows: view.decisions.map((d) => [d.label, f.number(String(d.count))]), numeric: [1] }), '');
  out.push(table(all.grades), '');
  out.push(`## ${m(t('section.distribution'))}`, '', table(all.distribution), '');
  out.push(`## ${m(t('section.families'))}`, '', table(all.families), '');
  out.push(`## ${m(t('section.commonGaps'))}`, '', table(all.criteria), '');
  if (view.nearMisses.length) out.push(`## ${m(t('section.nearMisses'))}`, '', table(all.nearMisses), '');
  appendAll(out, [`## ${m(t('section.ranking'))}`, '', ...(view.rankingNote ? [m(view.rankingNote), ''] : []), table(all.ranking), '']);
  out.push(`## ${m(t('section.regions'))}`, '', table(all.regions), '');
  if (view.invalid.length) out.push(`## ${m(t('section.invalid'))}`, '', table(all.invalid), '');
  if (warnings) {
    const w = cohortWarningsTables(warnings, f);
    out.push(`## ${m(t('section.warnings'))}`, '', m(warnings.sentence), '', m(warnings.codes), '');
    if (w.counts.rows.length) out.push(table(w.counts), '');
    out.push(table(w.records), '');
  }
  out.push('---', '', m(f.say('report.footer', { profile: view.profileId, version: view.version })));
  return `${out.join('\n')}\n`;
}

function htmlTable(x: Table): string {
  const head = x.head.map((h, i) => `<th${x.numeric.includes(i) ? ' class="num"' : ''}>${e(h)}</th>`).join('');
  const rows = x.rows
    .map((row) => `<tr>${row.map((value, i) => cell(x.head[i] ?? '', e(value), [i === 0 ? 'first' : '', x.numeric.includes(i) ? 'num' : ''].filter(Boolean).join(' '))).join('')}</tr>`)
    .join('');
  return `<div class="table-wrap"><table class="stack"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

function cohortHtml(view: CohortView, warnings: CohortWarningsView | undefined): string {
  const f = view.f;
  const t = (key: ReportMessageKey) => f.say(key);
  const all = tables(view);
  const decisions = countChart(
    'chart-decisions',
    t('chart.decisions'),
    view.decisions.map((d) => ({ label: `${d.label}: ${f.number(String(d.count))}`, count: d.count, className: `decision-${d.code}`, key: d.code })),
  );
  const families = countChart(
    'chart-families',
    t('chart.families'),
    view.families.map((c) => ({ label: `${c.label}: ${f.number(String(c.suppliers))}`, count: c.suppliers, className: 'family', key: c.code })),
  );
  const distribution = distributionChart(f, t('chart.scoreDistribution'), view.bands, SCORE_BAND, view.gradeLines);
  const sections = [
    `<header><p class="kicker">${e(t('report.cohort'))}</p><h1>${e(view.title)}</h1><p class="subtitle">${e(view.profileId)}, ${e(t('label.version').toLowerCase())} ${e(view.version)}</p></header>`,
    view.headline ? `<p class="headline"><strong>${e(view.headline)}</strong></p>` : '',
    `<ul class="reasons">${view.facts.map((fact) => `<li>${e(fact)}</li>`).join('')}</ul>`,
    `<section><h2>${e(t('section.decisions'))}</h2><figure>${decisions}</figure>${htmlTable(all.grades)}</section>`,
    `<section><h2>${e(t('section.distribution'))}</h2><figure>${distribution}</figure>${htmlTable(all.distribution)}</section>`,
    `<section><h2>${e(t('section.families'))}</h2><figure>${families}</figure>${htmlTable(all.families)}</section>`,
    `<section><h2>${e(t('section.commonGaps'))}</h2>${htmlTable(all.criteria)}</section>`,
    view.nearMisses.length ? `<section><h2>${e(t('section.nearMisses'))}</h2>${htmlTable(all.nearMisses)}</section>` : '',
    `<section><h2>${e(t('section.ranking'))}</h2>${view.rankingNote ? `<p class="meta">${e(view.rankingNote)}</p>` : ''}${htmlTable(all.ranking)}</section>`,
    `<section><h2>${e(t('section.regions'))}</h2>${htmlTable(all.regions)}</section>`,
    view.invalid.length ? `<section><h2>${e(t('section.invalid'))}</h2>${htmlTable(all.invalid)}</section>` : '',
    warningsHtml(warnings, f),
    `<footer>${e(f.say('report.footer', { profile: view.profileId, version: view.version }))}</footer>`,
  ];
  return htmlPage(f.lang, `${t('report.cohort')}: ${view.title}`, `<main>\n${sections.filter(Boolean).join('\n')}\n</main>`);
}

/** The section on the warnings about the evidence (empty without warnings). */
function warningsHtml(warnings: CohortWarningsView | undefined, f: CohortView['f']): string {
  if (!warnings) return '';
  const w = cohortWarningsTables(warnings, f);
  const counts = w.counts.rows.length ? htmlTable(w.counts) : '';
  return `<section><h2>${e(f.say('section.warnings'))}</h2><p>${e(warnings.sentence)}</p><p class="meta">${e(warnings.codes)}</p>${counts}${htmlTable(w.records)}</section>`;
}

/** The columns of the cohort CSV, in order. */
export const COHORT_CSV_COLUMNS = [
  'column.rank',
  'column.supplierId',
  'column.supplier',
  'column.region',
  'column.profile',
  'column.profileVersion',
  'column.auditDate',
  'column.overallScore',
  'column.grade',
  'column.decision',
  'column.explanation',
] as const satisfies readonly ReportMessageKey[];

function cohortCsv(view: CohortView, warnings: CohortWarningsView | undefined): string {
  const rows = view.ranking.map((r) => [String(r.rank), r.supplierId, r.supplier, r.region, view.profileId, view.version, r.auditDate, r.score, r.grade, r.decision, r.cause]);
  const notes = cohortWarningsCsvRows(warnings, view.f, { id: view.profileId, version: view.version });
  return csvText([COHORT_CSV_COLUMNS.map((key) => view.f.say(key)), ...rows, ...notes]);
}

/**
 * Returns a report of a cohort summary (from `evaluateCohort`): how many suppliers were approved,
 * conditional, rejected or incomplete, the score distribution, the most frequent gaps by criterion and
 * by cause family (training versus equipment needs), near misses and the ranking (each supplier with
 * its first decisive cause), the regions and the
 * warnings about the evidence; as plain text, Markdown, a self-contained HTML file with charts, or CSV
 * with one row per ranked supplier (every supplier when the summary keeps the full ranking; its
 * decisive cause as the explanation), then one
 * row per listed warning (status "Note on the evidence", the warning as the explanation).
 * Throws a `ValidationError` listing every problem when the summary is not one `evaluateCohort` returns, or an option is not of its form.
 *
 * @example
 * renderCohort(summary, { format: 'csv' }).split('\r\n')[0]
 * //=> 'rank,supplier_id,supplier,region,profile,profile_version,audit_date,overall_score,grade,decision,explanation'
 */
export function renderCohort(summary: CohortSummary, options: RenderCohortOptions): string {
  const { format, lang } = checkRenderOptions(options, ['profile'], schemaIssues(cohortSummarySchema, summary, ['summary']));
  const view = cohortView(summary, formatterFor(lang, format === 'csv' ? 'plain' : 'prose'), options.profile ? { profile: options.profile } : {});
  const warnings = cohortWarningsView(summary, view.f);
  switch (format) {
    case 'text':
      return terminalSafe(cohortText(view, warnings));
    case 'md':
      return cohortMarkdown(view, warnings);
    case 'html':
      return cohortHtml(view, warnings);
    case 'csv':
      return cohortCsv(view, warnings);
  }
}
