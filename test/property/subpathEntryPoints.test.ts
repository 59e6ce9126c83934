import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evidenceSheets, profileSheets } from '../../examples/excel/auditSheets.js';
import { supplierHeader, supplierRow } from '../fixtures/supplierRow.js';
import * as library from '../../src/index.js';
import { ValidationError } from '../../src/index.js';
import { createIssue } from '../../src/errors/index.js';
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

/** The example profile and suppliers, their sheets, and rows of a supplier table. */
const read = (path: string) => JSON.parse(readFileSync(new URL(`../../examples/pump-injector/${path}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const profileJson = read('profile.json');
const profile = library.defineProfile(profileJson);
const evidences = ['injektor-presisi', 'maju-jaya', 'sumber-logam'].map((name) => read(`evidence/${name}.json`));
const criteria = profile.categories.flatMap((category) => category.criteria);
const dateCell = (text: string) => new Date(`${text}T00:00:00`);
const book = profileSheets(profileJson);
const profileBook = { profile: book.Profile, categories: book.Categories, criteria: book.Criteria, grades: book.Grades, rules: book.Rules };
const evidenceBooks = evidences.map((evidence) => {
  const sheets = evidenceSheets(evidence, dateCell);
  return {
    supplier: sheets.Supplier,
    measurements: sheets.Measurements,
    audit: sheets['Audit answers'],
    processSteps: sheets['Process steps'],
    certificates: sheets.Certificates,
    metrics: sheets.Metrics,
    documents: sheets.Documents,
    checks: sheets.Checks,
    gaugeStudies: sheets['Gauge studies'],
  };
});
const header = supplierHeader(profileJson);
const rows = evidences.map((evidence) => supplierRow(profileJson, evidence, dateCell));

/** A value with one of its cells (or rows, or any part) replaced by anything at all: an object without a prototype, a symbol, a list. */
function withJunk(arb: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(arb, fc.nat(), fc.nat(), anything).map(([value, i, j, junk]) => {
    const copy = structuredClone(value) as unknown;
    const lists: unknown[][] = [];
    const visit = (node: unknown) => {
      if (Array.isArray(node)) lists.push(node);
      if (node !== null && typeof node === 'object' && !(node instanceof Date)) for (const child of Object.values(node)) visit(child);
    };
    visit(copy);
    const list = lists[i % Math.max(1, lists.length)];
    if (!list || list.length === 0) return junk;
    list[j % list.length] = junk;
    return copy;
  });
}
/** Near-valid forms of a valid value: as it is, JSON-mutated, or with junk in one place. */
const near = (arb: fc.Arbitrary<unknown>) => fc.oneof(arb, mutated(arb), withJunk(arb));
const profileBookArb = near(fc.constant(profileBook));
const evidenceBookArb = near(fc.constantFrom(...evidenceBooks));
const criterionArb = near(fc.constantFrom<unknown>(...criteria));
const limitedArb = near(fc.constantFrom<unknown>(...criteria.filter((c) => c.kind === 'measurement' || c.kind === 'metric')));
const datesArb = fc.constantFrom<unknown>('local', 'utc', 'x', undefined);
const langArb = fc.constantFrom<unknown>('en', 'id', 'fr', undefined);
const headerArb = near(fc.constant(header));
const rowArb = near(fc.constantFrom<unknown>(...rows));
const profileArg = fc.oneof(fc.constant<unknown>(profile), near(fc.constant(profileJson)));
const rowOptions = near(fc.constant({ sheet: 'Suppliers', row: 3, headerRow: 1, firstColumn: 2, dates: 'utc' }));
const rangeArb = fc.oneof(near(fc.constant(book.Criteria)), near(fc.constant([[JSON.stringify(profileJson)]])), fc.constant([['{ not json']]));

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
add(sheets, 'cellText', cell);
add(sheets, 'cellList', cell);
add(sheets, 'entryFromCell', criterionArb, fc.oneof(cell, fc.constant(new Date(2027, 2, 31))), datesArb);
add(sheets, 'evidenceFromRow', profileArg, headerArb, rowArb, rowOptions);
add(sheets, 'evidenceFromSheets', evidenceBookArb, near(fc.constant({ profile, dates: 'local' })));
add(sheets, 'profileFromSheets', fc.oneof(profileBookArb, profileBookArb.chain((b) => fc.constant({ ...(b as object), criteria: { name: 'Kriteria', values: book.Criteria, origin: 'B3' } }))), near(fc.constant({ dates: 'utc' })));
add(sheets, 'profileFromRange', rangeArb, datesArb);
add(sheets, 'supplierRows', valid.chain((c) => changed(fc.constant(c.profile))), valid.chain((c) => changed(fc.constant([c.evidence]))), fc.oneof(fc.constant<unknown>({ raw: true }), hostileValue));
add(sheets, 'profileToSheets', valid.chain((c) => changed(fc.constant(c.profile))), fc.oneof(fc.constant<unknown>({ raw: true }), fc.constant<unknown>({ form: 'CSV' }), hostileValue));
add(testing, 'limitValuesOf', limitedArb);
add(testing, 'resolutionStep', limitedArb);
add(testing, 'passingEntry', criterionArb, fc.oneof(fc.constant<unknown>('2026-01-15'), hostileValue));
add(testing, 'limitValues', anything, anything);
add(testing, 'boundaryCases', anything, anything);
add(testing, 'passingEvidence', valid.chain((c) => changed(fc.constant(c.profile))), anything);

/** Custom functions return an error text in the cell instead of throwing, as docs/sheets.md says: near-valid arguments, or anything. */
const customFunctions: Record<string, fc.Arbitrary<unknown[]>> = {};
const addCustom = (name: string, ...args: fc.Arbitrary<unknown>[]) => {
  const near = fc.tuple(...args.map((arg) => fc.oneof({ weight: 3, arbitrary: arg }, { weight: 1, arbitrary: anything })));
  customFunctions[name] = fc.oneof(near, fc.array(anything, { maxLength: 6 }));
};
addCustom('capabilityCell', anything);
addCustom('samplingPlanCell', anything);
addCustom('gaugeStudyCell', fc.constant([['part', 'operator', 'trial', 'value'], [1, 'A', 1, 0.2], [1, 'A', 2, 0.3], [2, 'A', 1, 0.9], [2, 'A', 2, 1], [1, 'B', 1, 0.25], [1, 'B', 2, 0.2], [2, 'B', 1, 1.1], [2, 'B', 2, 0.95]]), cell, cell, fc.constantFrom<unknown>('anova', 'average-range', ''), cell, fc.constantFrom<unknown>('', 'ndc', '%grr'), langArb);
addCustom('evaluateCell', rangeArb, near(fc.constant([header])), near(fc.constant(rows)), fc.oneof(cell, fc.constant(new Date(2026, 11, 31))), langArb);
const thrown = fc.oneof(
  fc.constant<unknown>(new library.ValidationError([createIssue('required', ['lsl'])])),
  anything.map((value) => Object.assign(new Error('thrown'), { message: value })),
  anything,
);
addCustom('errorCell', thrown, langArb);

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
        settings(['evaluationRows', 'evaluationRow', 'gapRows', 'cohortRows', 'passingEvidence', 'evidenceFromRow', 'evidenceFromSheets', 'profileFromSheets', 'profileFromRange', 'profileToSheets', 'supplierRows'].includes(name) ? 40 : 150, 0.5),
      );
    });
  }

  for (const [name, args] of Object.entries(customFunctions)) {
    it(`${name} never throws`, () => {
      const fn = (sheets as Record<string, unknown>)[name] as (...a: unknown[]) => unknown;
      fc.assert(fc.property(args, (list) => void fn(...list)), settings(name === 'evaluateCell' ? 40 : 100, 0.5));
    });
  }
});

it('every function the sheets and testing entries export is covered above', () => {
  const functions = [...Object.entries(sheets), ...Object.entries(testing)].filter(([, value]) => typeof value === 'function' && !/^[A-Z]/.test((value as { name: string }).name));
  const uncovered = functions.map(([name]) => name).filter((name) => !(name in entryPoints) && !(name in customFunctions));
  expect(uncovered).toEqual([]);
});
