/**
 * The entry of the core global bundle `SupplierQuality` (dist/supplier-quality.global.js) for
 * spreadsheet script hosts and pages without a module system: the evaluation API of the root entry
 * and the `sheets` namespace (sheet readers and writers, custom functions), with the sentences of both
 * languages. The other subpath entries (`stats`, `sampling`, `schemes`, `report`, `authoring`) are in
 * the full global bundle (dist/supplier-quality.full.global.js, src/global.full.ts), which holds all of
 * this too and is loaded instead of this one; here each of them is a stand-in whose members throw an
 * error naming that file. No Node APIs, no clock, no environment.
 */
export * from './index.js';
export * as sheets from './sheets/index.js';

/** The file that holds the namespaces this bundle leaves out. */
const FULL_GLOBAL_BUNDLE = 'supplier-quality.full.global.js';

/**
 * Returns the stand-in for a namespace the core global bundle leaves out: reading any member (a
 * function or a constant) throws an error that names the full bundle, so a script written for the
 * full bundle fails at its first call with the file to load instead of an undefined function.
 */
function outsideTheCore(namespace: string): object {
  return new Proxy(Object.freeze({}), {
    get(_target, key) {
      if (typeof key !== 'string' || key === 'toJSON' || key === 'then') return undefined;
      throw new Error(
        `SupplierQuality.${namespace}.${key} is not in the core global bundle supplier-quality.global.js: load ${FULL_GLOBAL_BUNDLE} instead of it (it holds the core too).`,
      );
    },
  });
}

export const stats = outsideTheCore('stats');
export const sampling = outsideTheCore('sampling');
export const schemes = outsideTheCore('schemes');
export const report = outsideTheCore('report');
export const authoring = outsideTheCore('authoring');
