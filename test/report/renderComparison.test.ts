import { describe, expect, it } from 'vitest';
import { evaluate } from 'supplier-quality';
import { compareEvaluations } from 'supplier-quality/gaps';
import { renderComparison } from '../../src/report/renderComparison.js';
import { evaluationOf, HOSTILE, hostileCase, profile, readExample } from './fixtures.js';
import { parseCsv } from './parseCsv.js';

const FORMATS = ['text', 'md', 'html', 'csv'] as const;
const LANGS = ['en', 'id'] as const;
const EXTENSION = { text: 'txt', md: 'md', html: 'html', csv: 'csv' } as const;

const comparison = () => compareEvaluations(evaluationOf('maju-jaya'), evaluate(profile, readExample('reaudit/maju-jaya-2027-02.json')));

describe('renderComparison on the pump-injector re-audit', () => {
  for (const lang of LANGS) {
    for (const format of FORMATS) {
      it(`${format} ${lang}`, async () => {
        await expect(renderComparison(comparison(), { format, lang, profile })).toMatchFileSnapshot(
          `./__snapshots__/comparison/maju-jaya.${lang}.${EXTENSION[format]}`,
        );
      });
    }
  }

  it('names the decision change, the audits and each gap closed, opened and remaining', () => {
    const text = renderComparison(comparison(), { format: 'text', lang: 'en', profile });
    expect(text.split('\n')[0]).toBe('CV Maju Jaya Teknik   CONDITIONAL → APPROVED   score 86.6 → 92.5 (+5.9)   grade B → A');
    expect(text).toContain('Audits on 19 November 2026 and 12 February 2027, 85 days apart.');
    expect(text).toContain('The re-audit was due by 17 February 2027: on time.');
    expect(text).toContain('3 gaps closed, 1 new, 2 remaining (2 better, 0 worse).');
    expect(text).toContain('  - Overall length (Method, new): Met, score 100.0 → Not met, score 0.0, −4.9 points');
    // Scores and points with the profile's decimals, as the evaluation report writes them.
    expect(text).toContain('Partly met, score 60.0, −3.0 points → Partly met, score 80.0, −1.5 points');
    const id = renderComparison(comparison(), { format: 'text', lang: 'id', profile });
    expect(id).toContain('Panjang keseluruhan (Metode, baru): Terpenuhi, skor 100,0 → Tidak terpenuhi, skor 0,0, −4,9 poin');
  });

  it('gives one CSV row per changed criterion, every row as wide as the header', () => {
    const c = comparison();
    const rows = parseCsv(renderComparison(c, { format: 'csv', lang: 'id' }));
    expect(rows).toHaveLength(1 + c.criteria.length);
    for (const row of rows) expect(row).toHaveLength((rows[0] as string[]).length);
    expect(rows[1]).toEqual(['IKM-0002', 'CV Maju Jaya Teknik', 'pump-injector-jp250', 'overall-length', 'Overall length', 'Metode', 'baru', 'Terpenuhi', '100', '0', 'Tidak terpenuhi', '0', '4.9']);
  });

  it('gives identical output on repeated runs', () => {
    for (const format of FORMATS) {
      const first = renderComparison(comparison(), { format, lang: 'id', profile });
      expect(renderComparison(JSON.parse(JSON.stringify(comparison())), { format, lang: 'id', profile })).toBe(first);
    }
  });
});

describe('renderComparison with hostile text', () => {
  const { profile: hostileProfile, evidence } = hostileCase();
  const before = evaluate(hostileProfile, evidence);
  const later = evidence as { auditDate: string; entries: Array<Record<string, unknown>> };
  const after = evaluate(hostileProfile, {
    ...later,
    auditDate: '2026-12-20',
    entries: later.entries.map((entry) => (entry.criterion === 'check' ? { ...entry, value: true } : entry)),
  });
  const c = compareEvaluations(before, after);

  it('escapes titles in HTML and Markdown', () => {
    const html = renderComparison(c, { format: 'html', profile: hostileProfile as never });
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('data-criterion="d&quot;&gt;&lt;script&gt;"');
    const md = renderComparison(c, { format: 'md' });
    expect(md).not.toMatch(/(^|[^\\])<script/);
  });

  it('neutralises formula-like CSV cells', () => {
    const rows = parseCsv(renderComparison(c, { format: 'csv' }));
    const header = rows[0] as string[];
    for (const row of rows) expect(row).toHaveLength(header.length);
    expect(rows[1]?.[header.indexOf('supplier')]).toBe(`'${HOSTILE.formula}`);
    expect(rows[1]?.[header.indexOf('supplier_id')]).toBe(`'${HOSTILE.at}`);
    expect(rows[1]?.[header.indexOf('criterion')]).toBe(`'${HOSTILE.plus}`);
  });
});
