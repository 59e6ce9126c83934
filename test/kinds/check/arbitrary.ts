/**
 * The property tests' generators of check criteria and of evidence entries for them, collected
 * with every other kind's by test/property/arbitraries.ts.
 */
import fc from 'fast-check';
import { base, compact, maybe, type KindArbitraries } from '../../property/arbitraryParts.js';

export const arbitrary: KindArbitraries = {
  criterion: (id) =>
    fc
      .record({ base: base(id), expected: maybe(fc.boolean()), question: maybe(fc.constant('Is every part leak tested?')) })
      .map(({ base: b, ...rest }) => compact({ kind: 'check', ...b, ...rest })),
  entry: (c, _auditDate, good) =>
    fc
      .record({ value: good ? fc.constant(c.expected !== false) : fc.boolean(), note: maybe(fc.constant('Seen on the line.')) })
      .map((e) => compact({ criterion: c.id, ...e })),
};
