import { describe, expect, it } from 'vitest';
import { evaluateCohortSync } from 'supplier-quality/cohort';
import { generateSuppliers } from '../../examples/link-and-match/generate.js';
import { renderCohort } from '../../src/report/renderCohort.js';
import { HOSTILE, hostileCase, profile } from './fixtures.js';
import { parseCsv } from './parseCsv.js';

const FORMATS = ['text', 'md', 'html', 'csv'] as const;
const LANGS = ['en', 'id'] as const;
const EXTENSION = { text: 'txt', md: 'md', html: 'html', csv: 'csv' } as const;

const summary = evaluateCohortSync(profile, generateSuppliers(40, 2026), { paths: true, fullRanking: true, nearMissLimit: 5 });

describe('renderCohort on 40 generated pump-injector suppliers', () => {
  for (const lang of LANGS) {
    for (const format of FORMATS) {
      it(`${format} ${lang}`, async () => {
        await expect(renderCohort(summary, { format, lang, profile })).toMatchFileSnapshot(`./__snapshots__/cohort/link-and-match-40.${lang}.${EXTENSION[format]}`);
      });
    }
  }

  it('draws the decision counts, the score distribution and the gaps by cause family', () => {
    const html = renderCohort(summary, { format: 'html', profile });
    const chart = (name: string) => html.slice(html.indexOf(`chart-counts ${name}`), html.indexOf('</svg>', html.indexOf(`chart-counts ${name}`)));
    const counts = (svg: string) => [...svg.matchAll(/data-count="(\d+)"/g)].map((m) => Number(m[1]));
    expect(counts(chart('chart-decisions'))).toEqual([summary.decisions.approved, summary.decisions.conditional, summary.decisions.rejected, summary.decisions.incomplete]);
    expect(counts(chart('chart-families'))).toEqual(summary.gaps.byCauseFamily.map((f) => f.suppliers));
    expect(counts(chart('chart-distribution')).reduce((a, b) => a + b, 0)).toBe(summary.evaluated);
    expect(chart('chart-distribution').match(/class="grade-line"/g)).toHaveLength(2);
  });

  it('gives one CSV row per supplier in rank order', () => {
    const rows = parseCsv(renderCohort(summary, { format: 'csv', lang: 'id' }));
    expect(rows[0]).toEqual(['peringkat', 'id_pemasok', 'pemasok', 'wilayah', 'profil', 'versi_profil', 'tanggal_audit', 'skor_keseluruhan', 'nilai', 'keputusan', 'penjelasan']);
    expect(rows).toHaveLength(1 + summary.evaluated);
    expect(rows.slice(1).map((row) => Number(row[0]))).toEqual(summary.ranking.entries.map((e) => e.rank));
    for (const row of rows.slice(1)) expect(row[7]).toMatch(/^\d+\.\d$/);
  });

  it('shows the warnings about the evidence in every format and both languages', () => {
    const records = (generateSuppliers(6, 2026) as unknown as { supplier: { id: string; name: string }; entries: object[] }[]).map((s, i) => (i === 2 ? { ...s, entries: [...s.entries, { criterion: 'leak-tset', value: true }] } : s));
    const warned = evaluateCohortSync(profile, records);
    expect(warned.warnings?.byCriterion).toEqual([{ code: 'unknown_criterion', criterion: 'leak-tset', count: 1 }]);
    const supplier = records[2]?.supplier.id;
    const en = renderCohort(warned, { format: 'text', lang: 'en', profile });
    expect(en).toContain('Notes on the evidence: 1 warning about the evidence of 1 supplier: they were evaluated, and the entries the warnings name were not used.');
    expect(en).toContain('  - Entries for "leak-tset", a criterion the profile does not have: 1');
    expect(en).toContain(`(${supplier}): entries[${(records[2]?.entries.length ?? 0) - 1}] (leak-tset).criterion: No criterion with the id "leak-tset" exists in the profile; did you mean "leak-test"?`);
    const id = renderCohort(warned, { format: 'text', lang: 'id', profile });
    expect(id).toContain('Catatan tentang bukti: 1 peringatan tentang bukti 1 pemasok');
    expect(id).toContain('maksud Anda "leak-test"?');
    for (const lang of LANGS) {
      expect(renderCohort(warned, { format: 'md', lang, profile })).toContain(lang === 'en' ? '## Notes on the evidence' : '## Catatan tentang bukti');
      expect(renderCohort(warned, { format: 'html', lang, profile })).toContain('leak-tset');
      const rows = parseCsv(renderCohort(warned, { format: 'csv', lang }));
      const note = rows.at(-1) as string[];
      expect(note.slice(0, 3)).toEqual(['', supplier, records[2]?.supplier.name]);
      expect(note[9]).toBe(lang === 'en' ? 'Note on the evidence' : 'Catatan tentang bukti');
      expect(note[10]).toContain('(leak-tset).criterion');
      expect(rows).toHaveLength(1 + warned.evaluated + 1);
    }
    expect(renderCohort(summary, { format: 'text', lang: 'en', profile })).not.toContain('Notes on the evidence');
  });

  it('writes the summary sentences in the chosen language', () => {
    const text = renderCohort(summary, { format: 'text', lang: 'id', profile });
    expect(text).toContain(`${summary.evaluated} pemasok dievaluasi.`);
    expect(text).toContain('Manusia (pelatihan)');
    expect(text).toMatch(/Skor dari \d+,\d sampai \d+,\d; median \d+(,\d+)?, rata-rata \d+,\d+\./);
  });

  it('gives identical output on repeated runs', () => {
    for (const format of FORMATS) {
      const again = evaluateCohortSync(profile, generateSuppliers(40, 2026), { paths: true, fullRanking: true, nearMissLimit: 5 });
      expect(renderCohort(again, { format, lang: 'en', profile })).toBe(renderCohort(summary, { format, lang: 'en', profile }));
    }
  });
});

describe('renderCohort with hostile text', () => {
  const { profile: hostileProfile, evidence } = hostileCase();
  const base = evidence as { supplier: Record<string, string> };
  const records = [
    evidence,
    { ...base, supplier: { id: 'x2', name: HOSTILE.script, region: HOSTILE.formula } },
    { supplier: { id: HOSTILE.attribute, name: HOSTILE.minus }, auditDate: 'not a date', entries: [] },
  ];
  const hostile = evaluateCohortSync(hostileProfile, records, { fullRanking: true });

  it('escapes supplier names, titles and issue messages in HTML and Markdown', () => {
    for (const lang of LANGS) {
      const html = renderCohort(hostile, { format: 'html', lang, profile: hostileProfile as never });
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<img/i);
      expect(html).toContain('&lt;script&gt;');
      const md = renderCohort(hostile, { format: 'md', lang });
      expect(md).not.toMatch(/(^|[^\\])<script/);
    }
  });

  it('neutralises formula-like CSV cells', () => {
    const rows = parseCsv(renderCohort(hostile, { format: 'csv' }));
    const cells = rows.slice(1).flat();
    for (const cell of cells) expect(cell).not.toMatch(/^[=+@\t\r]/);
    expect(cells).toContain(`'${HOSTILE.formula}`);
    expect(cells).toContain(`'${HOSTILE.at}`);
  });
});

describe('renderCohort: each ranking and near-miss row names its decisive cause', () => {
  const near = evaluateCohortSync(profile, generateSuppliers(40, 2026), { nearMissMargin: 4, nearMissLimit: 5, top: 10 });

  it('in text, aligned, in both languages', () => {
    const en = renderCohort(summary, { format: 'text', lang: 'en', profile });
    expect(en).toContain('   8. CV Maju Abadi (IKM-0039)          80.8   C   Rejected    — VDA 6.3 downgrade to C: a process element or process step below 70 %: P6 60 %\n');
    expect(en).toContain('  20. CV Presisi Karya (IKM-0029)       69.4   C   Rejected    — Knock-out: Venturi throat diameter\n');
    expect(en).toContain('  12. UD Maju Utama (IKM-0016)          74.9   C   Rejected    — Score 74.9 gives grade C\n');
    expect(en).toContain('  10. CV Mulia Abadi (IKM-0019)         76.7   C   Incomplete  — No evidence for 1 requirement: ISO 9001 certification\n');
    const id = renderCohort(summary, { format: 'text', lang: 'id', profile });
    expect(id).toContain('   8. CV Maju Abadi (IKM-0039)          80,8   C   Ditolak       — Penurunan VDA 6.3 ke C: elemen proses atau langkah proses di bawah 70 %: P6 60 %\n');
    expect(id).toContain('  20. CV Presisi Karya (IKM-0029)       69,4   C   Ditolak       — Gugur: Diameter leher venturi\n');
  });

  it('as a column in Markdown and HTML and as the explanation in CSV', () => {
    const md = renderCohort(summary, { format: 'md', lang: 'en', profile });
    expect(md).toContain('| Score | Grade | Decision | Decisive cause |');
    expect(md).toMatch(/\| 20 \| CV Presisi Karya \(IKM-0029\) \|[^\n]*\| 69\.4 \| C \| Rejected \| Knock-out: Venturi throat diameter \|\n/);
    const html = renderCohort(summary, { format: 'html', lang: 'id', profile });
    expect(html).toContain('<th>Penyebab penentu</th>');
    expect(html).toContain('Gugur: Diameter leher venturi</td>');
    const rows = parseCsv(renderCohort(summary, { format: 'csv', lang: 'en', profile }));
    const byId = new Map(rows.slice(1).map((row) => [row[1], row]));
    expect(rows[0]?.at(-1)).toBe('explanation');
    expect(byId.get('IKM-0029')?.at(-1)).toBe('Knock-out: Venturi throat diameter');
    expect(byId.get('IKM-0021')?.at(-1)).toBe('Score 87.1 gives grade B');
  });

  it('on the near misses', () => {
    expect(near.nearMisses.suppliers.map((x) => [x.supplier.id, x.decisiveCause?.cause])).toEqual([['IKM-0021', 'score-band']]);
    expect(renderCohort(near, { format: 'text', lang: 'en', profile })).toContain('  - PT Maju Presisi (IKM-0021): 87.1 (Conditional), −2.9 → Approved — Score 87.1 gives grade B\n');
    expect(renderCohort(near, { format: 'text', lang: 'id', profile })).toContain('— Skor 87,1 memberi nilai B\n');
    const md = renderCohort(near, { format: 'md', lang: 'en', profile });
    expect(md).toContain('| Supplier | Score | Decision | Next decision | Points below | Decisive cause |');
    expect(md).toContain('| PT Maju Presisi (IKM-0021) | 87.1 | Conditional | Approved | 2.9 | Score 87.1 gives grade B |');
  });
});
