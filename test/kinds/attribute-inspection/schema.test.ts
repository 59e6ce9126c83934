import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/index.js';
import { evidenceWith, profileWith } from '../../fixtures.js';

const run = (criterion: Record<string, unknown>, lots: unknown[]) =>
  evaluate(
    profileWith([{ kind: 'attribute-inspection', id: 'incoming', title: 'Incoming inspection', causeFamily: 'method', aql: '1.0', ...criterion } as never]),
    evidenceWith([{ criterion: 'incoming', lots } as never]),
  ).criteria[0]!;

const lot = (nonconforming: number, inspected = 80) => ({ lotSize: 1200, inspected, nonconforming });

describe('attribute-inspection criterion', () => {
  it('judges each lot by its ISO 2859-1 plan: lot 1,200 at level II, AQL 1.0 → J, n 80, Ac 2, Re 3', () => {
    const r = run({ inspection: 'normal' }, [lot(2)]);
    expect(r.status).toBe('pass');
    expect(r.found?.lots).toEqual([
      { lotSize: 1200, inspection: 'normal', codeLetter: 'J', sampleSize: 80, acceptanceNumber: 2, rejectionNumber: 3, inspected: 80, nonconforming: 2, decision: 'accepted' },
    ]);
    expect(r.required).toEqual({ aql: '1', level: 'II', inspection: 'normal', edition: 'ISO 2859-1:1999' });
    expect(run({ inspection: 'normal' }, [lot(3)]).status).toBe('fail');
  });

  it('is missing when a lot was inspected on fewer units than its plan demands', () => {
    const r = run({ inspection: 'normal' }, [lot(0, 50)]);
    expect(r).toMatchObject({ status: 'missing', explanation: 'Lot 1 was inspected on 50 units; its plan needs 80.' });
  });

  it('follows the switching rules: two rejections in five lots tighten the plan', () => {
    // Lot 3 is judged on tightened inspection (J @ 1.0 tightened: n 80, Ac 1, Re 2).
    const r = run({}, [lot(3), lot(3), lot(2), lot(0)]);
    const lots = r.found?.lots as { inspection: string; acceptanceNumber: number; decision: string }[];
    expect(lots.map((l) => [l.inspection, l.acceptanceNumber, l.decision])).toEqual([
      ['normal', 2, 'rejected'],
      ['normal', 2, 'rejected'],
      ['tightened', 1, 'rejected'],
      ['tightened', 1, 'accepted'],
    ]);
    expect(r.status).toBe('partial');
    expect(r.score).toBe('25');
    expect(r.found?.switching).toMatchObject({ state: 'tightened' });
  });

  it('fails when inspection is discontinued after five rejections on tightened inspection', () => {
    const r = run({}, [lot(3), lot(3), lot(2), lot(2), lot(2), lot(2), lot(2), lot(0)]);
    expect(r.status).toBe('fail');
    expect(r.found?.switching).toMatchObject({ state: 'discontinued' });
    expect(r.why.code).toBe('inspection.discontinued');
  });

  it('refuses AQLs outside the tables and ISO reduced inspection, which is not shipped', () => {
    expect(() => run({ aql: '0.3' }, [lot(0)])).toThrowError(/AQL 0.3 is not a column/);
    expect(() => run({ inspection: 'reduced' }, [lot(0)])).toThrowError(/not shipped/);
    expect(run({ inspection: 'reduced', edition: 'ANSI/ASQ Z1.4-2003' }, [{ lotSize: 1200, inspected: 32, nonconforming: 1 }]).status).toBe('pass');
  });
});
