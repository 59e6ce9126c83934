import { describe, expect, it } from 'vitest';
import { evaluateCohortSync } from 'supplier-quality/cohort';
import { generateSuppliers } from '../../examples/link-and-match/generate.js';
import { decisiveCauseText } from '../../src/report/cohortView.js';
import { formatterFor } from '../../src/report/format.js';
import { titlesFor } from '../../src/report/reportInputs.js';
import { profile } from './fixtures.js';

const summary = evaluateCohortSync(profile, generateSuppliers(40, 2026), { fullRanking: true });
const say = (lang: 'en' | 'id', cause: Parameters<typeof decisiveCauseText>[0], reportProfile = profile) =>
  decisiveCauseText(cause, summary, titlesFor(reportProfile, lang), formatterFor(lang, 'prose'), reportProfile);

describe('decisiveCauseText', () => {
  it('words each kind of cause as the single-supplier reasons do, in both languages', () => {
    const rule = { cause: 'rule', rule: 'quality-system:vda63-to-c-1', criteria: [], groups: [{ category: 'quality-system', level: 'element', id: 'P6', score: '60', evaluated: 5, questions: 5 }], causeFamilies: [] } as const;
    expect(say('en', rule)).toBe('VDA 6.3 downgrade to C: a process element or process step below 70 %: P6 60 %');
    expect(say('id', rule)).toBe('Penurunan VDA 6.3 ke C: elemen proses atau langkah proses di bawah 70 %: P6 60 %');
    const knockOut = { cause: 'knock-out', rule: 'knock-out', criteria: ['throat-d'], causeFamilies: ['machine'] } as const;
    expect(say('en', knockOut)).toBe('Knock-out: Venturi throat diameter');
    expect(say('id', knockOut)).toBe('Gugur: Diameter leher venturi');
    const band = { cause: 'score-band', criteria: [], grade: 'C', score: '74.9', causeFamilies: [] } as const;
    expect([say('en', band), say('id', band)]).toEqual(['Score 74.9 gives grade C', 'Skor 74,9 memberi nilai C']);
    const missing = { cause: 'missing-evidence', criteria: ['iso-9001'], causeFamilies: ['method'] } as const;
    expect(say('en', missing)).toBe('No evidence for 1 requirement: ISO 9001 certification');
    expect(say('en', undefined)).toBe('');
  });

  it('gives a category minimum as its rule, with the minimum when the profile gives it', () => {
    const cause = { cause: 'category-minimum', rule: 'category-minimum:product', criteria: ['throat-d'], categories: ['product'], causeFamilies: ['machine'] } as const;
    const withMinimum = { ...profile, categories: (profile.categories ?? []).map((c) => (c.id === 'product' ? { ...c, minScore: '60' } : c)) };
    expect(say('en', cause, withMinimum)).toBe('Category Product specification below its minimum 60');
    expect(say('id', cause, withMinimum)).toBe('Kategori Spesifikasi produk di bawah minimumnya 60');
    expect(say('en', cause)).toBe('category-minimum:product: Product specification');
  });

  it('names the rule and criteria of a rule without audit groups', () => {
    const cause = { cause: 'rule', rule: 'not-in-profile', criteria: ['throat-d', 'iso-9001'], causeFamilies: ['machine', 'method'] } as const;
    expect(say('en', cause)).toBe('not-in-profile: Venturi throat diameter; ISO 9001 certification');
  });
});
