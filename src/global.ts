/**
 * The entry of the global bundle `SupplierQuality` (dist/supplier-quality.global.js) for spreadsheet
 * script hosts and pages without a module system: the evaluation API of the root entry, and each
 * subpath entry as a namespace of the same name (`SupplierQuality.sheets.evaluateCell`,
 * `SupplierQuality.stats.processCapability`, …). No Node APIs, no clock, no environment.
 */
export * from './index.js';
export * as stats from './stats/index.js';
export * as sampling from './sampling/index.js';
export * as schemes from './schemes/index.js';
export * as report from './report/index.js';
export * as authoring from './authoring/index.js';
export * as sheets from './sheets/index.js';
