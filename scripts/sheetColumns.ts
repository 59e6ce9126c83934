/**
 * Writes the column lists of the profile sheets (and so of the command line's CSV profile) into
 * docs/sheets.md, between `<!-- columns:begin -->` and `<!-- columns:end -->`, from the columns the
 * library derives from the profile schema (`npx tsx scripts/sheetColumns.ts`).
 * test/sheets/columnsDoc.test.ts fails when the document is not current.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { profileSchema } from '../src/schema/profile.js';
import { CATEGORY_COLUMNS, CRITERION_COLUMNS, GRADE_COLUMNS, PROFILE_COLUMNS, RULE_COLUMNS } from '../src/sheets/profileColumns.js';
import { innerSchema, schemaColumns, type CellSyntax, type SchemaColumn } from '../src/sheets/schemaColumns.js';

const DOC = fileURLToPath(new URL('../docs/sheets.md', import.meta.url));
const BEGIN = '<!-- columns:begin -->';
const END = '<!-- columns:end -->';

const SCALAR: Record<string, string> = { text: 'text', decimal: 'decimal', int: 'whole number', bool: 'yes/no', date: 'date' };

/** Returns how a cell of a syntax is written, in words. */
function cellWords(syntax: CellSyntax): string {
  if (syntax.type === 'list') return `list of ${SCALAR[syntax.item]} (\`a; b\`)`;
  if (syntax.type === 'records') return `list of \`${syntax.fields.map(([key]) => key).join(':')}\` (\`a:b; c:d\`)`;
  if (syntax.type === 'compact') return `\`${syntax.fields.map(([key]) => key).join('/')}\` in one cell`;
  return SCALAR[syntax.type] ?? syntax.type;
}

type Union = { _zod: { def: { options: unknown[] } } };

/**
 * Returns, for each column of a table, the options of a union (criterion kinds, condition types) whose
 * schema has it, or `all`; `prefix` is the field holding the union in a row (`when` for rules).
 */
function scopes(columns: readonly SchemaColumn[], union: unknown, tag: string, prefix?: string): Map<string, string> {
  const options = (union as Union)._zod.def.options;
  const byKey = new Map<string, string[]>();
  for (const option of options) {
    const name = String((innerSchema(option, tag) as { _zod: { def: { values: unknown[] } } })._zod.def.values[0]);
    for (const column of schemaColumns(option)) byKey.set(column.key, [...(byKey.get(column.key) ?? []), name]);
  }
  return new Map(
    columns.map((column) => {
      const inside = prefix === undefined ? column.key : column.path[0] === prefix ? column.path.slice(1).join('.') : undefined;
      const names = inside === undefined ? undefined : byKey.get(inside);
      return [column.key, !names || names.length === options.length ? 'all' : names.join(', ')];
    }),
  );
}

/** Returns a Markdown table of columns. */
function table(title: string, columns: readonly SchemaColumn[], scope?: Map<string, string>): string {
  const lines = [`**${title}**`, '', `| column | also read as | cell |${scope ? ' for |' : ''}`, `| --- | --- | --- |${scope ? ' --- |' : ''}`];
  for (const column of columns) {
    const names = column.names.map((name) => `\`${name}\``).join(', ');
    const cell = cellWords(column.syntax) + (column.readOnly ? ' (read only)' : '');
    lines.push(`| \`${column.key}\` | ${names} | ${cell} |${scope ? ` ${scope.get(column.key)} |` : ''}`);
  }
  return lines.join('\n');
}

/**
 * Returns the generated part of docs/sheets.md: a table of the columns of each profile sheet, with the
 * other header names each is read by, its cell syntax and, for criteria and rules, the kinds or
 * condition types it belongs to.
 *
 * @example
 * columnsMarkdown().startsWith('**Profile**')
 * //=> true
 */
export function columnsMarkdown(): string {
  const criterionUnion = innerSchema(profileSchema, 'categories', '[]', 'criteria', '[]');
  const conditionUnion = innerSchema(profileSchema, 'rules', '[]', 'when');
  return [
    table('Profile', PROFILE_COLUMNS),
    table('Categories', CATEGORY_COLUMNS),
    table('Criteria', CRITERION_COLUMNS, scopes(CRITERION_COLUMNS, criterionUnion, 'kind')),
    table('Grades', GRADE_COLUMNS),
    table('Rules', RULE_COLUMNS, scopes(RULE_COLUMNS, conditionUnion, 'type', 'when')),
  ].join('\n\n');
}

/** Returns docs/sheets.md with the generated part replaced. */
export function currentDoc(text = readFileSync(DOC, 'utf8')): string {
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/sheets.md has no ${BEGIN} … ${END} block`);
  return `${text.slice(0, start + BEGIN.length)}\n\n${columnsMarkdown()}\n\n${text.slice(end)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(DOC, currentDoc());
  console.log('wrote docs/sheets.md');
}
