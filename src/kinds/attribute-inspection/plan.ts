import type { CompiledBase } from '../../fast/planParts.js';
import { evaluateAttributeInspection, type AttributeInspectionCriterion, type AttributeInspectionEvidence } from './schema.js';
import { isIntIn, isOptionalText, isPlainObject, onlyKeys } from '../../fast/entryChecks.js';
import { verdictOf } from '../../fast/verdict.js';
import type { KindPlan } from '../kindPlan.js';

/** The plan entry of an attribute inspection. */
export type CompiledInspection = CompiledBase<'attribute-inspection', AttributeInspectionCriterion>;

const INSPECTION_KEYS = new Set(['criterion', 'lots', 'note']);
const LOT_KEYS = new Set(['id', 'lotSize', 'inspected', 'nonconforming', 'productionIrregular']);

/**
 * Returns whether the lots of an attribute-inspection entry are as the evidence schema and the
 * cross-checks want them: whole counts, no more inspected than the lot, no more nonconforming than
 * inspected.
 *
 * @example
 * lotsFit([{ lotSize: 500, inspected: 50, nonconforming: 0 }])
 * //=> true
 */
export function lotsFit(lots: AttributeInspectionEvidence['lots'] | unknown): boolean {
  if (!Array.isArray(lots) || lots.length < 1 || lots.length > 10000) return false;
  for (let i = 0; i < lots.length; i++) {
    const lot: unknown = lots[i];
    if (!isPlainObject(lot) || !onlyKeys(lot, LOT_KEYS) || !isOptionalText(lot.id)) return false;
    if (lot.productionIrregular !== undefined && typeof lot.productionIrregular !== 'boolean') return false;
    const { lotSize, inspected, nonconforming } = lot;
    if (!isIntIn(lotSize, 2, 1_000_000_000) || !isIntIn(inspected, 0, Number.MAX_SAFE_INTEGER) || !isIntIn(nonconforming, 0, Number.MAX_SAFE_INTEGER)) return false;
    if (inspected > lotSize || nonconforming > inspected) return false;
  }
  return true;
}

/**
 * The plan of an attribute inspection: lots judged by ISO 2859-1 plans and switching rules, which the
 * kind's own evaluation works out in whole numbers.
 */
export const attributeInspectionPlan: KindPlan<AttributeInspectionCriterion, CompiledInspection> = {
  compile: (criterion, base) => ({ ...base, reference: true }),
  fits: (_compiled, _holder, _c, e) => onlyKeys(e, INSPECTION_KEYS) && lotsFit(e.lots),
  outcome: (ctx, c, entry, _holder, verdict) => verdictOf(evaluateAttributeInspection(c.criterion, entry as unknown as AttributeInspectionEvidence, { at: ctx.at }), verdict),
  decide(ctx, c, entry, _holder, verdict) {
    verdictOf(evaluateAttributeInspection(c.criterion, entry as unknown as AttributeInspectionEvidence, { at: ctx.at }), verdict);
    return false;
  },
  exactScore: () => null,
};
