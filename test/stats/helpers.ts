import DecimalJs from 'decimal.js';
import { expect } from 'vitest';
import { ValidationError } from '../../src/errors/index.js';

/** A private high-precision Decimal for exact oracles in tests (100 digits). */
export const Exact = DecimalJs.clone({ precision: 100, rounding: DecimalJs.ROUND_HALF_EVEN, toExpNeg: -9e15, toExpPos: 9e15 });
export type Exact = InstanceType<typeof Exact>;

/** The exact decimal value of a double (its full binary expansion, not its shortest text). */
export function exactOf(x: number): Exact {
  return new Exact(x.toFixed(100).replace(/0+$/, '').replace(/\.$/, ''));
}

/** Expects `actual` within a relative tolerance of `expected`. */
export function expectRelative(actual: number, expected: number | string, tolerance: number): void {
  const e = Number(expected);
  const error = e === 0 ? Math.abs(actual) : Math.abs(actual - e) / Math.abs(e);
  if (!(error <= tolerance)) {
    throw new Error(`expected ${actual} to be within ${tolerance} (relative) of ${expected}; error ${error}`);
  }
}

/** Runs `fn`, expects a ValidationError, and returns its issues as `path: code` strings. */
export function issuesOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues.map((issue) => `${issue.path}: ${issue.code}`);
  }
  throw new Error('expected a ValidationError');
}

/** A small deterministic pseudo-random generator (mulberry32) for reproducible bulk data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The subgrouped reference data of standards §3.6 (5 subgroups of 4; LSL 9.4, USL 10.6). */
export const SUBGROUPS = [
  [10.2, 9.9, 10.1, 10.0],
  [10.3, 10.1, 10.0, 10.2],
  [9.8, 10.0, 10.1, 9.9],
  [10.0, 10.2, 10.1, 10.3],
  [9.9, 10.1, 10.0, 10.0],
];

/** The individuals reference data of standards §3.6 (LSL 4.4, USL 5.6). */
export const INDIVIDUALS = [5.0, 5.2, 4.9, 5.1, 5.3, 5.0, 4.8, 5.1];
