import type { Criterion } from '../criteria/criterion.js';
import type { CriterionStatus } from '../criteria/outcome.js';
import { kindOf, type LimitedKind } from '../kinds/registry.js';
import type { BoundaryLimit, LimitsPart } from '../kinds/limitValues.js';
import { defineProfile } from '../parse/parseProfile.js';
import type { Evidence } from '../schema/evidence.js';
import type { CriterionIdOfKind, ProfileShape, TypedProfile } from '../schema/profileShape.js';
import { limitValuesOfParsed } from './limitValues.js';
import { passingEvidence, type FixtureOptions } from './passingEvidence.js';

type LimitedCriterion = Extract<Criterion, { kind: LimitedKind }>;

/** Where a boundary value lies relative to its limit. */
export type BoundaryPosition = 'at' | 'inside' | 'outside';

/** One boundary test: a value at, just inside or just outside a limit, the evidence for it and the status it must get. */
export interface BoundaryCase<Id extends string = string> {
  /** A readable name for the test, e.g. `nozzle-d usl 3.22 mm: just outside 3.23 → fail`. */
  readonly name: string;
  readonly criterion: Id;
  /** Which limit: `lsl`/`usl` of a measurement; `limit`, `target` or `band` (with `band` its index) of a metric. */
  readonly limit: BoundaryLimit['limit'];
  readonly band?: number;
  readonly position: BoundaryPosition;
  /** The limit, as canonical decimal text. */
  readonly at: string;
  /** The value tested, as canonical decimal text, in the criterion's unit. */
  readonly value: string;
  readonly unit: string;
  /** The status the criterion must get with this value alone, as its limits are declared. */
  readonly expected: CriterionStatus;
  /**
   * Passing evidence for every criterion, with this criterion's value replaced by `value` (for a
   * measurement with a capability requirement, the last of its capable values replaced).
   */
  readonly evidence: Evidence;
}

const POSITION_TEXT: Record<BoundaryPosition, string> = { at: 'at', inside: 'just inside', outside: 'just outside' };

/**
 * Returns the boundary tests of a profile: for each measurement and metric criterion, the value at
 * each of its limits (lower and upper specification limits; pass limit, target and band bounds) and one
 * resolution step either side, each with the status it must get as the limits are declared and
 * passing evidence for every other criterion. A value on a limit is inside it. A measurement with a
 * capability requirement gets the value among enough capable values that the index still clears its
 * minimum, so the case tests the limit, not the capability. Use with
 * `test.each(boundaryCases(profile))('$name', (c) => expect(evaluate(profile, c.evidence)).toHaveStatus(c.criterion, c.expected))`.
 *
 * @example
 * boundaryCases(profile).filter((c) => c.criterion === 'nozzle-d').map((c) => `${c.value} ${c.expected}`)
 * //=> ['3.18 pass', '3.19 pass', '3.17 fail', '3.22 pass', '3.21 pass', '3.23 fail']
 */
export function boundaryCases<S extends ProfileShape>(
  typedProfile: TypedProfile<S>,
  options: FixtureOptions = {},
): BoundaryCase<CriterionIdOfKind<TypedProfile<S>, LimitedKind>>[] {
  const profile = defineProfile(typedProfile as unknown);
  const cases: BoundaryCase<CriterionIdOfKind<TypedProfile<S>, LimitedKind>>[] = [];
  for (const criterion of profile.categories.flatMap((category) => category.criteria)) {
    const part = kindOf(criterion.kind).limits as LimitsPart<LimitedCriterion, { readonly step: string; readonly unit: string }> | undefined;
    if (part === undefined) continue;
    const limited = criterion as LimitedCriterion;
    const values = limitValuesOfParsed(limited);
    for (const { limit, band, values: around } of part.limits(values)) {
      for (const position of ['at', 'inside', 'outside'] as const) {
        const value = around[position];
        const { entry, expected } = part.caseAt(limited, value);
        const unit = values.unit ? ` ${values.unit}` : '';
        const label = band === undefined ? limit : `band ${band + 1}`;
        cases.push({
          name: `${criterion.id} ${label} ${around.at}${unit}: ${POSITION_TEXT[position]} ${value} → ${expected}`,
          criterion: criterion.id as CriterionIdOfKind<TypedProfile<S>, LimitedKind>,
          limit,
          ...(band === undefined ? {} : { band }),
          position,
          at: around.at,
          value,
          unit: values.unit,
          expected,
          evidence: passingEvidence(profile, { [criterion.id]: entry }, options),
        });
      }
    }
  }
  return cases;
}
