import { withoutControls } from './escape.js';
import type { EvaluationView } from './evaluationView.js';
import type { ReportMessageKey } from '../locales/en.js';

/** Options of the plain-text report. */
export interface EvaluationTextOptions {
  /** How many gaps to list (default: all). */
  readonly gaps?: number;
  /** The path-to-pass lines, already written. */
  readonly path?: string;
}

/**
 * Returns text on one line without control characters that would move a terminal's cursor or change
 * its colours.
 *
 * @example
 * plain('red\u001b[31m\nnext')
 * //=> 'red [31m next'
 */
export function plain(text: string): string {
  return withoutControls(text).replace(/[\t\r\n]+/g, ' ');
}

/**
 * Returns an evaluation as plain text for a terminal or an e-mail: the decision line, the reasons,
 * then each gap with its explanation and remedy.
 *
 * @example
 * evaluationText(evaluationView(evaluation, formatterFor('en'))).split('\n')[0]
 * //=> 'CV Maju Jaya Teknik   CONDITIONAL   score 86.6   grade B   re-audit by 17 February 2027'
 */
export function evaluationText(view: EvaluationView, options: EvaluationTextOptions = {}): string {
  const f = view.f;
  const t = (key: ReportMessageKey) => f.say(key);
  const head = [
    plain(view.supplierName),
    view.decisionLabel.toUpperCase(),
    f.say('text.score', { score: view.score }),
    f.say('text.grade', { grade: plain(view.grade) }),
    ...(view.reauditDue ? [f.say('text.reauditBy', { date: view.reauditDue })] : []),
  ].join('   ');
  const lines = [head, `${plain(view.title)} · ${t('label.auditDate')} ${view.auditDate}`, '', `${t('section.reasons')}:`];
  for (const reason of view.reasons) lines.push(`  - ${plain(reason)}`);
  lines.push('', `${t('section.gaps')}:`);
  const shown = view.gaps.slice(0, options.gaps ?? view.gaps.length);
  if (view.gaps.length === 0) lines.push(`  ${t('text.noGaps')}`);
  for (const gap of shown) {
    const tags = [...(gap.knockOut ? [t('label.knockOut')] : []), gap.causeFamily, f.say('text.pointsLost', { points: gap.pointsLost })];
    lines.push(`  ${gap.priority}. ${plain(gap.title)}: ${plain(gap.explanation)} [${tags.join(', ')}]`);
    if (gap.remedy) lines.push(`     ${f.say('text.remedy', { remedy: plain(gap.remedy) })}${gap.effort ? ` (${gap.effort})` : ''}`);
  }
  const more = view.gaps.length - shown.length;
  if (more > 0) lines.push(`  ${f.say('text.moreGaps', { count: String(more) })}`);
  if (view.warnings.length > 0) lines.push('', `${t('section.warnings')}:`);
  for (const warning of view.warnings) lines.push(`  - ${plain(warning)}`);
  if (options.path) lines.push('', options.path);
  return `${lines.join('\n')}\n`;
}
