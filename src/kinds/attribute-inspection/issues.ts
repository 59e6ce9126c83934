import { createIssue, type PathSegment, type ValidationIssue } from '../../errors/index.js';
import { AQL_VALUES } from '../../sampling/aqlValues.js';
import { REDUCED_NOT_SHIPPED } from '../../sampling/samplingPlan.js';
import { isTableAql, type AttributeInspectionCriterion, type AttributeInspectionEvidence } from './schema.js';

/**
 * Returns the problems a criterion of this kind has beyond its schema: an AQL not in the ISO 2859-1
 * tables, reduced inspection in an edition whose tables are not shipped.
 *
 * @example
 * attributeInspectionCriterionIssues({ kind: 'attribute-inspection', aql: '0.2', ... }, ['categories', 0, 'criteria', 0])[0].code
 * //=> 'aql_not_in_table'
 */
export function attributeInspectionCriterionIssues(criterion: AttributeInspectionCriterion, at: readonly PathSegment[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!isTableAql(criterion.aql)) {
    issues.push(createIssue('aql_not_in_table', [...at, 'aql'], { value: criterion.aql, options: AQL_VALUES.join(', ') }));
  }
  if (criterion.inspection === 'reduced' && criterion.edition === 'ISO 2859-1:1999') {
    issues.push(
      createIssue('edition_not_shipped', [...at, 'inspection'], {
        inspection: 'reduced',
        edition: criterion.edition,
        alternative: 'ANSI/ASQ Z1.4-2003',
        ...REDUCED_NOT_SHIPPED,
      }),
    );
  }
  return issues;
}

/**
 * Returns the problems of an evidence entry of this kind, already valid for its schema, against its
 * criterion: more inspected than the lot, more nonconforming than inspected.
 *
 * @example
 * attributeInspectionEntryIssues(finalInspection, { criterion: 'final', lots: [{ lotSize: 10, inspected: 20, nonconforming: 0 }] }, ['entries', 3])[0].code
 * //=> 'too_big'
 */
export function attributeInspectionEntryIssues(criterion: AttributeInspectionCriterion, e: AttributeInspectionEvidence, at: readonly PathSegment[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  e.lots.forEach((lot, i) => {
    if (lot.inspected > lot.lotSize) issues.push(createIssue('too_big', [...at, 'lots', i, 'inspected'], { maximum: lot.lotSize }));
    if (lot.nonconforming > lot.inspected) issues.push(createIssue('too_big', [...at, 'lots', i, 'nonconforming'], { maximum: lot.inspected }));
  });
  return issues;
}
