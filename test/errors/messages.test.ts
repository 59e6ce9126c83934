import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { issueSentencesEn, type IssueCode } from '../../src/locales/en.js';
import { issueSentencesId } from '../../src/locales/id.js';

/**
 * docs/errors.md against the code: every issue code of src/locales/en.ts is documented, every
 * documented code exists, every code src/ creates is in the table, and the sentences the document
 * shows are the library's own.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const doc = readFileSync(join(root, 'docs/errors.md'), 'utf8');
const codes = Object.keys(issueSentencesEn) as IssueCode[];

/** The sections of docs/errors.md: `### \`code\`` and the text up to the next heading. */
const sections = new Map<string, string>();
for (const match of doc.matchAll(/^### `([^`]+)`\n([\s\S]*?)(?=^#{1,3} |(?![\s\S]))/gm)) sections.set(match[1] as string, match[2] as string);

/** Every .ts file under src/. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/**
 * The issue codes src/ names literally: the first argument of every `createIssue(` call, and of
 * every other issue factory named `create…Issue(` (`createSheetIssue`), every string in it (so
 * `createIssue(short ? 'empty_text' : 'too_short', …)` gives both), and every
 * `params: { code: '…' }` of a schema refinement. Codes passed through a variable are not seen; they
 * come from these.
 */
function emittedCodes(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const note = (code: string, where: string) => found.set(code, [...(found.get(code) ?? []), where]);
  for (const file of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    const where = file.slice(root.length);
    for (const call of text.matchAll(/\bcreate\w*Issue\(/g)) {
      // The first argument: up to the first comma outside brackets.
      let depth = 0;
      let end = (call.index as number) + call[0].length;
      for (; end < text.length; end++) {
        const c = text[end];
        if (c === '(' || c === '[' || c === '{') depth++;
        else if (c === ')' || c === ']' || c === '}') {
          if (depth === 0) break;
          depth--;
        } else if (c === ',' && depth === 0) break;
      }
      const argument = text.slice((call.index as number) + call[0].length, end);
      if (/^\s*(code|issue\.code|[a-z]+\.code)\s*$/.test(argument) || !/'/.test(argument)) continue;
      // Code-like literals only (a comparison such as `minimum === '1'` is not a code).
      for (const literal of argument.matchAll(/'([a-z]+(?:_[a-z]+)*)'/g)) note(literal[1] as string, where);
    }
    for (const match of text.matchAll(/params:\s*\{\s*code:\s*'([^']*)'/g)) note(match[1] as string, where);
  }
  return found;
}

describe('docs/errors.md and the issue codes', () => {
  it('documents every issue code of src/locales/en.ts', () => {
    const undocumented = codes.filter((code) => !sections.has(code));
    expect(undocumented, `Add a "### \`code\`" section to docs/errors.md for: ${undocumented.join(', ')}`).toEqual([]);
  });

  it('documents no code that src/locales/en.ts does not have', () => {
    const dead = [...sections.keys()].filter((code) => !(codes as string[]).includes(code));
    expect(dead, `Remove these sections from docs/errors.md (no such code in src/locales/en.ts): ${dead.join(', ')}`).toEqual([]);
  });

  it('creates no issue with a code missing from src/locales/en.ts', () => {
    const unknown = [...emittedCodes()].filter(([code]) => !(codes as string[]).includes(code));
    expect(unknown.map(([code, where]) => `${code} (${where.join(', ')})`), 'Add these codes to src/locales/en.ts and docs/errors.md').toEqual([]);
  });

  it('has no code in src/locales/en.ts that src/ never creates', () => {
    const emitted = emittedCodes();
    const unused = codes.filter((code) => !emitted.has(code));
    expect(unused, `These codes are never created in src/: remove them from src/locales/en.ts and docs/errors.md, or create them`).toEqual([]);
  });

  it.each(codes.filter((code) => sections.has(code)))('shows `%s` with an example, the library\'s own sentences and a fix', (code) => {
    const section = sections.get(code) as string;
    const example = /^- \*\*Example:\*\* (.+)$/m.exec(section);
    const message = /^- \*\*Message:\*\* (.+?) <!-- params: (\{.*\}) -->$/m.exec(section);
    const pesan = /^- \*\*Pesan:\*\* (.+)$/m.exec(section);
    const fix = /^- \*\*Fix:\*\* (.+)$/m.exec(section);
    const form = 'Each section needs the lines "- **Example:** …", "- **Message:** <sentence> <!-- params: {json} -->", "- **Pesan:** <kalimat>" and "- **Fix:** …"';
    expect(example && message && pesan && fix, `${code}: ${form}`).toBeTruthy();
    const params = JSON.parse(message?.[2] as string) as Record<string, string | number>;
    expect(message?.[1], `${code}: the English sentence for these params`).toBe(issueSentencesEn[code](params));
    expect(pesan?.[1], `${code}: the Indonesian sentence for these params`).toBe(issueSentencesId[code](params));
  });
});
