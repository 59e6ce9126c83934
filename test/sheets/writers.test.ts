import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateCohort } from 'supplier-quality';
import { cohortRows, evaluationRow, evaluationRows, gapRows, GAP_COLUMNS, rectangle } from 'supplier-quality/sheets';
import { jsonText, numberCell } from '../../src/sheets/outputRows.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../examples/pump-injector/${path}`, import.meta.url), 'utf8')) as unknown;
const profile = read('profile.json');
const [presisi, majuJaya, sumberLogam] = ['injektor-presisi', 'maju-jaya', 'sumber-logam'].map((name) => evaluate(profile, read(`evidence/${name}.json`)));
const isRectangle = (rows: unknown[][]) => rows.every((row) => row.length === rows[0]!.length);

describe('output cells', () => {
  it('pads rows to a rectangle and writes numbers as numbers', () => {
    expect(rectangle([['a', 1], ['b'], []])).toEqual([['a', 1], ['b', ''], ['', '']]);
    expect([numberCell('86.6'), numberCell(null), numberCell(''), numberCell('12345678901234567890.5')]).toEqual([86.6, '', '', 12345678901234567000]);
    expect(jsonText({ lsl: '6.45', levels: [0, 4, 6], effort: { days: '5' } })).toBe('lsl 6.45, levels 0/4/6, effort (days 5)');
  });
});

describe('evaluationRows', () => {
  it('writes the decision block, reasons, categories and criteria', () => {
    const rows = evaluationRows(majuJaya!);
    expect(isRectangle(rows)).toBe(true);
    expect(rows.slice(0, 9).map((row) => row.slice(0, 2))).toEqual([
      ['supplier', 'CV Maju Jaya Teknik'],
      ['supplier id', 'IKM-0002'],
      ['decision', 'conditional'],
      ['score', 86.6],
      ['grade', 'B'],
      ['profile', 'Injector (jet ejector) for the JP-250 shallow-well jet pump (pump-injector-jp250 2026.1)'],
      ['audit date', '2026-11-19'],
      ['evaluated on', '2026-11-19'],
      ['re-audit due', '2027-02-17'],
    ]);
    const header = rows.findIndex((row) => row[0] === 'category' && row[1] === 'criterion');
    expect(rows.slice(header + 1).map((row) => [row[1], row[7], row[8], row[9]])).toEqual(
      majuJaya!.criteria.map((c) => [c.id, c.status, Number(c.score), Number(c.pointsLost)]),
    );
  });

  it('writes one summary row', () => {
    expect(evaluationRow(presisi!)).toEqual(['approved', 98.5, 'A', 'machine-maintenance (partial)']);
  });
});

describe('gapRows', () => {
  it('writes the gap list with shortfalls in the criterion’s unit', () => {
    const rows = gapRows(sumberLogam!);
    expect(rows[0]).toEqual([...GAP_COLUMNS]);
    expect(isRectangle(rows)).toBe(true);
    expect(rows.slice(1, 3).map((row) => row.slice(0, 8))).toEqual([
      [1, 'throat-d', 'Venturi throat diameter', 'product', 'critical', 'machine', 'fail', true],
      [2, 'leak-test', 'Hydrostatic leak test at 9 bar for 60 s on every part', 'product', 'critical', 'method', 'fail', true],
    ]);
    expect(rows[1]!.slice(11, 14)).toEqual([0.03, 'mm', 14.8]);
  });
});

describe('cohortRows', () => {
  it('writes a cohort summary as a sheet: counts, ranking with each supplier\'s decisive cause, gaps by criterion and by cause family', () => {
    const summary = evaluateCohort(profile, ['sumber-logam', 'injektor-presisi', 'maju-jaya'].map((name) => read(`evidence/${name}.json`)), { fullRanking: true });
    const rows = cohortRows(summary);
    expect(isRectangle(rows)).toBe(true);
    expect(rows.slice(0, 10).map((row) => row.slice(0, 2))).toEqual([
      ['suppliers', 3],
      ['approved', 1],
      ['conditional', 1],
      ['rejected', 1],
      ['incomplete', 0],
      ['invalid records', 0],
      ['pass rate %', 66.67],
      ['mean score', 69.267],
      ['lowest score', 22.7],
      ['highest score', 98.5],
    ]);
    expect(rows[11]!.slice(8)).toEqual(['decisive cause', 'rule', 'cause criteria', 'cause categories', 'cause groups', 'cause families']);
    expect(rows.slice(12, 15).map((row) => row.slice(0, 14))).toEqual([
      [1, 'IKM-0001', 'PT Injektor Presisi Mandiri', 'Jawa Timur', '2026-11-12', 'approved', 98.5, 'A', '', '', '', '', '', ''],
      [2, 'IKM-0002', 'CV Maju Jaya Teknik', 'Jawa Barat', '2026-11-19', 'conditional', 86.6, 'B', 'rule', 'quality-system:vda63-a-to-b-1', 'op-training, machine-maintenance', '', 'P6 70', 'man, machine'],
      [3, 'IKM-0003', 'UD Sumber Logam', 'Jawa Tengah', '2026-11-24', 'rejected', 22.7, 'C', 'knock-out', 'knock-out', 'throat-d, leak-test', '', '', 'machine, method'],
    ]);
    expect(rows[17]!.slice(0, 8)).toEqual(['machine-maintenance', 'Machines and tools are maintained on a preventive plan', 'quality-system', 'machine', 'major', 3, 100, 0]);
    const families = rows.findIndex((row) => row[0] === 'cause family');
    expect(rows.slice(families + 1, families + 3).map((row) => row.slice(0, 4))).toEqual([
      ['man', 2, 2, 0],
      ['machine', 3, 4, 1],
    ]);
  });
});

describe('formula-leading text', () => {
  const hostile = (evaluation: NonNullable<typeof majuJaya>) => ({
    ...evaluation,
    supplier: { ...evaluation.supplier, name: '=HYPERLINK("http://x","y")' },
    criteria: evaluation.criteria.map((c, i) => (i === 0 ? { ...c, title: '+1+1', remedy: '@SUM(A1)' } : c)),
    gaps: evaluation.gaps.map((g, i) => (i === 0 ? { ...g, title: '-2+3', explanation: '\tx', remedy: '\rcmd' } : g)),
  });

  it('gets an apostrophe in every writer, as in the CSV report; plain numbers and other texts stay', () => {
    const evaluation = hostile(majuJaya!);
    const rows = evaluationRows(evaluation);
    expect(rows[0]).toContain(`'=HYPERLINK("http://x","y")`);
    const criterionRows = rows.filter((row) => row[1] === evaluation.criteria[0]!.id);
    expect(criterionRows[0]).toEqual(expect.arrayContaining(["'+1+1", "'@SUM(A1)"]));
    const gaps = gapRows(evaluation);
    expect(gaps[1]).toEqual(expect.arrayContaining(["'-2+3", "'\tx", "'\rcmd"]));
    const cells = [...rows, ...gaps].flat().filter((cell): cell is string => typeof cell === 'string');
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell))).toEqual([]);
    expect(rectangle([['-0.25', '=1']])).toEqual([['-0.25', "'=1"]]);
  });

  it('stays raw with { raw: true }, and a bad option is a ValidationError', () => {
    const evaluation = hostile(majuJaya!);
    expect(evaluationRows(evaluation, { raw: true })[0]).toContain('=HYPERLINK("http://x","y")');
    expect(gapRows(evaluation, { raw: true })[1]).toContain('-2+3');
    expect(rectangle([['=1']], { raw: true })).toEqual([['=1']]);
    expect(() => gapRows(evaluation, { raw: 'yes' } as never)).toThrow(/raw/);
  });

  it('is neutralised in cohort rows and in evaluationRow', () => {
    const summary = evaluateCohort(profile, [{ ...read('evidence/maju-jaya.json') as object, supplier: { id: 'S-1', name: '@evil' } }]);
    expect(cohortRows(summary).flat()).toContain("'@evil");
    expect(cohortRows(summary, { raw: true }).flat()).toContain('@evil');
    expect(evaluationRow({ ...majuJaya!, grade: '=B' })[2]).toBe("'=B");
  });
});
