import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { screeningEvidence } from '../../bench/generate.js';
import { screeningProfile } from '../../bench/profiles.js';
import { compiledProfile } from '../../src/fast/compiledProfile.js';
import { fastEvidenceHolder, matchFast } from '../../src/fast/matchFast.js';
import { defineProfile } from '../../src/index.js';
import { checkEvidence } from '../../src/parse/parseEvidence.js';
import { randomEvidence, randomProfile } from './randomProfiles.js';
import { depth } from '../depth.js';

type Json = Record<string, unknown>;

/** Values that break or stretch a field: wrong types, empty, too long, padded, odd numbers, odd dates. */
const oddValue = fc.constantFrom<unknown>(
  undefined,
  null,
  '',
  ' x',
  'x ',
  'x'.repeat(201),
  'x'.repeat(2001),
  0,
  -1,
  1.5,
  1001,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '1e3',
  ' 7 ',
  '-0',
  '2026-02-30',
  '2026-2-3',
  '2026-11-28',
  true,
  [],
  [1],
  [[1, 2]],
  [['1'], 2],
  [[]],
  {},
  { criterion: 'x' },
  'approved',
  'ISO 9001:2015',
);

/** Returns the evidence with one change at a random place: a field replaced, removed or added. */
const mutated = (evidence: Json) =>
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('replace', 'remove', 'add', 'duplicate', 'head'), oddValue, fc.constantFrom('criterion', 'value', 'points', 'results', 'notApplicable', 'standard', 'expires', 'issued', 'status', 'date', 'numerator', 'denominator', 'values', 'unit', 'note', 'reason', 'extra', '__proto__')).map(([e, k, how, value, key]) => {
    const entries = [...(evidence.entries as Json[])];
    if (how === 'head') {
      const heads = ['supplier', 'auditDate', 'auditor', 'profile', 'entries', '$schema', 'extra'];
      const name = heads[k % heads.length] as string;
      return { ...evidence, [name]: value };
    }
    if (entries.length === 0) return evidence;
    const i = e % entries.length;
    const entry = { ...(entries[i] as Json) };
    if (how === 'duplicate') entries.push(entry);
    else {
      const keys = Object.keys(entry);
      const name = how === 'add' ? key : (keys[k % keys.length] as string);
      if (how === 'remove') delete entry[name];
      else if (name === '__proto__') Object.defineProperty(entry, '__proto__', { value, enumerable: true, configurable: true, writable: true });
      else entry[name] = value;
      entries[i] = entry;
    }
    return { ...evidence, entries };
  });

function agrees(profileInput: unknown, evidence: unknown): void {
  const profile = defineProfile(profileInput);
  const compiled = compiledProfile(profile);
  expect(compiled).not.toBeNull();
  const holder = fastEvidenceHolder(compiled!);
  const fast = matchFast(compiled!, evidence, holder);
  const slow = checkEvidence(profile, evidence);
  if (fast) {
    // Never accepts what the schema refuses, and places every entry the schema keeps.
    expect(slow.issues).toEqual([]);
    expect(slow.matched?.warnings).toEqual([]);
    const kept = [...(slow.matched?.entries.keys() ?? [])].sort();
    const placed = compiled!.criteria.filter((c) => holder.entries[c.index] !== undefined).map((c) => c.criterion.id).sort();
    expect(placed).toEqual(kept);
  }
}

describe('matchFast', () => {
  it('accepts every plainly valid record of the benchmark and random profiles', () => {
    const profile = defineProfile(screeningProfile);
    const compiled = compiledProfile(profile)!;
    const holder = fastEvidenceHolder(compiled);
    for (let i = 0; i < depth(60, 300); i++) expect(matchFast(compiled, screeningEvidence(8, i), holder)).toBe(true);
    for (let seed = 1; seed <= depth(5, 20); seed++) {
      const random = defineProfile(randomProfile(seed));
      const c = compiledProfile(random)!;
      for (let i = 0; i < 5; i++) expect(matchFast(c, randomEvidence(randomProfile(seed), i), fastEvidenceHolder(c))).toBe(true);
    }
  });

  it('never accepts evidence the schema refuses or warns about (property test on mutated records)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }).chain((i) => mutated(screeningEvidence(9, i) as Json)), (evidence) => agrees(screeningProfile, evidence)),
      { numRuns: depth(160, 800), seed: 10 },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }).chain((seed) => fc.tuple(fc.constant(seed), mutated(randomEvidence(randomProfile(seed), seed) as unknown as Json))),
        ([seed, evidence]) => agrees(randomProfile(seed), evidence),
      ),
      { numRuns: depth(160, 800), seed: 11 },
    );
  });

  it('accepts plain objects of another realm, and refuses class instances and arrays', () => {
    const profile = defineProfile(screeningProfile);
    const compiled = compiledProfile(profile)!;
    const evidence = screeningEvidence(8, 1);
    const foreign = runInNewContext('(function (text) { return JSON.parse(text); })')(JSON.stringify(evidence)) as unknown;
    expect(Object.getPrototypeOf(foreign)).not.toBe(Object.prototype);
    expect(matchFast(compiled, foreign, fastEvidenceHolder(compiled))).toBe(true);
    expect(matchFast(compiled, JSON.parse(JSON.stringify(evidence), (_key, value: unknown) => (value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.assign(Object.create(null), value) : value)), fastEvidenceHolder(compiled))).toBe(true);
    class Record {
      constructor(readonly supplier: unknown) {}
    }
    expect(matchFast(compiled, new Record(evidence.supplier), fastEvidenceHolder(compiled))).toBe(false);
    expect(matchFast(compiled, [evidence], fastEvidenceHolder(compiled))).toBe(false);
  });
});
