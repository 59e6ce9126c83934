import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/index.js';
import { evaluate } from '../../src/evaluate.js';
import { whatIf } from '../../src/gaps/whatIf.js';
import { pumpProfile, sumberLogam, withMet } from './fixtures.js';

const goodThroat = { criterion: 'throat-d', values: ['6.51', '6.49', '6.50', '6.52', '6.48'] };

describe('whatIf', () => {
  it('evaluates again with entries replaced and returns the difference', () => {
    const { before, after, difference } = whatIf(pumpProfile, sumberLogam, { entries: [goodThroat] });
    expect(before).toEqual(evaluate(pumpProfile, sumberLogam));
    expect(after).toEqual(
      evaluate(pumpProfile, { ...sumberLogam, entries: [...sumberLogam.entries.filter((e) => e.criterion !== 'throat-d'), goodThroat] }),
    );
    expect(difference.score).toEqual({ before: '22.7', after: '37.5', change: '14.8' });
    expect(difference.decision).toEqual({ before: 'rejected', after: 'rejected', changed: false, direction: 'same' });
    expect(difference.criteria.map((c) => [c.id, c.before?.status, c.after?.status])).toEqual([['throat-d', 'fail', 'pass']]);
    expect(difference.gaps.closed.map((g) => [g.criterion, g.before?.knockOut, g.before?.shortfall?.amount])).toEqual([['throat-d', true, '0.03']]);
    expect(difference.gaps.opened).toEqual([]);
    expect(difference.gaps.remaining).toHaveLength(7);
  });

  it('takes a plain list of entries, and both knock-outs closed still leave the supplier rejected on score', () => {
    const { after, difference } = whatIf(pumpProfile, sumberLogam, [goodThroat, { criterion: 'leak-test', value: true }]);
    expect([after.score, after.grade, after.decision]).toEqual(['47.4', 'C', 'rejected']);
    // No knock-out is left; the VDA 6.3 downgrades of the process questions remain.
    expect(after.rules.map((r) => r.id)).toEqual([
      'quality-system:vda63-a-to-b-1',
      'quality-system:vda63-a-to-b-2',
      'quality-system:vda63-a-to-b-4',
      'quality-system:vda63-to-c-1',
    ]);
    expect(difference.gaps.closed.map((g) => g.criterion)).toEqual(['throat-d', 'leak-test']);
  });

  it('takes criteria as met, the same as evidence that meets them', () => {
    const met = ['throat-d', 'leak-test', 'machine-maintenance', 'body-material-cert', 'defect-ppm', 'op-training'];
    const { after, difference } = whatIf(pumpProfile, sumberLogam, { met });
    expect([after.score, after.grade, after.decision, after.reauditDue]).toEqual(['81.5', 'B', 'conditional', '2027-02-22']);
    expect(difference.decision.direction).toBe('better');
    const real = evaluate(pumpProfile, withMet(pumpProfile, sumberLogam, met));
    expect([real.score, real.decision]).toEqual([after.score, after.decision]);
    expect(after.criteria.find((c) => c.id === 'throat-d')).toMatchObject({ status: 'pass', score: '100', found: { assumedMet: true }, explanation: 'Assumed fully met (what-if).' });
  });

  it('removes evidence, which opens gaps and makes the decision incomplete', () => {
    const { after, difference } = whatIf(pumpProfile, sumberLogam, { entries: [goodThroat, { criterion: 'leak-test', value: true }], remove: ['iso-9001', 'nozzle-d'] });
    expect(after.decision).toBe('incomplete');
    expect(difference.gaps.opened.map((g) => [g.criterion, g.after?.status])).toEqual([['nozzle-d', 'missing']]);
    expect(difference.gaps.remaining.find((g) => g.criterion === 'iso-9001')?.after?.status).toBe('missing');
  });

  it('evaluates on another date when asked', () => {
    const { before, after } = whatIf(pumpProfile, sumberLogam, [], { at: '2027-01-31' });
    expect([before.evaluatedOn, after.evaluatedOn]).toEqual(['2027-01-31', '2027-01-31']);
  });

  it('lists every problem with the changes, with paths under changes', () => {
    try {
      whatIf(pumpProfile, sumberLogam, {
        entries: [{ criterion: 'throat-d', values: ['6.5', 'x'] }, { criterion: 'no-such', value: true }, { criterion: 'op-training', points: 5 }],
        met: ['leak-test', 'nothing'],
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => [i.path, i.code])).toEqual([
        ['changes.entries[0].values[1]', 'invalid_decimal'],
        ['changes.entries[2].points', 'not_a_level'],
        ['changes.entries[1].criterion', 'unknown_criterion'],
        ['changes.met[1]', 'unknown_criterion'],
      ]);
    }
    expect(() => whatIf(pumpProfile, { supplier: {} }, [])).toThrow(ValidationError);
    expect(() => whatIf(pumpProfile, sumberLogam, { add: [] } as never)).toThrow(/changes.add/);
  });
});
