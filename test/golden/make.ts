/**
 * Writes the golden evaluations: every example and benchmark profile evaluated on fixed evidence.
 * `test/golden/golden.test.ts` checks that evaluation still gives these bytes. Regenerate only when an
 * evaluation is meant to change: `npx tsx test/golden/make.ts`.
 */
import { writeFileSync } from 'node:fs';
import { goldenCases } from './cases.js';

for (const golden of goldenCases()) {
  writeFileSync(new URL(`./${golden.name}.json`, import.meta.url), `${JSON.stringify(golden.run(), null, 1)}\n`);
  console.log(golden.name);
}
