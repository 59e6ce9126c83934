import { createReadStream, promises as fs } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { customIssue, parseEvidence, parseProfile, ValidationError, type Evidence, type ParseResult, type Profile } from '../src/index.js';
import { evidenceFromRow } from '../src/sheets/index.js';
import { blankRow, csvRows, type CsvRow } from './csv.js';
import { profileFromCsv } from './csvProfile.js';
import { InputError, UsageError } from './args.js';
import { StrictUtf8, utf8Text } from './utf8.js';
import { jsonSyntaxProblem } from './jsonSyntax.js';
import { cliMessage } from './messages.js';

/** What the command line reads and writes: its streams and working directory. */
export interface CliIO {
  readonly stdin: Readable;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  readonly cwd: string;
}

/** The forms an input file can take. */
export type InputForm = 'json' | 'jsonl' | 'csv';

/** Returns the text of a file, or of standard input for `-`; a missing file is a usage error.
 *
 * @example
 * await readText('-', io)
 * //=> the text of standard input
 */
export async function readText(path: string, io: CliIO): Promise<string> {
  const source = path === '-' ? 'stdin' : path;
  if (path === '-') {
    const decoder = new StrictUtf8(source);
    const parts: string[] = [];
    for await (const chunk of io.stdin) parts.push(decoder.text(bytesOf(chunk)));
    parts.push(decoder.end());
    return parts.join('');
  }
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(resolve(io.cwd, path));
  } catch (error) {
    throw new UsageError({ key: 'cannotRead', params: { path, reason: describeFsError(error) } });
  }
  return utf8Text(bytes, source);
}

/** Returns the bytes of a stream chunk (a text chunk is UTF-8 encoded). */
const bytesOf = (chunk: unknown): Uint8Array => (typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Uint8Array));

/** Returns a short reason for a file-system error (no stack, no errno numbers).
 *
 * @example
 * describeFsError({ code: 'ENOENT' })
 * //=> 'no such file or directory'
 */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ENOSPC') return 'no space left on device';
  if (code === 'EPIPE') return 'the reader closed the pipe';
  return (error as Error).message ?? String(error);
}

/** Returns the form an input's extension names, or undefined when the extension says nothing.
 *
 * @example
 * formOfPath('suppliers.ndjson')
 * //=> 'jsonl'
 */
export function formOfPath(path: string): InputForm | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'csv';
  return undefined;
}

/**
 * Returns the form of an input from its first characters: a list or an object that does not end on
 * its first line is JSON, an object per line is JSON Lines, anything else CSV.
 *
 * @example
 * sniffForm('{"supplier":{}}\n{"supplier":{}}\n')
 * //=> 'jsonl'
 */
export function sniffForm(head: string): InputForm {
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('[')) return 'json';
  if (!start.startsWith('{')) return 'csv';
  const newline = start.indexOf('\n');
  if (newline < 0) return 'json';
  try {
    JSON.parse(start.slice(0, newline));
    return 'jsonl';
  } catch {
    return 'json';
  }
}

/** Returns the form of an input: by its extension, else by its text.
 *
 * @example
 * formOf('-', 'supplier id,supplier name\n')
 * //=> 'csv'
 */
export function formOf(path: string, text: string): InputForm {
  return formOfPath(path) ?? sniffForm(text);
}

/** Returns the JSON value of a text, or an input error naming the file and the position.
 *
 * @example
 * parseJson('{ "a": 1 }', 'profile.json')
 * //=> { a: 1 }
 */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const clean = text.replace(/^\uFEFF/, '');
    throw new InputError({ key: 'jsonSyntax', params: { source, ...jsonSyntaxProblem(clean, error) } });
  }
}

const nameOf = (path: string) => (path === '-' ? 'stdin' : basename(path));

/**
 * Returns the parsed profile of a file: a JSON profile, or a CSV profile (the profile sheets in
 * sections, or a criteria table alone; see docs/cli.md). Throws a `ValidationError` listing every problem.
 *
 * @example
 * (await loadProfile('examples/pump-injector/profile.json', io)).id
 * //=> 'pump-injector-jp250'
 */
export async function loadProfile(path: string, io: CliIO): Promise<Profile> {
  return profileOfText(path, await readText(path, io));
}

/** Returns the parsed profile of a file's text (see `loadProfile`); `path` names it and gives its form.
 *
 * @example
 * profileOfText('profile.json', '{"id": "p"}')
 * //=> throws a ValidationError listing every missing field
 */
export function profileOfText(path: string, text: string): Profile {
  const form = formOf(path, text);
  const result =
    form === 'csv'
      ? profileFromCsv(text, nameOf(path))
      : parseProfile(parseJson(text, path));
  if (!result.success) throw result.error;
  return result.data;
}

/** Returns the names of the evidence files of a directory, in the order they are read.
 *
 * @example
 * await evidenceFileNames('suppliers/', io)
 * //=> ['2026-01.jsonl', '2026-02.jsonl', 'late.csv']
 */
export async function evidenceFileNames(path: string, io: CliIO): Promise<string[]> {
  return (await fs.readdir(resolve(io.cwd, path))).filter((name) => /\.(json|jsonl|ndjson|csv)$/i.test(name)).sort();
}

/** One evidence record read from an input, with where it came from. */
export interface EvidenceRecord {
  /** File and line or row, e.g. `suppliers.csv:12`. */
  readonly source: string;
  readonly result: ParseResult<Evidence>;
}

/** Progress of reading a file: bytes read so far and the file's size (0 when unknown). */
export interface ReadProgress {
  bytes: number;
  total: number;
}

/**
 * A part of one file that starts and ends at record boundaries: its byte range `[start, end)`, its
 * form and the number of its first line.
 */
export interface FileShard {
  readonly start: number;
  readonly end: number;
  readonly form: InputForm;
  readonly firstLine: number;
  /**
   * For a CSV shard after the first: the end of the table's opening (its bytes up to the end of its
   * header row), read before the shard, and the number of the line after it as csv-parse counts lines.
   */
  readonly opening?: { readonly end: number; readonly nextLine: number };
}

/** Returns the text chunks of a file (or standard input for `-`), or of a shard of it, strictly UTF-8, counting the bytes read. */
async function* chunksOf(path: string, io: CliIO, progress: ReadProgress, shard?: FileShard): AsyncGenerator<string> {
  let stream: Readable = io.stdin;
  if (path !== '-') {
    const full = resolve(io.cwd, path);
    try {
      progress.total += shard ? shard.end - shard.start : (await fs.stat(full)).size;
    } catch (error) {
      throw new UsageError({ key: 'cannotRead', params: { path, reason: describeFsError(error) } });
    }
    if (shard && shard.end <= shard.start) return;
    stream = createReadStream(full, shard ? { start: shard.start, end: shard.end - 1 } : {});
  }
  const decoder = new StrictUtf8(path === '-' ? 'stdin' : path, shard?.start);
  const chunks: AsyncIterator<unknown> = stream[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<unknown>;
    try {
      next = await chunks.next();
    } catch (error) {
      throw new UsageError({ key: 'cannotRead', params: { path, reason: describeFsError(error) } });
    }
    if (next.done) break;
    const bytes = bytesOf(next.value);
    progress.bytes += bytes.length;
    const text = decoder.text(bytes);
    if (text !== '') yield text;
  }
  const rest = decoder.end();
  if (rest !== '') yield rest;
}

/**
 * Returns the lines of text chunks as they arrive, with their 1-based numbers. A line longer than a
 * chunk is gathered in pieces and joined once, so reading takes time in proportion to the input
 * however long its lines are.
 *
 * @example
 * for await (const line of linesOf(chunks(['{"a":', '1}\r\n{}']))) line
 * //=> { line: '{"a":1}', number: 1 }, { line: '{}', number: 2 }
 */
export async function* linesOf(chunks: AsyncIterable<string>, firstLine = 1): AsyncGenerator<{ line: string; number: number }> {
  let pieces: string[] = [];
  let number = firstLine - 1;
  const line = (last: string) => {
    const whole = pieces.length === 0 ? last : pieces.join('') + last;
    pieces = [];
    return { line: whole.endsWith('\r') ? whole.slice(0, -1) : whole, number: ++number };
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf('\n'); end >= 0; end = chunk.indexOf('\n', start)) {
      yield line(chunk.slice(start, end));
      start = end + 1;
    }
    if (start < chunk.length) pieces.push(chunk.slice(start));
  }
  if (pieces.length > 0) yield line('');
}

/**
 * Returns the evidence records of an input, one at a time, so large inputs stream: a JSON file (one
 * evidence object, or a list), JSON Lines (one evidence object per line), a CSV supplier table (a
 * header row, then one supplier per row, see docs/sheets.md), or a directory of such files (in name
 * order). The form comes from the extension, else from the first line. Each record is checked against
 * the profile; a bad record is a failed result, not an error. With a `shard`, only that part of the
 * file is read, its records named by their lines in the whole file.
 *
 * @example
 * for await (const record of evidenceRecords('suppliers.csv', profile, io, progress)) record.source
 * //=> 'suppliers.csv:2', 'suppliers.csv:3', …
 */
export async function* evidenceRecords(path: string, profile: Profile, io: CliIO, progress: ReadProgress, shard?: FileShard): AsyncGenerator<EvidenceRecord> {
  if (path !== '-' && !shard) {
    let isDirectory = false;
    try {
      isDirectory = (await fs.stat(resolve(io.cwd, path))).isDirectory();
    } catch (error) {
      throw new UsageError({ key: 'cannotRead', params: { path, reason: describeFsError(error) } });
    }
    if (isDirectory) {
      for (const name of await evidenceFileNames(path, io)) yield* evidenceRecords(join(path, name), profile, io, progress);
      return;
    }
  }
  const name = nameOf(path);
  const iterator = chunksOf(path, io, progress, shard)[Symbol.asyncIterator]();
  const head: string[] = [];
  let form = shard?.form ?? formOfPath(path);
  if (form === undefined) {
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      head.push(next.value);
      if (next.value.includes('\n')) break;
    }
    form = sniffForm(head.join(''));
  }
  const chunks = (async function* () {
    yield* head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  })();
  if (form === 'json') {
    let text = '';
    for await (const chunk of chunks) text += chunk;
    const value = parseJson(text, name);
    const list = Array.isArray(value) ? value : [value];
    for (let i = 0; i < list.length; i++) {
      yield { source: Array.isArray(value) ? `${name}[${i}]` : name, result: parseEvidence(list[i], { profile }) };
    }
    return;
  }
  if (form === 'jsonl') {
    for await (const { line, number } of linesOf(chunks, shard?.firstLine)) {
      if (line.trim() !== '') yield jsonLine(line, `${name}:${number}`, profile);
    }
    return;
  }
  let text = '';
  for await (const chunk of chunks) text += chunk;
  const opening = shard?.opening;
  const part = opening ? { opening: await textOf(path, io, { start: 0, end: opening.end, form: 'csv', firstLine: 1 }), nextLine: opening.nextLine, firstLine: shard.firstLine } : undefined;
  yield* csvEvidence(csvRows(text, name, part), name, profile);
}

/** Returns the text of a shard of a file. */
async function textOf(path: string, io: CliIO, shard: FileShard): Promise<string> {
  let text = '';
  for await (const chunk of chunksOf(path, io, { bytes: 0, total: 0 }, shard)) text += chunk;
  return text;
}

/**
 * Returns the value of one line of JSON Lines, or, when it is not JSON, a failed result naming the
 * column, the reason and the line's text (the line number is in the record's source), so one bad line
 * is one problem and the others are still read.
 *
 * @example
 * jsonLineValue('{"a": 1,}')
 * //=> { success: false, error: ValidationError('Not valid JSON at column 9: …') }
 */
export function jsonLineValue(line: string): { success: true; value: unknown } | { success: false; error: ValidationError } {
  try {
    return { success: true, value: JSON.parse(line) };
  } catch (error) {
    const params = { ...jsonSyntaxProblem(line, error) };
    const issue = customIssue([], cliMessage({ key: 'jsonLineSyntax', params }, 'en'), cliMessage({ key: 'jsonLineSyntax', params }, 'id'));
    return { success: false, error: new ValidationError([issue], 'evidence') };
  }
}

function jsonLine(line: string, source: string, profile: Profile): EvidenceRecord {
  const parsed = jsonLineValue(line);
  return { source, result: parsed.success ? parseEvidence(parsed.value, { profile }) : parsed };
}

/**
 * Returns the evidence of the rows of a CSV supplier table: the first row with a filled cell is the
 * header, each later row with one a supplier (see `evidenceFromRow`), named by file and line.
 *
 * @example
 * [...csvEvidence(csvRows(text, 'suppliers.csv'), 'suppliers.csv', profile)].map((record) => record.source)
 * //=> ['suppliers.csv:2', 'suppliers.csv:3']
 */
export function* csvEvidence(rows: readonly CsvRow[], name: string, profile: Profile): Generator<EvidenceRecord> {
  let header: CsvRow | undefined;
  for (const entry of rows) {
    if (blankRow(entry.row)) continue;
    if (!header) {
      header = entry;
      continue;
    }
    yield {
      source: `${name}:${entry.line}`,
      result: evidenceFromRow(profile, header.row, entry.row, { sheet: name, row: entry.line, headerRow: header.line }),
    };
  }
}
