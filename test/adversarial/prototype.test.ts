import { afterAll, describe, expect, it } from 'vitest';
import { defineProfile, evaluate, parseEvidence, parseProfile } from '../../src/index.js';
import { samplingPlan, switchingState } from '../../src/sampling/index.js';
import { processCapability } from '../../src/stats/index.js';
import { evaluation, evidenceWith, goodEvidence, goodProfile, objectPrototypeIsClean, runCatalogue, type Entry } from './catalogue.js';

type Json = Record<string, any>;

/** JSON text parsed as a reader would: `__proto__` becomes an own key, not the prototype. */
const json = (text: string): Json => JSON.parse(text) as Json;

/** A profile whose ids are the names of Object.prototype's own properties. */
function profileWithPrototypeIds(): Json {
  const profile = goodProfile();
  profile.id = '__proto__';
  profile.categories[0].id = 'constructor';
  profile.categories[0].criteria[0].id = '__proto__';
  profile.categories[0].criteria[1].id = 'prototype';
  profile.categories[0].criteria[2].id = 'hasOwnProperty';
  profile.categories[1].id = 'toString';
  profile.rules[0].id = 'valueOf';
  return profile;
}

function evidenceForPrototypeIds(): Json {
  const evidence = goodEvidence();
  const rename: Record<string, string> = { bore: '__proto__', 'leak-test': 'prototype', incoming: 'hasOwnProperty' };
  for (const entry of evidence.entries) entry.criterion = rename[entry.criterion] ?? entry.criterion;
  evidence.supplier = { id: 'constructor', name: '__proto__' };
  return evidence;
}

const entries: Entry[] = [
  evaluation('ids named __proto__, constructor, prototype, hasOwnProperty, toString, valueOf are ordinary ids', profileWithPrototypeIds(), evidenceForPrototypeIds(), {
    decision: 'approved',
    check: (e) => {
      expect(e.criteria.map((c) => c.id).slice(0, 3)).toEqual(['__proto__', 'prototype', 'hasOwnProperty']);
      expect(e.criteria.every((c) => c.status === 'pass')).toBe(true);
      expect(Object.getPrototypeOf(e.supplier)).toBe(Object.prototype);
      expect(e.supplier.id).toBe('constructor');
    },
  }),
  // An evidence entry's own __proto__ key is refused as an unknown field (never used as a prototype,
  // a field, or dropped unseen).
  evaluation(
    'a __proto__ key in an evidence entry cannot supply the answer: it is refused',
    goodProfile(),
    evidenceWith('leak-test', json('{"criterion":"leak-test","__proto__":{"value":true}}')),
    { refused: [['entries[1].value', 'required'], ['entries[1].__proto__', 'unrecognized_key']] },
  ),
  evaluation(
    'a __proto__ key with notApplicable cannot take a question out of the score: it is refused',
    goodProfile(),
    evidenceWith('training', json('{"criterion":"training","points":0,"__proto__":{"notApplicable":true}}')),
    { refused: [['entries[4].__proto__', 'unrecognized_key']] },
  ),
  evaluation(
    'an entry for an unknown criterion with a __proto__ key is refused too',
    goodProfile(),
    { ...goodEvidence(), entries: [...goodEvidence().entries, json('{"criterion":"__proto__","__proto__":{"polluted":true}}')] },
    { refused: [[`entries[${goodEvidence().entries.length}].__proto__`, 'unrecognized_key']] },
  ),
  {
    name: 'a profile with a __proto__ key is refused (unknown field), and the key is not read',
    run: () => evaluate(json(JSON.stringify(goodProfile()).replace('{"id"', '{"__proto__":{"polluted":true,"places":0},"id"')), goodEvidence()),
    expected: { refused: [['__proto__', 'unrecognized_key']] },
  },
  {
    name: 'constructor and prototype keys in a criterion are unknown fields',
    run: () => {
      const profile = goodProfile();
      Object.assign(profile.categories[0].criteria[0], json('{"constructor":{"prototype":{"polluted":true}},"prototype":{"polluted":true}}'));
      return evaluate(profile, goodEvidence());
    },
    expected: { refused: [['categories[0].criteria[0].constructor', 'unrecognized_key'], ['categories[0].criteria[0].prototype', 'unrecognized_key']] },
  },
  {
    name: 'a __proto__ key in the evaluation options is ignored (only `at` is read)',
    run: () => evaluate(goodProfile(), goodEvidence(), json('{"__proto__":{"at":"2031-01-01"}}')),
    expected: { decision: 'approved', check: (e) => expect(e.evaluatedOn).toBe('2026-11-28') },
  },
  {
    name: 'a __proto__ key in a sampling plan request is an unknown field',
    run: () => samplingPlan(json('{"lotSize":1200,"aql":"1.0","level":"II","__proto__":{"inspection":"reduced"}}') as never),
    expected: { refused: [['__proto__', 'unrecognized_key']] },
  },
  {
    name: 'a __proto__ key in a switching history lot is an unknown field',
    run: () => switchingState([json('{"accepted":true,"__proto__":{"accepted":false}}')] as never),
    expected: { refused: [['history[0].__proto__', 'unrecognized_key']] },
  },
  {
    name: 'a __proto__ key in capability options is an unknown field',
    run: () => processCapability([1, 2, 3], json('{"usl":5,"__proto__":{"lsl":4}}') as never),
    expected: { refused: [['__proto__', 'unrecognized_key']] },
  },
];

describe('prototype keys and ids', () => {
  runCatalogue(entries);

  it('parsed profiles, evidence and evaluations are plain objects with the normal prototype', () => {
    const profile = defineProfile(profileWithPrototypeIds());
    const evidence = parseEvidence(evidenceForPrototypeIds(), { profile });
    expect(evidence.success).toBe(true);
    const objects: unknown[] = [profile, profile.categories[0], profile.categories[0]?.criteria[0], profile.component, profile.decision];
    if (evidence.success) objects.push(evidence.data, evidence.data.entries[0], evidence.data.supplier);
    const e = evaluate(profile, evidenceForPrototypeIds());
    objects.push(e, e.criteria[0], e.criteria[0]?.required, e.criteria[0]?.found, e.categories[0], e.gaps, e.reasons[0]);
    for (const object of objects) expect(Object.getPrototypeOf(object)).toBe(Array.isArray(object) ? Array.prototype : Object.prototype);
  });

  it('a parsed profile is frozen, so a caller cannot change it between evaluations', () => {
    const profile = defineProfile(goodProfile());
    expect(Object.isFrozen(profile)).toBe(true);
    expect(Object.isFrozen(profile.categories[0]?.criteria[0])).toBe(true);
    expect(() => {
      (profile as Json).places = 0;
    }).toThrow(TypeError);
    expect(parseProfile(profile).success).toBe(true);
  });

  afterAll(() => {
    // Nothing above may have changed Object.prototype.
    expect(objectPrototypeIsClean()).toBe(true);
    expect(({} as Json).polluted).toBeUndefined();
  });
});
