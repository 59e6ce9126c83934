import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineProfile, evaluate, evaluateCohortSync, pathToPass, screen, whatIf } from '../../src/index.js';
import { fullEvidence, screeningEvidence } from '../../bench/generate.js';
import { fullProfile, screeningProfile } from '../../bench/profiles.js';
import { generateSuppliers } from '../../examples/link-and-match/generate.js';
import { impellerProfile } from '../../examples/authoring/profile.js';
import { passingEvidence } from '../../src/testing/index.js';

/** One golden case: a name (its file) and what it produces. */
export interface GoldenCase {
  readonly name: string;
  readonly run: () => unknown;
}

const json = (path: string): unknown => JSON.parse(readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8'));

/** Returns the golden cases: example and benchmark profiles evaluated, screened, summarised and planned on fixed evidence. */
export function goldenCases(): GoldenCase[] {
  const pump = defineProfile(json('../../examples/pump-injector/profile.json') as never);
  const dir = '../../examples/pump-injector/';
  const pumpEvidence = [
    ...readdirSync(fileURLToPath(new URL(`${dir}evidence/`, import.meta.url))).sort().map((f) => json(`${dir}evidence/${f}`)),
    ...readdirSync(fileURLToPath(new URL(`${dir}reaudit/`, import.meta.url))).sort().map((f) => json(`${dir}reaudit/${f}`)),
  ];
  const suppliers = generateSuppliers(150, 2026);
  const screening = defineProfile(screeningProfile);
  const full = defineProfile(fullProfile());
  const impeller = defineProfile(impellerProfile);
  return [
    {
      name: 'pump-injector',
      run: () =>
        pumpEvidence.map((evidence) => {
          const evaluation = evaluate(pump, evidence);
          return { evaluation, screened: screen(pump, evidence), path: pathToPass(pump, evaluation) };
        }),
    },
    {
      name: 'link-and-match',
      run: () => ({
        evaluations: suppliers.slice(0, 40).map((s) => evaluate(pump, s)),
        screened: suppliers.map((s) => screen(pump, s)),
        summary: evaluateCohortSync(pump, suppliers, { paths: true, top: 5, nearMissLimit: 5 }),
      }),
    },
    {
      name: 'bench-screening',
      run: () => {
        const records = Array.from({ length: 200 }, (_, i) => screeningEvidence(7, i));
        return {
          evaluations: records.slice(0, 40).map((r) => evaluate(screening, r)),
          screened: records.map((r) => screen(screening, r)),
          summary: evaluateCohortSync(screening, records, { top: 10, nearMissLimit: 10 }),
        };
      },
    },
    {
      name: 'bench-full',
      run: () => {
        const records = Array.from({ length: 30 }, (_, i) => fullEvidence(7, i));
        const evaluations = records.map((r) => evaluate(full, r));
        return {
          evaluations,
          screened: records.map((r) => screen(full, r)),
          paths: evaluations.slice(0, 10).map((e) => pathToPass(full, e)),
          whatIf: evaluations.slice(0, 5).map((e, i) => whatIf(full, records[i], { met: e.gaps.slice(0, 2).map((g) => g.criterion) })),
        };
      },
    },
    {
      name: 'authoring-impeller',
      run: () => {
        const evidence = passingEvidence(impeller);
        return { evaluation: evaluate(impeller, evidence) };
      },
    },
  ];
}
