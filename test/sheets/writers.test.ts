import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateCohort } from 'supplier-quality';
import { cohortRows, evaluationRow, evaluationRows, gapRows, GAP_COLUMNS, rectangle } from 'supplier-quality/sheets';
import { numberCell } from '../../src/sheets/outputRows.js';
import { evaluationView } from '../../src/report/evaluationView.js';
import { formatterFor } from '../../src/report/format.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../examples/pump-injector/${path}`, import.meta.url), 'utf8')) as unknown;
const profile = read('profile.json');
const [presisi, majuJaya, sumberLogam] = ['injektor-presisi', 'maju-jaya', 'sumber-logam'].map((name) => evaluate(profile, read(`evidence/${name}.json`)));
const isRectangle = (rows: unknown[][]) => rows.every((row) => row.length === rows[0]!.length);

describe('output cells', () => {
  it('pads rows to a rectangle and writes numbers as numbers', () => {
    expect(rectangle([['a', 1], ['b'], []])).toEqual([['a', 1], ['b', ''], ['', '']]);
    expect([numberCell('86.6'), numberCell(null), numberCell(''), numberCell('12345678901234567890.5')]).toEqual([86.6, '', '', 12345678901234567000]);
  });
});

describe('evaluationRows', () => {
  it('writes the decision block, reasons, categories and criteria in words', () => {
    const rows = evaluationRows(majuJaya!);
    expect(isRectangle(rows)).toBe(true);
    expect(rows.slice(0, 10).map((row) => row.slice(0, 2))).toEqual([
      ['Supplier', 'CV Maju Jaya Teknik (IKM-0002)'],
      ['Region', 'Jawa Barat'],
      ['Decision', 'Conditional'],
      ['Score', 86.6],
      ['Grade', 'B'],
      ['Requirement profile', 'Injector (jet ejector) for the JP-250 shallow-well jet pump (pump-injector-jp250 2026.1)'],
      ['Audit date', '2026-11-19'],
      ['Auditor', 'R. Hartono'],
      ['Evaluated on', '2026-11-19'],
      ['Re-audit by', '2027-02-17'],
    ]);
    const header = rows.findIndex((row) => row[0] === 'Category' && row[1] === 'ID');
    expect(rows[header]).toEqual(['Category', 'ID', 'Requirement', 'Kind', 'Severity', 'Cause family', 'Weight', 'Status', 'Score', 'Points lost', 'Required', 'Found', 'Explanation', 'Remedy']);
    expect(rows.slice(header + 1).map((row) => [row[1], row[7], row[8], row[9]])).toEqual(
      majuJaya!.criteria.map((c) => [c.id, { pass: 'Met', partial: 'Partly met', fail: 'Not met' }[c.status as 'pass'], Number(c.score), Number(c.pointsLost)]),
    );
  });

  it('writes what was required and found as the sentences of the HTML report, not as keys and values', () => {
    const rows = evaluationRows(sumberLogam!);
    const training = rows.find((row) => row[1] === 'op-training')!;
    expect(training.slice(10, 12)).toEqual(['10 of 10 points', '4 of 10 points']);
    expect(rows.flat().filter((cell) => /\b(passPoints|maxPoints|lsl|usl|requiredShare|outOfSpec)\b/.test(String(cell)))).toEqual([]);
    const view = evaluationView(sumberLogam!, formatterFor('en'));
    const header = rows.findIndex((row) => row[1] === 'ID');
    expect(rows.slice(header + 1).map((row) => row.slice(10, 12))).toEqual(view.criteria.map((c) => [c.required, c.found]));
    const why = rows.findIndex((row) => row[0] === 'Why');
    expect(rows.slice(why + 1, why + 1 + view.reasons.length).map((row) => row[0])).toEqual(view.reasons);
  });

  it('writes Bahasa Indonesia with lang id, titles and remedies from the profile', () => {
    const rows = evaluationRows(sumberLogam!, { lang: 'id', profile: profile as never });
    expect(rows.slice(0, 3).map((row) => row.slice(0, 2))).toEqual([
      ['Pemasok', 'UD Sumber Logam (IKM-0003)'],
      ['Wilayah', 'Jawa Tengah'],
      ['Keputusan', 'Ditolak'],
    ]);
    const view = evaluationView(sumberLogam!, formatterFor('id'), { profile: profile as never });
    const header = rows.findIndex((row) => row[0] === 'Kategori' && row[1] === 'ID');
    expect(rows[header]!.slice(10, 14)).toEqual(['Disyaratkan', 'Ditemukan', 'Penjelasan', 'Perbaikan']);
    expect(rows.slice(header + 1).map((row) => [row[2], row[10], row[11], row[12], row[13]])).toEqual(
      view.criteria.map((c) => [c.title, c.required, c.found, c.explanation, c.remedy ?? '']),
    );
    expect(rows.find((row) => row[1] === 'op-training')!.slice(10, 12)).toEqual(['10 dari 10 poin', '4 dari 10 poin']);
  });

  it('ends with the notes on the evidence, one sentence a row', () => {
    const evidence = read('evidence/maju-jaya.json') as { entries: object[] };
    const warned = evaluate(profile, { ...evidence, entries: [...evidence.entries, { criterion: 'leak-tset', value: true }] });
    const view = evaluationView(warned, formatterFor('id'));
    expect(view.warnings).toHaveLength(1);
    const rows = evaluationRows(warned, { lang: 'id' });
    expect(rows.slice(-3).map((row) => row[0])).toEqual(['', 'Catatan tentang bukti', view.warnings[0]]);
    expect(evaluationRows(majuJaya!).at(-1)![1]).toBe('on-time-delivery');
  });

  it('refuses an unknown language or option, naming it', () => {
    expect(() => evaluationRows(majuJaya!, { lang: 'fr' } as never)).toThrow(/options\.lang/);
    expect(() => gapRows(majuJaya!, { colour: true } as never)).toThrow(/colour/);
  });

  it('writes one summary row', () => {
    expect(evaluationRow(presisi!)).toEqual(['approved', 98.5, 'A', 'machine-maintenance (partial)']);
  });
});

describe('gapRows', () => {
  it('writes the gap list with sentences and shortfalls in the criterion’s unit', () => {
    const rows = gapRows(sumberLogam!);
    expect(rows[0]).toEqual(GAP_COLUMNS.map((key) => formatterFor('en').say(key)));
    expect(rows[0]!.slice(0, 3)).toEqual(['Priority', 'ID', 'Requirement']);
    expect(isRectangle(rows)).toBe(true);
    expect(rows.slice(1, 3).map((row) => row.slice(0, 8))).toEqual([
      [1, 'throat-d', 'Venturi throat diameter', 'Product specification', 'critical (knock-out)', 'Machine (equipment)', 'Not met', 'yes'],
      [2, 'leak-test', 'Hydrostatic leak test at 9 bar for 60 s on every part', 'Product specification', 'critical (knock-out)', 'Method', 'Not met', 'yes'],
    ]);
    const view = evaluationView(sumberLogam!, formatterFor('en'));
    expect(rows.slice(1).map((row) => row.slice(9, 11))).toEqual(view.gaps.map((gap) => [gap.required, gap.found]));
    expect(rows[1]!.slice(11, 14)).toEqual([0.03, 'mm', 14.8]);
    expect(gapRows(sumberLogam!, { lang: 'id' })[3]!.slice(6, 8)).toEqual(['Tidak terpenuhi', 'tidak']);
  });

  it('writes the units the library names in the sheet’s language and a criterion’s own unit as given', () => {
    const units = (lang: 'en' | 'id') => Object.fromEntries(gapRows(sumberLogam!, { lang }).slice(1).map((row) => [row[1], row[12]]));
    expect(units('en')).toMatchObject({ 'throat-d': 'mm', 'machine-maintenance': 'points', 'defect-ppm': 'ppm', 'on-time-delivery': '%', 'iso-9001': 'days', 'leak-test': '' });
    expect(units('id')).toMatchObject({ 'throat-d': 'mm', 'machine-maintenance': 'poin', 'defect-ppm': 'ppm', 'on-time-delivery': '%', 'iso-9001': 'hari', 'leak-test': '' });
  });
});

describe('cohortRows', () => {
  it('writes the warnings about the evidence after the gaps, only when a record had one', () => {
    const evidences = ['maju-jaya', 'sumber-logam'].map((name) => read(`evidence/${name}.json`) as { entries: object[] });
    const stray = { ...evidences[0]!, entries: [...evidences[0]!.entries, { criterion: 'leak-tset', value: true }] };
    const rows = cohortRows(evaluateCohort(profile, [evidences[1], stray]));
    const at = rows.findIndex((row) => row[0] === 'records with warnings');
    expect(rows[at]!.slice(0, 2)).toEqual(['records with warnings', 1]);
    expect(rows.slice(at + 1, at + 3).map((row) => row.slice(0, 3))).toEqual([
      ['warning code', 'criterion', 'warnings'],
      ['unknown_criterion', 'leak-tset', 1],
    ]);
    expect(rows.at(-1)!.slice(0, 6)).toEqual([1, 'IKM-0002', 'CV Maju Jaya Teknik', `entries[${evidences[0]!.entries.length}].criterion`, 'unknown_criterion', 'leak-tset']);
    expect(cohortRows(evaluateCohort(profile, evidences)).some((row) => row[0] === 'records with warnings')).toBe(false);
  });

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
  const hostile = (evaluation: NonNullable<typeof majuJaya>) => {
    const gap = evaluation.gaps[0]!.criterion;
    return {
      ...evaluation,
      supplier: { ...evaluation.supplier, name: '=HYPERLINK("http://x","y")', region: '\tx' },
      criteria: evaluation.criteria.map((c, i) => (i === 0 ? { ...c, title: '+1+1', remedy: '@SUM(A1)' } : c.id === gap ? { ...c, title: '-2+3', remedy: '\rcmd' } : c)),
      gaps: evaluation.gaps.map((g, i) => (i === 0 ? { ...g, title: '-2+3', remedy: '\rcmd' } : g)),
    };
  };

  it('gets an apostrophe in every writer, as in the CSV report; plain numbers and other texts stay', () => {
    const evaluation = hostile(majuJaya!);
    const rows = evaluationRows(evaluation);
    expect(rows[0]).toContain(`'=HYPERLINK("http://x","y") (IKM-0002)`);
    const criterionRows = rows.filter((row) => row[1] === evaluation.criteria[0]!.id);
    expect(criterionRows[0]).toEqual(expect.arrayContaining(["'+1+1", "'@SUM(A1)"]));
    const gaps = gapRows(evaluation);
    expect(gaps[1]).toEqual(expect.arrayContaining(["'-2+3", "'\rcmd"]));
    expect(rows[1]).toEqual(expect.arrayContaining(["'\tx"]));
    const cells = [...rows, ...gaps].flat().filter((cell): cell is string => typeof cell === 'string');
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell))).toEqual([]);
    expect(rectangle([['-0.25', '=1']])).toEqual([['-0.25', "'=1"]]);
  });

  it('stays raw with { raw: true }, and a bad option is a ValidationError', () => {
    const evaluation = hostile(majuJaya!);
    expect(evaluationRows(evaluation, { raw: true })[0]).toContain('=HYPERLINK("http://x","y") (IKM-0002)');
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
