import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/index.js';
import { samplingPlan } from '../../src/sampling/samplingPlan.js';
import { switchingState, type SwitchingLot, type SwitchingOptions } from '../../src/sampling/switchingState.js';

const ANSI = 'ANSI/ASQ Z1.4-2003' as const;
const normalJ = samplingPlan({ lotSize: 1200, aql: '1.0', level: 'II' }); // J, n 80, 2/3; one step tighter (0.65): 1/2
const normalH = samplingPlan({ lotSize: 1200, aql: '0.25', level: 'II' }); // J ↑ H, n 50, 0/1
const tightenedJ = samplingPlan({ lotSize: 1200, aql: '1.0', level: 'II', inspection: 'tightened' }); // n 80, 1/2
const reducedJ = samplingPlan({ lotSize: 1200, aql: '1.0', level: 'II', inspection: 'reduced', edition: ANSI }); // n 32, 1/3

const A: SwitchingLot = { accepted: true };
const X: SwitchingLot = { accepted: false };
const lots = (pattern: string): SwitchingLot[] => [...pattern].map((c) => (c === 'A' ? A : X));
const repeat = <T>(n: number, item: T): T[] => Array.from({ length: n }, () => item);
const approved: SwitchingOptions = { productionSteady: true, authorityApprovesReduced: true };

function issuesOf(history: unknown, options?: unknown): [string, string][] {
  try {
    switchingState(history as SwitchingLot[], options as SwitchingOptions);
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).issues.map((i) => [i.path, i.code]);
  }
  throw new Error('expected a ValidationError');
}

describe('switchingState: start', () => {
  it('starts on normal inspection with score 0', () => {
    expect(switchingState([])).toEqual({
      state: 'normal',
      lotsInspected: 0,
      switchingScore: 0,
      transitions: [],
      reason: 'No lots inspected yet: inspection starts on normal inspection. Switching score 0; reduced inspection needs 30 or more.',
    });
  });

  it('starts where the responsible authority says', () => {
    expect(switchingState([], { start: 'tightened' }).state).toBe('tightened');
  });
});

describe('switchingState: normal → tightened (2 of 5 or fewer consecutive lots not accepted)', () => {
  it('switches when lots 1 and 5 are not accepted', () => {
    const s = switchingState(lots('XAAAX'));
    expect(s.state).toBe('tightened');
    expect(s.transitions).toEqual([
      {
        lotIndex: 4,
        lotNumber: 5,
        from: 'normal',
        to: 'tightened',
        reason: 'Lots 1 and 5 were not accepted on original normal inspection: 2 of 5 consecutive lots (5 or fewer); tightened inspection from lot 6.',
      },
    ]);
    expect(s.reason).toBe(
      'Tightened inspection since lot 6: 0 consecutive lots accepted of the 5 needed to return to normal inspection; 0 lots not accepted on tightened inspection so far (5 discontinue inspection).',
    );
  });

  it('switches on two lots in a row', () => {
    expect(switchingState(lots('AAXX')).transitions.map((t) => [t.lotNumber, t.to])).toEqual([[4, 'tightened']]);
  });

  it('stays on normal when the two lots are 6 lots apart, and says what would switch', () => {
    const s = switchingState(lots('XAAAAX'));
    expect(s.state).toBe('normal');
    expect(s.transitions).toEqual([]);
    expect(s.reason).toBe(
      'Normal inspection since the first lot. Lot 6 was not accepted; one more lot not accepted up to lot 10 switches to tightened inspection. Switching score 0; reduced inspection needs 30 or more.',
    );
  });

  it('counts only lots of the current run of normal inspection', () => {
    // Lot 1 on reduced is not accepted (back to normal); lot 2 is the first on normal.
    const s = switchingState(lots('XX'), { start: 'reduced' });
    expect(s.state).toBe('normal');
    expect(s.transitions.map((t) => t.to)).toEqual(['normal']);
  });
});

describe('switchingState: tightened → normal (5 consecutive lots accepted)', () => {
  it('returns to normal after lots 3 to 7 are accepted', () => {
    const s = switchingState(lots('XXAAAAA'));
    expect(s.state).toBe('normal');
    expect(s.transitions[1]).toEqual({
      lotIndex: 6,
      lotNumber: 7,
      from: 'tightened',
      to: 'normal',
      reason: 'Lots 3 to 7 were 5 consecutive lots accepted on original tightened inspection; normal inspection from lot 8.',
    });
    expect(s.reason).toBe('Normal inspection since lot 8. Switching score 0; reduced inspection needs 30 or more.');
  });

  it('needs the 5 accepted lots to be consecutive', () => {
    const s = switchingState(lots('XXAAAAXA'));
    expect(s.state).toBe('tightened');
    expect(s.reason).toBe(
      'Tightened inspection since lot 3: 1 consecutive lot accepted of the 5 needed to return to normal inspection; 1 lot not accepted on tightened inspection so far (5 discontinue inspection).',
    );
  });

  it('accepts plans and counts on tightened inspection', () => {
    const s = switchingState([X, X, ...repeat(5, { plan: tightenedJ, nonconforming: 1 })]);
    expect(s.state).toBe('normal');
  });
});

describe('switchingState: discontinuation (5 lots not accepted on tightened, cumulative)', () => {
  it('discontinues at the 5th lot not accepted, even with accepted lots between', () => {
    const s = switchingState(lots('XX' + 'XAXAXAXAX'));
    expect(s.state).toBe('discontinued');
    const last = s.transitions[s.transitions.length - 1];
    expect(last).toEqual({
      lotIndex: 10,
      lotNumber: 11,
      from: 'tightened',
      to: 'discontinued',
      reason:
        "Lot 11 is the 5th lot not accepted on tightened inspection since lot 3 (lots 3, 5, 7, 9 and 11); inspection under the standard is discontinued until the responsible authority accepts the supplier's corrective action, and then resumes on tightened inspection.",
    });
    expect(s.reason).toBe(last?.reason);
    expect(s.switchingScore).toBe(0);
  });

  it('starts counting again after a return to normal', () => {
    // 4 not accepted on tightened, then 5 accepted (back to normal), then 2 not accepted (tightened again), then 4 more.
    const s = switchingState(lots('XX' + 'XXXX' + 'AAAAA' + 'XX' + 'XXXX'));
    expect(s.state).toBe('tightened');
    expect(s.transitions.map((t) => `${t.lotNumber}:${t.to}`)).toEqual(['2:tightened', '11:normal', '13:tightened']);
    expect(switchingState(lots('XX' + 'XXXX' + 'AAAAA' + 'XX' + 'XXXXX')).state).toBe('discontinued');
  });

  it('refuses lots after discontinuation', () => {
    expect(issuesOf(lots('XXXXXXXA'))).toEqual([['history[7]', 'lot_after_discontinuation']]);
  });

  it('resumes on tightened inspection as a new history', () => {
    expect(switchingState(lots('AAAAA'), { start: 'tightened' }).state).toBe('normal');
  });
});

describe('switchingState: switching score and normal → reduced', () => {
  const plus3: SwitchingLot = { plan: normalJ, nonconforming: 1 }; // accepted at the tighter Ac 1 → +3
  const reset: SwitchingLot = { plan: normalJ, nonconforming: 2 }; // accepted at Ac 2, not at the tighter Ac 1 → 0
  const plus2: SwitchingLot = { plan: normalH, nonconforming: 0 }; // Ac 0, accepted → +2

  it('adds 3 per lot accepted at the AQL one step tighter (Ac ≥ 2)', () => {
    expect(switchingState(repeat(9, plus3)).switchingScore).toBe(27);
  });

  it('resets to 0 when a lot is accepted but would not be at the tighter AQL', () => {
    const s = switchingState([...repeat(9, plus3), reset]);
    expect([s.state, s.switchingScore]).toEqual(['normal', 0]);
  });

  it('adds 2 per accepted lot when Ac is 0 or 1, and resets when not accepted', () => {
    expect(switchingState(repeat(14, plus2)).switchingScore).toBe(28);
    expect(switchingState([...repeat(14, plus2), { plan: normalH, nonconforming: 1 }]).switchingScore).toBe(0);
  });

  it('enters reduced inspection at score 30 when production is steady and the authority approves', () => {
    const s = switchingState(repeat(10, plus3), approved);
    expect(s.state).toBe('reduced');
    expect(s.transitions).toEqual([
      {
        lotIndex: 9,
        lotNumber: 10,
        from: 'normal',
        to: 'reduced',
        reason:
          'The switching score reached 30 (30 or more) at lot 10, production is steady and the responsible authority approves; reduced inspection from lot 11.',
      },
    ]);
    expect(s.reason).toBe('Reduced inspection since lot 11; no lot inspected on it yet.');
    expect(switchingState(repeat(15, plus2), approved).transitions[0]?.lotNumber).toBe(15);
  });

  it('does not enter reduced inspection without steady production and approval, and says why', () => {
    const s = switchingState(repeat(12, plus3));
    expect([s.state, s.switchingScore]).toEqual(['normal', 36]);
    expect(s.reason).toBe(
      'Normal inspection since the first lot. Switching score 36 reaches 30, but reduced inspection is not entered: production is not declared steady (productionSteady) and the responsible authority has not approved reduced inspection (authorityApprovesReduced).',
    );
    expect(switchingState(repeat(10, plus3), { productionSteady: true }).reason).toContain(
      'reduced inspection is not entered: the responsible authority has not approved reduced inspection (authorityApprovesReduced).',
    );
  });

  it('does not enter reduced inspection on a lot with irregular production', () => {
    const irregular = switchingState([...repeat(9, plus3), { ...plus3, productionIrregular: true }], approved);
    expect(irregular.state).toBe('normal');
    expect(irregular.reason).toContain('reduced inspection is not entered: production was irregular at lot 10.');
    expect(switchingState([...repeat(9, plus3), { ...plus3, productionIrregular: true }, plus3], approved).transitions[0]?.lotNumber).toBe(11);
  });

  it('keeps the score unknown while an accepted lot lacks its plan, until a lot is not accepted', () => {
    const unknown = switchingState([plus3, A, plus3]);
    expect(unknown.switchingScore).toBeNull();
    expect(unknown.reason).toBe(
      "Normal inspection since the first lot. The switching score is unknown since lot 2: give each lot's plan (and, for Ac 2 or more, its nonconforming count) to keep it.",
    );
    expect(switchingState([plus3, A, X, plus3]).switchingScore).toBe(3);
    expect(switchingState([{ plan: normalJ, accepted: true }]).switchingScore).toBeNull();
    expect(switchingState([{ plan: normalH, accepted: true }]).switchingScore).toBe(2);
  });
});

describe('switchingState: reduced → normal', () => {
  it('returns to normal when a lot is not accepted', () => {
    const s = switchingState([{ plan: reducedJ, nonconforming: 0 }, { plan: reducedJ, nonconforming: 3 }], { start: 'reduced' });
    expect(s.state).toBe('normal');
    expect(s.transitions).toEqual([
      { lotIndex: 1, lotNumber: 2, from: 'reduced', to: 'normal', reason: 'Lot 2 was not accepted on reduced inspection; normal inspection from lot 3.' },
    ]);
  });

  it('returns to normal when a lot is accepted with a count in the gap of the ANSI reduced plan', () => {
    const s = switchingState([{ plan: reducedJ, nonconforming: 2 }], { start: 'reduced' });
    expect(s.state).toBe('normal');
    expect(s.transitions[0]?.reason).toBe(
      'Lot 1 was accepted with 2 nonconforming, between Ac 1 and Re 3 of the reduced plan; normal inspection from lot 2.',
    );
  });

  it('returns to normal when production is irregular', () => {
    const s = switchingState([{ accepted: true, productionIrregular: true }], { start: 'reduced' });
    expect(s.transitions[0]?.reason).toBe('Production was irregular at lot 1; normal inspection from lot 2.');
  });

  it('stays on reduced while lots are accepted within Ac', () => {
    const s = switchingState([{ plan: reducedJ, nonconforming: 1 }, A], { start: 'reduced' });
    expect(s.state).toBe('reduced');
    expect(s.reason).toBe(
      'Reduced inspection since the first lot: every lot since then was accepted without reinstating normal inspection, and production was regular.',
    );
  });

  it('runs a full cycle normal → reduced → normal → tightened → normal', () => {
    const history: SwitchingLot[] = [
      ...repeat(10, { plan: normalJ, nonconforming: 0 }),
      { plan: reducedJ, nonconforming: 1 },
      { plan: reducedJ, nonconforming: 2 },
      { plan: normalJ, nonconforming: 3 },
      { plan: normalJ, nonconforming: 0 },
      { plan: normalJ, nonconforming: 4 },
      ...repeat(5, { plan: tightenedJ, nonconforming: 0 }),
      { plan: normalJ, nonconforming: 1 },
    ];
    const s = switchingState(history, approved);
    expect(s.transitions.map((t) => `${t.lotNumber}:${t.from}→${t.to}`)).toEqual([
      '10:normal→reduced',
      '12:reduced→normal',
      '15:normal→tightened',
      '20:tightened→normal',
    ]);
    expect([s.state, s.switchingScore, s.lotsInspected]).toEqual(['normal', 3, 21]);
  });
});

describe('switchingState: refusals', () => {
  it('refuses a plan of another severity than the rules give', () => {
    expect(issuesOf([X, X, { plan: normalJ, nonconforming: 0 }])).toEqual([['history[2].plan.inspection', 'inspection_mismatch']]);
    try {
      switchingState([X, X, { plan: normalJ, nonconforming: 0 }]);
    } catch (e) {
      expect((e as ValidationError).issues[0]?.message).toBe(
        'This lot was inspected under normal inspection, but the switching rules put it on tightened inspection.',
      );
      expect((e as ValidationError).issues[0]?.messageId).toBe(
        'Lot ini diinspeksi dengan inspeksi normal, tetapi aturan perpindahan menempatkannya pada inspeksi diperketat.',
      );
    }
  });

  it('refuses a lot marked accepted that its count and plan reject', () => {
    expect(issuesOf([{ accepted: true, plan: normalJ, nonconforming: 3 }])).toEqual([['history[0].accepted', 'lot_result_mismatch']]);
  });

  it('refuses a plan the table does not print', () => {
    expect(issuesOf([{ plan: { ...normalJ, acceptanceNumber: 5, rejectionNumber: 6 }, nonconforming: 0 }])).toEqual([
      ['history[0].plan', 'plan_not_in_table'],
    ]);
  });

  it('refuses malformed lots and options, listing every problem', () => {
    expect(issuesOf([{}, { accepted: 'yes' }, 5, { accepted: true, nonconforming: -1, colour: 'red' }])).toEqual([
      ['history[0].accepted', 'required'],
      ['history[1].accepted', 'invalid_type'],
      ['history[2]', 'invalid_type'],
      ['history[3].colour', 'unrecognized_key'],
      ['history[3].nonconforming', 'too_small'],
    ]);
    expect(issuesOf([], { start: 'strict', productionSteady: 'yes', approve: true })).toEqual([
      ['options.approve', 'unrecognized_key'],
      ['options.start', 'invalid_value'],
      ['options.productionSteady', 'invalid_type'],
    ]);
    expect(issuesOf('XAAX')).toEqual([['history', 'invalid_type']]);
    expect(issuesOf([{ plan: normalJ, nonconforming: 81 }])).toEqual([['history[0].nonconforming', 'too_big']]);
  });
});

describe('switchingState: the refusal after discontinuation names the lot', () => {
  it('says inspection was discontinued after lot 7', () => {
    try {
      switchingState(lots('XXXXXXXA'));
      expect.unreachable();
    } catch (e) {
      expect((e as ValidationError).issues[0]?.message).toMatch(/^Inspection was discontinued after lot 7; /);
    }
  });
});
