import { cliMessage } from './messages.js';

/** Where a JSON text stops being JSON: 1-based line and column, the line's text, and the reason. */
export interface JsonSyntaxProblem {
  readonly line: number;
  readonly column: number;
  readonly lineText: string;
  readonly reason: string;
  /** Where the column falls in `lineText` (0-based), for a caret under it. */
  readonly caret: number;
}

/**
 * Returns where and why `JSON.parse` refused a text, from its error: the character position it
 * names (or the end of the text) as line and column, the line's text (at most 100 characters around
 * the column), and the reason without the position.
 *
 * @example
 * jsonSyntaxProblem('{\n  "a": 1\n  "b": 2\n}', new SyntaxError("Expected ',' or '}' after property value in JSON at position 13"))
 * //=> { line: 3, column: 3, lineText: '  "b": 2', reason: "Expected ',' or '}' after property value", caret: 2 }
 */
export function jsonSyntaxProblem(text: string, error: unknown): JsonSyntaxProblem {
  const message = error instanceof Error ? error.message : String(error);
  const at = /\s+in JSON at position (\d+)(?: \(line \d+ column \d+\))?/.exec(message);
  const position = Math.min(text.length, at ? Number(at[1]) : text.length);
  const reason = (at ? message.slice(0, at.index) + message.slice(at.index + at[0].length) : message).trim();
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const start = before.lastIndexOf('\n') + 1;
  const end = text.indexOf('\n', position);
  const whole = text.slice(start, end < 0 ? undefined : end).replace(/\r$/, '');
  const column = position - start + 1;
  const from = Math.max(0, Math.min(column - 50, whole.length - 100));
  const lineText = `${from > 0 ? '…' : ''}${whole.slice(from, from + 100)}${from + 100 < whole.length ? '…' : ''}`;
  return { line, column, lineText, reason, caret: column - 1 - from + (from > 0 ? 1 : 0) };
}

/**
 * Returns a JSON syntax problem as the lines the command line prints: file, line and column, the
 * reason, then the line's text and a caret under the column, in English or Bahasa Indonesia.
 *
 * @example
 * jsonSyntaxText('broken.json', { line: 1, column: 15, lineText: '{ "supplier": ', reason: 'Unexpected end of JSON input', caret: 14 })
 * //=> 'broken.json:1:15: not valid JSON: Unexpected end of JSON input\n  { "supplier": \n                ^'
 */
export function jsonSyntaxText(source: string, problem: JsonSyntaxProblem, lang: 'en' | 'id' = 'en'): string {
  return cliMessage({ key: 'jsonSyntax', params: { source, ...problem } }, lang);
}
