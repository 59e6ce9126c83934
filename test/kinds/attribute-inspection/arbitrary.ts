/**
 * The property tests' generators of attribute-inspection criteria and of evidence entries for them, collected
 * with every other kind's by test/property/arbitraries.ts.
 */
import fc from 'fast-check';
import { AQL_VALUES } from '../../../src/sampling/index.js';
import { base, compact, maybe, type KindArbitraries } from '../../property/arbitraryParts.js';

export const arbitrary: KindArbitraries = {
  criterion: (id) =>
    fc
      .record({
        base: base(id),
        aql: fc.constantFrom(...AQL_VALUES),
        level: maybe(fc.constantFrom('S-1', 'S-2', 'S-3', 'S-4', 'I', 'II', 'III')),
        severity: fc.constantFrom('normal', 'tightened', 'switching', 'switching', 'reduced'),
      })
      .map(({ base: b, aql, level, severity: inspection }) =>
        compact({
          kind: 'attribute-inspection',
          ...b,
          aql,
          level,
          inspection,
          // Reduced plans are shipped for ANSI/ASQ Z1.4-2003 only.
          edition: inspection === 'reduced' ? 'ANSI/ASQ Z1.4-2003' : undefined,
        }),
      ),
  entry: (c, _auditDate, good) =>
    fc
      .array(
        fc
          .record({ lotSize: fc.integer({ min: 2, max: 5000 }), full: fc.nat(9), share: fc.double({ min: 0, max: 1, noNaN: true }), bad: fc.nat(4) })
          .map(({ lotSize, full, share, bad }) => {
            const inspected = full > 0 || good ? lotSize : Math.floor(share * lotSize);
            return { lotSize, inspected, nonconforming: good ? 0 : Math.min(bad, inspected) };
          }),
        { minLength: 1, maxLength: 12 },
      )
      .map((lots) => ({ criterion: c.id, lots })),
};
