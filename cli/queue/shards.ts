import { promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { UsageError } from '../args.js';
import { describeFsError, evidenceFileNames, formOfPath, sniffForm, type CliIO, type FileShard, type InputForm } from '../input.js';
import { appendAll } from '../../src/lists/appendAll.js';
import { blankRow, csvRows } from '../csv.js';
import { StrictUtf8 } from '../utf8.js';

/**
 * Cutting an input into shards by byte range. JSON Lines files are cut just after a line end, so no
 * record is split or lost, and each shard carries the number of its first line, so bad records are
 * named by their line in the whole file exactly as a single pass names them. CSV tables are cut just
 * after a line end outside quotes (a quoted cell may hold line breaks), after the header row; each
 * later shard is read after the table's opening, so it is checked against the same header and first
 * row as a single pass checks it. A JSON file (one value), and a CSV table that is not valid UTF-8 or
 * has no header row in its first mebibyte, are one shard each.
 */

/** One file of an input, as read: its absolute path, size and modification time. */
export interface InputFile {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/** A shard of an input: the file it is in and its byte range. */
export interface InputShard {
  readonly path: string;
  readonly shard: FileShard;
}

const BLOCK = 1 << 20;

/**
 * Returns the files of an input in the order a single pass reads them: the file itself, or the
 * evidence files of a directory (and of its subdirectories) in name order.
 *
 * @example
 * (await inputFiles('suppliers.jsonl', io)).map((file) => file.size)
 * //=> [6171934]
 */
export async function inputFiles(path: string, io: CliIO): Promise<InputFile[]> {
  const full = resolve(io.cwd, path);
  let stat;
  try {
    stat = await fs.stat(full);
  } catch (error) {
    throw new UsageError({ key: 'cannotRead', params: { path, reason: describeFsError(error) } });
  }
  if (!stat.isDirectory()) return [{ path: full, size: stat.size, mtimeMs: stat.mtimeMs }];
  const files: InputFile[] = [];
  for (const name of await evidenceFileNames(path, io)) appendAll(files, await inputFiles(join(path, name), io));
  return files;
}

/** Reads up to `length` bytes at `position`; fewer only at the end of the file. */
async function readAt(handle: fs.FileHandle, buffer: Buffer, position: number, length = buffer.length): Promise<number> {
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled;
}

/** Returns the form of a file: by its extension, else by its first line, as a single pass decides it. */
async function formOfFile(handle: fs.FileHandle, path: string): Promise<InputForm> {
  const known = formOfPath(path);
  if (known !== undefined) return known;
  const decoder = new StringDecoder('utf8');
  const buffer = Buffer.allocUnsafe(BLOCK);
  let head = '';
  for (let position = 0; !head.includes('\n'); ) {
    const bytes = await readAt(handle, buffer, position);
    if (bytes === 0) break;
    position += bytes;
    head += decoder.write(buffer.subarray(0, bytes));
  }
  return sniffForm(head);
}

/** Line ends of JSON Lines: every LF ends a line. */
class LineEnds {
  line = 1;
  next(bytes: Buffer, from: number, to: number): number {
    const newline = bytes.indexOf(10, from);
    if (newline < 0 || newline >= to) return -1;
    this.line++;
    return newline + 1;
  }
}

/**
 * Row ends of a CSV table: an LF outside quotes (a quote toggles; an escaped quote `""` toggles
 * twice). Lines are counted as csv-parse counts them: a CRLF outside quotes is one line end, inside
 * quotes every CR and LF is one.
 */
class CsvRowEnds {
  line = 1;
  private quoted = false;
  private afterCr = false;
  next(bytes: Buffer, from: number, to: number): number {
    for (let i = from; i < to; i++) {
      const byte = bytes[i];
      if (byte === 10) {
        if (this.quoted || !this.afterCr) this.line++;
        this.afterCr = false;
        if (!this.quoted) return i + 1;
      } else {
        if (byte === 34) this.quoted = !this.quoted;
        else if (byte === 13) this.line++;
        this.afterCr = byte === 13 && !this.quoted;
      }
    }
    return -1;
  }
}

/** Returns whether a file is valid UTF-8 throughout. */
async function isUtf8File(handle: fs.FileHandle, path: string, size: number): Promise<boolean> {
  const decoder = new StrictUtf8(path);
  const buffer = Buffer.allocUnsafe(BLOCK);
  try {
    for (let position = 0; position < size; ) {
      const bytes = await readAt(handle, buffer, position, Math.min(BLOCK, size - position));
      if (bytes === 0) break;
      decoder.text(buffer.subarray(0, bytes));
      position += bytes;
    }
    decoder.end();
    return true;
  } catch {
    return false;
  }
}

/** Bytes of which a row without any filled cell can be made up (no quotes: a quoted cell can hold a quote). */
const BLANK_BYTES = new Set([9, 10, 13, 32, 44, 59]);

/** How far into a CSV table its header row is looked for before the table is read as one shard. */
const HEADER_BYTES = 1 << 20;

/**
 * Returns the shards of a CSV table, cut just after a row end once the header row (the first with a
 * filled cell) is in the first shard. A table that is not UTF-8, whose opening is not valid CSV, or
 * whose header row is not found in its first mebibyte is one shard, so a single pass's message for it
 * is given as is.
 */
async function* csvShardsOfFile(handle: fs.FileHandle, file: InputFile, target: number): AsyncGenerator<FileShard> {
  const whole: FileShard = { start: 0, end: file.size, form: 'csv', firstLine: 1 };
  if (!(await isUtf8File(handle, file.path, file.size))) {
    yield whole;
    return;
  }
  const ends = new CsvRowEnds();
  const buffer = Buffer.allocUnsafe(BLOCK);
  const head: Buffer[] = [];
  let opening: FileShard['opening'];
  // Whether the rows since the head was last read may have a filled cell.
  let unread = false;
  let start = 0;
  let firstLine = 1;
  for (let position = 0; position < file.size; ) {
    const bytes = await readAt(handle, buffer, position, Math.min(BLOCK, file.size - position));
    if (bytes === 0) break;
    let from = 0;
    for (;;) {
      const end = ends.next(buffer, from, bytes);
      if (opening === undefined) {
        const piece = Buffer.from(buffer.subarray(from, end < 0 ? bytes : end));
        head.push(piece);
        unread ||= piece.some((byte) => !BLANK_BYTES.has(byte));
        if (end < 0 && position + bytes >= HEADER_BYTES) {
          yield whole;
          return;
        }
        if (end < 0) break;
        const cut = position + end;
        if (unread) {
          unread = false;
          let rows;
          try {
            rows = csvRows(new StrictUtf8(file.path).text(Buffer.concat(head)), file.path);
          } catch {
            yield whole;
            return;
          }
          if (rows.some((row) => !blankRow(row.row))) opening = { end: cut, nextLine: ends.line };
        }
        if (opening === undefined && cut >= HEADER_BYTES) {
          yield whole;
          return;
        }
      }
      if (end < 0) break;
      from = end;
      const cut = position + end;
      if (opening !== undefined && cut - start >= target && cut < file.size) {
        yield { start, end: cut, form: 'csv', firstLine, ...(start > 0 ? { opening } : {}) };
        start = cut;
        firstLine = ends.line;
      }
    }
    position += bytes;
  }
  yield { start, end: file.size, form: 'csv', firstLine, ...(start > 0 ? { opening } : {}) };
}

/**
 * Returns the shards of one file, about `target` bytes each, as the file is scanned: a JSON Lines
 * file is cut just after a line end, a CSV table just after a row end (see `csvShardsOfFile`); a
 * JSON file is one shard.
 */
async function* shardsOfFile(file: InputFile, target: number): AsyncGenerator<FileShard> {
  if (file.size === 0) return;
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file.path, 'r');
  } catch (error) {
    throw new UsageError({ key: 'cannotRead', params: { path: file.path, reason: describeFsError(error) } });
  }
  try {
    const form = await formOfFile(handle, file.path);
    if (form === 'csv') {
      yield* csvShardsOfFile(handle, file, target);
      return;
    }
    if (form !== 'jsonl') {
      yield { start: 0, end: file.size, form, firstLine: 1 };
      return;
    }
    const ends = new LineEnds();
    const buffer = Buffer.allocUnsafe(BLOCK);
    let start = 0;
    let firstLine = 1;
    for (let position = 0; position < file.size; ) {
      const bytes = await readAt(handle, buffer, position, Math.min(BLOCK, file.size - position));
      if (bytes === 0) break;
      for (let from = 0; ; ) {
        const end = ends.next(buffer, from, bytes);
        if (end < 0) break;
        from = end;
        const cut = position + end;
        if (cut - start >= target && cut < file.size) {
          yield { start, end: cut, form, firstLine };
          start = cut;
          firstLine = ends.line;
        }
      }
      position += bytes;
    }
    yield { start, end: file.size, form, firstLine };
  } finally {
    await handle.close();
  }
}

/**
 * Returns the shards of an input's files in reading order, about `target` bytes each, as the files
 * are scanned (so the first shards can be worked on before the last are found).
 *
 * @example
 * for await (const { shard } of shardsOf(await inputFiles('suppliers.jsonl', io), 8 << 20)) shard.firstLine
 * //=> 1, 5812, 11630, …
 */
export async function* shardsOf(files: readonly InputFile[], target: number): AsyncGenerator<InputShard> {
  for (const file of files) {
    for await (const shard of shardsOfFile(file, target)) yield { path: file.path, shard };
  }
}
