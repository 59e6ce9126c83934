/**
 * The report workbook opened by a real spreadsheet program: LibreOffice (headless) converts every
 * sheet of the audit and the report workbook to CSV, and the values are checked. Needs `soffice` on
 * the PATH; run with `npm run test:libreoffice` (.ci/libreoffice.sh installs LibreOffice first).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from 'supplier-quality';
import { csvRows } from '../../cli/csv.js';
import { reportWorkbook, writeExampleAudit } from '../../examples/excel/report.js';

const example = (name: string) => JSON.parse(readFileSync(new URL(`../../examples/pump-injector/${name}`, import.meta.url), 'utf8')) as unknown;

/** Every sheet to its own CSV file (UTF-8, comma, quoted text; the last token -1 means all sheets). */
const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1';

let dir: string;

/** Converts a workbook with LibreOffice and returns its sheets as rows of text. */
function openWithLibreOffice(file: string): Record<string, string[][]> {
  const out = join(dir, `${file}.csv`);
  const log = execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', CSV_ALL_SHEETS, '--outdir', out, join(dir, file)],
    { encoding: 'utf8', timeout: 120_000 },
  );
  const sheets: Record<string, string[][]> = {};
  for (const match of log.matchAll(/Writing sheet (.+?) -> (.+\.csv)/g)) sheets[match[1] as string] = csvRows(readFileSync(match[2] as string, 'utf8'), match[2] as string).map((entry) => entry.row);
  return sheets;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sq-libreoffice-'));
  await writeExampleAudit(join(dir, 'audit.xlsx'));
  await reportWorkbook(join(dir, 'audit.xlsx'), join(dir, 'report.xlsx'));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the report workbook in LibreOffice', () => {
  const expected = evaluate(example('profile.json'), example('evidence/maju-jaya.json'));

  it('shows the decision, score, grade, reasons and every criterion', () => {
    const { Report: report } = openWithLibreOffice('report.xlsx');
    expect(report).toBeDefined();
    const field = (name: string) => report!.find((row) => row[0] === name)?.[1];
    expect([field('supplier'), field('decision'), field('score'), field('grade'), field('re-audit due')]).toEqual([
      'CV Maju Jaya Teknik',
      'conditional',
      '86.6',
      'B',
      '2027-02-17',
    ]);
    const header = report!.findIndex((row) => row[0] === 'category' && row[1] === 'criterion');
    const criteria = report!.slice(header + 1).filter((row) => row[1] !== '');
    expect(criteria.map((row) => [row[1], row[7], row[8]])).toEqual(expected.criteria.map((c) => [c.id, c.status, c.score]));
  }, 120_000);

  it('shows the gap list in priority order with shortfalls and points lost', () => {
    const { Gaps: gaps } = openWithLibreOffice('report.xlsx');
    expect(gaps![0]!.slice(0, 3)).toEqual(['priority', 'criterion', 'title']);
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
});
