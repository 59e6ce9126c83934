/**
 * The property tests' generators of audit-question criteria and of evidence entries for them, collected
 * with every other kind's by test/property/arbitraries.ts.
 */
import fc from 'fast-check';
import { base, compact, maybe, type Json, type KindArbitraries } from '../../property/arbitraryParts.js';

const VDA_LEVELS = [0, 4, 6, 8, 10];
export const arbitrary: KindArbitraries = {
  criterion: (id) =>
    fc
      .record({
        base: base(id),
        levels: fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 20 }), { minLength: 2, maxLength: 6 }), { nil: undefined }),
        star: maybe(fc.boolean()),
        allowNotApplicable: maybe(fc.boolean()),
        pass: fc.nat(),
        fail: fc.nat(),
        number: maybe(fc.constantFrom('P6.4.1', 'P7.2.3')),
      })
      .map(({ base: b, levels, star, allowNotApplicable, pass, fail, number }) => {
        const effective = levels && levels.some((l) => l > 0) ? levels : undefined;
        const list = effective ?? VDA_LEVELS;
        const passPoints = pass % 3 === 0 ? list[pass % list.length] : undefined;
        const failBelow = fail % 3 === 0 ? list[fail % list.length] : undefined;
        return compact({ kind: 'audit-question', ...b, levels: effective, star, allowNotApplicable, passPoints, failBelow, number });
      }),
  entry: (c, _auditDate, good) => {
    const levels = (c.levels as number[] | undefined) ?? VDA_LEVELS;
    if (good) return fc.constant({ criterion: c.id, points: Math.max(...levels) });
    const level = fc.constantFrom(...levels);
    const forms: fc.Arbitrary<Json>[] = [
      level.map((points) => ({ criterion: c.id, points })),
      fc.array(level, { minLength: 1, maxLength: 4 }).map((results) => ({ criterion: c.id, results })),
    ];
    if (c.allowNotApplicable !== false) {
      forms.push(maybe(fc.constantFrom('No heat treatment at this site.')).map((reason) => compact({ criterion: c.id, notApplicable: true, reason })));
    }
    return fc.oneof(...forms);
  },
};
