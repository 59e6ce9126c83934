import { describe, expect, it } from 'vitest';
import { AQL_VALUES } from '../../src/sampling/aqlValues.js';
import { NORMAL_TABLE } from '../../src/sampling/masterTables.js';
import { resolveMasterTableCell } from '../../src/sampling/resolveMasterTableCell.js';
import { switchingScoreAfterLot, tighterAcceptanceNumber } from '../../src/sampling/switchingScoreAfterLot.js';

const planJ = { aql: '1', planLetter: 'J', acceptanceNumber: 2 } as const; // normal J at 1.0: 2/3; at 0.65: 1/2
const planH = { aql: '0.25', planLetter: 'H', acceptanceNumber: 0 } as const;

describe('switchingScoreAfterLot (ISO 2859-1:1999 9.3.3, recalled)', () => {
  it('Ac ≥ 2: +3 when accepted at the AQL one step tighter, else 0', () => {
    expect(switchingScoreAfterLot(6, { accepted: true, nonconforming: 1, plan: planJ })).toBe(9);
    expect(switchingScoreAfterLot(6, { accepted: true, nonconforming: 2, plan: planJ })).toBe(0);
    expect(switchingScoreAfterLot(6, { accepted: false, nonconforming: 3, plan: planJ })).toBe(0);
  });

  it('Ac 0 or 1: +2 when accepted, else 0', () => {
    expect(switchingScoreAfterLot(28, { accepted: true, plan: planH })).toBe(30);
    expect(switchingScoreAfterLot(28, { accepted: false, plan: planH })).toBe(0);
  });

  it('is unknown without the plan, or without the count when Ac ≥ 2, until a lot is not accepted', () => {
    expect(switchingScoreAfterLot(6, { accepted: true })).toBeNull();
    expect(switchingScoreAfterLot(6, { accepted: true, plan: planJ })).toBeNull();
    expect(switchingScoreAfterLot(null, { accepted: true, plan: planH })).toBeNull();
    expect(switchingScoreAfterLot(null, { accepted: true, nonconforming: 2, plan: planJ })).toBe(0);
    expect(switchingScoreAfterLot(null, { accepted: false })).toBe(0);
  });

  it('finds the tighter Ac in the same row: J at 1.0 → 1, K at 10 (21/22) → 14', () => {
    expect(tighterAcceptanceNumber('J', '1')).toBe(1);
    expect(tighterAcceptanceNumber('K', '10')).toBe(14);
    expect(tighterAcceptanceNumber('D', '10')).toBe(1);
  });

  it('has a printed plan one column tighter for every normal plan with Ac ≥ 2', () => {
    let checked = 0;
    for (const row of NORMAL_TABLE.rows) {
      AQL_VALUES.forEach((aql, column) => {
        const plan = resolveMasterTableCell(NORMAL_TABLE, row.letter, column);
        if (plan.acceptanceNumber < 2) return;
        const tighter = tighterAcceptanceNumber(plan.planLetter, aql);
        expect(tighter).toBeLessThan(plan.acceptanceNumber);
        checked += 1;
      });
    }
    expect(checked).toBe(91); // letter × AQL cells of Table 2-A whose plan has Ac ≥ 2
  });
});
