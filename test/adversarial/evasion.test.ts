import { describe, expect } from 'vitest';
import { evaluation, evidenceWith, goodEvidence, goodProfile, runCatalogue, type Entry } from './catalogue.js';

type Json = Record<string, any>;

/** The good profile with missing evidence counted as failed. */
const failMode = (): Json => ({ ...goodProfile(), decision: { missingEvidence: 'fail' } });

/** Evidence the supplier could send to pass without earning it; none may pass. */
const entries: Entry[] = [
  evaluation('a result field ("status": "pass") in an entry is refused, not believed', goodProfile(), evidenceWith('leak-test', { criterion: 'leak-test', value: false, status: 'pass' }), {
    refused: [['entries[1].status', 'unrecognized_key']],
  }),
  evaluation('a score field in an entry is refused', goodProfile(), evidenceWith('bore', { criterion: 'bore', values: [9], score: 100 }), { refused: [['entries[0].score', 'unrecognized_key']] }),
  evaluation('not applicable on a check (a kind without it) is refused', goodProfile(), evidenceWith('leak-test', { criterion: 'leak-test', notApplicable: true }), {
    refused: [['entries[1].notApplicable', 'unrecognized_key']],
  }),
  evaluation('not applicable where the question forbids it is refused', (() => {
    const profile = goodProfile();
    profile.categories[1].criteria[1].allowNotApplicable = false;
    return profile;
  })(), evidenceWith('training', { criterion: 'training', notApplicable: true }), { refused: [['entries[4].notApplicable', 'not_applicable_not_allowed']] }),
  evaluation('points and not applicable at once are refused', goodProfile(), evidenceWith('training', { criterion: 'training', points: 10, notApplicable: true }), { refused: [['entries[4]', 'evidence_form']] }),
  evaluation('points that are not a level (7) are refused', goodProfile(), evidenceWith('training', { criterion: 'training', points: 7 }), { refused: [['entries[4].points', 'not_a_level']] }),
  evaluation('every question not applicable leaves no score: not a pass', {
    ...goodProfile(),
    rules: [],
    categories: [{ id: 'process', title: 'Process', criteria: [{ kind: 'audit-question', id: 'q1', title: 'Q1', causeFamily: 'man' }, { kind: 'audit-question', id: 'q2', title: 'Q2', causeFamily: 'man' }] }],
  }, { ...goodEvidence(), entries: [{ criterion: 'q1', notApplicable: true }, { criterion: 'q2', notApplicable: true }] }, {
    decision: 'rejected',
    check: (e) => expect([e.score, e.categories[0]?.score]).toEqual(['0', null]),
  }),
  evaluation('no measured values are missing evidence (incomplete)', goodProfile(), evidenceWith('bore', { criterion: 'bore', values: [] }), { decision: 'incomplete' }),
  evaluation('leaving out the critical leak test is incomplete, never approved', goodProfile(), evidenceWith('leak-test', undefined), { decision: 'incomplete' }),
  evaluation('leaving out the critical leak test when missing counts as failed is a knock-out', failMode(), evidenceWith('leak-test', undefined), { decision: 'rejected' }),
  evaluation('leaving out a star question at 4 points when missing counts as failed still triggers the star rule', failMode(), evidenceWith('training', undefined), {
    decision: 'conditional',
    check: (e) => {
      expect(e.rules.map((r) => r.id)).toEqual(['star-low']);
      expect(e.grade).toBe('B');
    },
  }),
  evaluation('a star question answered with 4 points triggers the star rule (for comparison)', failMode(), evidenceWith('training', { criterion: 'training', points: 4 }), {
    decision: 'conditional',
    check: (e) => expect(e.rules.map((r) => r.id)).toEqual(['star-low']),
  }),
  evaluation('a lot inspected on fewer units than its plan is missing evidence', goodProfile(), evidenceWith('incoming', { criterion: 'incoming', lots: [{ lotSize: 1200, inspected: 79, nonconforming: 0 }] }), { decision: 'incomplete' }),
  evaluation('more units inspected than the lot holds are refused', goodProfile(), evidenceWith('incoming', { criterion: 'incoming', lots: [{ lotSize: 1200, inspected: 1201, nonconforming: 0 }] }), {
    refused: [['entries[2].lots[0].inspected', 'too_big']],
  }),
  evaluation('the whole lot inspected with more nonconforming units than the sample holds is rejected, never refused or passed', goodProfile(), evidenceWith('incoming', { criterion: 'incoming', lots: [{ lotSize: 1200, inspected: 1200, nonconforming: 90 }] }), {
    decision: 'conditional',
    check: (e) => expect(e.criteria.find((c) => c.id === 'incoming')).toMatchObject({ status: 'fail', why: { code: 'inspection.lastRejected' } }),
  }),
  evaluation('a negative count of defects is refused', goodProfile(), evidenceWith('ppm', { criterion: 'ppm', numerator: -3, denominator: 48000 }), { refused: [['entries[6].numerator', 'too_small']] }),
  evaluation('a zero denominator is refused', goodProfile(), evidenceWith('ppm', { criterion: 'ppm', numerator: 0, denominator: 0 }), { refused: [['entries[6].denominator', 'zero_denominator']] }),
  evaluation('a look-alike standard (ISO 90011) is the wrong certificate', goodProfile(), evidenceWith('iso-9001', { criterion: 'iso-9001', standard: 'ISO 90011', expires: '2028-01-31' }), {
    decision: 'conditional',
    check: (e) => expect(e.criteria.find((c) => c.id === 'iso-9001')?.why.code).toBe('certificate.wrongStandard'),
  }),
  evaluation('a document status with decoration ("approved ✓") is not accepted', goodProfile(), evidenceWith('control-plan', { criterion: 'control-plan', status: 'approved \u2713', date: '2026-06-01' }), { decision: 'conditional' }),
  evaluation('values in micrometres labelled as such are converted, not read as millimetres', goodProfile(), evidenceWith('bore', { criterion: 'bore', values: [6.5, 6.51], unit: '\u00b5m' }), {
    decision: 'conditional',
    check: (e) => expect(e.criteria[0]?.found).toMatchObject({ belowLsl: 2, max: '0.00651' }),
  }),
  evaluation('a unit of another quantity (kPa for a diameter) is refused', goodProfile(), evidenceWith('bore', { criterion: 'bore', values: [6.5], unit: 'kPa' }), { refused: [['entries[0].unit', 'unit_incompatible']] }),
  evaluation('too few values for a capability requirement are missing evidence, never a pass', (() => {
    const profile = goodProfile();
    profile.categories[0].criteria[0].capability = { min: '1.33' };
    return profile;
  })(), goodEvidence(), { decision: 'incomplete', check: (e) => expect(e.criteria[0]?.why.code).toBe('measurement.tooFewForCapability') }),
];

describe('evidence that tries to pass without earning it', () => {
  runCatalogue(entries);
});
