import { describe, expect } from 'vitest';
import { evaluation, evidenceWith, goodEvidence, goodProfile, runCatalogue, type Entry } from './catalogue.js';

type Json = Record<string, any>;

/**
 * Ids are compared after Unicode NFC normalisation: `é` written as one code point (U+00E9) and as
 * `e` + combining acute (U+0065 U+0301) are the same id. Ids that differ only in upper and lower case
 * are refused in one profile (`duplicate_id_case`): spreadsheets and people confuse them. Evidence
 * finds its criterion by the exact id or its NFC form; case matters there, so an entry written in
 * another case is an unknown criterion (a warning) and the criterion stays missing, never a pass.
 */
const composed = 'pr\u00fcfung-\u00e9'; // prüfung-é, composed
const decomposed = 'pru\u0308fung-e\u0301'; // the same, decomposed

/** The good profile with the bore criterion's id changed. */
function boreId(id: string): Json {
  const profile = goodProfile();
  profile.categories[0].criteria[0].id = id;
  return profile;
}

/** The good profile with a second check whose id is `id`. */
function withSecondCheck(id: string): Json {
  const profile = goodProfile();
  profile.categories[0].criteria.push({ kind: 'check', id, title: 'Second check', causeFamily: 'method' });
  return profile;
}

const entries: Entry[] = [
  evaluation('two criteria whose ids are equal after NFC normalisation are duplicates', (() => {
    const profile = boreId(composed);
    profile.categories[0].criteria.push({ kind: 'check', id: decomposed, title: 'Second check', causeFamily: 'method' });
    return profile;
  })(), goodEvidence(), { refused: [['categories[0].criteria[3].id', 'duplicate_id']] }),
  evaluation('ids differing only in case are refused (Leak-Test beside leak-test)', withSecondCheck('Leak-Test'), goodEvidence(), { refused: [['categories[0].criteria[3].id', 'duplicate_id_case']] }),
  evaluation('a criterion id differing only in case from a category id is refused', withSecondCheck('PRODUCT'), goodEvidence(), { refused: [['categories[0].criteria[3].id', 'duplicate_id_case']] }),
  evaluation('a rule id differing only in case from a criterion id is refused', { ...goodProfile(), rules: [{ id: 'BORE', when: { type: 'score', below: '50' }, then: { capGrade: 'C' } }] }, goodEvidence(), {
    refused: [['rules[0].id', 'duplicate_id_case']],
  }),
  evaluation('non-ASCII ids differing only in case are refused (ÄRGER beside ärger)', (() => {
    const profile = boreId('\u00e4rger');
    profile.categories[0].criteria.push({ kind: 'check', id: '\u00c4RGER', title: 'x', causeFamily: 'method' });
    return profile;
  })(), goodEvidence(), { refused: [['categories[0].criteria[3].id', 'duplicate_id_case']] }),
  evaluation('evidence naming a criterion in its decomposed form finds it', boreId(composed), () => ({ ...evidenceWith('bore', { criterion: decomposed, values: [6.5] }) }), {
    decision: 'approved',
    check: (e) => {
      expect(e.criteria[0]?.id).toBe(composed);
      expect(e.criteria[0]?.status).toBe('pass');
      expect(e.warnings).toEqual([]);
    },
  }),
  evaluation('two entries for one criterion, composed and decomposed, are a duplicate', boreId(composed), () => {
    const evidence = evidenceWith('bore', { criterion: composed, values: [6.5] });
    evidence.entries.push({ criterion: decomposed, values: [9.9] });
    return evidence;
  }, { refused: [['entries[7].criterion', 'duplicate_entry']] }),
  evaluation('two entries for one criterion are refused even when the first passes', goodProfile(), () => ({ ...goodEvidence(), entries: [...goodEvidence().entries, { criterion: 'leak-test', value: false }] }), {
    refused: [['entries[7].criterion', 'duplicate_entry']],
  }),
  evaluation('an entry in another case is an unknown criterion; the criterion stays missing (incomplete)', goodProfile(), evidenceWith('leak-test', { criterion: 'LEAK-TEST', value: true }), {
    decision: 'incomplete',
    check: (e) => {
      expect(e.criteria.find((c) => c.id === 'leak-test')?.status).toBe('missing');
      expect(e.warnings.map((w) => [w.path, w.code])).toEqual([['entries[1].criterion', 'unknown_criterion']]);
    },
  }),
  evaluation('ids with white space around them are refused', boreId(' bore'), goodEvidence(), { refused: [['categories[0].criteria[0].id', 'id_whitespace']] }),
  evaluation('an empty id is refused', boreId(''), goodEvidence(), { refused: [['categories[0].criteria[0].id', 'empty_text']] }),
  evaluation('a zero-width space makes a different id (no silent match)', goodProfile(), evidenceWith('leak-test', { criterion: 'leak\u200b-test', value: true }), {
    decision: 'incomplete',
    check: (e) => expect(e.warnings.map((w) => w.code)).toEqual(['unknown_criterion']),
  }),
  evaluation('ids in other scripts are ordinary ids', boreId('\u76f4\u5f84-\u0e40\u0e2a\u0e49\u0e19'), evidenceWith('bore', { criterion: '\u76f4\u5f84-\u0e40\u0e2a\u0e49\u0e19', values: [6.5] }), { decision: 'approved' }),
];

describe('duplicate and look-alike ids', () => {
  runCatalogue(entries);
});
