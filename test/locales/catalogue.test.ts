import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { composeProfile, type ValidationError } from '../../src/index.js';
import { cliHelpEn, explanationsEn, issueSentencesEn, lintSentencesEn, reportPhrasesEn } from '../../src/locales/en.js';
import { cliHelpId, explanationsId, issueSentencesId, lintSentencesId, reportPhrasesId } from '../../src/locales/id.js';
import { explanationMessages, reportMessages } from '../../src/report/language.js';
import { CLI_MESSAGES } from '../../cli/messages.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

const sorted = (table: object) => Object.keys(table).sort();

describe('the catalogues', () => {
  it('have the same issue codes in English and Bahasa Indonesia', () => {
    expect(sorted(issueSentencesId)).toEqual(sorted(issueSentencesEn));
  });

  it('have the same explanation codes in English and Bahasa Indonesia', () => {
    expect(sorted(explanationsId)).toEqual(sorted(explanationsEn));
  });

  it('have the same report keys in English and Bahasa Indonesia', () => {
    expect(sorted(reportPhrasesId)).toEqual(sorted(reportPhrasesEn));
  });

  it('have the same command-line sentences in English and Bahasa Indonesia, none empty and none the same in both', () => {
    expect(sorted(CLI_MESSAGES.id)).toEqual(sorted(CLI_MESSAGES.en));
    for (const key of sorted(CLI_MESSAGES.en) as Array<keyof typeof CLI_MESSAGES.en>) {
      const params = { command: 'evaluate', option: '--x', path: 'p.json', source: 's', what: 'evaluate', kind: 'profile' };
      const [en, id] = [CLI_MESSAGES.en[key](params), CLI_MESSAGES.id[key](params)];
      expect(en.trim().length, key).toBeGreaterThan(0);
      expect(id, key).not.toBe(en);
    }
  });

  it('have the same command-line help in English and Bahasa Indonesia, naming the same options', () => {
    expect(sorted(cliHelpId)).toEqual(sorted(cliHelpEn));
    const options = (text: string) => [...new Set(text.match(/--[a-z-]+/g))].sort();
    for (const key of sorted(cliHelpEn) as Array<keyof typeof cliHelpEn>) {
      expect(cliHelpId[key], key).not.toBe(cliHelpEn[key]);
      expect(options(cliHelpId[key]), key).toEqual(options(cliHelpEn[key]));
    }
  });

  it('have the same lint codes in English and Bahasa Indonesia', () => {
    expect(sorted(lintSentencesId)).toEqual(sorted(lintSentencesEn));
  });

  it('give a report entry as a phrase in both languages or a sentence function in both', () => {
    for (const key of Object.keys(reportPhrasesEn) as Array<keyof typeof reportPhrasesEn>) {
      expect(typeof reportPhrasesId[key], key).toBe(typeof reportPhrasesEn[key]);
    }
  });

  it('leave no Indonesian phrase empty', () => {
    for (const [key, value] of Object.entries(reportPhrasesId)) {
      const text = typeof value === 'string' ? value : value({});
      expect(text.trim().length, key).toBeGreaterThan(0);
    }
  });

  it('word an issue in each language', () => {
    expect(issueSentencesEn.duplicate_grade({ grade: 'B' })).toBe('The grade "B" is listed twice.');
    expect(issueSentencesId.duplicate_grade({ grade: 'B' })).toBe('Nilai "B" tercantum dua kali.');
  });

  it('word a lint warning in each language', () => {
    expect(lintSentencesEn.rule_never_fires({ id: 'r1', reason: 'below', below: '10', lowest: '20' })).toBe(
      'Rule "r1" can never fire: no score can be below 10 (the lowest possible is 20).',
    );
    expect(lintSentencesId.rule_never_fires({ id: 'r1', reason: 'below', below: '10', lowest: '20' })).toBe(
      'Aturan "r1" tidak pernah dapat berlaku: tidak ada skor di bawah 10 (skor terendah yang mungkin 20).',
    );
  });
});

describe('the tables of a report language', () => {
  it('are the catalogue of that language', () => {
    expect(reportMessages('en')['decision.conditional']).toBe('Conditional');
    expect(reportMessages('id')['decision.conditional']).toBe('Bersyarat');
    expect(explanationMessages('id')['check.met']?.({ value: 'yes', expected: 'yes' })).toBe('Jawaban "ya", sesuai persyaratan.');
  });
});

describe('a value of the wrong type, in Bahasa Indonesia', () => {
  it('names in Indonesian every expected form an invalid_type issue of the library gives', () => {
    const sources = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    const phrases = new Set<string>();
    for (const file of sources) {
      const text = readFileSync(join(root, 'src', file), 'utf8');
      for (const match of text.matchAll(/'invalid_type'[^;]*?expected: '([^']+)'/g)) phrases.add(match[1]!);
    }
    expect(phrases.size).toBeGreaterThanOrEqual(30);
    for (const expected of phrases) {
      const sentence = issueSentencesId.invalid_type({ expected, received: 'null' });
      expect(sentence, expected).not.toContain(expected);
    }
    expect(issueSentencesId.invalid_type({ expected: 'a number', received: 'text "abc"' })).toBe('Diharapkan angka, diterima teks "abc".');
    expect(issueSentencesId.invalid_type({ expected: 'a whole number', received: '__proto__' })).toBe('Diharapkan bilangan bulat, diterima __proto__.');
  });

  it('is named in Indonesian also where the issue gives only the English word (an object, a list)', () => {
    expect(issueSentencesId.invalid_type({ expected: 'a profile block { categories, rules }', received: 'an object' })).toBe('Diharapkan blok profil { categories, rules }, diterima objek.');
    expect(issueSentencesId.invalid_type({ expected: 'an options object', received: 'a list' })).toBe('Diharapkan objek opsi, diterima daftar.');
    const issues = (() => {
      try {
        composeProfile({ id: 'p', version: '1', title: 'P', component: { name: 'C' }, blocks: [{ categories: [] } as never] });
      } catch (error) {
        return (error as ValidationError).issues;
      }
      return [];
    })();
    expect(issues.map((issue) => issue.messageId)).toEqual(['Diharapkan blok profil { categories, rules }, diterima objek.']);
  });
});
