import { describe, expect, it } from 'vitest';
import { en } from '../../../src/messages/en.js';
import { id } from '../../../src/messages/id.js';
import { reportEn } from '../../../src/report/messages/en.js';
import { reportId } from '../../../src/report/messages/id.js';
import { explanationMessages, reportMessages } from '../../../src/report/messages/index.js';

const sorted = (table: object) => Object.keys(table).sort();

describe('message tables', () => {
  it('the report tables have the same keys in English and Bahasa Indonesia', () => {
    expect(sorted(reportId)).toEqual(sorted(reportEn));
  });

  it('an entry is a phrase in both languages or a sentence function in both', () => {
    for (const key of Object.keys(reportEn) as Array<keyof typeof reportEn>) {
      expect(typeof reportId[key], key).toBe(typeof reportEn[key]);
    }
  });

  it('no Indonesian phrase is left empty', () => {
    for (const [key, value] of Object.entries(reportId)) {
      const text = typeof value === 'string' ? value : value({});
      expect(text.trim().length, key).toBeGreaterThan(0);
    }
  });

  it('the explanation tables have the same keys in English and Bahasa Indonesia', () => {
    expect(sorted(id)).toEqual(sorted(en));
  });

  it('picks the table of the language', () => {
    expect(reportMessages('en')['decision.conditional']).toBe('Conditional');
    expect(reportMessages('id')['decision.conditional']).toBe('Bersyarat');
    expect(explanationMessages('id')['check.met']?.({ value: 'yes', expected: 'yes' })).toBe('Jawaban "ya", sesuai persyaratan.');
  });
});
