import { describe, expect, it } from 'vitest';
import { evaluate, ValidationError } from 'supplier-quality';
import { pathToPass } from 'supplier-quality/gaps';
import { renderEvaluation, type RenderEvaluationOptions } from '../../src/report/renderEvaluation.js';
import { evaluationOf, evidenceOf, HOSTILE, hostileCase, profile, SUPPLIERS } from './fixtures.js';
import { parseCsv } from './parseCsv.js';
import { evidenceWith, profileWith } from '../fixtures.js';

const FORMATS = ['text', 'md', 'html', 'csv'] as const;
const LANGS = ['en', 'id'] as const;
const EXTENSION = { text: 'txt', md: 'md', html: 'html', csv: 'csv' } as const;

describe('renderEvaluation on the pump-injector example', () => {
  for (const supplier of SUPPLIERS) {
    for (const lang of LANGS) {
      for (const format of FORMATS) {
        it(`${supplier} ${format} ${lang}`, async () => {
          const evaluation = evaluationOf(supplier);
          const path = pathToPass(profile, evaluation);
          const out = renderEvaluation(evaluation, { format, lang, profile, evidence: evidenceOf(supplier), path });
          await expect(out).toMatchFileSnapshot(`./__snapshots__/evaluation/${supplier}.${lang}.${EXTENSION[format]}`);
        });
      }
    }
  }

  it('speaks to the reader: titles, limits and remedies, not codes', () => {
    const text = renderEvaluation(evaluationOf('sumber-logam'), { format: 'text', lang: 'en', profile });
    expect(text).toContain('Venturi throat diameter: 4 of 32 parts above the upper limit 6.55 mm (worst 6.580 mm).');
    expect(text).toContain('Remedy: Re-grind or replace the reamer');
    expect(text).toContain('Critical requirements not met (knock-out): Venturi throat diameter; Hydrostatic leak test');
    expect(text).not.toContain('throat-d');
  });

  it('writes Indonesian numbers with a decimal comma in prose and a dot in CSV', () => {
    const evaluation = evaluationOf('sumber-logam');
    const md = renderEvaluation(evaluation, { format: 'md', lang: 'id', profile });
    expect(md).toContain('4 dari 32 komponen di atas batas atas 6,55 mm (terburuk 6,580 mm).');
    expect(md).toContain('3.475,41 ppm');
    expect(md).toContain('Diameter leher venturi');
    const csv = parseCsv(renderEvaluation(evaluation, { format: 'csv', lang: 'id', profile }));
    const header = csv[0] as string[];
    const throat = csv.find((row) => row[header.indexOf('id_kriteria')] === 'throat-d') as string[];
    expect(throat[header.indexOf('skor_keseluruhan')]).toBe('22.7');
    expect(throat[header.indexOf('kekurangan')]).toBe('0.03');
    expect(throat[header.indexOf('tanggal_audit')]).toBe('2026-11-24');
    expect(throat[header.indexOf('penjelasan')]).toBe('4 dari 32 komponen di atas batas atas 6.55 mm (terburuk 6.580 mm).');
  });

  it('shows buyer titles as given when the profile gives no translation', () => {
    const md = renderEvaluation(evaluationOf('maju-jaya'), { format: 'md', lang: 'id' });
    expect(md).toContain('Operators are qualified and trained for their tasks');
    expect(md).toContain('Keputusan: Bersyarat');
  });

  it('gives one CSV row per criterion under a header, every row as wide as the header', () => {
    const evaluation = evaluationOf('maju-jaya');
    const rows = parseCsv(renderEvaluation(evaluation, { format: 'csv', lang: 'en' }));
    expect(rows).toHaveLength(1 + evaluation.criteria.length);
    for (const row of rows) expect(row).toHaveLength((rows[0] as string[]).length);
  });

  it('gives the notes on the evidence in CSV as rows of the same table after the criteria, in both languages', () => {
    const input = JSON.parse(JSON.stringify(evidenceOf('maju-jaya')));
    input.entries.push({ criterion: 'leak-tset', result: 'pass' }, { criterion: '=cmd', result: 'pass' });
    const evaluation = evaluate(profile as never, input);
    for (const [lang, status, sentence] of [
      ['en', 'Note on the evidence', 'No criterion with the id "leak-tset" exists in the profile; did you mean "leak-test"?'],
      ['id', 'Catatan tentang bukti', 'Tidak ada kriteria dengan pengenal "leak-tset" dalam profil; maksud Anda "leak-test"?'],
    ] as const) {
      const rows = parseCsv(renderEvaluation(evaluation, { format: 'csv', lang }));
      const header = rows[0] as string[];
      expect(rows).toHaveLength(1 + evaluation.criteria.length + 2);
      for (const row of rows) expect(row).toHaveLength(header.length);
      const notes = rows.slice(1 + evaluation.criteria.length);
      const at = (row: string[], column: number) => row[column];
      expect(notes.map((row) => [at(row, 0), at(row, 10), at(row, 15), at(row, 25)])).toEqual([
        ['IKM-0002', '', status, `entries[${input.entries.length - 2}] (leak-tset).criterion: ${sentence}`],
        ['IKM-0002', '', status, expect.stringMatching(/^entries\[\d+\] \(=cmd\)\.criterion: /)],
      ]);
    }
  });

  it('gives identical output on repeated runs', () => {
    for (const format of FORMATS) {
      for (const lang of LANGS) {
        const options: RenderEvaluationOptions = { format, lang, profile, evidence: evidenceOf('maju-jaya') };
        const first = renderEvaluation(evaluationOf('maju-jaya'), options);
        const again = renderEvaluation(evaluationOf('maju-jaya'), options);
        const fromJson = renderEvaluation(JSON.parse(JSON.stringify(evaluationOf('maju-jaya'))), options);
        expect(again).toBe(first);
        expect(fromJson).toBe(first);
      }
    }
  });

  it('draws a histogram per measured characteristic with the evidence, a range without it', () => {
    const evaluation = evaluationOf('sumber-logam');
    const withValues = renderEvaluation(evaluation, { format: 'html', profile, evidence: evidenceOf('sumber-logam') });
    expect(withValues.match(/class="chart chart-values"/g)).toHaveLength(3);
    expect(withValues.match(/data-limit="lsl"/g)).toHaveLength(3);
    expect(withValues.match(/data-limit="usl"/g)).toHaveLength(3);
    const counts = [...withValues.matchAll(/data-count="(\d+)"/g)].map((m) => Number(m[1]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(32 + 32 + 10);
    const withoutValues = renderEvaluation(evaluation, { format: 'html' });
    expect(withoutValues.match(/class="chart chart-values chart-range"/g)).toHaveLength(3);
    expect(withoutValues).not.toContain('class="grade-line"');
    expect(withValues.match(/class="grade-line"/g)).toHaveLength(2);
  });

  it('shows the path to pass with the result after each step, and its steps in the CSV', () => {
    const evaluation = evaluationOf('sumber-logam');
    const path = pathToPass(profile, evaluation);
    const text = renderEvaluation(evaluation, { format: 'text', lang: 'en', profile, path });
    // Machine maintenance at 0 points holds P6 below 70 % (VDA 6.3 to C), so the path closes it early.
    expect(text).toContain('  To reach “Conditional”: close 6 gaps; then score 81.5, grade B.');
    expect(text).toContain('    1. Venturi throat diameter (+14.8): then score 37.5, grade C, Rejected.');
    expect(text).toContain('    3. Machines and tools are maintained on a preventive plan (+7.4): then score 54.8, grade C, Rejected.');
    // The six steps both routes start with are shown once; approval needs one more; one effort note.
    expect(text).toContain('  The first 6 steps are the same on both routes:\n    1. Venturi throat diameter');
    expect(text).toContain('  To reach “Conditional”: close 6 gaps; then score 81.5, grade B.\n    Reached after step 6.\n  To reach “Approved”: close 7 gaps; then score 92.6, grade A.\n    7. On-time delivery (12 months) (+11.1)');
    expect(text.match(/Venturi throat diameter \(\+14\.8\)/g)).toHaveLength(1);
    expect(text).toContain('  Effort for the whole path: 108 days, IDR 59,000,000.');
    expect(text).not.toMatch(/No effort estimate|Effort: /);
    const html = renderEvaluation(evaluation, { format: 'html', lang: 'id', profile, path });
    expect(html).toContain('<div class="shared"><p>6 langkah pertama sama untuk kedua jalur:</p><ol class="steps steps-shared">');
    expect(html).toContain('<ol class="steps" start="7"><li data-criterion="on-time-delivery">');
    const rows = parseCsv(renderEvaluation(evaluation, { format: 'csv', profile, path }));
    const header = rows[0] as string[];
    const step = (id: string) => rows.find((row) => row[header.indexOf('criterion_id')] === id)?.[header.indexOf('step_to_next_decision')];
    expect(path.next?.criteria.map(step)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(step('nozzle-d')).toBe('');
  });

  it('refuses the path to pass of another supplier', () => {
    const path = pathToPass(profile, evaluationOf('sumber-logam'));
    expect(() => renderEvaluation(evaluationOf('maju-jaya'), { format: 'md', path })).toThrow(ValidationError);
  });

  it('rejects an unknown format or language with a ValidationError naming both', () => {
    const evaluation = evaluationOf('maju-jaya');
    const bad = { format: 'pdf', lang: 'fr' } as unknown as RenderEvaluationOptions;
    expect(() => renderEvaluation(evaluation, bad)).toThrow(ValidationError);
    try {
      renderEvaluation(evaluation, bad);
    } catch (error) {
      expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual(['format', 'lang']);
    }
  });
});

describe('renderEvaluation of capability requirements and attribute inspection', () => {
  const subgroups = [
    [10.2, 9.9, 10.1, 10.0],
    [10.3, 10.1, 10.0, 10.2],
    [9.8, 10.0, 10.1, 9.9],
    [10.0, 10.2, 10.1, 10.3],
    [9.9, 10.1, 10.0, 10.0],
  ];
  const lot = (nonconforming: number) => ({ lotSize: 1200, inspected: 80, nonconforming });
  const evaluation = evaluate(
    profileWith([
      { kind: 'measurement', id: 'd', title: 'Diameter', causeFamily: 'machine', unit: 'mm', lsl: 9.4, usl: 10.6, capability: { index: 'cpk', min: '1.67', minSamples: 20 } },
      { kind: 'attribute-inspection', id: 'incoming', title: 'Incoming inspection', causeFamily: 'method', aql: '1.0' },
    ] as never),
    evidenceWith([
      { criterion: 'd', values: subgroups },
      { criterion: 'incoming', lots: [lot(3), lot(3), lot(2), lot(0)] },
    ] as never),
  );

  it('says what is required and found in the reader’s words, with numbers for the language', () => {
    const md = renderEvaluation(evaluation, { format: 'md', lang: 'id' });
    expect(md).toContain('| 9,4–10,6 mm; Cpk paling sedikit 1,67 | 20 nilai, 9,80 sampai 10,30 mm, rata-rata 10,06; Cpk 1,3236 (batas bawah 0,9498) |');
    expect(md).toContain('AQL 1, tingkat inspeksi II, aturan perpindahan (ISO 2859-1:1999)');
    expect(md).toContain('1 dari 4 lot diterima; sekarang inspeksi diperketat');
    expect(md).toContain('inspeksi sekarang diperketat.');
    const en = renderEvaluation(evaluation, { format: 'text', lang: 'en' });
    expect(en).toContain('Diameter: All 20 values are within 9.4–10.6 mm, but Cpk 1.3236 is below 1.67: it needs a sigma of 0.108 mm instead of 0.136 mm.');
    // The report writes the sigmas at 3 significant digits; the evaluation keeps its own precision.
    expect(evaluation.criteria[0]!.explanation).toBe('All 20 values within 9.4–10.6 mm, but Cpk 1.3236 is below 1.67; it needs a sigma of 0.107784 mm instead of 0.135988 mm.');
  });
});

describe('renderEvaluation with hostile buyer and auditor text', () => {
  const { profile: hostileProfile, evidence } = hostileCase();
  const evaluation = evaluate(hostileProfile, evidence);
  const render = (format: (typeof FORMATS)[number], lang: 'en' | 'id' = 'en') =>
    renderEvaluation(evaluation, { format, lang, profile: hostileProfile as never, evidence: evidence as never });

  it('escapes every text in HTML: no element or attribute comes from the input', () => {
    for (const lang of LANGS) {
      const html = render('html', lang);
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<img/i);
      expect(html).not.toMatch(/<b>bold/);
      expect(html).not.toMatch(/onerror=alert\(1\)>/);
      expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(html).toContain('data-criterion="d&quot;&gt;&lt;script&gt;"');
      expect(html).toContain(`Content-Security-Policy" content="default-src 'none'`);
    }
  });

  it('escapes Markdown: no raw HTML, no broken table, no link', () => {
    const md = render('md');
    expect(md).not.toMatch(/(^|[^\\])<script/);
    expect(md).not.toMatch(/(^|[^\\])<b>/);
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('\\| pipe \\*star\\* \\[link\\](javascript:alert(1)) \\`code\\`');
    const tableRows = md.split('\n').filter((line) => line.startsWith('| '));
    const columns = (line: string) => line.replace(/\\\|/g, '').split('|').length;
    const widths = new Set(tableRows.filter((l) => !l.includes('---')).map(columns));
    expect(widths.size).toBeLessThanOrEqual(2);
  });

  it('neutralises formula-like CSV cells and quotes correctly', () => {
    const rows = parseCsv(render('csv'));
    const header = rows[0] as string[];
    for (const row of rows) expect(row).toHaveLength(header.length);
    const cells = rows.slice(1).flat();
    for (const cell of cells) expect(cell).not.toMatch(/^[=+@\t\r]/);
    for (const cell of cells) if (cell.startsWith('-')) expect(cell).toMatch(/^-\d+(\.\d+)?$/);
    const body = rows.slice(1);
    expect(body[0]?.[header.indexOf('supplier')]).toBe(`'${HOSTILE.formula}`);
    expect(body[0]?.[header.indexOf('supplier_id')]).toBe(`'${HOSTILE.at}`);
    expect(body[0]?.[header.indexOf('region')]).toBe(`'${HOSTILE.plus}`);
    expect(body[0]?.[header.indexOf('remedy')]).toBe(`'${HOSTILE.formula}`);
    expect(body[2]?.[header.indexOf('category')]).toBe(`'${HOSTILE.minus}`);
  });

  it('strips terminal control characters from plain text', () => {
    const text = render('text');
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(text).toContain('bell  and  [31mred');
  });
});
