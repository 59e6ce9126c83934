import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCsv } from '../../../cli/csv.js';
import { supplierHeader, supplierRow } from '../../fixtures/supplierRow.js';
import { generateSuppliers } from '../../../examples/link-and-match/generate.js';

type Json = Record<string, unknown>;

/**
 * Writes a generated cohort of the pump-injector profile in the forms a cohort reads, with the
 * awkward parts a cut could get wrong: `cohort.jsonl` (a blank line, a line that is not JSON, a
 * record with a date that does not exist, some CRLF line ends) and the directory `mixed/` with a JSON
 * Lines file, a JSON list and a CSV supplier table (CRLF line ends, supplier names with quotes and
 * line breaks inside quoted fields, a row with a bad date). Returns the paths.
 */
export function writeCohort(dir: string, profile: Json, count: number): { jsonl: string; mixed: string; csv: string } {
  const suppliers = generateSuppliers(count, 2026) as Json[];
  const lines = suppliers.map((s) => JSON.stringify(s));
  lines[Math.floor(count / 3)] = '{"supplier": broken';
  lines[Math.floor((2 * count) / 3)] = JSON.stringify({ ...suppliers[7], auditDate: '2026-02-30' });
  lines.splice(5, 0, '');
  const jsonl = join(dir, 'cohort.jsonl');
  writeFileSync(jsonl, lines.map((line, i) => (i % 7 === 3 ? `${line}\r\n` : `${line}\n`)).join(''));

  const mixed = join(dir, 'mixed');
  mkdirSync(mixed, { recursive: true });
  const half = Math.floor(count / 2);
  writeFileSync(join(mixed, 'a.jsonl'), `${lines.slice(0, half).join('\n')}\n`);
  writeFileSync(join(mixed, 'b.json'), JSON.stringify(suppliers.slice(0, 3)));
  const rows = suppliers.slice(half).map((s, i) => {
    const named = i % 5 === 0 ? { ...s, supplier: { ...(s.supplier as Json), name: `CV "Maju"\nJaya, ${i}` } } : s;
    return supplierRow(profile, i === 11 ? { ...named, auditDate: '2026-02-30' } : named) as string[];
  });
  const csv = join(mixed, 'c.csv');
  writeFileSync(csv, toCsv([supplierHeader(profile), ...rows]).replace(/\n(?!J)/g, '\r\n'));
  return { jsonl, mixed, csv };
}
