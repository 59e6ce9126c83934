import { describe, expect } from 'vitest';
import { defineEvidence, defineProfile, parseEvidence, parseProfile } from '../../src/index.js';
import { switchingState } from '../../src/sampling/index.js';
import { processCapability } from '../../src/stats/index.js';
import { evaluation, evidenceWith, goodEvidence, goodProfile, runCatalogue, type Entry } from './catalogue.js';

type Json = Record<string, any>;

const DEPTH = 100_000;

/** 100,000 arrays inside each other. */
function deepArray(): unknown {
  let value: unknown = [];
  for (let i = 0; i < DEPTH; i++) value = [value];
  return value;
}

/** 100,000 objects inside each other. */
function deepObject(): unknown {
  let value: unknown = {};
  for (let i = 0; i < DEPTH; i++) value = { a: value };
  return value;
}

/** The same read from JSON text, as a file would arrive. */
const deepJson = () => JSON.parse(`${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`) as unknown;

/** A profile whose component refers back to the profile (a cycle built in JavaScript). */
function cyclicProfile(): Json {
  const profile = goodProfile();
  profile.component.self = profile;
  return profile;
}

/** A criterion that contains itself under a known field. */
function selfContainingCriterion(): Json {
  const profile = goodProfile();
  const criterion = profile.categories[0].criteria[1];
  criterion.translations = { en: criterion };
  return profile;
}

/** Categories whose criteria list contains the category list itself. */
function cyclicCategories(): Json {
  const profile = goodProfile();
  profile.categories[0].criteria.push(profile.categories);
  return profile;
}

const entries: Entry[] = [
  { name: 'a profile that is 100,000 nested arrays is refused', run: () => parseProfile(deepArray()), expected: { returns: (r) => expect(r).toMatchObject({ success: false, error: { issues: [{ path: '(root)', code: 'invalid_type' }] } }) } },
  { name: 'evidence that is 100,000 nested objects (read from JSON) is refused', run: () => defineEvidence(deepJson()), expected: { refused: [['(root)', 'invalid_type']] } },
  evaluation('100,000 nested arrays as the categories are refused', { ...goodProfile(), categories: deepArray() }, goodEvidence(), { refused: [['categories[0]', 'invalid_type']] }),
  evaluation('100,000 nested arrays as a criterion list are refused', () => {
    const profile = goodProfile();
    profile.categories[0].criteria = deepArray();
    return profile;
  }, goodEvidence(), { refused: [['categories[0].criteria[0]', 'invalid_type']] }),
  evaluation('100,000 nested objects as a profile description are refused', { ...goodProfile(), description: deepObject() }, goodEvidence(), { refused: [['description', 'invalid_type']] }),
  evaluation('100,000 nested objects under an unknown profile field are refused without reading them', { ...goodProfile(), junk: deepObject() }, goodEvidence(), { refused: [['junk', 'unrecognized_key']] }),
  evaluation('100,000 nested arrays as measured values are refused at the first value of the first subgroup', goodProfile(), evidenceWith('bore', { criterion: 'bore', values: deepArray() }), { refused: [['entries[0].values[0][0]', 'invalid_decimal']] }),
  evaluation('100,000 nested arrays inside a subgroup are refused', goodProfile(), evidenceWith('bore', { criterion: 'bore', values: [[6.5, deepArray()]] }), { refused: [['entries[0].values[0][1]', 'invalid_decimal']] }),
  evaluation('100,000 nested objects in a known evidence entry are an unknown field', goodProfile(), evidenceWith('leak-test', { criterion: 'leak-test', value: true, junk: deepObject() }), { refused: [['entries[1].junk', 'unrecognized_key']] }),
  evaluation('100,000 nested objects in an entry for an unknown criterion are a warning only', goodProfile(), () => ({ ...goodEvidence(), entries: [...goodEvidence().entries, { criterion: 'other', junk: deepObject() }] }), {
    decision: 'approved',
    check: (e) => expect(e.warnings.map((w) => w.code)).toEqual(['unknown_criterion']),
  }),
  evaluation('100,000 nested arrays as a note are refused', goodProfile(), evidenceWith('leak-test', { criterion: 'leak-test', value: true, note: deepJson() }), { refused: [['entries[1].note', 'invalid_type']] }),
  { name: '100,000 nested arrays as capability data are refused', run: () => processCapability(deepArray() as never, { usl: 1 }), expected: { refused: [['data[0]', 'too_few_values']] } },
  { name: '100,000 nested objects as a switching lot are refused', run: () => switchingState([deepObject()] as never), expected: { refused: [['history[0].a', 'unrecognized_key']] } },

  // Cycles built in JavaScript: nothing follows them.
  evaluation('a profile whose component refers back to the profile is refused (unknown field), without hanging', cyclicProfile(), goodEvidence(), { refused: [['component.self', 'unrecognized_key']] }),
  evaluation('a criterion containing itself as its translation is refused', selfContainingCriterion(), goodEvidence(), { refused: [['categories[0].criteria[1].translations.en.kind', 'unrecognized_key']] }),
  evaluation('a criterion list containing the category list is refused', cyclicCategories(), goodEvidence(), { refused: [['categories[0].criteria[3]', 'invalid_type']] }),
  evaluation('evidence whose entries list contains itself is refused', goodProfile(), () => {
    const evidence = goodEvidence();
    evidence.entries.push(evidence.entries);
    return evidence;
  }, { refused: [['entries[7]', 'invalid_type']] }),
  evaluation('evidence whose supplier refers back to the evidence is refused', goodProfile(), () => {
    const evidence = goodEvidence();
    evidence.supplier.evidence = evidence;
    return evidence;
  }, { refused: [['supplier.evidence', 'unrecognized_key']] }),
  {
    name: 'an entry for an unknown criterion that refers to itself is kept as given (parsing does not copy it deeply)',
    run: () => {
      const evidence = goodEvidence();
      const entry: Json = { criterion: 'other' };
      entry.self = entry;
      evidence.entries.push(entry);
      return parseEvidence(evidence, { profile: defineProfile(goodProfile()) });
    },
    expected: { returns: (r) => expect(r).toMatchObject({ success: true, warnings: [{ code: 'unknown_criterion' }] }) },
  },
];

describe('deep nesting and cycles', () => {
  runCatalogue(entries);
});
