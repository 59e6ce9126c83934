import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/index.js';
import { memoryIO } from './fixtures/io.js';
import { parseProfile, type Profile } from 'supplier-quality';
import { csvRows, toCsv, unescapedCell } from '../../cli/csv.js';
import { profileFromCsv, profileToCsv } from '../../cli/csvProfile.js';
import { formulaSafeText } from '../../src/report/escape.js';
import { carriable, profileArb, settings } from '../property/arbitraries.js';

const rowsOf = (text: string) => csvRows(text, 'x.csv').map((entry) => entry.row);

describe('CSV', () => {
  it('reads quoted fields, doubled quotes, line breaks in quotes, CRLF and a BOM, with the line each row starts on', () => {
    expect(csvRows('\uFEFFid,title\r\nleak-test,"Leak test, ""9 bar"""\r\nx,"two\nlines"\n\ny,z\n', 'x.csv')).toEqual([
      { row: ['id', 'title'], line: 1 },
      { row: ['leak-test', 'Leak test, "9 bar"'], line: 2 },
      { row: ['x', 'two\nlines'], line: 3 },
      { row: ['y', 'z'], line: 6 },
    ]);
  });

  it('reads semicolon CSV as written in decimal-comma locales', () => {
    expect(rowsOf('criterion;value\ndefect-ppm;"1,5"\n')).toEqual([['criterion', 'value'], ['defect-ppm', '1,5']]);
  });

  it('refuses a row with a cell beyond the header, naming file, line and column, instead of dropping the cell', () => {
    expect(() => csvRows('supplier id,supplier name,audit date,d\nS,N,2026-01-01,4,9\n', 'suppliers.csv')).toThrow(
      "suppliers.csv:2: column E has a value beyond the header's last column D",
    );
    expect(() => csvRows('a,b,c\n1,2\n', 'short.csv')).toThrow('short.csv:2: 2 cells where the header has 3');
    expect(() => csvRows('a,b\n1,x"y"\n', 'quotes.csv')).toThrow(/^quotes\.csv:2: not valid CSV/);
  });

  it('writes fields quoted only when needed and reads them back; formula-safe texts read back as they were', () => {
    const rows = [['id', 'note', 'n'], ['a', 'x, "y"', 3], ['b', 'two\nlines', true]];
    expect(toCsv(rows)).toBe('id,note,n\na,"x, ""y""",3\nb,"two\nlines",true\n');
    expect(rowsOf(toCsv(rows))).toEqual(rows.map((row) => row.map(String)));
    for (const text of ['=1+1', "'=1+1", "''@x", "'plain", '-0.25', '-x', 'plain']) expect(unescapedCell(formulaSafeText(text))).toBe(text);
  });
});

describe('CSV profile', () => {
  const parsed = (input: unknown): Profile => {
    const result = parseProfile(input);
    if (!result.success) throw result.error;
    return result.data;
  };

  it('gives the identical profile back, for generated profiles of every kind and option', () => {
    fc.assert(
      fc.property(profileArb(), (input) => {
        const profile = parsed(carriable(input));
        const back = profileFromCsv(profileToCsv(profile), 'profile.csv');
        expect(back.success ? back.data : back.error.issues).toEqual(profile);
      }),
      settings(150),
    );
  });

  it('carries category weights: a sectioned file, every row as wide as the widest', () => {
    const profile = parsed({
      id: 'p', version: '1', title: '=Title', component: { name: 'C' },
      categories: [
        { id: 'a', title: 'A', weight: '3', minScore: '60', criteria: [{ kind: 'check', id: 'leak', title: 'Leak', causeFamily: 'method', severity: 'critical' }] },
        { id: 'b', title: 'B', weight: '1', criteria: [{ kind: 'metric', id: 'ppm', title: 'PPM', causeFamily: 'method', direction: 'lower-is-better', limit: '50', unit: 'ppm' }] },
      ],
    });
    const text = profileToCsv(profile);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\[profile\],*$/);
    expect(new Set(lines.map((line) => line.split(',').length)).size).toBe(1);
    expect(text).toContain("title,'=Title");
    const back = profileFromCsv(text, 'profile.csv');
    expect(back.success && back.data).toEqual(profile);
    expect(back.success && back.data.categories.map((c) => [c.weight, c.minScore])).toEqual([['3', '60'], ['1', undefined]]);
  });

  it('reads a criteria table alone, and names the line of a problem', () => {
    const read = profileFromCsv('id,kind,title,causeFamily,unit,usl\n\nd,measurement,D,machine,mm,abc\n', 'criteria.csv');
    expect(read.success ? [] : read.error.issues.map((issue) => issue.path)).toEqual(['criteria.csv!F3']);
    expect(() => profileFromCsv('[criteria],\nid,kind\n[weights],\n', 'p.csv')).toThrow('p.csv:3: unknown section [weights]');
  });
});

describe('the command line on CSV', () => {
  const root = new URL('../../', import.meta.url).pathname;
  const example = (path: string) => JSON.parse(readFileSync(join(root, 'examples/pump-injector', path), 'utf8')) as Record<string, unknown>;
  const run = async (args: string[]) => {
    const io = memoryIO(root, '', false);
    const code = await main(args, io);
    return { code, stdout: io.out(), stderr: io.err() };
  };
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sq-csv-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('decides on a CSV profile exactly as on the JSON profile (category weights, rules and grades included)', async () => {
    writeFileSync(join(dir, 'profile.csv'), profileToCsv(example('profile.json') as never));
    const evidence = join(root, 'examples/pump-injector/evidence');
    const fromJson = await run(['evaluate', join(root, 'examples/pump-injector/profile.json'), evidence, '--format', 'json']);
    const fromCsv = await run(['evaluate', join(dir, 'profile.csv'), evidence, '--format', 'json']);
    expect(fromCsv.code).toBe(fromJson.code);
    expect(fromCsv.stdout).toBe(fromJson.stdout);
  });

  it('refuses a supplier row with a cell beyond the header, and a criteria row whose severity lies beyond it', async () => {
    writeFileSync(join(dir, 'suppliers.csv'), 'supplier id,supplier name,audit date,throat-d\nIKM-0002,CV Maju Jaya,2026-11-19,6.52,7.9\n');
    const extra = await run(['evaluate', join(root, 'examples/pump-injector/profile.json'), join(dir, 'suppliers.csv')]);
    expect([extra.code, extra.stdout]).toEqual([2, '']);
    expect(extra.stderr).toContain("suppliers.csv:2: column E has a value beyond the header's last column D");
    writeFileSync(join(dir, 'criteria.csv'), 'id,kind,title,causeFamily,expected,\nleak-test,check,Leak test,method,yes,critical\n');
    const lost = await run(['validate', join(dir, 'criteria.csv')]);
    expect(lost.code).toBe(2);
    expect(lost.stderr).toContain("criteria.csv'!F2");
    expect(lost.stderr).toContain('beyond the last column of the header (E)');
  });
});
