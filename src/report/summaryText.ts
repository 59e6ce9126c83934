import * as z from 'zod/mini';
import { optionsIssues, ValidationError } from '../errors/index.js';
import { schemaIssues } from '../schema/schemaIssues.js';
import type { Evaluation } from '../scoring/evaluation.js';
import { evaluationSchema } from '../scoring/evaluationSchema.js';
import { terminalSafe } from './escape.js';
import { plain } from './evaluationText.js';
import { largest } from '../lists/largest.js';
import { Decimal } from '../decimal.js';

const optionsSchema = z.object({ gaps: z.optional(z.int().check(z.minimum(0))) });

/** Options of `summaryText`. */
export interface SummaryTextOptions {
  /** How many gaps to list (default 5). */
  readonly gaps?: number;
}

/**
 * Returns a short plain-text summary of an evaluation for a terminal: the supplier, decision, score,
 * grade and re-audit date on one line, then the most important gaps, each with its cause family;
 * score and points with the evaluation's decimals (`places`).
 * Throws a `ValidationError` listing every problem when the evaluation is not one `evaluate` returns
 * (paths start at `evaluation`) or `options.gaps` is not a whole number of 0 or more.
 *
 * @example
 * summaryText(evaluation).split('\n')[0]
 * //=> 'CV Maju Jaya Teknik   CONDITIONAL   score 86.6   grade B   re-audit by 2027-02-17'
 */
export function summaryText(evaluation: Evaluation, options: SummaryTextOptions = {}): string {
  const optionProblems = optionsIssues(options);
  const issues = [
    ...schemaIssues(evaluationSchema, evaluation, ['evaluation']),
    ...(optionProblems.length > 0 ? optionProblems : schemaIssues(optionsSchema, options, ['options'])),
  ];
  if (issues.length > 0) throw new ValidationError(issues, 'summary input');
  const head = [
    plain(evaluation.supplier.name),
    evaluation.decision.toUpperCase(),
    `score ${new Decimal(evaluation.score).toFixed(evaluation.places)}`,
    `grade ${plain(evaluation.grade)}`,
    ...(evaluation.reauditDue ? [`re-audit by ${evaluation.reauditDue}`] : []),
  ].join('   ');
  const shown = evaluation.gaps.slice(0, options.gaps ?? 5);
  const width = largest([0, ...shown.map((gap) => plain(gap.criterion).length)]);
  const lines = shown.map((gap) => {
    const label = gap.knockOut ? 'knock-out' : gap.status === 'missing' ? 'missing' : 'gap';
    const lost = gap.pointsLost === '0' ? '' : ` (-${new Decimal(gap.pointsLost).toFixed(evaluation.places)})`;
    return `  ${label.padEnd(9)}  ${plain(gap.criterion).padEnd(width)}  ${plain(gap.explanation)}${lost}  [${gap.causeFamily}]`;
  });
  const more = evaluation.gaps.length - shown.length;
  if (more > 0) lines.push(`  … ${more} more gap${more === 1 ? '' : 's'}`);
  return terminalSafe([head, ...lines].join('\n'));
}
