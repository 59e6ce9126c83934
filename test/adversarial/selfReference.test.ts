import { describe, expect } from 'vitest';
import { evaluation, goodEvidence, goodProfile, runCatalogue, type Entry } from './catalogue.js';

type Json = Record<string, any>;

/** The good profile with these rules. */
const withRules = (...rules: Json[]): Json => ({ ...goodProfile(), rules });

const entries: Entry[] = [
  evaluation('a rule naming its own id as a criterion is refused (rules are not criteria)', withRules({ id: 'loop', when: { type: 'criteria', criteria: ['loop'] }, then: { capGrade: 'B' } }), goodEvidence(), {
    refused: [['rules[0].when.criteria[0]', 'unknown_criterion']],
  }),
  evaluation('a rule naming its own id as a category is refused', withRules({ id: 'loop', when: { type: 'category-score', below: '90', categories: ['loop'] }, then: { capGrade: 'B' } }), goodEvidence(), {
    refused: [['rules[0].when.categories[0]', 'unknown_category']],
  }),
  evaluation('two rules naming each other are refused', withRules(
    { id: 'a', when: { type: 'criteria', criteria: ['b'] }, then: { capGrade: 'B' } },
    { id: 'b', when: { type: 'criteria', criteria: ['a'] }, then: { capGrade: 'B' } },
  ), goodEvidence(), { refused: [['rules[0].when.criteria[0]', 'unknown_criterion'], ['rules[1].when.criteria[0]', 'unknown_criterion']] }),
  evaluation('a rule naming a category as a criterion is refused', withRules({ id: 'r', when: { type: 'criteria', criteria: ['product'] }, then: { capGrade: 'B' } }), goodEvidence(), {
    refused: [['rules[0].when.criteria[0]', 'unknown_criterion']],
  }),
  evaluation('a rule with the id of a criterion is refused (one namespace)', withRules({ id: 'bore', when: { type: 'score', below: '50' }, then: { capGrade: 'C' } }), goodEvidence(), {
    refused: [['rules[0].id', 'duplicate_id']],
  }),
  evaluation('a rule with the id of the built-in knock-out rule is an ordinary rule: the knock-out still applies', withRules({ id: 'knock-out', when: { type: 'score', below: '0' }, then: { capGrade: 'A' } }), (() => {
    const evidence = goodEvidence();
    evidence.entries[1] = { criterion: 'leak-test', value: false };
    return evidence;
  })(), { decision: 'rejected', check: (e) => expect(e.rules.map((r) => r.id)).toEqual(['knock-out']) }),
  evaluation('a rule capping the grade at a grade the profile lacks is refused', withRules({ id: 'r', when: { type: 'score', below: '100' }, then: { capGrade: 'A+' } }), goodEvidence(), {
    refused: [['rules[0].then.capGrade', 'unknown_grade']],
  }),
  evaluation('a rule that raises (capGrade at the best grade) never raises: rules only lower', withRules({ id: 'r', when: { type: 'criteria' }, then: { capGrade: 'A' } }), (() => {
    const evidence = goodEvidence();
    evidence.entries[4] = { criterion: 'training', points: 0 };
    return evidence;
  })(), { decision: 'conditional', check: (e) => expect(e.grade).toBe('B') }),
  evaluation('a category whose id is the profile id is fine (the profile id is not in the namespace)', (() => {
    const profile = goodProfile();
    profile.categories[0].id = profile.id;
    return profile;
  })(), goodEvidence(), { decision: 'approved' }),
  evaluation('evidence collected for another profile is judged, with a warning', goodProfile(), { ...goodEvidence(), profile: { id: 'other-profile' } }, {
    decision: 'approved',
    check: (e) => expect(e.warnings.map((w) => [w.path, w.code])).toEqual([['profile.id', 'custom']]),
  }),
  evaluation('a rule with no effect is refused', withRules({ id: 'r', when: { type: 'score', below: '50' }, then: {} }), goodEvidence(), { refused: [['rules[0].then.capGrade', 'required']] }),
];

describe('profiles that refer to themselves', () => {
  runCatalogue(entries);
});
