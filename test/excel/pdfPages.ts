/**
 * The pages of a PDF file as LibreOffice writes it, read without a PDF library: each page's size and
 * the text drawn on it, one piece per text object (a line of a cell), in drawing order. Reads what the
 * tests need: objects found as `n 0 obj … endobj` (no cross-reference table or object streams), Flate
 * streams, and fonts with a ToUnicode map of one-byte or two-byte codes.
 */
import { inflateSync } from 'node:zlib';

/** One page of a PDF: its size in points and the text drawn on it. */
export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly texts: readonly string[];
}

interface PdfObject {
  readonly dict: string;
  readonly stream: Buffer | undefined;
}

function objects(pdf: Buffer): Map<string, PdfObject> {
  const text = pdf.toString('latin1');
  const found = new Map<string, PdfObject>();
  for (const match of text.matchAll(/(\d+) 0 obj\b([\s\S]*?)\bendobj/g)) {
    const body = match[2] as string;
    const start = body.search(/stream\r?\n/);
    if (start < 0) {
      found.set(match[1] as string, { dict: body, stream: undefined });
      continue;
    }
    const from = (match.index as number) + match[0].indexOf(body) + start + (body[start + 6] === '\r' ? 8 : 7);
    const to = text.lastIndexOf('endstream', (match.index as number) + match[0].length);
    const raw = pdf.subarray(from, to);
    const dict = body.slice(0, start);
    found.set(match[1] as string, { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(raw, { finishFlush: 2 }) : raw });
  }
  return found;
}

const ref = (dict: string, key: string): string | undefined => new RegExp(`/${key}\\s*(\\d+) 0 R`).exec(dict)?.[1];

/** The code-to-text map of a ToUnicode CMap. */
function toUnicode(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of (block[1] as string).matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set((pair[1] as string).toUpperCase(), utf16(pair[2] as string));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const range of (block[1] as string).matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const [from, to, first] = [parseInt(range[1] as string, 16), parseInt(range[2] as string, 16), parseInt(range[3] as string, 16)];
      const digits = (range[1] as string).length;
      for (let code = from; code <= to; code++) map.set(code.toString(16).toUpperCase().padStart(digits, '0'), String.fromCharCode(first + code - from));
    }
  }
  return map;
}

/**
 * Returns the pages of a PDF in order, each with its size and the text of each of its text objects.
 *
 * @example
 * pdfPages(readFileSync('report.pdf')).length
 * //=> 2
 */
export function pdfPages(pdf: Buffer): PdfPage[] {
  const all = objects(pdf);
  const dictOf = (id: string | undefined) => (id ? (all.get(id)?.dict ?? '') : '');
  const fonts = new Map<string, Map<string, string>>();
  const fontMap = (id: string) => {
    if (!fonts.has(id)) fonts.set(id, toUnicode(all.get(ref(dictOf(id), 'ToUnicode') ?? '')?.stream?.toString('latin1') ?? ''));
    return fonts.get(id) as Map<string, string>;
  };
  const pages: PdfPage[] = [];
  const visit = (id: string) => {
    const dict = dictOf(id);
    if (/\/Type\s*\/Pages\b/.test(dict)) {
      for (const kid of /\/Kids\s*\[([^\]]*)\]/.exec(dict)?.[1]?.matchAll(/(\d+) 0 R/g) ?? []) visit(kid[1] as string);
      return;
    }
    const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(dict);
    const resources = /\/Resources\s*<</.test(dict) ? dict : dictOf(ref(dict, 'Resources'));
    const fontDict = /\/Font\s*<</.test(resources) ? (/\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '') : dictOf(ref(resources, 'Font'));
    const fontIds = new Map([...fontDict.matchAll(/\/(\S+?)\s+(\d+) 0 R/g)].map((m) => [m[1] as string, m[2] as string]));
    const contents = /\/Contents\s*\[([^\]]*)\]/.exec(dict)?.[1] ?? /\/Contents\s*(\d+ 0 R)/.exec(dict)?.[1] ?? '';
    const stream = [...contents.matchAll(/(\d+) 0 R/g)].map((m) => all.get(m[1] as string)?.stream?.toString('latin1') ?? '').join('\n');
    const texts: string[] = [];
    for (const block of stream.matchAll(/\bBT\b([\s\S]*?)\bET\b/g)) {
      let map = new Map<string, string>();
      let piece = '';
      for (const op of (block[1] as string).matchAll(/\/(\S+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>|(\bTJ\b|\bTj\b)/g)) {
        if (op[1]) map = fontMap(fontIds.get(op[1]) ?? '');
        else if (op[2] !== undefined) {
          const width = [...map.keys()][0]?.length ?? 2;
          for (let i = 0; i < op[2].length; i += width) piece += map.get(op[2].slice(i, i + width).toUpperCase()) ?? '';
        }
      }
      texts.push(piece);
    }
    pages.push({ width: Number(box?.[3] ?? 0) - Number(box?.[1] ?? 0), height: Number(box?.[4] ?? 0) - Number(box?.[2] ?? 0), texts });
  };
  const catalog = [...all.values()].find((object) => /\/Type\s*\/Catalog\b/.test(object.dict));
  visit(ref(catalog?.dict ?? '', 'Pages') ?? '');
  return pages;
}
