import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KIND_NAMES } from '../../src/kinds/registry.js';

/**
 * Everything particular to a criterion kind lives in its folder under src/kinds/: no other file of
 * the library or the command line tells kinds apart by name. A `switch` on a kind, a `case` or a
 * comparison naming one, is a place that a new kind would have to be added to by hand.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Every .ts file under a folder, as a path from the repository root. */
function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    return statSync(join(root, path)).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const names = KIND_NAMES.map((kind) => kind.replace(/[-]/g, '\\-')).join('|');
const KIND_SWITCH = new RegExp(
  [
    // a switch on a kind, a case naming one
    String.raw`switch\s*\([^)]*\bkind\)`,
    `case '(?:${names})'`,
    // a comparison with a kind's name, whatever the other side (`c.kind === 'metric'`, `own(c, 'kind') !== 'measurement'`)
    String.raw`[!=]==?\s*'(?:${names})'`,
    `'(?:${names})'` + String.raw`\s*[!=]==?`,
    // a table read by a kind's name (`evidenceSchemaByKind['gauge-study']`, `byKind.metric`)
    String.raw`[\w)\]]\[\s*'(?:${names})'\s*\]`,
    String.raw`ByKind\.(?:${names})\b`,
    // a table keyed by kinds' names (`'audit-question': [...]`, `metric: { ... }`)
    String.raw`^\s*'?(?:${names})'?\s*:\s*[[{]`,
  ].join('|'),
  'g',
);

/** Each line of a file that tells kinds apart by name, as `path:line`. */
function kindSwitches(file: string): string[] {
  return readFileSync(join(root, file), 'utf8')
    .split('\n')
    .flatMap((line, index) => (line.match(KIND_SWITCH) ? [`${file}:${index + 1}`] : []));
}

/**
 * Files that still tell kinds apart by name, with how many lines do. The test fails when a count
 * changes, so the list can only shrink: remove an entry once its file reads the kinds instead.
 */
const KNOWN: Readonly<Record<string, number>> = {};

describe('the kinds', () => {
  it('are told apart by name only in their own folders', () => {
    const found = [...sourceFiles('src'), ...sourceFiles('cli')].filter((file) => !file.startsWith('src/kinds/')).flatMap(kindSwitches);
    const counts: Record<string, number> = {};
    for (const at of found) {
      const file = at.slice(0, at.lastIndexOf(':'));
      counts[file] = (counts[file] ?? 0) + 1;
    }
    expect(counts).toEqual(KNOWN);
  });

  it('are found by the pattern in a switch, a case, a comparison and a table by kind', () => {
    const sample = [
      'switch (criterion.kind) {',
      "    case 'metric':",
      "if (c.kind === 'audit-question')",
      "'check' !== entry.kind",
      "if (own(criterion, 'kind') !== 'measurement') return;",
      "schemaColumns(evidenceSchemaByKind['gauge-study'])",
      'evidenceSchemaByKind.metric',
      "  'audit-question': [['points'], ['results']],",
      "  metric: { required: ['limit'] },",
    ];
    expect(sample.map((line) => (line.match(KIND_SWITCH) ?? []).length)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('are not found in profile data that names a kind', () => {
    const sample = ["{ type: 'criteria', kind: ['audit-question'], star: true }", "criterionArgument(value, ['metric'])", "    kind: 'measurement' as const,", "  document: element.title,"];
    expect(sample.map((line) => (line.match(KIND_SWITCH) ?? []).length)).toEqual([0, 0, 0, 0]);
  });
});
