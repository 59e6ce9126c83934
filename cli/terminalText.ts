/**
 * Returns text safe to print on a terminal: control characters that would move the cursor, change
 * colours or the title, or reorder what is shown (C0 other than line feed and tab, DEL, C1, the
 * bidirectional embeddings, overrides and isolates) are written as visible `\u001B`-style escapes.
 *
 * @example
 * terminalText('CV \u001b[31mRed\u202e\n')
 * //=> 'CV \\u001B[31mRed\\u202E\n'
 */
export function terminalText(text: string): string {
  return text.replace(TERMINAL_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
