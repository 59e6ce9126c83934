/**
 * The published types are compiled by users' projects with `module: NodeNext`, where decimal.js (a
 * CommonJS package with one .d.ts for both forms) gives its default import as the whole module, not
 * the class. src/decimal.ts, the one module that imports decimal.js and whose types every decimal of
 * the public types comes from, must compile there too.
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const file = fileURLToPath(new URL('../../src/decimal.ts', import.meta.url));

/** Returns the type errors of a file compiled with the given module settings, one line each. */
function typeErrors(module: ts.ModuleKind, moduleResolution: ts.ModuleResolutionKind): string[] {
  const program = ts.createProgram([file], { module, moduleResolution, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true, skipLibCheck: false, types: [] });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('decimal types for every module setting', () => {
  it('compile with NodeNext, as a Node ESM project resolves decimal.js', () => {
    expect(typeErrors(ts.ModuleKind.NodeNext, ts.ModuleResolutionKind.NodeNext)).toEqual([]);
  });
  it('compile with a bundler resolution', () => {
    expect(typeErrors(ts.ModuleKind.ESNext, ts.ModuleResolutionKind.Bundler)).toEqual([]);
  });
});
