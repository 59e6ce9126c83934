import { describe, expect, it } from 'vitest';
import { AQL_VALUES } from '../../src/sampling/aqlValues.js';
import { NORMAL_TABLE, REDUCED_ANSI_TABLE, TIGHTENED_TABLE, type MasterTable } from '../../src/sampling/masterTables.js';
import { resolveMasterTableCell } from '../../src/sampling/resolveMasterTableCell.js';
import type { PlanLetter } from '../../src/sampling/schemas.js';
import {
  EXPECTED_NORMAL,
  EXPECTED_REDUCED_ANSI,
  EXPECTED_TIGHTENED,
  type ExpectedTable,
} from './fixtures/masterTables.expected.js';

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'Q', 'R'] as const;

/** The resolved cell in the fixture's notation: `↓n:Ac/Re`, `↑n:Ac/Re` or `n:Ac/Re`. */
function notation(table: MasterTable, letter: PlanLetter, column: number): string {
  const r = resolveMasterTableCell(table, letter, column);
  const glyph = r.arrow === 'down' ? '↓' : r.arrow === 'up' ? '↑' : '';
  return `${glyph}${r.sampleSize}:${r.acceptanceNumber}/${r.rejectionNumber}`;
}

const TABLES: readonly [string, MasterTable, ExpectedTable][] = [
  ['normal (2-A)', NORMAL_TABLE, EXPECTED_NORMAL],
  ['tightened (2-B)', TIGHTENED_TABLE, EXPECTED_TIGHTENED],
  ['reduced, ANSI/ASQ Z1.4 (II-C)', REDUCED_ANSI_TABLE, EXPECTED_REDUCED_ANSI],
];

describe('master tables: every cell against the printed tables', () => {
  it('has 16 AQL columns, 0.010 to 10', () => {
    expect(AQL_VALUES).toEqual(['0.010', '0.015', '0.025', '0.040', '0.065', '0.10', '0.15', '0.25', '0.40', '0.65', '1.0', '1.5', '2.5', '4.0', '6.5', '10']);
  });

  describe.each(TABLES)('%s', (_name, table, expected) => {
    it('has 16 cells in every row', () => {
      for (const row of table.rows) expect(row.cells).toHaveLength(16);
    });
    it.each(LETTERS)('row %s resolves to the printed plans in all 16 columns', (letter) => {
      const actual = AQL_VALUES.map((_, column) => notation(table, letter, column));
      expect(actual).toEqual(expected[letter]);
    });
  });

  it('uses the printed sample sizes by letter', () => {
    const sizes = (t: MasterTable) => Object.fromEntries(t.rows.map((r) => [r.letter, r.sampleSize]));
    const normal = { A: 2, B: 3, C: 5, D: 8, E: 13, F: 20, G: 32, H: 50, J: 80, K: 125, L: 200, M: 315, N: 500, P: 800, Q: 1250, R: 2000 };
    expect(sizes(NORMAL_TABLE)).toEqual(normal);
    expect(sizes(TIGHTENED_TABLE)).toEqual({ ...normal, S: 3150 });
    expect(sizes(REDUCED_ANSI_TABLE)).toEqual({
      A: 2, B: 2, C: 2, D: 3, E: 5, F: 8, G: 13, H: 20, J: 32, K: 50, L: 80, M: 125, N: 200, P: 315, Q: 500, R: 800,
    });
  });

  it('row S of the tightened table prints only 1/2 under AQL 0.025', () => {
    const s = TIGHTENED_TABLE.rows.find((r) => r.letter === 'S');
    expect(s?.cells.map((c, i) => (c === null ? null : AQL_VALUES[i]))).toEqual(
      AQL_VALUES.map((v) => (v === '0.025' ? '0.025' : null)),
    );
    expect(s?.cells[2]).toEqual({ ac: 1, re: 2 });
  });

  it('reduced plans have the ANSI/ASQ Z1.4 gaps between Ac and Re', () => {
    const plans = new Set<string>();
    for (const row of REDUCED_ANSI_TABLE.rows) {
      for (const cell of row.cells) if (typeof cell === 'object' && cell !== null) plans.add(`${cell.ac}/${cell.re}`);
    }
    expect([...plans].sort()).toEqual(['0/1', '0/2', '1/3', '1/4', '10/13', '2/5', '3/6', '5/8', '7/10']);
  });

  it('is frozen data', () => {
    expect(Object.isFrozen(NORMAL_TABLE.rows)).toBe(true);
    expect(Object.isFrozen(NORMAL_TABLE.rows[0]?.cells)).toBe(true);
  });
});

// Independent oracle: the diagonal pattern of the normal and tightened tables for AQL 0.010 to 6.5
// (AQL column i = 0..14, row r = 0..15 for A..R). z is the row whose plan is 0/1, d = r − z.
// Each expectation is [arrow, row finally used, Ac, Re].
type Expected = readonly ['none' | 'down' | 'up', number, number, number];

const NORMAL_LADDER = [[1, 2], [2, 3], [3, 4], [5, 6], [7, 8], [10, 11], [14, 15], [21, 22]] as const; // d = 3..10
const TIGHTENED_LADDER = [[1, 2], [2, 3], [3, 4], [5, 6], [8, 9], [12, 13], [18, 19]] as const; // d = 3..9

function normalByPattern(r: number, i: number): Expected {
  const z = 14 - i;
  const d = r - z;
  if (d < 0) return ['down', z, 0, 1];
  if (d === 0) return ['none', r, 0, 1];
  if (d === 1) return ['up', z, 0, 1];
  // d = 2 points down to 1/2 three rows below z; at the bottom edge (no such row) it points up to 0/1.
  if (d === 2) return z + 3 <= 15 ? ['down', z + 3, 1, 2] : ['up', z, 0, 1];
  if (d <= 10) {
    const [ac, re] = NORMAL_LADDER[d - 3] as readonly [number, number];
    return ['none', r, ac, re];
  }
  return ['up', z + 10, 21, 22];
}

function tightenedByPattern(r: number, i: number): Expected {
  const z = 15 - i;
  const d = r - z;
  if (d < 0) return ['down', z, 0, 1];
  if (d === 0) return ['none', r, 0, 1];
  // d = 1, 2 point down to 1/2 at z + 3 (row 16 is S, n = 3150); below S there is none, so up to 0/1.
  if (d <= 2) return z + 3 <= 16 ? ['down', z + 3, 1, 2] : ['up', z, 0, 1];
  if (d <= 9) {
    const [ac, re] = TIGHTENED_LADDER[d - 3] as readonly [number, number];
    return ['none', r, ac, re];
  }
  return ['up', z + 9, 18, 19];
}

describe('master tables against the diagonal pattern rules (AQL 0.010 to 6.5)', () => {
  const cases = LETTERS.flatMap((letter, r) => AQL_VALUES.slice(0, 15).map((aql, i) => ({ letter, r, aql, i })));

  it('checks 240 cells per table', () => {
    expect(cases).toHaveLength(240);
  });

  it.each([
    ['normal', NORMAL_TABLE, normalByPattern],
    ['tightened', TIGHTENED_TABLE, tightenedByPattern],
  ] as const)('%s table matches the pattern in every cell', (_name, table, rule) => {
    const mismatches: string[] = [];
    for (const { letter, r, aql, i } of cases) {
      const [arrow, row, ac, re] = rule(r, i);
      const expected = { arrow, planLetter: table.rows[row]?.letter, sampleSize: table.rows[row]?.sampleSize, ac, re };
      const got = resolveMasterTableCell(table, letter, i);
      const actual = { arrow: got.arrow, planLetter: got.planLetter, sampleSize: got.sampleSize, ac: got.acceptanceNumber, re: got.rejectionNumber };
      if (JSON.stringify(actual) !== JSON.stringify(expected)) mismatches.push(`${letter}@${aql}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('AQL 10 (irregular at the top): normal A and B point down to C 1/2, then D 2/3 … K 21/22, then up', () => {
    const col = AQL_VALUES.indexOf('10');
    const got = LETTERS.map((l) => notation(NORMAL_TABLE, l, col));
    expect(got).toEqual([
      '↓5:1/2', '↓5:1/2', '5:1/2', '8:2/3', '13:3/4', '20:5/6', '32:7/8', '50:10/11', '80:14/15', '125:21/22',
      '↑125:21/22', '↑125:21/22', '↑125:21/22', '↑125:21/22', '↑125:21/22', '↑125:21/22',
    ]);
  });
});
