/**
 * The property tests' generators of document criteria and of evidence entries for them, collected
 * with every other kind's by test/property/arbitraries.ts.
 */
import fc from 'fast-check';
import { addCalendarDays } from '../../../src/dates/addCalendarDays.js';
import { base, compact, maybe, type KindArbitraries } from '../../property/arbitraryParts.js';

export const arbitrary: KindArbitraries = {
  criterion: (id) =>
    fc
      .record({
        base: base(id),
        document: maybe(fc.constantFrom('Control plan', 'PFMEA')),
        acceptedStatuses: maybe(fc.subarray(['approved', 'released', 'draft'], { minLength: 1 })),
        maxAgeDays: maybe(fc.integer({ min: 0, max: 730 })),
      })
      .map(({ base: b, ...rest }) => compact({ kind: 'document', ...b, ...rest })),
  entry: (c, auditDate, good) =>
    fc
      .record({
        status: good ? fc.constant(((c.acceptedStatuses as string[] | undefined) ?? ['approved'])[0] as string) : fc.constantFrom('approved', 'Approved ', 'released', 'draft', 'obsolete'),
        age: good ? fc.constant(0) : fc.option(fc.integer({ min: -30, max: 900 }), { nil: undefined }),
        reference: maybe(fc.constant('CP-JP250-07')),
      })
      .map(({ status, age, reference }) =>
        compact({ criterion: c.id, status, date: age === undefined ? undefined : addCalendarDays(auditDate, -age), reference }),
      ),
};
