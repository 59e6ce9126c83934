/**
 * The same evidence as JSON, JSON Lines, a CSV supplier table and a supplier row of a sheet gives
 * byte-identical evaluations, in the library and through the command line; what a row cannot carry
 * is refused by name, never dropped.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineProfile, evaluate, ValidationError, type Profile } from 'supplier-quality';
import { evidenceFromRow, supplierRows } from 'supplier-quality/sheets';
import { main } from '../../cli/index.js';
import { csvRows, toCsv } from '../../cli/csv.js';
import { csvEvidence } from '../../cli/input.js';
import { memoryIO } from '../cli/fixtures/io.js';
import { caseArb, carriable, settings, type Case } from '../property/arbitraries.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sq-forms-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The fields of an entry besides its short form (a supplier row refuses them, tested below). */
const BESIDE_SHORT_FORM = ['note', 'issued', 'issuer', 'number', 'scope', 'reference', 'reason', 'unit'];

/**
 * Returns the case with only entries of the profile's criteria (a row has a column per criterion),
 * each without the fields beside its short form.
 */
function inProfile(c: Case): { profile: Profile; evidence: Record<string, unknown>; at?: string } {
  const profile = defineProfile(carriable(c.profile));
  const ids = new Set(profile.categories.flatMap((category) => category.criteria.map((criterion) => criterion.id)));
  const entries = (c.evidence.entries as { criterion: string }[])
    .filter((entry) => ids.has(entry.criterion))
    .map((entry) => Object.fromEntries(Object.entries(entry).filter(([key]) => !BESIDE_SHORT_FORM.includes(key))));
  return { profile, evidence: { ...c.evidence, entries }, ...(c.options.at ? { at: c.options.at } : {}) };
}

/** Returns the rows of a supplier table, or undefined when a row cannot carry the evidence (checking the refusal). */
function rowsOrRefusal(profile: Profile, evidence: unknown, raw: boolean) {
  try {
    return supplierRows(profile, [evidence as never], { raw });
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.every((issue) => issue.code === 'form_cannot_carry')).toBe(true);
    return undefined;
  }
}

describe('one evidence, four forms', () => {
  it('gives byte-identical evaluations as JSON, JSON Lines, CSV and a sheet row', () => {
    let carried = 0;
    let refused = 0;
    fc.assert(
      fc.property(caseArb(), (c) => {
        const { profile, evidence, at } = inProfile(c);
        const options = at ? { at } : {};
        let expected: string;
        try {
          expected = JSON.stringify(evaluate(profile, JSON.parse(JSON.stringify(evidence)), options));
        } catch (error) {
          expect(error).toBeInstanceOf(ValidationError);
          return;
        }
        const raw = rowsOrRefusal(profile, evidence, true);
        if (!raw) {
          refused++;
          return;
        }
        carried++;
        const jsonLine = JSON.stringify(evidence);
        expect(JSON.stringify(evaluate(profile, JSON.parse(jsonLine), options))).toBe(expected);
        const [header, row] = raw as [unknown[], unknown[]];
        const fromRow = evidenceFromRow(profile, header as never, row as never);
        expect(fromRow.success ? JSON.stringify(evaluate(profile, fromRow.data, options)) : fromRow.error.issues).toBe(expected);
        const csv = toCsv(supplierRows(profile, [evidence as never]));
        const [record] = [...csvEvidence(csvRows(csv, 'suppliers.csv'), 'suppliers.csv', profile)];
        expect(record?.result.success ? JSON.stringify(evaluate(profile, record.result.data, options)) : record?.result).toBe(expected);
      }),
      settings(300),
    );
    // Most generated evidence fits a row; the rest holds what a row cannot carry (subgroups, notes, …).
    expect(carried).toBeGreaterThan(refused);
  });

  it('gives byte-identical evaluations, warnings included, with entries for criteria the profile does not have', () => {
    let compared = 0;
    fc.assert(
      fc.property(caseArb(), fc.integer({ min: 1, max: 3 }), (c, strays) => {
        const { profile, evidence, at } = inProfile(c);
        const options = at ? { at } : {};
        const raw = rowsOrRefusal(profile, evidence, true);
        if (!raw) return;
        const first = profile.categories[0]?.criteria[0]?.id ?? 'a';
        // A misspelt id (the closest is suggested) and ids like no criterion; each entry is not used.
        const ids = [`${first}x`, 'zz-not-a-criterion', 'qq-stray'].slice(0, strays);
        const withStrays = { ...evidence, entries: [...(evidence.entries as object[]), ...ids.map((criterion) => ({ criterion, value: true }))] };
        let expected: string;
        try {
          expected = JSON.stringify(evaluate(profile, JSON.parse(JSON.stringify(withStrays)), options));
        } catch (error) {
          expect(error).toBeInstanceOf(ValidationError);
          return;
        }
        expect(JSON.parse(expected).warnings.map((w: { code: string; criterion: string }) => [w.code, w.criterion])).toEqual(ids.map((id) => ['unknown_criterion', id]));
        const [header, row] = raw as [unknown[], unknown[]];
        const fromRow = evidenceFromRow(profile, [...header, ...ids] as never, [...row, ...ids.map(() => 'yes')] as never);
        expect(fromRow.success ? JSON.stringify(evaluate(profile, fromRow.data, options)) : fromRow.error.issues).toBe(expected);
        // The read itself warns once per column, at its header cell.
        expect(fromRow.success && fromRow.warnings.map((w) => `${w.code} ${(w as { header?: string }).header} ${w.path}`)).toEqual(
          ids.map((id, k) => `unknown_criterion ${id} Suppliers!${String.fromCharCode(65 + header.length + k)}1`),
        );
        const csv = toCsv([[...header, ...ids], [...row, ...ids.map(() => 'yes')]] as never);
        const [record] = [...csvEvidence(csvRows(csv, 'suppliers.csv'), 'suppliers.csv', profile)];
        expect(record?.result.success ? JSON.stringify(evaluate(profile, record.result.data, options)) : record?.result).toBe(expected);
        compared++;
      }),
      settings(150),
    );
    expect(compared).toBeGreaterThan(5);
  });

  it('gives the same bytes through the command line for a .json, a .jsonl and a .csv file', async () => {
    const cases = fc.sample(caseArb(), { seed: 5, numRuns: 40 }).map(inProfile);
    let compared = 0;
    for (const [i, { profile, evidence, at }] of cases.entries()) {
      const rows = rowsOrRefusal(profile, evidence, false);
      if (!rows) continue;
      try {
        evaluate(profile, evidence);
      } catch {
        continue;
      }
      writeFileSync(join(dir, `p${i}.json`), JSON.stringify(profile));
      writeFileSync(join(dir, `e${i}.json`), JSON.stringify(evidence, null, 2));
      writeFileSync(join(dir, `e${i}.jsonl`), `${JSON.stringify(evidence)}\n`);
      writeFileSync(join(dir, `e${i}.csv`), toCsv(rows));
      const outputs = await Promise.all(
        ['json', 'jsonl', 'csv'].map(async (ext) => {
          const io = memoryIO(dir, '', false);
          const code = await main(['evaluate', join(dir, `p${i}.json`), join(dir, `e${i}.${ext}`), '--format', 'json', ...(at ? ['--at', at] : [])], io);
          return `${code}\n${io.out()}\n${io.err()}`;
        }),
      );
      expect(outputs[1]).toBe(outputs[0]);
      expect(outputs[2]).toBe(outputs[0]);
      compared++;
    }
    expect(compared).toBeGreaterThan(10);
  });

  it('gives the same evaluations through the command line with an entry or column for a criterion the profile does not have, and warns of it on standard error', async () => {
    const cases = fc.sample(caseArb(), { seed: 7, numRuns: 30 }).map(inProfile);
    let compared = 0;
    for (const [i, { profile, evidence, at }] of cases.entries()) {
      const rows = rowsOrRefusal(profile, evidence, false);
      if (!rows) continue;
      const withStray = { ...evidence, entries: [...(evidence.entries as object[]), { criterion: 'zz-stray', value: true }] };
      try {
        evaluate(profile, withStray);
      } catch {
        continue;
      }
      const [header, ...body] = rows as unknown[][];
      writeFileSync(join(dir, `sp${i}.json`), JSON.stringify(profile));
      writeFileSync(join(dir, `s${i}.json`), JSON.stringify(withStray, null, 2));
      writeFileSync(join(dir, `s${i}.jsonl`), `${JSON.stringify(withStray)}\n`);
      writeFileSync(join(dir, `s${i}.csv`), toCsv([[...(header as never[]), 'zz-stray'], ...body.map((row) => [...(row as never[]), 'yes'])] as never));
      const outputs = await Promise.all(
        ['json', 'jsonl', 'csv'].map(async (ext) => {
          const io = memoryIO(dir, '', false);
          const code = await main(['evaluate', join(dir, `sp${i}.json`), join(dir, `s${i}.${ext}`), '--format', 'json', ...(at ? ['--at', at] : [])], io);
          return { out: `${code}\n${io.out()}`, err: io.err() };
        }),
      );
      expect(JSON.parse(outputs[0]?.out.slice(2) ?? '').warnings.map((w: { path: string }) => w.path)).toEqual([`entries[${(evidence.entries as object[]).length}].criterion`]);
      expect(outputs[1]?.out).toBe(outputs[0]?.out);
      expect(outputs[2]?.out).toBe(outputs[0]?.out);
      for (const { err } of outputs) expect(err.match(/\(?warning\)?:.*"zz-stray"/g)?.length).toBe(1);
      compared++;
    }
    expect(compared).toBeGreaterThan(5);
  });

  it('refuses what a row cannot carry, naming the field', () => {
    const profile = defineProfile({
      id: 'p', version: '1', title: 'P', component: { name: 'C' },
      categories: [{ id: 'c', title: 'C', criteria: [
        { kind: 'measurement', id: 'd', title: 'D', unit: 'mm', usl: '5', causeFamily: 'machine' },
        { kind: 'certificate', id: 'iso', title: 'ISO', standard: 'ISO 9001', causeFamily: 'method' },
      ] }],
    });
    const evidence = {
      supplier: { id: 'S', name: 'N' }, auditDate: '2026-01-01',
      entries: [{ criterion: 'd', values: [[1, 2], [3, 4]] }, { criterion: 'iso', standard: 'ISO 9001', expires: '2027-01-01', number: 'C-1', note: 'seen' }],
    };
    expect(() => supplierRows(profile, [evidence])).toThrow(ValidationError);
    try {
      supplierRows(profile, [evidence]);
    } catch (error) {
      expect((error as ValidationError).issues.map((issue) => issue.path).sort()).toEqual(['[0].entries[0].values', '[0].entries[1].note', '[0].entries[1].number']);
    }
  });
});
