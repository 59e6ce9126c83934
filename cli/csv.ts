/**
 * CSV as RFC 4180 writes it: fields separated by commas (or another delimiter), quoted with `"` when
 * they hold the delimiter, a quote or a line break, quotes doubled inside; lines end in LF or CRLF.
 */

/** Parses CSV incrementally: feed chunks, get the complete rows so far; `end` flushes the last row.
 *
 * @example
 * const parser = new CsvParser();
 * [...parser.push('a,b\n1,'), ...parser.end()]
 * //=> [{ row: ['a', 'b'], line: 1 }, { row: ['1', ''], line: 2 }]
 */
export class CsvParser {
  private field = '';
  private row: string[] = [];
  private quoted = false;
  private afterQuote = false;
  private pendingCr = false;
  private fieldStarted = false;
  /** Rows completed so far (taken by `take`). */
  private rows: string[][] = [];
  /** The 1-based line on which the current row started. */
  line = 1;
  private lineNow = 1;
  /** Line numbers of the completed rows, in step with them. */
  private lines: number[] = [];

  constructor(private readonly delimiter = ',') {}

  /** Adds text and returns the rows it completed, each with the line it started on. */
  push(text: string): { row: string[]; line: number }[] {
    for (const char of text) this.char(char);
    return this.take();
  }

  /** Ends the input and returns the last rows. */
  end(): { row: string[]; line: number }[] {
    if (this.fieldStarted || this.row.length > 0 || this.field !== '') this.endRow();
    return this.take();
  }

  private take(): { row: string[]; line: number }[] {
    const out = this.rows.map((row, i) => ({ row, line: this.lines[i] as number }));
    this.rows = [];
    this.lines = [];
    return out;
  }

  private char(char: string): void {
    if (this.pendingCr) {
      this.pendingCr = false;
      if (char === '\n') return;
    }
    if (this.quoted) {
      if (char === '"') {
        this.quoted = false;
        this.afterQuote = true;
      } else {
        if (char === '\n') this.lineNow++;
        this.field += char;
      }
      return;
    }
    if (char === '"' && !this.fieldStarted) {
      this.quoted = true;
      this.fieldStarted = true;
      return;
    }
    if (char === '"' && this.afterQuote) {
      this.field += '"';
      this.quoted = true;
      this.afterQuote = false;
      return;
    }
    this.afterQuote = false;
    if (char === this.delimiter) {
      this.row.push(this.field);
      this.field = '';
      this.fieldStarted = false;
      return;
    }
    if (char === '\n' || char === '\r') {
      this.endRow();
      this.lineNow++;
      this.line = this.lineNow;
      if (char === '\r') this.pendingCr = true;
      return;
    }
    this.field += char;
    this.fieldStarted = true;
  }

  private endRow(): void {
    this.row.push(this.field);
    this.rows.push(this.row);
    this.lines.push(this.line);
    this.row = [];
    this.field = '';
    this.fieldStarted = false;
    this.afterQuote = false;
  }
}

/**
 * Returns the rows of a CSV text. A `;` delimiter is used when the first line has semicolons and no
 * commas (as spreadsheets write CSV in locales with a decimal comma).
 *
 * @example
 * parseCsv('id,title\nleak-test,"Leak test, 9 bar"\n')
 * //=> [['id', 'title'], ['leak-test', 'Leak test, 9 bar']]
 */
export function parseCsv(text: string, delimiter = guessDelimiter(text)): string[][] {
  const parser = new CsvParser(delimiter);
  const rows = [...parser.push(text.replace(/^\uFEFF/, '')), ...parser.end()];
  return rows.map((entry) => entry.row);
}

/** Returns `;` when the first line has semicolons but no commas, else `,`.
 *
 * @example
 * guessDelimiter('criterion;value\n')
 * //=> ';'
 */
export function guessDelimiter(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  return first.includes(';') && !first.includes(',') ? ';' : ',';
}

/**
 * Returns rows as CSV text with LF line ends; numbers by their shortest text, booleans as
 * `true`/`false`, fields quoted only when needed.
 *
 * @example
 * toCsv([['id', 'note'], ['a', 'x, y']])
 * //=> 'id,note\na,"x, y"\n'
 */
export function toCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  const field = (value: string | number | boolean | null | undefined): string => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(field).join(',')).join('\n') + '\n';
}
