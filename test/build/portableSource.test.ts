/**
 * The library runs in browsers, spreadsheet script hosts and warehouse JavaScript functions, so no
 * file under src/ may use Node: no import of a Node built-in module (`node:fs`, `fs`, `path`, …), no
 * `process`, no `Buffer`, no `require`. Modules other than relative ones must be the runtime
 * dependencies. (The command line, which reads files, lives in cli/.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const srcDir = join(root, 'src');

/** The packages src/ may import (and their subpaths, e.g. `zod/mini`): the package's runtime dependencies. */
const RUNTIME_DEPENDENCIES = ['zod', 'decimal.js', 'date-fns', '@date-fns/utc'];
/**
 * Optional peer dependencies src/ may name in types only (`import type`, `declare module`), which
 * leave nothing at run time: the matcher types of `supplier-quality/testing` extend Vitest's.
 */
const TYPE_ONLY_PEERS = ['vitest'];

/** Returns the positions of the module names that are imported for types only, or augmented. */
function typeOnlyPeerNames(source: ts.SourceFile): Set<number> {
  const positions = new Set<number>();
  const add = (name: ts.Expression) => {
    if (ts.isStringLiteral(name) && TYPE_ONLY_PEERS.includes(name.text)) positions.add(name.getStart(source));
  };
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && statement.importClause?.isTypeOnly) add(statement.moduleSpecifier);
    if (ts.isModuleDeclaration(statement) && ts.isStringLiteral(statement.name)) add(statement.name);
  }
  return positions;
}
const BUILTINS = new Set(builtinModules.flatMap((name) => [name, name.replace(/^node:/, '')]));

/** Returns every file under a folder. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * Returns the Node uses of a source text, one line each (`line 3: import of the Node built-in "node:fs"`),
 * read with the TypeScript parser: comments and strings do not count.
 */
function nodeUses(text: string, file = join(srcDir, 'file.ts')): string[] {
  const found: { pos: number; text: string }[] = [];
  const typeOnly = typeOnlyPeerNames(ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true));
  for (const imported of ts.preProcessFile(text, true, true).importedFiles) {
    const specifier = imported.fileName;
    if (typeOnly.has(imported.pos)) continue;
    const base = specifier.split('/')[0] as string;
    if (specifier.startsWith('node:') || BUILTINS.has(specifier) || BUILTINS.has(base)) {
      found.push({ pos: imported.pos, text: `import of the Node built-in "${specifier}"` });
    } else if (specifier.startsWith('.')) {
      const target = resolve(join(file, '..'), specifier);
      if (!(target + sep).startsWith(srcDir + sep)) found.push({ pos: imported.pos, text: `import from outside src/ "${specifier}"` });
    } else if (!RUNTIME_DEPENDENCIES.some((dep) => specifier === dep || specifier.startsWith(`${dep}/`))) {
      found.push({ pos: imported.pos, text: `import of "${specifier}", not a runtime dependency` });
    }
  }
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const isName = parent && (ts.isPropertyAccessExpression(parent) || ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent) || ts.isPropertySignature(parent)) && parent.name === node;
      if (!isName && (node.text === 'process' || node.text === 'Buffer' || node.text === 'require')) {
        found.push({ pos: node.getStart(source), text: node.text === 'require' ? 'require' : node.text === 'process' ? 'process' : 'Buffer' });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found
    .sort((a, b) => a.pos - b.pos)
    .map(({ pos, text: what }) => `line ${source.getLineAndCharacterOfPosition(pos).line + 1}: ${what}`);
}

describe('src/ uses no Node built-ins', () => {
  it('finds the Node uses it looks for', () => {
    const sample = [
      "import { readFileSync } from 'node:fs';",
      "import path from 'path';",
      "export { join } from 'node:path';",
      "const os = await import('os');",
      "import { promisify } from 'util/types';",
      "import { mean } from './mean.js';",
      "import { main } from '../../cli/index.js';",
      "import * as z from 'zod/mini';",
      "import express from 'express';",
      "import type { Assertion } from 'vitest'; declare module 'vitest' { interface Assertion<T> { toX(): void } }",
      "import { expect } from 'vitest';",
      'const tz = process.env.TZ; // process. in a comment is fine',
      "const bytes = Buffer.from('x');",
      "const fs = require('fs');",
      "/** @example process.exit(1) */ const url = 'https://example.com', text = 'read from \\'fs\\' with require()';",
      'const point = { process: 1, Buffer: 2 }; point.process = point.Buffer;',
    ].join('\n');
    expect(nodeUses(sample, join(srcDir, 'stats', 'x.ts'))).toEqual([
      'line 1: import of the Node built-in "node:fs"',
      'line 2: import of the Node built-in "path"',
      'line 3: import of the Node built-in "node:path"',
      'line 4: import of the Node built-in "os"',
      'line 5: import of the Node built-in "util/types"',
      'line 7: import from outside src/ "../../cli/index.js"',
      'line 9: import of "express", not a runtime dependency',
      'line 11: import of "vitest", not a runtime dependency',
      'line 12: process',
      'line 13: Buffer',
      'line 14: require',
      'line 14: import of the Node built-in "fs"',
    ]);
  });

  it('allows exactly the runtime dependencies of package.json', () => {
    const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(dependencies).sort()).toEqual([...RUNTIME_DEPENDENCIES].sort());
  });

  it('holds for every file under src/', () => {
    const files = filesUnder(srcDir);
    expect(files.length).toBeGreaterThan(100);
    const problems = files.flatMap((file) =>
      nodeUses(readFileSync(file, 'utf8'), file).map((use) => `${relative(root, file).split(sep).join('/')} ${use}`),
    );
    expect(problems).toEqual([]);
  });
});
