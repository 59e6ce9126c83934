/**
 * The Excel example: it writes the example audit workbook, reads it back, evaluates it and writes the
 * report workbook; the report is read back with exceljs. (The round trip through a real spreadsheet
 * program is test/excel/report.libreoffice.ts, run by `npm run test:libreoffice`.)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from 'supplier-quality';
import { reportWorkbook, WorkbookProblems, writeExampleAudit } from '../../examples/excel/report.js';
import { readWorkbook, writeWorkbook } from '../../examples/excel/workbook.js';
import { evidenceSheets, profileSheets } from '../../examples/excel/auditSheets.js';
import { main } from '../../cli/index.js';
import { memoryIO } from '../cli/fixtures/io.js';
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

const example = (name: string) => JSON.parse(readFileSync(new URL(`../../examples/pump-injector/${name}`, import.meta.url), 'utf8')) as unknown;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sq-excel-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('examples/excel', () => {
  it('evaluates the audit workbook as the library evaluates the JSON, and writes the report workbook', async () => {
    await writeExampleAudit(join(dir, 'audit.xlsx'));
    const evaluation = await reportWorkbook(join(dir, 'audit.xlsx'), join(dir, 'report.xlsx'));
    const expected = evaluate(example('profile.json'), example('evidence/maju-jaya.json'));
    expect(evaluation.criteria).toEqual(expected.criteria);
    expect([evaluation.decision, evaluation.score, evaluation.grade, evaluation.reauditDue]).toEqual(['conditional', '86.6', 'B', '2027-02-17']);

    const report = await readWorkbook(join(dir, 'report.xlsx'));
    expect(Object.keys(report)).toEqual(['Report', 'Gaps']);
    expect(report.Report!.slice(2, 5).map((row) => row.slice(0, 2))).toEqual([
      ['Decision', 'Conditional'],
      ['Score', 86.6],
      ['Grade', 'B'],
    ]);
    expect(report.Gaps!.map((row) => row[1])).toEqual(['ID', ...expected.gaps.map((gap) => gap.criterion)]);
  });

  it('writes the report in Bahasa Indonesia, laid out for A4: fitted to the page width, the table header on every page', async () => {
    await writeExampleAudit(join(dir, 'audit-sumber-logam.xlsx'), 'sumber-logam');
    await reportWorkbook(join(dir, 'audit-sumber-logam.xlsx'), join(dir, 'laporan.xlsx'), 'id');
    const report = await readWorkbook(join(dir, 'laporan.xlsx'));
    expect(report.Report!.slice(0, 3).map((row) => row.slice(0, 2))).toEqual([
      ['Pemasok', 'UD Sumber Logam (IKM-0003)'],
      ['Wilayah', 'Jawa Tengah'],
      ['Keputusan', 'Ditolak'],
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'laporan.xlsx'));
    const sheet = book.getWorksheet('Report')!;
    const header = report.Report!.findIndex((row) => row[0] === 'Kategori' && row[1] === 'ID') + 1;
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${header}:${header}` });
    expect(sheet.getRow(header + 1).getCell(11).alignment).toMatchObject({ wrapText: true });
    expect(book.getWorksheet('Gaps')!.pageSetup.printTitlesRow).toBe('1:1');
  });

  it('names the sheet and cell of every problem in the audit workbook', async () => {
    const audit = await readWorkbook(join(dir, 'audit.xlsx'));
    audit['Audit answers']![1]![1] = 5;
    const expires = audit.Certificates![0]!.indexOf('expires');
    audit.Certificates![1]![expires] = 'soon';
    await writeWorkbook(join(dir, 'bad.xlsx'), audit);
    const failure = await reportWorkbook(join(dir, 'bad.xlsx'), join(dir, 'never.xlsx')).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WorkbookProblems);
    expect((failure as WorkbookProblems).lines).toEqual([
      `'Audit answers'!B2 (points): 5 is not one of the allowed point levels (0, 4, 6, 8, 10).`,
      `Certificates!${String.fromCharCode(65 + expires)}2 (expires): "soon" is not a calendar date in the form YYYY-MM-DD.`,
    ]);
  });

  it('keeps a capability requirement: the workbook decides as the command line does on the JSON', async () => {
    const profile = example('profile.json') as { categories: { criteria: Record<string, unknown>[] }[] };
    for (const category of profile.categories) {
      for (const criterion of category.criteria) {
        if (criterion.id === 'throat-d') Object.assign(criterion, { severity: 'critical', capability: { index: 'cpk', min: '1.33', minSamples: 5 } });
      }
    }
    const evidence = example('evidence/maju-jaya.json');
    const utc = (text: string) => new Date(`${text}T00:00:00Z`);
    await writeWorkbook(join(dir, 'capability.xlsx'), { ...profileSheets(profile as never), ...evidenceSheets(evidence as never, utc) });
    const fromWorkbook = await reportWorkbook(join(dir, 'capability.xlsx'), join(dir, 'capability-report.xlsx'));
    writeFileSync(join(dir, 'capability-profile.json'), JSON.stringify(profile));
    const io = memoryIO(dir, '', false);
    await main(['evaluate', join(dir, 'capability-profile.json'), 'examples/pump-injector/evidence/maju-jaya.json', '--format', 'json'].map((arg) => (arg.startsWith('examples/') ? join(process.cwd(), arg) : arg)), io);
    const fromCli = JSON.parse(io.out()) as { decision: string; score: string; grade: string; criteria: unknown[] };
    const throat = fromWorkbook.criteria.find((criterion) => criterion.id === 'throat-d');
    expect(throat?.required).toMatchObject({ capability: expect.objectContaining({ min: '1.33' }) });
    expect(fromWorkbook.decision).toBe('rejected');
    expect([fromWorkbook.decision, fromWorkbook.score, fromWorkbook.grade]).toEqual([fromCli.decision, fromCli.score, fromCli.grade]);
    expect(fromWorkbook.criteria).toEqual(fromCli.criteria);
  });
});
