import { escapeMarkdown as m } from './escape.js';
import type { EvaluationView } from './evaluationView.js';
import type { ReportMessageKey } from '../locales/en.js';

/**
 * Returns a Markdown table; every cell is escaped.
 *
 * @example
 * markdownTable(['Supplier', 'Score'], [['A|B', '86.6']], [1])
 * //=> '| Supplier | Score |\n| --- | ---: |\n| A\\|B | 86.6 |'
 */
export function markdownTable(head: readonly string[], rows: ReadonlyArray<readonly string[]>, numeric: readonly number[] = []): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => m(c) || ' ').join(' | ')} |`;
  const rule = `|${head.map((_, i) => (numeric.includes(i) ? ' ---: ' : ' --- ')).join('|')}|`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}

/**
 * Returns the body of an evaluation in Markdown, without the footer.
 *
 * @example
 * evaluationMarkdownBody(evaluationView(evaluation, formatterFor('en'))).split('\n')[0]
 * //=> '# Supplier evaluation: CV Maju Jaya Teknik'
 */
export function evaluationMarkdownBody(view: EvaluationView, extra: { readonly path?: string; readonly level?: number } = {}): string {
  const f = view.f;
  const t = (key: ReportMessageKey) => f.say(key);
  const h = '#'.repeat(extra.level ?? 1);
  const out: string[] = [];
  out.push(`${h} ${m(t('report.evaluation'))}: ${m(view.supplierName)}`, '');
  const figures = [
    `**${m(t('label.decision'))}: ${m(view.decisionLabel)}**`,
    `${m(t('label.score'))} ${m(view.score)}`,
    `${m(t('label.grade'))} ${m(view.grade)}`,
    ...(view.reauditDue ? [`${m(t('label.reauditDue'))} ${m(view.reauditDue)}`] : []),
  ];
  out.push(figures.join(' · '), '', m(view.decisionNote), '');
  const facts: Array<[string, string]> = [
    [t('label.supplier'), `${view.supplierName} (${view.supplierId})`],
    ...(view.region ? [[t('label.region'), view.region] as [string, string]] : []),
    [t('label.auditDate'), view.auditDate],
    ...(view.auditor ? [[t('label.auditor'), view.auditor] as [string, string]] : []),
    [t('label.evaluatedOn'), view.evaluatedOn],
    [t('label.profile'), `${view.title} (${view.profileId}, ${t('label.version').toLowerCase()} ${view.version})`],
  ];
  out.push(facts.map(([k, v]) => `- ${m(k)}: ${m(v)}`).join('\n'), '');
  out.push(`${h}# ${m(t('section.reasons'))}`, '', view.reasons.map((r) => `- ${m(r)}`).join('\n'), '');
  out.push(`${h}# ${m(t('section.categories'))}`, '');
  out.push(
    markdownTable(
      [t('label.category'), t('label.score'), t('label.minimum'), t('label.pointsLost'), t('label.counts')],
      [
        [t('label.overall'), `${view.score} (${view.grade})`, '', '', ''],
        ...view.categories.map((c) => [c.title, c.score ?? t('label.notScored'), c.minScore ?? '—', c.pointsLost, c.counts]),
      ],
      [1, 2, 3, 4],
    ),
    '',
  );
  out.push(`${h}# ${m(t('section.gaps'))}`, '');
  if (view.gaps.length === 0) out.push(m(t('text.noGaps')), '');
  for (const gap of view.gaps) {
    const tags = [
      gap.knockOut ? t('label.knockOut') : gap.severity,
      gap.causeFamily,
      f.say('text.pointsLost', { points: gap.pointsLost }),
    ];
    const marker = `${gap.priority}. `;
    const indent = ' '.repeat(marker.length);
    const paragraphs = [
      `**${m(gap.title)}** (${m(tags.join(', '))}): ${m(gap.explanation)}`,
      `${m(t('label.required'))}: ${m(gap.required)}. ${m(t('label.found'))}: ${m(gap.found)}.`,
      ...(gap.note ? [`${m(t('label.note'))}: ${m(gap.note)}`] : []),
      ...(gap.remedy ? [`**${m(t('label.remedy'))}:** ${m(gap.remedy)}`] : []),
      ...(gap.effort ? [`${m(t('label.effort'))}: ${m(gap.effort)}`] : []),
    ];
    out.push(paragraphs.map((p, i) => `${i === 0 ? marker : indent}${p}`).join('\n\n'), '');
  }
  if (extra.path) out.push(extra.path, '');
  out.push(`${h}# ${m(t('section.criteria'))}`, '');
  out.push(
    markdownTable(
      [t('label.criterion'), t('label.category'), t('label.status'), t('label.score'), t('label.required'), t('label.found'), t('label.pointsLost')],
      view.criteria.map((c) => [c.title, c.category, c.status, c.score, c.required, c.found, c.pointsLost]),
      [3, 6],
    ),
    '',
  );
  if (view.warnings.length) out.push(`${h}# ${m(t('section.warnings'))}`, '', view.warnings.map((w) => `- ${m(w)}`).join('\n'), '');
  return out.join('\n');
}

/**
 * Returns an evaluation as a Markdown document: decision, reasons, category scores, gaps with
 * remedies and a table of every requirement. Buyer and auditor text is escaped.
 *
 * @example
 * evaluationMarkdown(evaluationView(evaluation, formatterFor('en'))).split('\n')[0]
 * //=> '# Supplier evaluation: CV Maju Jaya Teknik'
 */
export function evaluationMarkdown(view: EvaluationView, extra: { readonly path?: string } = {}): string {
  return `${evaluationMarkdownBody(view, extra)}\n---\n\n${m(view.f.say('report.footer', { profile: view.profileId, version: view.version }))}\n`;
}
