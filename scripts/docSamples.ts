/**
 * Writes the command-line samples of the docs from the command line itself (`npm run docs:samples`).
 * A sample is a fenced block after a marker line naming the command's arguments:
 *
 *     <!-- sample: evaluate examples/pump-injector/profile.json examples/pump-injector/evidence/maju-jaya.json | 3 lines -->
 *     ```sh
 *     $ npx supplier-quality evaluate …
 *     …its standard output, then its standard error, as a terminal shows them…
 *     ```
 *
 * The command runs from the package folder; `| N lines` keeps the first N lines of standard output
 * (then `…`; standard error follows in full); a
 * non-zero exit code ends the block as `# exit 2`. test/docs/docSamples.test.ts fails when a sample
 * is not what the command prints.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { main } from '../cli/index.js';
import { memoryIO } from '../test/cli/fixtures/io.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The documents that hold command-line samples. */
export const SAMPLE_DOCS = ['docs/cli.md'] as const;

const MARKER = /^<!-- sample: (.+?)(?: \| (\d+) lines)? -->\n```(\w*)\n(?:[\s\S]*?\n)??```$/gm;

/** Runs the command line in this process and returns its standard output and error, and the exit code. */
async function runCli(args: readonly string[]): Promise<{ out: string; err: string; code: number }> {
  const io = memoryIO(ROOT);
  const code = await main(args, io);
  return { out: io.out(), err: io.err(), code };
}

/** Returns one sample block's text: the command, its output (the first `lines` lines) and a non-zero exit code. */
async function sampleBlock(command: string, lines: number | undefined, fence: string): Promise<string> {
  const args = command.split(/\s+/);
  const { out, err, code } = await runCli(args);
  const linesOf = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));
  let shown = linesOf(out);
  if (lines !== undefined && shown.length > lines) shown = [...shown.slice(0, lines), '…'];
  shown.push(...linesOf(err));
  const exit = code === 0 ? [] : [`# exit ${code}`];
  return [`<!-- sample: ${command}${lines !== undefined ? ` | ${lines} lines` : ''} -->`, `\`\`\`${fence}`, `$ npx supplier-quality ${command}`, ...shown, ...exit, '```'].join('\n');
}

/**
 * Returns a document's text with every sample block written anew from the command line.
 *
 * @example
 * await withSamples('<!-- sample: plan --lot 1200 --aql 1.0 -->\n```sh\n```')
 * //=> '<!-- sample: plan --lot 1200 --aql 1.0 -->\n```sh\n$ npx supplier-quality plan --lot 1200 --aql 1.0\ncode letter J\n…'
 */
export async function withSamples(text: string): Promise<string> {
  const blocks: Promise<string>[] = [];
  for (const match of text.matchAll(MARKER)) blocks.push(sampleBlock(match[1] as string, match[2] === undefined ? undefined : Number(match[2]), match[3] ?? ''));
  const written = await Promise.all(blocks);
  let i = 0;
  return text.replace(MARKER, () => written[i++] as string);
}

/** Returns the documents with samples, as they are and as the command line writes them. */
export async function sampleDocs(): Promise<{ path: string; current: string; written: string }[]> {
  return Promise.all(
    SAMPLE_DOCS.map(async (path) => {
      const current = readFileSync(`${ROOT}${path}`, 'utf8');
      return { path, current, written: await withSamples(current) };
    }),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const doc of await sampleDocs()) {
    if (doc.written === doc.current) continue;
    writeFileSync(`${ROOT}${doc.path}`, doc.written);
    console.log(`wrote ${doc.path}`);
  }
}
