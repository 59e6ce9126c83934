/**
 * Reading bytes as UTF-8 text without losing anything: invalid bytes are an error naming the file and
 * the byte offset, never U+FFFD; a byte-order mark at the start is dropped (as `TextDecoder` does),
 * the same way for every form of input.
 */
import { InputError } from './args.js';

/** Returns how many continuation bytes a lead byte takes and the allowed range of the first one, or undefined for a byte no sequence starts with. */
function sequenceOf(lead: number): readonly [number, number, number] | undefined {
  if (lead < 0x80) return [0, 0, 0];
  if (lead >= 0xc2 && lead <= 0xdf) return [1, 0x80, 0xbf];
  if (lead === 0xe0) return [2, 0xa0, 0xbf];
  if (lead === 0xed) return [2, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [2, 0x80, 0xbf];
  if (lead === 0xf0) return [3, 0x90, 0xbf];
  if (lead === 0xf4) return [3, 0x80, 0x8f];
  if (lead >= 0xf1 && lead <= 0xf3) return [3, 0x80, 0xbf];
  return undefined;
}

/**
 * Returns the offset of the first byte that starts no valid UTF-8 sequence (a sequence cut off by the
 * end counts as invalid), or -1 when all of `bytes` from `from` on is valid UTF-8.
 *
 * @example
 * invalidUtf8Offset(Uint8Array.from([0x61, 0xc3, 0x28]))
 * //=> 1
 */
export function invalidUtf8Offset(bytes: Uint8Array, from = 0): number {
  let i = from;
  while (i < bytes.length) {
    const shape = sequenceOf(bytes[i] as number);
    if (shape === undefined) return i;
    const [more, low, high] = shape;
    if (i + more >= bytes.length && more > 0) return i;
    for (let k = 1; k <= more; k++) {
      const byte = bytes[i + k] as number;
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (byte < min || byte > max) return i;
    }
    i += more + 1;
  }
  return -1;
}

/** Returns the start of the last (possibly unfinished) character in the last four bytes of a chunk. */
function lastCharacterStart(bytes: Uint8Array): number {
  for (let i = bytes.length - 1; i >= Math.max(0, bytes.length - 4); i--) {
    if (((bytes[i] as number) & 0xc0) !== 0x80) return i;
  }
  return Math.max(0, bytes.length - 4);
}

/**
 * Decodes chunks of bytes as UTF-8 text, strictly: `text(chunk)` returns the text of the chunk (a
 * character split between chunks comes out whole with the later one), `end()` the rest. Invalid
 * UTF-8 throws an `InputError` naming the source and the byte offset.
 *
 * @example
 * const decoder = new StrictUtf8('suppliers.jsonl');
 * decoder.text(Uint8Array.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d])) + decoder.end()
 * //=> '{}'
 */
export class StrictUtf8 {
  private readonly decoder: InstanceType<typeof TextDecoder>;
  /** Bytes of the input before `previous`. */
  private before: number;
  private previous: Uint8Array = new Uint8Array(0);

  /** `offset`: where in the file the bytes start, for a part of a file (a byte-order mark is dropped only at 0). */
  constructor(
    private readonly source: string,
    offset = 0,
  ) {
    this.decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: offset > 0 });
    this.before = offset;
  }

  /** Returns the text of the next chunk. */
  text(chunk: Uint8Array): string {
    try {
      const text = this.decoder.decode(chunk, { stream: true });
      this.before += this.previous.length;
      this.previous = chunk;
      return text;
    } catch {
      throw this.invalid(chunk);
    }
  }

  /** Returns the text still held back at the end of the input. */
  end(): string {
    try {
      return this.decoder.decode();
    } catch {
      throw this.invalid(new Uint8Array(0));
    }
  }

  private invalid(chunk: Uint8Array): InputError {
    const start = lastCharacterStart(this.previous);
    const joined = new Uint8Array(this.previous.length - start + chunk.length);
    joined.set(this.previous.subarray(start));
    joined.set(chunk, this.previous.length - start);
    const at = invalidUtf8Offset(joined);
    const offset = this.before + start + (at < 0 ? joined.length : at);
    return new InputError({ key: 'utf8', params: { source: this.source, offset } });
  }
}

/**
 * Returns the text of a whole input's bytes, strictly as UTF-8 (see `StrictUtf8`).
 *
 * @example
 * utf8Text(Buffer.from('\uFEFF{"a":1}'), 'profile.json')
 * //=> '{"a":1}'
 */
export function utf8Text(bytes: Uint8Array, source: string): string {
  const decoder = new StrictUtf8(source);
  return decoder.text(bytes) + decoder.end();
}
