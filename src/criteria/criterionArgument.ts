import { createIssue, valueText, type PathSegment, type ValidationIssue } from '../errors/index.js';
import { fromZodIssues } from '../schema/fromZodIssues.js';
import { criterionSchema, evidenceSchemaByKind, type Criterion, type CriterionKind } from './criterion.js';
import { criterionIssues } from './criterionIssues.js';

/** Every criterion kind. */
const ALL_KINDS = Object.keys(evidenceSchemaByKind) as CriterionKind[];

/**
 * Returns a criterion passed to a function, parsed as a profile parses it (a parsed criterion comes
 * back equal), or every problem it has with paths from `base`: its schema, the cross-checks of its
 * kind (`criterionIssues`), and a kind not among `kinds` (default: any kind).
 *
 * @example
 * criterionArgument({ kind: 'check', id: 'leak-test', title: 'Leak test', causeFamily: 'method', expected: true }, ['metric']).issues[0].path
 * //=> 'criterion.kind'
 */
export function criterionArgument<K extends CriterionKind = CriterionKind>(
  value: unknown,
  kinds: readonly K[] = ALL_KINDS as K[],
  base: readonly PathSegment[] = ['criterion'],
): { criterion?: Extract<Criterion, { kind: K }>; issues: ValidationIssue[] } {
  const parsed = criterionSchema.safeParse(value);
  if (!parsed.success) return { issues: fromZodIssues(parsed.error.issues, value, base) };
  const issues = criterionIssues(parsed.data, base);
  if (!(kinds as readonly string[]).includes(parsed.data.kind)) {
    issues.push(createIssue('invalid_value', [...base, 'kind'], { options: kinds.map((kind) => JSON.stringify(kind)).join(', '), received: valueText(parsed.data.kind) }));
  }
  return issues.length > 0 ? { issues } : { criterion: parsed.data as Extract<Criterion, { kind: K }>, issues };
}
