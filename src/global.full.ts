/**
 * The entry of the full global bundle `SupplierQuality` (dist/supplier-quality.full.global.js): what
 * the core global bundle holds (src/global.ts: the evaluation API of the root entry and `sheets`), and
 * each other subpath entry but `testing` as a namespace of the same name
 * (`SupplierQuality.stats.processCapability`, `SupplierQuality.report.renderEvaluation`, …). Loaded
 * instead of the core, never beside it. No Node APIs, no clock, no environment.
 */
export * from './index.js';
export * as sheets from './sheets/index.js';
export * as stats from './stats/index.js';
export * as sampling from './sampling/index.js';
export * as schemes from './schemes/index.js';
export * as report from './report/index.js';
export * as authoring from './authoring/index.js';
