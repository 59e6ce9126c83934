/**
 * What the benchmark runs, bundled the way the package ships (one ES module, no source maps, no
 * TypeScript helpers), so the timings are those of the published code.
 */
export { evaluate } from '../src/evaluate.js';
export { evaluateExact } from '../test/oracle/evaluateExact.js';
export { screen } from '../src/screen.js';
export { defineProfile } from '../src/parse/parseProfile.js';
export { evaluateCohortSync, mergeCohortSummaries } from '../src/cohort/index.js';
export { evidenceFromSheets } from '../src/sheets/evidenceFromSheets.js';
export { pathToPass } from '../src/gaps/pathToPass.js';
