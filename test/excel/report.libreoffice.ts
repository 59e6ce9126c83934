/**
 * The report workbook opened by a real spreadsheet program: LibreOffice (headless) converts every
 * sheet of the audit and the report workbook to CSV, and the values are checked; and it prints the
 * rejected supplier's report workbook to PDF, in English and Bahasa Indonesia, and the pages are
 * counted and read. Needs `soffice` on the PATH; run with `npm run test:libreoffice`
 * (.ci/libreoffice.sh installs LibreOffice and the Carlito font first).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from 'supplier-quality';
import { csvRows } from '../../cli/csv.js';
import { reportWorkbook, writeExampleAudit } from '../../examples/excel/report.js';
import { readWorkbook } from '../../examples/excel/workbook.js';
import { pdfPages, type PdfPage } from './pdfPages.js';

const example = (name: string) => JSON.parse(readFileSync(new URL(`../../examples/pump-injector/${name}`, import.meta.url), 'utf8')) as unknown;

/** Every sheet to its own CSV file (UTF-8, comma, quoted text; the last token -1 means all sheets). */
const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1';

let dir: string;

/** Runs LibreOffice headless to convert a workbook of the test directory; returns its log. */
const convert = (file: string, to: string, outdir: string): string =>
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', to, '--outdir', outdir, join(dir, file)], {
    encoding: 'utf8',
    timeout: 120_000,
  });

/** Converts a workbook with LibreOffice and returns its sheets as rows of text. */
function openWithLibreOffice(file: string): Record<string, string[][]> {
  const log = convert(file, CSV_ALL_SHEETS, join(dir, `${file}.csv`));
  const sheets: Record<string, string[][]> = {};
  for (const match of log.matchAll(/Writing sheet (.+?) -> (.+\.csv)/g)) sheets[match[1] as string] = csvRows(readFileSync(match[2] as string, 'utf8'), match[2] as string).map((entry) => entry.row);
  return sheets;
}

/** Prints a workbook to PDF with LibreOffice (every sheet, with its page setup) and returns the pages. */
function printWithLibreOffice(file: string): PdfPage[] {
  convert(file, 'pdf', join(dir, 'pdf'));
  return pdfPages(readFileSync(join(dir, 'pdf', file.replace(/\.xlsx$/, '.pdf'))));
}

/** A text without white space, to find a sentence however its cell wrapped it into lines. */
const squeezed = (text: string) => text.replace(/\s+/g, '');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sq-libreoffice-'));
  await writeExampleAudit(join(dir, 'audit.xlsx'));
  await reportWorkbook(join(dir, 'audit.xlsx'), join(dir, 'report.xlsx'));
  await writeExampleAudit(join(dir, 'audit-rejected.xlsx'), 'sumber-logam');
  for (const lang of ['en', 'id'] as const) await reportWorkbook(join(dir, 'audit-rejected.xlsx'), join(dir, `rejected-${lang}.xlsx`), lang);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the report workbook in LibreOffice', () => {
  const expected = evaluate(example('profile.json'), example('evidence/maju-jaya.json'));

  it('shows the decision, score, grade, reasons and every criterion', () => {
    const { Report: report } = openWithLibreOffice('report.xlsx');
    expect(report).toBeDefined();
    const field = (name: string) => report!.find((row) => row[0] === name)?.[1];
    expect([field('Supplier'), field('Decision'), field('Score'), field('Grade'), field('Re-audit by')]).toEqual([
      'CV Maju Jaya Teknik (IKM-0002)',
      'Conditional',
      '86.6',
      'B',
      '2027-02-17',
    ]);
    const header = report!.findIndex((row) => row[0] === 'Category' && row[1] === 'ID');
    const criteria = report!.slice(header + 1).filter((row) => row[1] !== '');
    const words = { pass: 'Met', partial: 'Partly met', fail: 'Not met', 'not-applicable': 'Not applicable', missing: 'No evidence' };
    expect(criteria.map((row) => [row[1], row[7], row[8]])).toEqual(expected.criteria.map((c) => [c.id, words[c.status], c.score]));
  }, 120_000);

  it('shows the gap list in priority order with shortfalls and points lost', () => {
    const { Gaps: gaps } = openWithLibreOffice('report.xlsx');
    expect(gaps![0]!.slice(0, 3)).toEqual(['Priority', 'ID', 'Requirement']);
    expect(gaps!.slice(1).map((row) => [row[0], row[1], row[11], row[12], row[13]])).toEqual(
      expected.gaps.map((gap) => [String(gap.priority), gap.criterion, gap.shortfall?.amount ?? '', gap.shortfall?.unit ?? '', gap.pointsLost]),
    );
  }, 120_000);

  it('reads the audit workbook’s date cells as the calendar dates written', () => {
    const { Supplier: supplier, Certificates: certificates } = openWithLibreOffice('audit.xlsx');
    expect(supplier!.find((row) => row[0] === 'audit date')?.[1]).toBe('2026-11-19');
    const [head, first] = [certificates![0]!, certificates![1]!];
    expect([first[head.indexOf('issued')], first[head.indexOf('expires')]]).toEqual(['2024-01-15', '2027-01-14']);
  }, 120_000);

  for (const lang of ['en', 'id'] as const) {
    it(`prints the rejected supplier's report on at most 3 A4 pages, every column on the page (${lang})`, async () => {
      const pages = printWithLibreOffice(`rejected-${lang}.xlsx`);
      expect(pages.length).toBeGreaterThanOrEqual(2);
      expect(pages.length).toBeLessThanOrEqual(3);
      // A4 landscape (842 x 595 points) on every page.
      for (const page of pages) expect([Math.round(page.width), Math.round(page.height)]).toEqual([842, 595]);
      // The footer names each page's sheet: the Report first, then the Gaps, each on its own pages.
      const sheetOf = (page: PdfPage) => page.texts.find((text) => text === 'Report' || text === 'Gaps');
      const sheets = pages.map(sheetOf);
      expect(sheets.filter((sheet) => sheet === 'Report').length).toBeGreaterThanOrEqual(1);
      expect(sheets).toEqual([...sheets.filter((sheet) => sheet === 'Report'), ...sheets.filter((sheet) => sheet === 'Gaps')]);
      expect(sheets.at(-1)).toBe('Gaps');
      // Every page carries the header of its table's first and last column (repeated on every page):
      // a page of columns that spilled past the page width would lack one of them.
      const book = await readWorkbook(join(dir, `rejected-${lang}.xlsx`));
      const header = (rows: unknown[][]) => rows.find((row) => row[1] === 'ID') as string[];
      const [report, gaps] = [header(book.Report!), header(book.Gaps!)];
      for (const page of pages) {
        const [first, last] = sheetOf(page) === 'Report' ? [report[0], report.at(-1)] : [gaps[0], gaps.at(-1)];
        const text = squeezed(page.texts.join(''));
        expect([text.includes(squeezed(first!)), text.includes(squeezed(last!))]).toEqual([true, true]);
      }
      // Every sentence of required, found and remedy is printed whole, a long one over several lines:
      // its cell wraps (else the line is cut off at the cell's edge) and its row is tall enough (else
      // the lines below the row's edge are not printed).
      const printed = (sheet: string) => squeezed(pages.filter((page) => sheetOf(page) === sheet).flatMap((page) => page.texts).join(''));
      const start = book.Report!.indexOf(header(book.Report!) as never) + 1;
      const sentences = book.Report!.slice(start).flatMap((row) => [row[10], row[11], row[13]]).filter((cell): cell is string => typeof cell === 'string' && cell !== '');
      expect(sentences.length).toBeGreaterThan(20);
      for (const sentence of sentences) expect(printed('Report')).toContain(squeezed(sentence));
      const lines = new Set(pages.flatMap((page) => page.texts.map((text) => text.trim())));
      expect(sentences.filter((sentence) => sentence.length > 40 && lines.has(sentence))).toEqual([]);
      for (const sentence of book.Gaps!.slice(1).map((row) => row[15] as string)) expect(printed('Gaps')).toContain(squeezed(sentence));
    }, 120_000);
  }
});
