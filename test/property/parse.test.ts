import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineProfile, evaluate, parseEvidence, parseProfile, ValidationError, type ParseResult } from '../../src/index.js';
import { caseArb, evidenceArb, mutated, profileArb, settings } from './arbitraries.js';

/** Any JavaScript value a JSON reader or a careless caller might hand over. */
const anyInput = fc.oneof(
  fc.jsonValue(),
  fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withBigInt: true }),
);

/** Asserts a parse result is a success or a ValidationError with at least one issue, each complete. */
function expectResult(result: ParseResult<unknown>): void {
  if (result.success) return;
  expect(result.error).toBeInstanceOf(ValidationError);
  expect(result.error.issues.length).toBeGreaterThan(0);
  for (const issue of result.error.issues) {
    expect(typeof issue.path).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
    expect(issue.messageId.length).toBeGreaterThan(0);
    expect(issue.message.length).toBeLessThan(2000);
  }
}

describe('parsing any input', () => {
  it('parseProfile gives a success or a ValidationError for any value', () => {
    fc.assert(fc.property(anyInput, (input) => expectResult(parseProfile(input))), settings(300));
  });

  it('parseEvidence gives a success or a ValidationError for any value, with or without a profile', () => {
    const profile = fc.sample(profileArb(), { seed: 7, numRuns: 1 })[0];
    const parsed = defineProfile(profile);
    fc.assert(
      fc.property(anyInput, (input) => {
        expectResult(parseEvidence(input));
        expectResult(parseEvidence(input, { profile: parsed }));
      }),
      settings(300),
    );
  });

  it('parseProfile gives a success or a ValidationError for a valid profile changed in a few places', () => {
    fc.assert(fc.property(mutated(profileArb()), (input) => expectResult(parseProfile(input))), settings(300));
  });

  it('parseEvidence and evaluate give a result or a ValidationError for valid evidence changed in a few places', () => {
    const arb = profileArb().chain((profile) => mutated(evidenceArb(profile)).map((evidence) => ({ profile: defineProfile(profile), evidence })));
    fc.assert(
      fc.property(arb, ({ profile, evidence }) => {
        expectResult(parseEvidence(evidence, { profile }));
        try {
          evaluate(profile, evidence);
        } catch (error) {
          expect(error).toBeInstanceOf(ValidationError);
        }
      }),
      settings(300),
    );
  });
});

describe('round trips', () => {
  it('profile → JSON → parse gives an equal profile', () => {
    fc.assert(
      fc.property(profileArb(), (input) => {
        const profile = defineProfile(input);
        const again = parseProfile(JSON.parse(JSON.stringify(profile)));
        expect(again.success).toBe(true);
        if (again.success) expect(again.data).toEqual(profile);
      }),
      settings(100),
    );
  });

  it('evidence → JSON → parse gives equal evidence', () => {
    fc.assert(
      fc.property(caseArb(), ({ profile, evidence }) => {
        const parsed = parseEvidence(evidence, { profile: defineProfile(profile) });
        expect(parsed.success).toBe(true);
        if (!parsed.success) return;
        const again = parseEvidence(JSON.parse(JSON.stringify(parsed.data)), { profile: defineProfile(profile) });
        expect(again.success && again.data).toEqual(parsed.data);
      }),
      settings(100),
    );
  });

  it('evaluation → JSON → parse gives an equal evaluation (plain JSON, nothing lost)', () => {
    fc.assert(
      fc.property(caseArb(), ({ profile, evidence, options }) => {
        const evaluation = evaluate(profile, evidence, options);
        expect(JSON.parse(JSON.stringify(evaluation))).toStrictEqual(evaluation);
      }),
      settings(100),
    );
  });
});
