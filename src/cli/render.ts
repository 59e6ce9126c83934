import { id as indonesian } from '../messages/id.js';
import { summaryText } from '../report/summaryText.js';
import type { Evaluation } from '../scoring/evaluation.js';
import { CRITERION_COLUMNS } from '../sheets/evaluationRows.js';
import { jsonText } from '../sheets/outputRows.js';
import type { CohortSummary } from '../sheets/cohortRows.js';
import { toCsv } from './csv.js';

/** Output formats of `evaluate`. */
export const FORMATS = ['text', 'json', 'md', 'html', 'csv'] as const;
export type Format = (typeof FORMATS)[number];
export type Lang = 'en' | 'id';

const WORDS = {
  en: {
    approved: 'APPROVED',
    conditional: 'CONDITIONAL',
    rejected: 'REJECTED',
    incomplete: 'INCOMPLETE',
    score: 'score',
    grade: 'grade',
    reaudit: 're-audit by',
    reasons: 'Reasons',
    gaps: 'Gaps',
    criteria: 'Criteria',
    profile: 'profile',
    audit: 'audit',
    evaluated: 'evaluated',
    none: 'No gaps.',
    suppliers: 'suppliers',
    passRate: 'pass rate',
    ranking: 'Ranking',
    common: 'Most common gaps',
  },
  id: {
    approved: 'DISETUJUI',
    conditional: 'BERSYARAT',
    rejected: 'DITOLAK',
    incomplete: 'TIDAK LENGKAP',
    score: 'skor',
    grade: 'nilai',
    reaudit: 'audit ulang paling lambat',
    reasons: 'Alasan',
    gaps: 'Kesenjangan',
    criteria: 'Kriteria',
    profile: 'profil',
    audit: 'audit',
    evaluated: 'dievaluasi',
    none: 'Tidak ada kesenjangan.',
    suppliers: 'pemasok',
    passRate: 'tingkat lulus',
    ranking: 'Peringkat',
    common: 'Kesenjangan paling umum',
  },
} as const;

/** Returns a decimal text with a decimal comma, as Indonesian writes numbers. */
const idNumber = (text: string): string => (/^-?\d+\.\d+$/.test(text) ? text.replace('.', ',') : text);

/** Returns the sentence of a reason code in the language asked for (the English one as given). */
function whyText(why: { code: string; params: Readonly<Record<string, string>> }, english: string, lang: Lang): string {
  if (lang === 'en') return english;
  const params = Object.fromEntries(Object.entries(why.params).map(([key, value]) => [key, idNumber(value)]));
  const sentence = (indonesian as Record<string, (p: Record<string, string>) => string>)[why.code];
  return sentence ? sentence(params) : english;
}

/** Returns the sentence for a criterion's result in the language asked for. */
function explanation(evaluation: Evaluation, criterion: string, lang: Lang): string {
  const result = evaluation.criteria.find((item) => item.id === criterion);
  return result ? whyText(result.why, result.explanation, lang) : '';
}

const number = (text: string, lang: Lang) => (lang === 'id' ? idNumber(text) : text);

/** Returns the terminal summary of an evaluation (the library's `summaryText` in English). */
function text(evaluation: Evaluation, lang: Lang): string {
  if (lang === 'en') return summaryText(evaluation, { gaps: 5 });
  const w = WORDS.id;
  const head = [
    evaluation.supplier.name,
    w[evaluation.decision],
    `${w.score} ${number(evaluation.score, lang)}`,
    `${w.grade} ${evaluation.grade}`,
    ...(evaluation.reauditDue ? [`${w.reaudit} ${evaluation.reauditDue}`] : []),
  ].join('   ');
  const shown = evaluation.gaps.slice(0, 5);
  const width = Math.max(0, ...shown.map((gap) => gap.criterion.length));
  const lines = shown.map((gap) => {
    const label = gap.knockOut ? 'knock-out' : gap.status === 'missing' ? 'tidak ada' : 'kesenjangan';
    const lost = gap.pointsLost === '0' ? '' : ` (-${number(gap.pointsLost, lang)})`;
    return `  ${label.padEnd(11)}  ${gap.criterion.padEnd(width)}  ${explanation(evaluation, gap.criterion, lang)}${lost}  [${gap.causeFamily}]`;
  });
  const more = evaluation.gaps.length - shown.length;
  if (more > 0) lines.push(`  … ${more} kesenjangan lagi`);
  return [head, ...lines].join('\n');
}

const mdCell = (value: unknown) => String(value ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const mdRow = (cells: readonly unknown[]) => `| ${cells.map(mdCell).join(' | ')} |`;
const mdTable = (header: readonly string[], rows: readonly (readonly unknown[])[]) =>
  [mdRow(header), mdRow(header.map(() => '---')), ...rows.map(mdRow)].join('\n');

/** Returns an evaluation as Markdown: the decision line, the reasons, the gaps and the criteria. */
function markdown(evaluation: Evaluation, lang: Lang): string {
  const w = WORDS[lang];
  return [
    `# ${evaluation.supplier.name}: ${w[evaluation.decision]}`,
    '',
    `${w.score} **${number(evaluation.score, lang)}**, ${w.grade} **${evaluation.grade}**` +
      (evaluation.reauditDue ? `, ${w.reaudit} ${evaluation.reauditDue}` : '') +
      ` · ${w.profile} ${evaluation.profile.id} ${evaluation.profile.version} · ${w.audit} ${evaluation.auditDate} · ${w.evaluated} ${evaluation.evaluatedOn}`,
    '',
    `## ${w.reasons}`,
    '',
    ...evaluation.reasons.map((reason) => `- ${whyText(reason.why, reason.message, lang)}`),
    '',
    `## ${w.gaps}`,
    '',
    evaluation.gaps.length === 0
      ? w.none
      : mdTable(
          ['#', 'criterion', 'status', 'points lost', 'explanation', 'cause family', 'remedy'],
          evaluation.gaps.map((gap) => [
            gap.priority,
            gap.criterion,
            gap.knockOut ? 'knock-out' : gap.status,
            number(gap.pointsLost, lang),
            explanation(evaluation, gap.criterion, lang),
            gap.causeFamily,
            gap.remedy ?? '',
          ]),
        ),
    '',
    `## ${w.criteria}`,
    '',
    mdTable(
      ['category', 'criterion', 'status', 'score', 'explanation'],
      evaluation.criteria.map((c) => [c.category, c.id, c.status, number(c.score, lang), explanation(evaluation, c.id, lang)]),
    ),
    '',
  ].join('\n');
}

const escapeHtml = (value: unknown) =>
  String(value ?? '').replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
const htmlTable = (header: readonly string[], rows: readonly (readonly unknown[])[]) =>
  `<table>\n<thead><tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>\n<tbody>\n${rows
    .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`)
    .join('\n')}\n</tbody>\n</table>`;

/** Returns an evaluation as an HTML section. */
function htmlSection(evaluation: Evaluation, lang: Lang): string {
  const w = WORDS[lang];
  return [
    `<section class="evaluation decision-${evaluation.decision}">`,
    `<h1>${escapeHtml(evaluation.supplier.name)}: ${w[evaluation.decision]}</h1>`,
    `<p>${w.score} <strong>${number(evaluation.score, lang)}</strong>, ${w.grade} <strong>${escapeHtml(evaluation.grade)}</strong>${
      evaluation.reauditDue ? `, ${w.reaudit} ${evaluation.reauditDue}` : ''
    }</p>`,
    `<h2>${w.reasons}</h2>`,
    `<ul>${evaluation.reasons.map((reason) => `<li>${escapeHtml(whyText(reason.why, reason.message, lang))}</li>`).join('')}</ul>`,
    `<h2>${w.gaps}</h2>`,
    htmlTable(
      ['#', 'criterion', 'status', 'points lost', 'explanation', 'cause family', 'remedy'],
      evaluation.gaps.map((gap) => [
        gap.priority,
        gap.criterion,
        gap.knockOut ? 'knock-out' : gap.status,
        number(gap.pointsLost, lang),
        explanation(evaluation, gap.criterion, lang),
        gap.causeFamily,
        gap.remedy ?? '',
      ]),
    ),
    `<h2>${w.criteria}</h2>`,
    htmlTable(
      ['category', 'criterion', 'status', 'score', 'explanation'],
      evaluation.criteria.map((c) => [c.category, c.id, c.status, number(c.score, lang), explanation(evaluation, c.id, lang)]),
    ),
    '</section>',
  ].join('\n');
}

/** The columns of the CSV output of `evaluate`: the supplier and its result, then the criterion. */
export const EVALUATION_CSV_COLUMNS = ['supplier id', 'supplier name', 'decision', 'total score', 'grade', ...CRITERION_COLUMNS] as const;

/**
 * Returns evaluations in one of the output formats: text (terminal summary), json (the evaluation, or
 * a list for several), md, html, or csv (one row per supplier and criterion).
 */
export function renderEvaluations(evaluations: readonly Evaluation[], format: Format, lang: Lang): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(evaluations.length === 1 ? evaluations[0] : evaluations, null, 2)}\n`;
    case 'md':
      return evaluations.map((evaluation) => markdown(evaluation, lang)).join('\n');
    case 'html':
      return [
        '<!doctype html>',
        `<html lang="${lang}">`,
        '<head><meta charset="utf-8"><title>Supplier evaluation</title></head>',
        '<body>',
        ...evaluations.map((evaluation) => htmlSection(evaluation, lang)),
        '</body>',
        '</html>',
        '',
      ].join('\n');
    case 'csv':
      return toCsv([
        [...EVALUATION_CSV_COLUMNS],
        ...evaluations.flatMap((e) =>
          e.criteria.map((c) => [
            e.supplier.id,
            e.supplier.name,
            e.decision,
            e.score,
            e.grade,
            c.category,
            c.id,
            c.title,
            c.kind,
            c.severity,
            c.causeFamily,
            c.weight,
            c.status,
            c.score,
            c.pointsLost,
            jsonText(c.required),
            jsonText(c.found),
            explanation(e, c.id, lang),
            c.remedy ?? '',
          ]),
        ),
      ]);
    default:
      return `${evaluations.map((evaluation) => text(evaluation, lang)).join('\n\n')}\n`;
  }
}

/** Returns a cohort summary as text, json, md or csv. */
export function renderCohort(summary: CohortSummary, format: Format, lang: Lang, rows: () => (string | number | boolean)[][]): string {
  const w = WORDS[lang];
  switch (format) {
    case 'json':
      return `${JSON.stringify(summary, null, 2)}\n`;
    case 'csv':
      return toCsv(rows());
    case 'md':
    case 'html': {
      const body = [
        `# ${summary.count} ${w.suppliers}: ${w.passRate} ${number(summary.passRate, lang)} %`,
        '',
        mdTable(['approved', 'conditional', 'rejected', 'incomplete'], [[summary.decisions.approved, summary.decisions.conditional, summary.decisions.rejected, summary.decisions.incomplete]]),
        '',
        `## ${w.ranking}`,
        '',
        mdTable(
          ['rank', 'supplier', 'decision', 'score', 'grade', 'gaps', 'top gap'],
          summary.suppliers.map((s) => [s.rank, s.name, s.decision, number(s.score, lang), s.grade, s.gaps, s.topGap]),
        ),
        '',
        `## ${w.common}`,
        '',
        mdTable(
          ['criterion', 'suppliers', 'share %', 'knock-outs', 'cause family'],
          summary.gaps.map((g) => [g.criterion, g.suppliers, number(g.share, lang), g.knockOuts, g.causeFamily]),
        ),
        '',
      ].join('\n');
      return format === 'md' ? body : `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"></head><body><pre>${escapeHtml(body)}</pre></body></html>\n`;
    }
    default: {
      const top = summary.gaps.slice(0, 5);
      return [
        `${summary.count} ${w.suppliers}   ${w.approved} ${summary.decisions.approved}   ${w.conditional} ${summary.decisions.conditional}   ${w.rejected} ${summary.decisions.rejected}   ${w.incomplete} ${summary.decisions.incomplete}   ${w.passRate} ${number(summary.passRate, lang)} %`,
        ...summary.suppliers.slice(0, 10).map((s) => `  ${String(s.rank).padStart(3)}. ${s.name}   ${w[s.decision]}   ${number(s.score, lang)} ${s.grade}`),
        ...(summary.suppliers.length > 10 ? [`  … ${summary.suppliers.length - 10}`] : []),
        ...(top.length > 0 ? [`${w.common}:`] : []),
        ...top.map((g) => `  ${g.criterion}  ${g.suppliers} (${number(g.share, lang)} %)  [${g.causeFamily}]`),
        '',
      ].join('\n');
    }
  }
}
