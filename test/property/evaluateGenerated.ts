/**
 * Prints, as one JSON line, the evaluations of generated cases: `tsx evaluateGenerated.ts <seed> <count>`.
 * Run under different TZ values by the time-zone property, which compares the outputs byte by byte.
 */
import fc from 'fast-check';
import { evaluate } from '../../src/index.js';
import { caseArb } from './arbitraries.js';

const [seed, count] = process.argv.slice(2).map(Number);
const cases = fc.sample(caseArb(), { seed: seed ?? 1, numRuns: count ?? 10 });
const evaluations = cases.map(({ profile, evidence, options }) => evaluate(profile, evidence, options));
process.stdout.write(`${JSON.stringify({ zone: Intl.DateTimeFormat().resolvedOptions().timeZone, evaluations })}\n`);
