import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { schemaIssues } from '../../src/schema/schemaIssues.js';
import { assertUnitTexts } from '../../src/units/unitInfo.js';
import type { ValidationError } from '../../src/errors/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every TypeScript file of src outside the catalogues, with its text. */
const sources = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.startsWith('locales'))
  .map((file) => ({ file: `src/${file}`, text: readFileSync(join(root, 'src', file), 'utf8') }));

/** Returns the text with every string and template literal emptied (its quotes kept), so brackets and keys inside texts do not count. */
function withoutTexts(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      out += c + c;
      i = j;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i += 1;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2) + 1;
      if (i === 0) break;
    } else {
      out += c;
    }
  }
  return out;
}

/** Returns the argument texts of every call of a function in a text (strings emptied). */
function callArguments(text: string, name: string): string[] {
  const code = withoutTexts(text);
  const calls: string[] = [];
  for (let at = code.indexOf(`${name}(`); at >= 0; at = code.indexOf(`${name}(`, at + 1)) {
    if (/[\w.]/.test(code[at - 1] ?? '') || code.slice(at - 9, at) === 'function ') continue;
    let depth = 0;
    let end = at + name.length;
    for (; end < code.length; end += 1) {
      if (code[end] === '(') depth += 1;
      else if (code[end] === ')' && --depth === 0) break;
    }
    calls.push(code.slice(at + name.length + 1, end));
  }
  return calls;
}

/**
 * Where src outside the catalogues may hold Indonesian words, and why: the schemes' own bilingual
 * content (titles and rule titles written into the profiles they build) and words read from input
 * cells. The test fails when a file not listed here gains Indonesian words, or a listed one no longer
 * has any (then remove it from the list).
 */
const INDONESIAN_ALLOWED: Readonly<Record<string, string>> = {
  'src/schemes/vda63/vda63Structure.ts': 'element titles of VDA 6.3 in both languages, written into the profile as translations',
  'src/schemes/vda63/vda63Rules.ts': 'rule titles of the VDA 6.3 downgrading, written into the profile as translations',
  'src/schemes/scorecard/scorecardCriteria.ts': 'scorecard criterion titles in both languages, written into the profile as translations',
  'src/schemes/ppap/ppapBlock.ts': 'the PPAP rule title, written into the profile as a translation',
  'src/schemes/scorecard/scorecardBlock.ts': 'the scorecard rule titles, written into the profile as translations',
  'src/sheets/cells.ts': 'the words a yes/no cell may hold (tidak, salah)',
};

/** Common Indonesian words of the library's sentences, as whole words inside a text literal. */
const INDONESIAN = /['"`][^'"`\n]*\b(?:dan|tidak|yang|untuk|bukan|atau|dari|pada|dengan|tanpa|belum|harus|daftar|objek|teks|angka|nilai|skor|profil|bukti|kriteria|aturan|pemasok|titik|diterima|dikurangi|diperketat|lagi|peringatan|berbentuk|lembar|satuan|sel|baris|Diharapkan|Kesalahan)\b[^'"`\n]*['"`]/;

describe('one catalogue per language', () => {
  it('finds the issue calls it checks', () => {
    const calls = sources.flatMap(({ text }) => [...callArguments(text, 'createIssue'), ...callArguments(text, 'createSheetIssue')]);
    expect(calls.length).toBeGreaterThan(250);
    expect(callArguments("createIssue('x', [], { expected: 'a (b', receivedId: f('y)') })", 'createIssue')).toEqual(["'', [], { expected: '', receivedId: f('') }"]);
  });

  it('gives issues English parameters only: no parameter of an issue outside src/locales is a translation (…Id)', () => {
    const found: string[] = [];
    for (const { file, text } of sources) {
      // customIssue passes on the caller's own Indonesian sentence.
      if (file === 'src/schema/customIssue.ts') continue;
      for (const args of [...callArguments(text, 'createIssue'), ...callArguments(text, 'createSheetIssue')]) {
        for (const match of args.matchAll(/[{,]\s*([A-Za-z_$][\w$]*Id)\s*(?=[:,}])/g)) found.push(`${file}: ${match[1]}`);
      }
    }
    expect(found, 'Give the English words only; the Indonesian catalogue (src/locales/id.ts) translates them').toEqual([]);
  });

  it('keeps Indonesian words in src/locales, but for scheme content and input words', () => {
    const withWords = sources.filter(({ text }) => text.split('\n').some((line) => !/^\s*(\*|\/\/|\/\*)/.test(line) && INDONESIAN.test(line))).map(({ file }) => file);
    expect(withWords.filter((file) => !(file in INDONESIAN_ALLOWED)), 'Move these words to src/locales/id.ts').toEqual([]);
    expect(Object.keys(INDONESIAN_ALLOWED).filter((file) => !withWords.includes(file)), 'No Indonesian words left here: remove the file from the list').toEqual([]);
  });
});

describe('a value a schema check describes, in Bahasa Indonesia', () => {
  const sentenceId = (schema: z.ZodMiniType, value: unknown) => schemaIssues(z.object({ a: schema }), { a: value }).map((issue) => [issue.message, issue.messageId]);

  it('is worded by the Indonesian catalogue from the English description', () => {
    expect(sentenceId(z.string(), 5)).toEqual([['Expected a text, got the number 5.', 'Diharapkan teks, diterima angka 5.']]);
    expect(sentenceId(z.string(), -0.25)).toEqual([['Expected a text, got the number -0.25.', 'Diharapkan teks, diterima angka -0.25.']]);
    expect(sentenceId(z.number(), 'abc')).toEqual([['Expected a number, got the text "abc".', 'Diharapkan angka, diterima teks "abc".']]);
    expect(sentenceId(z.number(), 'x'.repeat(41))).toEqual([['Expected a number, got a text.', 'Diharapkan angka, diterima teks.']]);
    expect(sentenceId(z.boolean(), [])).toEqual([['Expected true or false, got a list.', 'Diharapkan true atau false, diterima daftar.']]);
    expect(sentenceId(z.array(z.string()), {})).toEqual([['Expected a list, got an object.', 'Diharapkan daftar, diterima objek.']]);
    expect(sentenceId(z.object({}), null)).toEqual([['Expected an object, got null.', 'Diharapkan objek, diterima null.']]);
    expect(sentenceId(z.string(), false)).toEqual([['Expected a text, got false.', 'Diharapkan teks, diterima false.']]);
    expect(sentenceId(z.string(), () => 1)).toEqual([['Expected a text, got function.', 'Diharapkan teks, diterima fungsi.']]);
  });

  it('keeps a user text that looks like a description as written in a decimal or date', () => {
    const decimal = z.string().check(z.refine((v) => /^\d+$/.test(v), { params: { code: 'invalid_decimal' } }));
    expect(schemaIssues(z.object({ a: decimal }), { a: 'number' })[0]?.messageId).toBe(
      '"number" bukan bilangan desimal berhingga (gunakan angka dengan tanda opsional dan titik, mis. 10.05).',
    );
    for (const text of ['nothing', 'the number 5', 'the text "x"', 'a text']) {
      expect(schemaIssues(z.object({ a: decimal }), { a: text })[0]?.messageId).toBe(`"${text}" bukan bilangan desimal berhingga (gunakan angka dengan tanda opsional dan titik, mis. 10.05).`);
    }
    expect(schemaIssues(z.object({ a: z.custom((v) => typeof v === 'string', { params: { code: 'invalid_date' } }) }), { a: [] })[0]?.messageId).toBe('"daftar" bukan tanggal kalender berbentuk YYYY-MM-DD.');
  });

  it('is worded the same way for a unit that is no text', () => {
    const issues = (() => {
      try {
        assertUnitTexts({ from: 'mm', to: 25, unit: [] });
      } catch (error) {
        return (error as ValidationError).issues;
      }
      return [];
    })();
    expect(issues.map((issue) => issue.messageId)).toEqual(['Diharapkan nama satuan (teks), diterima angka 25.', 'Diharapkan nama satuan (teks), diterima daftar.']);
  });
});
