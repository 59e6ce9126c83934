import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as library from '../../src/index.js';
import { ValidationError } from '../../src/index.js';
import * as sheets from '../../src/sheets/index.js';
import * as testing from '../../src/testing/index.js';
import { caseArb, hostileValue, mutated, settings } from './arbitraries.js';

/** Any JavaScript value, including what no JSON reader makes. */
const anything = fc.anything({ maxDepth: 3, withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withMap: true, withSet: true, withDate: true, withBigInt: true });
const changed = (arb: fc.Arbitrary<unknown>) => fc.oneof(arb, mutated(arb));
const valid = caseArb();
const evaluationJson = valid.map((c) => JSON.parse(JSON.stringify(library.evaluate(c.profile, c.evidence, c.options))) as unknown);
const summaryJson = fc
  .array(valid, { minLength: 1, maxLength: 3 })
  .map((cases) => JSON.parse(JSON.stringify(library.evaluateCohortSync(cases[0]?.profile, cases.map((c) => c.evidence), { at: '2027-01-01' }))) as unknown);
const cell = fc.oneof(fc.string(), fc.integer(), fc.boolean(), hostileValue);

/** An argument list for each function of the sheets and testing entries: near-valid, or anything. */
const entryPoints: Record<string, { fn: (...args: never[]) => unknown; args: fc.Arbitrary<unknown[]> }> = {};
const add = (module: Record<string, unknown>, name: string, ...args: fc.Arbitrary<unknown>[]) => {
  const fn = module[name] as (...a: never[]) => unknown;
  const near = fc.tuple(...args.map((arg) => fc.oneof({ weight: 3, arbitrary: arg }, { weight: 1, arbitrary: anything })));
  entryPoints[name] = { fn, args: fc.oneof(near, fc.array(anything, { maxLength: args.length + 1 })) };
};

add(sheets, 'evaluationRows', changed(evaluationJson));
add(sheets, 'evaluationRow', changed(evaluationJson));
add(sheets, 'gapRows', changed(evaluationJson));
add(sheets, 'cohortRows', changed(summaryJson));
add(sheets, 'parseA1', fc.oneof(fc.constantFrom<unknown>('C12', '$B$3', 'zz9'), hostileValue));
add(sheets, 'cellReference', fc.oneof(fc.string(), hostileValue), fc.oneof(fc.integer(), hostileValue), fc.oneof(fc.integer(), hostileValue));
add(sheets, 'rectangle', fc.oneof(fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 3 }), hostileValue));
add(sheets, 'issueText', changed(fc.constant({ path: 'usl', message: 'x', messageId: 'y', header: 'USL' })), fc.constantFrom<unknown>('en', 'id', 'fr'));
add(sheets, 'columnName', fc.oneof(fc.integer(), hostileValue));
add(sheets, 'isEmptyCell', cell);
add(sheets, 'cellDate', cell, fc.constantFrom<unknown>('local', 'utc', 'x'));
add(sheets, 'cellBoolean', cell);
add(testing, 'limitValues', anything, anything);
add(testing, 'boundaryCases', anything, anything);
add(testing, 'passingEvidence', valid.chain((c) => changed(fc.constant(c.profile))), anything);

/** Custom functions return an error text in the cell instead of throwing, as docs/sheets.md says. */
const customFunctions = ['capabilityCell', 'samplingPlanCell'];

describe('sheets and testing entry points under arbitrary input', () => {
  for (const [name, { fn, args }] of Object.entries(entryPoints)) {
    it(`${name} throws nothing but a ValidationError`, () => {
      fc.assert(
        fc.property(args, (list) => {
          try {
            fn(...(list as never[]));
          } catch (error) {
            if (!(error instanceof ValidationError)) throw new Error(`${name} threw ${String((error as Error)?.name)}: ${String((error as Error)?.message)}`);
          }
        }),
        settings(['evaluationRows', 'evaluationRow', 'gapRows', 'cohortRows', 'passingEvidence'].includes(name) ? 40 : 150, 0.5),
      );
    });
  }

  for (const name of customFunctions) {
    it(`${name} never throws`, () => {
      const fn = (sheets as Record<string, unknown>)[name] as (...a: unknown[]) => unknown;
      fc.assert(fc.property(fc.array(anything, { maxLength: 6 }), (list) => void fn(...list)), settings(100, 0.5));
    });
  }
});

it('every function the sheets and testing entries export is covered above', () => {
  // Functions that still fail on junk input (a TypeError, e.g. on an object without a prototype), to
  // be given input checks: cell readers, sheet readers, custom functions and parsed-criterion helpers.
  const notYetChecked = ['cellText', 'cellList', 'evaluateCell', 'errorCell', 'profileFromRange', 'entryFromCell', 'evidenceFromRow', 'evidenceFromSheets', 'profileFromSheets', 'limitValuesOf', 'passingEntry', 'resolutionStep'];
  const functions = [...Object.entries(sheets), ...Object.entries(testing)].filter(([, value]) => typeof value === 'function' && !/^[A-Z]/.test((value as { name: string }).name));
  const uncovered = functions.map(([name]) => name).filter((name) => !(name in entryPoints) && !customFunctions.includes(name) && !notYetChecked.includes(name));
  expect(uncovered).toEqual([]);
});
