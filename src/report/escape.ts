const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Control characters other than tab and line breaks: invalid in HTML, and they drive terminals. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * Returns text with control characters (other than tab and line breaks) replaced by spaces.
 *
 * @example
 * withoutControls('red\u001b[31m')
 * //=> 'red [31m'
 */
export function withoutControls(text: string): string {
  return text.replace(CONTROL, ' ');
}

/** What can drive or mislead a terminal in text: control characters other than tab and line feed (CR included), and the bidirectional embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Returns plain text safe to print on a terminal or read in a mail: every control character other
 * than tab and line feed (escape sequences, carriage return, C1) and every bidirectional control
 * (which can show text in another order than it is) becomes a space. The last step of every text
 * report, so no name, remedy, currency or other field of the input reaches the reader raw.
 *
 * @example
 * terminalSafe('CV Maju\u001b[2J\u202egnp.exe\nnext')
 * //=> 'CV Maju [2J gnp.exe\nnext'
 */
export function terminalSafe(text: string): string {
  return text.replace(TERMINAL_CONTROL, ' ');
}

/**
 * Returns text safe to place in HTML, in element content and in quoted attribute values alike:
 * `& < > " '` become character references; control characters become spaces.
 *
 * @example
 * escapeHtml('<script>alert("x")</script>')
 * //=> '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
 */
export function escapeHtml(text: string): string {
  return withoutControls(text).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] as string);
}

/**
 * Returns text safe to place inline in Markdown, also inside a table cell: characters that start
 * markup, HTML or a link are backslash-escaped (CommonMark §2.4), line breaks become spaces.
 *
 * @example
 * escapeMarkdown('<b>bold</b> | *x*')
 * //=> '\\<b\\>bold\\</b\\> \\| \\*x\\*'
 */
export function escapeMarkdown(text: string): string {
  return withoutControls(text).replace(/\r\n?|\n/g, ' ').replace(/[\\`*_{}[\]<>|#~&!]/g, (c) => `\\${c}`);
}

/** A text a spreadsheet would run as a formula, also after apostrophes (so that one more keeps it apart). */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Returns a text a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR)
 * with an apostrophe in front, so it stays text; a plain number such as `-0.2` and any other text
 * are returned as they are. A text that already starts with apostrophes before such a character
 * gets one more, so a reader that drops one apostrophe gets every text back as it was.
 *
 * @example
 * formulaSafeText('=SUM(A1:A9)')
 * //=> "'=SUM(A1:A9)"
 */
export function formulaSafeText(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/**
 * Returns one CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF, quotes doubled.
 * A text a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) is
 * prefixed with an apostrophe so it stays text; a plain number such as `-0.2` is left as it is.
 *
 * @example
 * csvField('=HYPERLINK("http://x","y")')
 * //=> '"\'=HYPERLINK(""http://x"",""y"")"'
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  const text = formulaSafeText(value === null || value === undefined ? '' : String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Returns CSV text (RFC 4180): one line per row, fields separated by commas, lines ended by CRLF.
 *
 * @example
 * csvText([['a', 'b'], ['1', 'x,y']])
 * //=> 'a,b\r\n1,"x,y"\r\n'
 */
export function csvText(rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
