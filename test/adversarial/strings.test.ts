import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/index.js';
import { conversionBetween } from '../../src/authoring/index.js';
import { samplingPlan } from '../../src/sampling/index.js';
import { meetsIndex } from '../../src/stats/index.js';
import { evaluation, evidenceWith, goodEvidence, goodProfile, runCatalogue, type Entry } from './catalogue.js';

type Json = Record<string, any>;

const MB = 'x'.repeat(10_000_000);
const digits = '1'.repeat(1_000_000);

/** The good profile with a field of the bore criterion changed. */
function bore(change: Json): Json {
  const profile = goodProfile();
  Object.assign(profile.categories[0].criteria[0], change);
  return profile;
}

/** Every sentence of a refusal is short, whatever the input (the input is shortened in it). */
const short = (error: unknown) => {
  expect(error).toBeInstanceOf(ValidationError);
  for (const issue of (error as ValidationError).issues) expect(issue.message.length + issue.messageId.length).toBeLessThan(1000);
};

const entries: Entry[] = [
  evaluation('a 10-million-character profile id is refused', { ...goodProfile(), id: MB }, goodEvidence(), { refused: [['id', 'too_long']] }),
  evaluation('a 10-million-character criterion title is refused', bore({ title: MB }), goodEvidence(), { refused: [['categories[0].criteria[0].title', 'too_long']] }),
  evaluation('a 10-million-character remedy is refused', bore({ remedy: MB }), goodEvidence(), { refused: [['categories[0].criteria[0].remedy', 'too_long']] }),
  evaluation('a 10-million-character supplier name is refused', goodProfile(), { ...goodEvidence(), supplier: { id: 'cv-maju', name: MB } }, { refused: [['supplier.name', 'too_long']] }),
  evaluation('a 10-million-character note is refused', goodProfile(), evidenceWith('leak-test', { criterion: 'leak-test', value: true, note: MB }), { refused: [['entries[1].note', 'too_long']] }),
  evaluation('a 10-million-character criterion id in evidence is refused', goodProfile(), () => ({ ...goodEvidence(), entries: [...goodEvidence().entries, { criterion: MB }] }), { refused: [['entries[7].criterion', 'too_long']] }),
  evaluation('a 10-million-character audit date is refused with a short sentence', goodProfile(), { ...goodEvidence(), auditDate: MB }, { refused: [['auditDate', 'invalid_date']] }),
  evaluation('a 10-million-character evaluation date is refused with a short sentence', goodProfile(), goodEvidence(), { refused: [['at', 'invalid_date']] }, { at: MB }),
  evaluation('a million-digit measured value is refused (400 characters at most)', goodProfile(), evidenceWith('bore', { criterion: 'bore', values: [digits] }), { refused: [['entries[0].values[0]', 'invalid_decimal']] }),
  evaluation('a million-digit limit is refused', bore({ tolerance: digits }), goodEvidence(), { refused: [['categories[0].criteria[0].tolerance', 'invalid_decimal']] }),
  evaluation('a 400-character measured value 1e-396 above the upper limit is read exactly: out of spec', goodProfile(), evidenceWith('bore', { criterion: 'bore', values: ['6.5', `6.55${'0'.repeat(395)}1`] }), {
    decision: 'conditional',
    check: (e) => expect(e.criteria[0]?.found).toMatchObject({ aboveUsl: 1, max: `6.55${'0'.repeat(395)}1`, worstExcursion: `0.${'0'.repeat(397)}1` }),
  }),
  evaluation('a 10-million-character unit in evidence is refused', goodProfile(), evidenceWith('bore', { criterion: 'bore', values: [6.5], unit: MB }), { refused: [['entries[0].unit', 'too_long']] }),
  evaluation('a unit that is not known is refused with both units named', goodProfile(), evidenceWith('bore', { criterion: 'bore', values: [6.5], unit: 'furlong' }), { refused: [['entries[0].unit', 'unit_unknown']] }),
  evaluation('a document status of 10 million characters is refused', goodProfile(), evidenceWith('control-plan', { criterion: 'control-plan', status: MB }), { refused: [['entries[5].status', 'too_long']] }),
  { name: 'samplingPlan with a 10-million-character AQL is refused with a short sentence', run: () => samplingPlan({ lotSize: 1200, aql: MB, level: 'II' }), expected: { refused: [['aql', 'invalid_decimal']] } },
  { name: 'meetsIndex with a million-digit index compares exactly', run: () => meetsIndex(digits, '1.33'), expected: { returns: (r) => expect(r).toBe(true) } },
  { name: 'conversionBetween with 10-million-character units finds no conversion', run: () => conversionBetween(MB, 'mm'), expected: { returns: (r) => expect(r).toMatchObject({ ok: false, reason: 'unknown' }) } },
];

describe('very long strings', () => {
  runCatalogue(entries);
});

describe('very long strings in sentences', () => {
  for (const [name, run] of [
    ['unknown field', () => evaluation('', { ...goodProfile(), [MB]: 1 }, goodEvidence(), { decision: 'approved' }).run()],
    ['audit date', () => evaluation('', goodProfile(), { ...goodEvidence(), auditDate: MB }, { decision: 'approved' }).run()],
    ['evaluation date', () => evaluation('', goodProfile(), goodEvidence(), { decision: 'approved' }, { at: MB }).run()],
    ['measured value', () => evaluation('', goodProfile(), evidenceWith('bore', { criterion: 'bore', values: [digits] }), { decision: 'approved' }).run()],
    ['AQL', () => samplingPlan({ lotSize: 1200, aql: MB, level: 'II' })],
  ] as const) {
    it(`a ${name} of millions of characters is shown shortened`, () => {
      expect(run).toThrow(ValidationError);
      try {
        run();
      } catch (error) {
        short(error);
        expect((error as ValidationError).issues[0]?.message).toMatch(/…/);
      }
    });
  }
});
