import type { JsonValue } from '../criteria/outcome.js';
import type { CriterionResult, Evaluation, Gap } from '../scoring/evaluation.js';
import { largest } from '../lists/largest.js';

/**
 * Returns a JSON value on one line: objects as `key value, key value`, lists space-separated.
 *
 * @example
 * jsonLine({ lsl: '3.18', usl: '3.22', unit: 'mm' })
 * //=> 'lsl 3.18, usl 3.22, unit mm'
 */
export function jsonLine(value: JsonValue | Readonly<Record<string, JsonValue>> | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.length > 8 ? `${value.slice(0, 8).map(jsonLine).join(' ')} … (${value.length})` : value.map(jsonLine).join(' ');
  if (typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length === 0 ? '—' : entries.map(([key, inner]) => `${key} ${jsonLine(inner as JsonValue)}`).join(', ');
  }
  return String(value);
}

/** Returns `label  text` lines with the label padded, continuation lines indented under the text. */
function block(rows: ReadonlyArray<readonly [string, readonly string[] | string]>): string {
  const width = largest(rows.map(([label]) => label.length));
  return rows
    .flatMap(([label, text]) => {
      const lines = typeof text === 'string' ? [text] : text.length ? text : ['—'];
      return lines.map((line, i) => `  ${(i === 0 ? label : '').padEnd(width)}  ${line}`);
    })
    .join('\n');
}

/**
 * Returns an evaluation's head for a message: supplier, decision, score and grade.
 *
 * @example
 * evaluationHeadline(evaluation)
 * //=> 'CV Maju Jaya Teknik: conditional, score 86.6, grade B'
 */
export function evaluationHeadline(evaluation: Evaluation): string {
  const capped = evaluation.grade === evaluation.scoreGrade ? '' : ` (capped from ${evaluation.scoreGrade})`;
  return `${evaluation.supplier.name}: ${evaluation.decision}, score ${evaluation.score}, grade ${evaluation.grade}${capped}`;
}

function gapLine(gap: Gap): string {
  const lost = gap.pointsLost === '0' ? '' : ` (-${gap.pointsLost})`;
  return `${gap.priority}. ${gap.knockOut ? 'knock-out ' : ''}${gap.criterion}: ${gap.explanation}${lost}`;
}

/**
 * Returns the part of an evaluation behind its decision: decision, score, grade, reasons, the rules
 * that fired and the first gaps.
 *
 * @example
 * decisionDetails(evaluation).split('\n')[0]
 * //=> '  decision  conditional'
 */
export function decisionDetails(evaluation: Evaluation, gaps = 5): string {
  const more = evaluation.gaps.length > gaps ? [`… ${evaluation.gaps.length - gaps} more`] : [];
  return block([
    ['decision', evaluation.decision],
    ['score', `${evaluation.score}, grade ${evaluation.grade}${evaluation.grade === evaluation.scoreGrade ? '' : ` (score alone: ${evaluation.scoreGrade})`}`],
    ['reasons', evaluation.reasons.map((reason) => reason.message)],
    ['gaps', [...evaluation.gaps.slice(0, gaps).map(gapLine), ...more]],
  ]);
}

/**
 * Returns one criterion's result for a message: title, kind, severity, status and score, what was
 * required, what was found and why.
 *
 * @example
 * criterionDetails(result).split('\n')[0]
 * //=> '  criterion  nozzle-d: Nozzle orifice diameter (measurement, critical)'
 */
export function criterionDetails(result: CriterionResult): string {
  return block([
    ['criterion', `${result.id}: ${result.title} (${result.kind}, ${result.severity})`],
    ['status', `${result.status}, score ${result.score}${result.pointsLost === '0' ? '' : `, ${result.pointsLost} points lost`}`],
    ['required', jsonLine(result.required)],
    ['found', jsonLine(result.found)],
    ['why', result.explanation],
    ...(result.shortfall ? ([['shortfall', `${result.shortfall.amount} ${result.shortfall.unit}${result.shortfall.relative ? ` (relative ${result.shortfall.relative})` : ''}`]] as const) : []),
  ]);
}

/**
 * Returns an evaluation's scores for a message: overall score and grade, then each category's score
 * and weight, then the criteria that lost the most points.
 *
 * @example
 * scoreDetails(evaluation).split('\n')[0]
 * //=> '  score       86.6, grade B'
 */
export function scoreDetails(evaluation: Evaluation): string {
  const losing = evaluation.criteria
    .filter((c) => c.pointsLost !== '0')
    .sort((a, b) => Number(b.pointsLost) - Number(a.pointsLost))
    .slice(0, 5);
  return block([
    ['score', `${evaluation.score}, grade ${evaluation.grade}`],
    ['categories', evaluation.categories.map((c) => `${c.id} ${c.score ?? '—'} (weight ${c.weight}${c.pointsLost === '0' ? '' : `, ${c.pointsLost} points lost`})`)],
    ['points lost', losing.map((c) => `${c.id} ${c.pointsLost} (${c.status})`)],
  ]);
}

/**
 * Returns the rules that fired, one per line with what triggered them, for a message.
 *
 * @example
 * ruleDetails(evaluation)
 * //=> '  fired  knock-out: Failed critical criterion (knock-out) rejects: throat-d, leak-test.'
 */
export function ruleDetails(evaluation: Evaluation): string {
  return block([['fired', evaluation.rules.length === 0 ? ['(none)'] : evaluation.rules.map((rule) => `${rule.id}: ${rule.explanation}`)]]);
}
