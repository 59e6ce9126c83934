import { createIssue, ValidationError } from '../errors/index.js';
import type { PathToPass } from '../gaps/pathToPass.js';
import type { Evaluation } from '../scoring/evaluation.js';
import { evaluationCsv } from './evaluationCsv.js';
import { evaluationHtml } from './evaluationHtml.js';
import { evaluationMarkdown } from './evaluationMarkdown.js';
import { evaluationText, plain } from './evaluationText.js';
import { evaluationView } from './evaluationView.js';
import { formatterFor } from './format.js';
import { pathHtml, pathMarkdown, pathText, pathView } from './pathView.js';
import { titlesFor, type ReportEvidence, type ReportProfile } from './reportInputs.js';
import { evaluationSchema } from '../scoring/evaluationSchema.js';
import { schemaIssues } from '../schema/schemaIssues.js';
import { terminalSafe } from './escape.js';
import { checkRenderOptions, type BaseRenderOptions } from './renderOptions.js';

/** Options of `renderEvaluation`. */
export interface RenderEvaluationOptions extends BaseRenderOptions {
  /** The profile evaluated against: grade band lines in the chart, titles and remedies in the chosen language. */
  readonly profile?: ReportProfile;
  /** The supplier's evidence: measured values drawn as histograms (else each characteristic's range). */
  readonly evidence?: ReportEvidence;
  /** The evaluation's path to pass (from `pathToPass`): the shortest way to the next decision and to approval. */
  readonly path?: PathToPass;
  /** `text` only: how many gaps to list (default: all). */
  readonly gaps?: number;
}

/**
 * Returns a report of one evaluation for people to read: what was decided, why, what to fix and,
 * with `path`, the shortest way to a pass; in English or Bahasa Indonesia, as plain text, Markdown, a
 * self-contained HTML file with charts, or CSV with one row per criterion. Renders only: every number
 * comes from the evaluation (and the path). The same input always gives the same text.
 * Throws a `ValidationError` listing every problem when the evaluation is not one `evaluate` returns, or an option is not of its form.
 *
 * @example
 * renderEvaluation(evaluation, { format: 'text', lang: 'id' }).split('\n')[0]
 * //=> 'CV Maju Jaya Teknik   BERSYARAT   skor 86,6   nilai B   audit ulang paling lambat 17 Februari 2027'
 */
export function renderEvaluation(evaluation: Evaluation, options: RenderEvaluationOptions): string {
  const { format, lang } = checkRenderOptions(options, ['profile', 'evidence', 'path', 'gaps'], schemaIssues(evaluationSchema, evaluation, ['evaluation']));
  const f = formatterFor(lang, format === 'csv' ? 'plain' : 'prose');
  const view = evaluationView(evaluation, f, {
    ...(options.profile ? { profile: options.profile } : {}),
    ...(options.evidence ? { evidence: options.evidence } : {}),
  });
  if (options.path && options.path.supplier.id !== evaluation.supplier.id) {
    throw new ValidationError([createIssue('invalid_value', ['path', 'supplier', 'id'], { options: evaluation.supplier.id })], 'render options');
  }
  const path = options.path ? pathView(f, titlesFor(options.profile, lang), options.path, evaluation.places) : undefined;
  switch (format) {
    case 'text':
      return terminalSafe(
        evaluationText(view, {
          ...(options.gaps !== undefined ? { gaps: options.gaps } : {}),
          ...(path ? { path: pathText(f, path, plain) } : {}),
        }),
      );
    case 'md':
      return evaluationMarkdown(view, path ? { path: pathMarkdown(f, path) } : {});
    case 'html':
      return evaluationHtml(view, path ? { path: pathHtml(f, path) } : {});
    case 'csv':
      return evaluationCsv(view, path);
  }
}
