import { createIssue, type PathSegment, type ValidationIssue } from '../../errors/index.js';
import type { LintFinding, PlacedCriterion } from '../kind.js';
import { limitsOf, type MeasurementCriterion } from '../measurement/schema.js';
import type { GaugeStudyCriterion } from './schema.js';

/** The criteria the links are between. */
type Criterion = MeasurementCriterion | GaugeStudyCriterion | { readonly kind: 'other'; readonly id: string };

/**
 * Returns the problems of the links between gauge studies and measurements: a gauge study's
 * `characteristic` must name a measurement criterion of the profile, one with both limits when the
 * verdict is on %Tolerance (a basis of tolerance needs a characteristic); a measurement's `gauge`
 * must name a gauge-study criterion.
 *
 * @example
 * gaugeLinkIssues([{ criterion: { kind: 'measurement', id: 'orifice-d', gauge: 'leak-test', ... }, at: ['categories', 0, 'criteria', 0] }, …])[0].code
 * //=> 'wrong_kind'
 */
export function gaugeLinkIssues(placed: readonly PlacedCriterion[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const byId = new Map(placed.map((p) => [p.criterion.id, p.criterion as Criterion]));
  const linked = (id: string, at: readonly PathSegment[], expected: 'measurement' | 'gauge-study'): Criterion | undefined => {
    const target = byId.get(id);
    if (target === undefined) issues.push(createIssue('unknown_criterion', at, { id }));
    else if (target.kind !== expected) issues.push(createIssue('wrong_kind', at, { id, kind: target.kind, expected }));
    else return target;
    return undefined;
  };
  for (const { criterion: placedCriterion, at } of placed) {
    const criterion = placedCriterion as Criterion;
    if (criterion.kind === 'measurement' && criterion.gauge !== undefined) linked(criterion.gauge, [...at, 'gauge'], 'gauge-study');
    if (criterion.kind !== 'gauge-study') continue;
    const characteristic = criterion.characteristic === undefined ? undefined : linked(criterion.characteristic, [...at, 'characteristic'], 'measurement');
    if (criterion.basis !== 'tolerance' || (criterion.characteristic !== undefined && characteristic === undefined)) continue;
    const limits = characteristic?.kind === 'measurement' ? limitsOf(characteristic) : undefined;
    if (!limits?.lsl || !limits.usl) issues.push(createIssue('tolerance_missing', [...at, criterion.characteristic === undefined ? 'basis' : 'characteristic']));
  }
  return issues;
}

/**
 * Returns a lint warning for each gauge study whose characteristic (a measurement) does not require
 * it as its gauge: the study then gates nothing, and that measurement passes however its gauge does.
 *
 * @example
 * gaugeLinkWarnings([{ criterion: orificeD /* no gauge *\/, at: [...] }, { criterion: orificeGauge /* characteristic: 'orifice-d' *\/, at: ['categories', 0, 'criteria', 1] }])[0].code
 * //=> 'gauge_not_required'
 */
export function gaugeLinkWarnings(placed: readonly PlacedCriterion[]): LintFinding[] {
  const byId = new Map(placed.map((p) => [p.criterion.id, p.criterion as Criterion]));
  const warnings: LintFinding[] = [];
  for (const { criterion: placedCriterion, at } of placed) {
    const study = placedCriterion as Criterion;
    if (study.kind !== 'gauge-study' || study.characteristic === undefined) continue;
    const measurement = byId.get(study.characteristic);
    if (measurement?.kind !== 'measurement' || measurement.gauge === study.id) continue;
    warnings.push({
      code: 'gauge_not_required',
      segments: [...at, 'characteristic'],
      params: { id: study.id, title: study.title, characteristic: measurement.id, characteristicTitle: measurement.title, gauge: measurement.gauge ?? '' },
    });
  }
  return warnings;
}
