import { createIssue, type PathSegment, type ValidationIssue } from '../errors/index.js';
import { toDecimal } from '../decimal.js';
import { AQL_VALUES } from '../sampling/aqlValues.js';
import { REDUCED_NOT_SHIPPED } from '../sampling/samplingPlan.js';
import { isTableAql } from '../kinds/attribute-inspection/schema.js';
import { auditThresholds } from '../kinds/audit-question/schema.js';
import type { Criterion } from './criterion.js';
import { limitsOf } from '../kinds/measurement/schema.js';

/**
 * Returns the problems a criterion has beyond its schema: limits that do not resolve or are out of
 * order, pass levels that are not allowed points, a target worse than the pass limit, a resolution
 * that is not above 0.
 *
 * @example
 * criterionIssues({ kind: 'measurement', lsl: '2', usl: '1', ... }, ['categories', 0, 'criteria', 0])[0].code
 * //=> 'limits_out_of_order'
 */
export function criterionIssues(criterion: Criterion, at: readonly PathSegment[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if ((criterion.kind === 'measurement' || criterion.kind === 'metric') && criterion.resolution !== undefined && toDecimal(criterion.resolution).lte(0)) {
    issues.push(createIssue('too_small', [...at, 'resolution'], { minimum: '0 (exclusive)' }));
  }
  switch (criterion.kind) {
    case 'measurement': {
      const hasNominal = criterion.nominal !== undefined;
      const hasTolerance = criterion.tolerance !== undefined;
      const hasDeviation = criterion.upperDeviation !== undefined || criterion.lowerDeviation !== undefined;
      const hasLimits = criterion.lsl !== undefined || criterion.usl !== undefined;
      const forms = [hasTolerance, hasDeviation, hasLimits].filter(Boolean).length;
      if (forms === 0) issues.push(createIssue('limits_missing', at));
      if (forms > 1) issues.push(createIssue('limits_ambiguous', at));
      if ((hasTolerance || hasDeviation) && !hasNominal) issues.push(createIssue('required', [...at, 'nominal']));
      if (hasTolerance && toDecimal(criterion.tolerance as string).lte(0)) {
        issues.push(createIssue('too_small', [...at, 'tolerance'], { minimum: '0 (exclusive)' }));
      }
      if (forms === 1 && (hasNominal || !hasTolerance)) {
        const { lsl, usl } = limitsOf(criterion);
        if (lsl && usl && !lsl.lt(usl)) {
          issues.push(createIssue('limits_out_of_order', at, { lsl: lsl.toString(), usl: usl.toString() }));
        }
      }
      if (criterion.partialFromShare !== undefined && !toDecimal(criterion.partialFromShare).lt(criterion.requiredShare)) {
        issues.push(
          createIssue('partial_share_order', [...at, 'partialFromShare'], {
            partial: criterion.partialFromShare,
            required: criterion.requiredShare,
          }),
        );
      }
      break;
    }
    case 'audit-question': {
      const levels = criterion.levels;
      if (new Set(levels).size !== levels.length) issues.push(createIssue('duplicate_level', [...at, 'levels']));
      const { max } = auditThresholds(criterion);
      if (max === 0) issues.push(createIssue('too_small', [...at, 'levels'], { minimum: 'one level above 0' }));
      if (criterion.passPoints !== undefined && !levels.includes(criterion.passPoints)) {
        issues.push(createIssue('not_a_level', [...at, 'passPoints'], { points: criterion.passPoints, levels: levels.join(', ') }));
      }
      if (criterion.failBelow !== undefined && !levels.includes(criterion.failBelow)) {
        issues.push(createIssue('not_a_level', [...at, 'failBelow'], { points: criterion.failBelow, levels: levels.join(', ') }));
      }
      break;
    }
    case 'metric': {
      if (criterion.target !== undefined) {
        const target = toDecimal(criterion.target);
        const limit = toDecimal(criterion.limit);
        const worse = criterion.direction === 'higher-is-better' ? target.lt(limit) : target.gt(limit);
        if (worse) {
          issues.push(
            createIssue('target_worse_than_limit', [...at, 'target'], {
              target: criterion.target,
              limit: criterion.limit,
              direction: criterion.direction,
            }),
          );
        }
      }
      if (criterion.bands && criterion.target !== undefined) issues.push(createIssue('bands_and_target', at));
      break;
    }
    case 'attribute-inspection':
      if (!isTableAql(criterion.aql)) {
        issues.push(createIssue('aql_not_in_table', [...at, 'aql'], { value: criterion.aql, options: AQL_VALUES.join(', ') }));
      }
      if (criterion.inspection === 'reduced' && criterion.edition === 'ISO 2859-1:1999') {
        issues.push(
          createIssue('edition_not_shipped', [...at, 'inspection'], {
            inspection: 'Reduced',
            inspectionId: 'dikurangi',
            edition: criterion.edition,
            alternative: 'ANSI/ASQ Z1.4-2003',
            ...REDUCED_NOT_SHIPPED,
          }),
        );
      }
      break;
    default:
      break;
  }
  return issues;
}
