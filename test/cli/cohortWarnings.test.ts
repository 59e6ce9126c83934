/** A cohort run carries the warnings about the evidence in every output format, and on standard error. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/index.js';
import { memoryIO } from './fixtures/io.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const example = (name: string) => JSON.stringify(JSON.parse(readFileSync(`${root}examples/pump-injector/${name}`, 'utf8')));
const lines = ['evidence/maju-jaya.json', 'mistakes/unknown-criterion.json', 'evidence/sumber-logam.json'].map(example).join('\n');

async function cohort(format: string, lang = 'en') {
  const io = memoryIO(root, `${lines}\n`);
  const code = await main(['cohort', 'examples/pump-injector/profile.json', '-', '--format', format, '--lang', lang], io);
  return { code, out: io.out(), err: io.err() };
}

describe('cohort with an entry for a criterion the profile does not have', () => {
  it('counts it in the JSON summary and warns on standard error once', async () => {
    const { code, out, err } = await cohort('json');
    expect(code).toBe(0);
    const summary = JSON.parse(out);
    expect(summary.warnings.byCode).toEqual({ unknown_criterion: 1 });
    expect(summary.warnings.byCriterion).toEqual([{ code: 'unknown_criterion', criterion: 'leak-tset', count: 1 }]);
    expect(summary.warnings.examples.map((r: { index: number; supplier: { id: string } }) => [r.index, r.supplier.id])).toEqual([[1, 'IKM-0002']]);
    expect(err).toBe('stdin:2 (warning): entries[3] (leak-tset).criterion: No criterion with the id "leak-tset" exists in the profile; did you mean "leak-test"?\n');
  });

  it('shows it in text, Markdown, HTML and CSV, in English and Bahasa Indonesia', async () => {
    for (const [format, en, id] of [
      ['text', 'Notes on the evidence: 1 warning', 'Catatan tentang bukti: 1 peringatan'],
      ['md', '## Notes on the evidence', '## Catatan tentang bukti'],
      ['html', '<h2>Notes on the evidence</h2>', '<h2>Catatan tentang bukti</h2>'],
      ['csv', 'Note on the evidence,"Record 1: entries[3] (leak-tset).criterion', 'Catatan tentang bukti,"Catatan 1: entries[3] (leak-tset).criterion'],
    ] as const) {
      expect((await cohort(format)).out, format).toContain(en);
      const indonesian = await cohort(format, 'id');
      expect(indonesian.out, format).toContain(id);
      expect(indonesian.err).toContain('stdin:2 (peringatan): entries[3] (leak-tset).criterion: Tidak ada kriteria');
    }
  });
});
