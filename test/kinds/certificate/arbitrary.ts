/**
 * The property tests' generators of certificate criteria and of evidence entries for them, collected
 * with every other kind's by test/property/arbitraries.ts.
 */
import fc from 'fast-check';
import { addCalendarDays } from '../../../src/dates/addCalendarDays.js';
import { base, compact, maybe, type KindArbitraries } from '../../property/arbitraryParts.js';

const STANDARDS = ['ISO 9001', 'ISO 9001:2015', 'IATF 16949', 'ISO 14001'];
export const arbitrary: KindArbitraries = {
  criterion: (id) =>
    fc
      .record({
        base: base(id),
        standard: fc.constantFrom(...STANDARDS),
        alsoAccepted: maybe(fc.subarray(STANDARDS)),
        minRemainingDays: maybe(fc.integer({ min: 0, max: 365 })),
        expiringScore: maybe(fc.integer({ min: 0, max: 100 }).map(String)),
      })
      .map(({ base: b, ...rest }) => compact({ kind: 'certificate', ...b, ...rest })),
  entry: (c, auditDate, good) =>
    fc
      .record({
        standard: good ? fc.constant(c.standard as string) : fc.constantFrom(...STANDARDS, 'iso 9001 : 2015', 'ISO 9001:2008', 'IATF-16949'),
        expiresIn: good ? fc.integer({ min: 500, max: 1200 }) : fc.integer({ min: -400, max: 1200 }),
        issuedBefore: fc.option(fc.integer({ min: 0, max: 1500 }), { nil: undefined }),
        number: maybe(fc.constant('QMS-1234')),
      })
      .map(({ standard, expiresIn, issuedBefore, number }) => {
        const expires = addCalendarDays(auditDate, expiresIn);
        const issued = issuedBefore === undefined ? undefined : addCalendarDays(expires, -issuedBefore);
        return compact({ criterion: c.id, standard, expires, issued, number });
      }),
};
