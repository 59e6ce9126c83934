import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Returns the TypeScript files under a directory. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Returns the text with comments, strings and template texts blanked (same length), so brackets and `...` are code. */
function codeOnly(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, (m) => m.replace(/[^\n]/g, ' '));
}

/**
 * Returns the places (`file:line`) where an array is spread into the arguments of a call
 * (`f(...list)`, `push(a, ...list)`): a long list overflows the stack there. Rest parameters
 * (`(...args) =>`, `(...args: T[])`) and spreads into array or object literals are not calls.
 */
export function spreadCalls(path: string): string[] {
  const code = codeOnly(readFileSync(path, 'utf8'));
  const found: string[] = [];
  const stack: { char: string; at: number }[] = [];
  for (let i = 0; i < code.length; i++) {
    const c = code[i] as string;
    if (c === '(' || c === '[' || c === '{') stack.push({ char: c, at: i });
    else if (c === ')' || c === ']' || c === '}') stack.pop();
    else if (c === '.' && code.startsWith('...', i)) {
      const open = stack[stack.length - 1];
      i += 2;
      if (!open || open.char !== '(') continue;
      const before = code.slice(0, open.at).trimEnd();
      if (!/[\w$)\]>]$/.test(before) || /\b(function|if|for|while|switch|catch|return)$/.test(before)) continue;
      const after = code.slice(i + 1).match(/^\s*[\w$]+\s*([:?])/);
      if (after) continue; // a typed rest parameter
      const close = matching(code, open.at);
      if (/^\s*(=>|\{)/.test(code.slice(close + 1))) continue; // parameters of a function
      found.push(`${path}:${code.slice(0, i).split('\n').length}`);
    }
  }
  return found;
}

function matching(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    if (code[i] === '(') depth++;
    else if (code[i] === ')' && --depth === 0) return i;
  }
  return code.length;
}
