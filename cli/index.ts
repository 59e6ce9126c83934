/**
 * The `supplier-quality` command line. Node only (never imported by the library or the global bundle).
 * `main(argv, io)` runs one command and returns its exit code: 0 done, 1 evaluated but not approved
 * (only with --fail-unless-approved), 2 invalid input or usage. Errors go to standard error as plain
 * sentences, never as a stack trace.
 */
import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import { LINT_CODES, lintReport, type LintCode } from '../src/authoring/index.js';
import {
  evaluate,
  evaluateCohortAsync,
  parseEvidence,
  parseProfile,
  pathToPass,
  ValidationError,
  type CohortSummary,
  type Evidence,
  type ParseResult,
  type Profile,
  type ValidationIssue,
} from '../src/index.js';
import { samplingPlan } from '../src/sampling/index.js';
import { issueText } from '../src/sheets/index.js';
import { processCapability } from '../src/stats/index.js';
import { choice, didYouMean, InputError, option, parseArgs, UsageError, type ParsedArgs } from './args.js';
import { csvRows } from './csv.js';
import { profileFromCsv } from './csvProfile.js';
import { helpText } from './help.js';
import { cliMessage, type CliMessageKey, type CliParams } from './messages.js';
import { csvEvidence, describeFsError, evidenceRecords, formOf, jsonLineValue, loadProfile, parseJson, readText, type CliIO, type ReadProgress } from './input.js';
import { terminalText } from './terminalText.js';
import { evidenceJsonSchema, profileJsonSchema } from './jsonSchema.js';
import { FORMATS, renderCohortSummary, renderEvaluations, type Evaluated, type Lang } from './render.js';

export type { CliIO } from './input.js';

const LANGS = ['en', 'id'] as const;

/** Thrown when the input is invalid: its issues are printed, exit code 2. */
class InputProblems extends Error {
  constructor(
    readonly issues: readonly ValidationIssue[],
    readonly source: string,
  ) {
    super(`${source}: ${issues.length} problem${issues.length === 1 ? '' : 's'}`);
  }
}

/** Writes text to an output stream; on a terminal with control characters made visible. */
const write = (stream: NodeJS.WritableStream & { isTTY?: boolean }, text: string) =>
  new Promise<void>((resolve, reject) => {
    try {
      stream.write(stream.isTTY === true ? terminalText(text) : text, (error) => (error ? reject(new OutputError(error)) : resolve()));
    } catch (error) {
      reject(new OutputError(error));
    }
  });

/** Writes text to standard error with control characters made visible, whether or not it is a terminal. */
const writeError = (io: CliIO, text: string) => write(io.stderr, terminalText(text));

/** Standard output or error could not be written (a closed pipe, a full disk). */
class OutputError extends Error {
  constructor(readonly reason: unknown) {
    super(describeFsError(reason));
  }
  /** Whether the reader has gone away (the pipe was closed), which ends a command quietly. */
  get closedPipe(): boolean {
    return (this.reason as { code?: string } | undefined)?.code === 'EPIPE';
  }
}

/** Returns how a source is named in messages: `stdin` for `-`. */
const sourceName = (path: string) => (path === '-' ? 'stdin' : path);

/** Writes the output to --out or standard output. */
async function output(args: ParsedArgs, io: CliIO, text: string): Promise<void> {
  const out = option(args, 'out');
  if (out === undefined) return write(io.stdout, text);
  try {
    await fs.writeFile(resolve(io.cwd, out), text, 'utf8');
  } catch (error) {
    throw new UsageError({ key: 'cannotWrite', params: { path: out, reason: (error as Error).message } });
  }
}

/** Returns one line per problem: where (the file, or the sheet cell for CSV tables) and the sentence.
 *
 * @example
 * problemsText(error.issues, 'suppliers.jsonl:12', 'en')
 * //=> 'suppliers.jsonl:12: auditDate: "2026-02-30" is not a calendar date in the form YYYY-MM-DD.\n'
 */
export function problemsText(issues: readonly ValidationIssue[], source: string, lang: Lang): string {
  return issues.map((issue) => ('sheet' in issue ? `${issueText(issue, lang)}\n` : `${source}: ${issueText(issue, lang)}\n`)).join('');
}

/**
 * Returns a writer of the warnings about records that are still evaluated (an entry or a column for a
 * criterion the profile does not have), on standard error in every output format. A line already
 * written is not written again (a CSV column's warning is the same for every row).
 */
function warningWriter(io: CliIO, lang: Lang): (warnings: readonly ValidationIssue[], source: string) => Promise<void> {
  const written = new Set<string>();
  return async (warnings, source) => {
    const lines = warningsText(warnings, source, lang)
      .split('\n')
      .filter((line) => line !== '' && !written.has(line));
    lines.forEach((line) => written.add(line));
    if (lines.length > 0) await writeError(io, `${lines.join('\n')}\n`);
  };
}

/** Returns one line per warning about a record, as `validate` writes them. */
function warningsText(warnings: readonly ValidationIssue[], source: string, lang: Lang): string {
  const label = cliMessage({ key: 'warningLabel' }, lang);
  return warnings.map((issue) => ('sheet' in issue ? `${label}: ${issueText(issue, lang)}\n` : `${source} (${label}): ${issueText(issue, lang)}\n`)).join('');
}

function evaluationDate(args: ParsedArgs): { at?: string } {
  const at = option(args, 'at');
  if (at === undefined) return {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(at)) throw new UsageError({ key: 'optionDate', params: { option: '--at', value: at } });
  return { at };
}

async function profileOf(path: string, io: CliIO): Promise<Profile> {
  try {
    return await loadProfile(path, io);
  } catch (error) {
    if (error instanceof ValidationError) throw new InputProblems(error.issues, path === '-' ? 'stdin' : path);
    throw error;
  }
}

async function evaluateCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, ['format', 'lang', 'at', 'out'], ['fail-unless-approved', 'no-path', 'allow-empty']);
  if (args.options.has('help')) return help(io, 'evaluate', argv);
  const format = choice(args, 'format', FORMATS);
  const lang = choice(args, 'lang', LANGS);
  const options = evaluationDate(args);
  const [profilePath, ...sources] = args.positional;
  if (profilePath === undefined || sources.length === 0) throw new UsageError({ key: 'needs', params: { what: 'evaluate' } });
  if ([profilePath, ...sources].filter((path) => path === '-').length > 1) throw new UsageError({ key: 'stdinOnce' });
  const profile = await profileOf(profilePath, io);
  const items: Evaluated[] = [];
  let problems = 0;
  const progress: ReadProgress = { bytes: 0, total: 0 };
  const warn = warningWriter(io, lang);
  for (const source of sources) {
    for await (const record of evidenceRecords(source, profile, io, progress)) {
      if (!record.result.success) {
        problems += 1;
        await writeError(io, problemsText(record.result.error.issues, record.source, lang));
        continue;
      }
      if (record.result.warnings.length > 0) await warn(record.result.warnings, record.source);
      try {
        const evaluation = evaluate(profile, record.result.data, options);
        const path = args.options.has('no-path') || evaluation.decision === 'approved' ? undefined : pathToPass(profile, evaluation);
        items.push({ evaluation, evidence: record.result.data, ...(path ? { path } : {}) });
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        problems += 1;
        await writeError(io, problemsText(error.issues, record.source, lang));
      }
    }
  }
  if (items.length > 0) await output(args, io, renderEvaluations(items, format, lang, profile));
  if (problems > 0) return 2;
  if (items.length === 0 && !args.options.has('allow-empty')) throw new InputError({ key: 'noEvidenceAllowEmpty', params: { sources: sources.map(sourceName).join(', ') } });
  if (args.options.has('fail-unless-approved') && items.some((item) => item.evaluation.decision !== 'approved')) return 1;
  return 0;
}

/** Returns what a JSON value is: a profile, evidence, or neither. */
function kindOfJson(value: unknown): 'profile' | 'evidence' | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  if ('categories' in value) return 'profile';
  if ('entries' in value || 'supplier' in value) return 'evidence';
  return undefined;
}

async function validateCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, ['profile', 'format', 'lang'], []);
  if (args.options.has('help')) return help(io, 'validate', argv);
  const format = choice(args, 'format', ['text', 'json'] as const);
  const lang = choice(args, 'lang', LANGS);
  const [path] = args.positional;
  if (path === undefined || args.positional.length > 1) throw new UsageError({ key: 'needs', params: { what: 'validate' } });
  const profilePath = option(args, 'profile');
  const profile = profilePath === undefined ? undefined : await profileOf(profilePath, io);
  const text = await readText(path, io);
  const form = formOf(path, text);
  const name = path === '-' ? 'stdin' : path;
  const results: { source: string; kind: string; result: ParseResult<unknown> }[] = [];
  if (form === 'csv') {
    if (profile) {
      for (const record of csvEvidence(csvRows(text, name), name, profile)) results.push({ source: record.source, kind: 'evidence', result: record.result });
    } else {
      results.push({ source: name, kind: 'profile', result: profileFromCsv(text, name) });
    }
  } else {
    // JSON Lines: each line by its number in the file; one that is not JSON is one problem, and the others are still checked.
    const lines =
      form === 'jsonl'
        ? text.split('\n').flatMap((line, i) => (line.trim() === '' ? [] : [{ source: `${name}:${i + 1}`, parsed: jsonLineValue(line) }]))
        : [{ source: name, parsed: { success: true as const, value: parseJson(text, name) } }];
    for (const { source, parsed } of lines) {
      if (!parsed.success) {
        results.push({ source, kind: profile ? 'evidence' : 'profile', result: parsed });
        continue;
      }
      const kind = kindOfJson(parsed.value) ?? (profile ? 'evidence' : 'profile');
      results.push({ source, kind, result: kind === 'profile' ? parseProfile(parsed.value) : parseEvidence(parsed.value, profile ? { profile } : {}) });
    }
  }
  if (results.length === 0) throw new InputError({ key: profile ? 'noEvidence' : 'noProfile', params: { source: name } });
  const failed = results.filter((r) => !r.result.success);
  if (format === 'json') {
    const report = results.map((r) => ({
      source: r.source,
      kind: r.kind,
      valid: r.result.success,
      issues: r.result.success ? [] : r.result.error.issues,
      warnings: r.result.success ? r.result.warnings : [],
    }));
    await write(io.stdout, `${JSON.stringify(report.length === 1 ? report[0] : report, null, 2)}\n`);
  } else {
    for (const r of results) {
      if (r.result.success) {
        await write(io.stdout, `${cliMessage({ key: 'valid', params: { source: r.source, kind: r.kind, warnings: r.result.warnings.length } }, lang)}\n`);
        if (r.result.warnings.length) await writeError(io, warningsText(r.result.warnings, r.source, lang));
      } else {
        await writeError(io, problemsText(r.result.error.issues, r.source, lang));
      }
    }
  }
  return failed.length > 0 ? 2 : 0;
}

async function lintCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, ['format', 'lang', 'ignore'], []);
  if (args.options.has('help')) return help(io, 'lint', argv);
  const format = choice(args, 'format', ['text', 'json'] as const);
  const lang = choice(args, 'lang', LANGS);
  const [path, ...rest] = args.positional;
  if (path === undefined || rest.length > 0) throw new UsageError({ key: 'needs', params: { what: 'lint' } });
  const ignore = (option(args, 'ignore') ?? '')
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code !== '');
  const unknown = ignore.filter((code) => !(LINT_CODES as readonly string[]).includes(code));
  if (unknown.length > 0) throw new UsageError({ key: 'lintIgnore', params: { codes: LINT_CODES.join(', '), value: unknown.join(', ') } });
  const profile = await profileOf(path, io);
  const report = lintReport(profile, { language: lang, ignore: ignore as LintCode[] });
  if (format === 'json') {
    await write(io.stdout, `${JSON.stringify({ profile: { id: profile.id, version: profile.version }, warnings: report.warnings }, null, 2)}\n`);
  } else {
    await write(io.stdout, `${report.text}\n`);
  }
  return report.status;
}

/** Draws a one-line progress bar on standard error (a terminal). */
function progressLine(io: CliIO, count: number, progress: ReadProgress, lang: Lang): void {
  const records = cliMessage({ key: 'progressRecords', params: { count } }, lang);
  const width = 30;
  if (progress.total > 0) {
    const share = Math.min(1, progress.bytes / progress.total);
    const filled = Math.round(share * width);
    io.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)} %  ${records}`);
  } else {
    io.stderr.write(`\r${records}`);
  }
}

/** Returns a size in bytes: a whole number, optionally with k, M or G (powers of 1024). */
function sizeOption(value: string, name: string): number {
  const match = /^(\d{1,12})([kmg]i?b?)?$/i.exec(value);
  const bytes = match ? Number(match[1]) * 1024 ** ' kmg'.indexOf((match[2]?.[0] ?? ' ').toLowerCase()) : 0;
  if (!match || bytes < 1) throw new UsageError({ key: 'optionSize', params: { option: `--${name}`, value } });
  return bytes;
}

async function cohortCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, ['format', 'lang', 'at', 'out', 'top', 'queue', 'run', 'shard-size', 'evaluations'], ['full-ranking', 'paths', 'allow-empty']);
  if (args.options.has('help')) return help(io, 'cohort', argv);
  const format = choice(args, 'format', FORMATS);
  const lang = choice(args, 'lang', LANGS);
  const options = evaluationDate(args);
  const top = option(args, 'top');
  if (top !== undefined && !/^\d{1,9}$/.test(top)) throw new UsageError({ key: 'optionWholeNumber', params: { option: '--top', value: top } });
  const [profilePath, source, ...rest] = args.positional;
  if (profilePath === undefined || source === undefined || rest.length > 0) throw new UsageError({ key: 'needs', params: { what: 'cohort' } });
  if (profilePath === '-' && source === '-') throw new UsageError({ key: 'stdinOnce' });
  const queue = option(args, 'queue');
  const [run, shardSize, evaluations] = [option(args, 'run'), option(args, 'shard-size'), option(args, 'evaluations')];
  if (queue === undefined && (run ?? shardSize ?? evaluations) !== undefined) throw new UsageError({ key: 'queueOptions' });
  const profile = await profileOf(profilePath, io);
  const settings = {
    ...options,
    ...(top !== undefined ? { top: Number(top) } : {}),
    ...(args.options.has('full-ranking') ? { fullRanking: true } : {}),
    ...(args.options.has('paths') ? { paths: true } : {}),
  };
  const progress: ReadProgress = { bytes: 0, total: 0 };
  const warn = warningWriter(io, lang);
  const tty = io.stderr.isTTY === true;
  let read = 0;
  let problems = 0;
  const problem = async (issues: readonly ValidationIssue[], where: string) => {
    problems += 1;
    if (tty) io.stderr.write('\r\x1b[K');
    await writeError(io, problemsText(issues, where, lang));
  };
  let summary: CohortSummary;
  if (queue !== undefined) {
    const { cohortOnQueue } = await import('./queue/coordinator.js');
    const request = { url: queue, lang, profilePath, profile, source, settings, shardBytes: sizeOption(shardSize ?? '16M', 'shard-size'), progress };
    summary = await cohortOnQueue({ ...request, ...(run !== undefined ? { run } : {}), ...(evaluations !== undefined ? { evaluations } : {}) }, io, {
      problem,
      read: (count) => {
        read = count;
        if (tty) progressLine(io, read, progress, lang);
      },
    });
  } else {
    async function* valid(): AsyncGenerator<Evidence> {
      for await (const record of evidenceRecords(source as string, profile, io, progress)) {
        read += 1;
        if (record.result.success) {
          if (record.result.warnings.length > 0) {
            if (tty) io.stderr.write('\r\x1b[K');
            await warn(record.result.warnings, record.source);
          }
          yield record.result.data;
        } else await problem(record.result.error.issues, record.source);
        if (tty && read % 50 === 0) progressLine(io, read, progress, lang);
      }
    }
    summary = await evaluateCohortAsync(profile, valid(), settings);
  }
  if (tty) {
    progressLine(io, read, progress, lang);
    io.stderr.write('\n');
  }
  // On a queue the workers read the records: the warnings reach standard error from the summary (its listed records).
  if (queue !== undefined) {
    const label = cliMessage({ key: 'warningLabel' }, lang);
    for (const record of summary.warnings?.examples ?? []) {
      const where = `${sourceName(source)}, ${cliMessage({ key: 'record', params: { index: record.index + 1 } }, lang)} (${label})`;
      const lines = record.warnings.map((w) => `${where}: ${issueText(w, lang)}\n`);
      await writeError(io, lines.join(''));
    }
  }
  for (const invalid of summary.invalidRecords.records) {
    problems += 1;
    await writeError(io, invalid.issues.map((issue) => `${cliMessage({ key: 'record', params: { index: invalid.index + 1 } }, lang)}: ${issue.path}: ${lang === 'id' ? issue.messageId : issue.message}\n`).join(''));
  }
  if (read === 0 && !args.options.has('allow-empty')) throw new InputError({ key: 'noEvidenceAllowEmpty', params: { sources: sourceName(source) } });
  await output(args, io, renderCohortSummary(summary, format, lang, profile));
  return problems > 0 || summary.invalid > 0 ? 2 : 0;
}

async function workerCommand(argv: readonly string[], io: CliIO): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) return help(io, 'worker', argv);
  return (await import('./queue/worker.js')).workerCommand(argv, io);
}

async function planCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, ['lot', 'aql', 'level', 'inspection', 'edition', 'format', 'lang'], []);
  if (args.options.has('help')) return help(io, 'plan', argv);
  const format = choice(args, 'format', ['text', 'json'] as const);
  const lang = choice(args, 'lang', LANGS);
  const lot = option(args, 'lot');
  const aql = option(args, 'aql');
  if (lot === undefined || aql === undefined || args.positional.length > 0) throw new UsageError({ key: 'needs', params: { what: 'plan' } });
  const lotSize = /^\d+$/.test(lot) ? Number(lot) : (lot as unknown as number);
  const request = {
    lotSize,
    aql,
    level: (option(args, 'level') ?? 'II') as 'II',
    ...(option(args, 'inspection') ? { inspection: option(args, 'inspection') as 'normal' } : {}),
    ...(option(args, 'edition') ? { edition: option(args, 'edition') as 'ISO 2859-1:1999' } : {}),
  };
  const plan = withInputProblems(() => samplingPlan(request), 'plan');
  if (format === 'json') return write(io.stdout, `${JSON.stringify(plan, null, 2)}\n`).then(() => 0);
  const say = (key: CliMessageKey, params: CliParams) => cliMessage({ key, params }, lang);
  const count = (n: number) => new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US').format(n);
  const explanation = {
    explanation: plan.explanation,
    lot: count(plan.lotSize),
    level: plan.level,
    letter: plan.codeLetter,
    planLetter: plan.planLetter,
    inspection: plan.inspection,
    // The AQL as the tables write it (1.0, not 1), with the language's decimal mark.
    aql: (/AQL ([\d.]+)/.exec(plan.explanation)?.[1] ?? plan.aql).replace('.', lang === 'id' ? ',' : '.'),
    arrow: plan.arrow,
    all: plan.hundredPercent ? 'yes' : undefined,
    size: count(plan.sampleSize),
    tableSize: count(plan.tableSampleSize),
    ac: plan.acceptanceNumber,
    re: plan.rejectionNumber,
  };
  await write(
    io.stdout,
    [
      say('planCodeLetter', { letter: plan.codeLetter, planLetter: plan.planLetter }),
      say('planSampleSize', { size: plan.sampleSize, all: plan.hundredPercent ? 'yes' : undefined }),
      say('planAccept', { ac: plan.acceptanceNumber }),
      say('planReject', { re: plan.rejectionNumber }),
      say('planExplanation', explanation),
      '',
    ].join('\n'),
  );
  return 0;
}

/** Runs a library call; its `ValidationError` becomes input problems (exit 2). */
function withInputProblems<T>(run: () => T, source: string): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ValidationError) throw new InputProblems(error.issues, source);
    throw error;
  }
}

/** How values in a text file are written: what separates them and what marks the decimals. */
interface NumberStyle {
  readonly separator: 'any' | 'comma' | 'semicolon' | 'tab' | 'space';
  readonly decimalComma: boolean;
}

const SEPARATORS: Readonly<Record<NumberStyle['separator'], RegExp>> = {
  any: /[\s,;]+/,
  comma: /\s*,\s*|\s+/,
  semicolon: /\s*;\s*/,
  tab: /\t/,
  space: / +/,
};

/** A line of the user's file as a message repeats it: at most 80 characters, then an ellipsis. */
function shownLine(line: string): string {
  return line.length <= 80 ? line : `${line.slice(0, 80)}…`;
}

/**
 * Returns the values of a text file: one subgroup per line with several numbers, else individual
 * values. A comma between digits on a line whose values hold no decimal point (`3,2`) may be a decimal
 * comma or a separator: it is refused unless `--decimal-comma` or `--separator` says which.
 */
function valuesOfText(text: string, style: NumberStyle, source: string): string[] | string[][] {
  const separator = style.decimalComma && style.separator === 'any' ? /[\s;]+/ : SEPARATORS[style.separator];
  const lines: string[][] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (style.separator === 'any' && !style.decimalComma && /\d,\d/.test(line) && !line.includes('.')) {
      throw new InputError({ key: 'decimalCommaAmbiguous', params: { source, line: i + 1, text: shownLine(line.trim()) } });
    }
    const tokens = line
      .trim()
      .split(separator)
      .filter((token) => token !== '')
      .map((token) => (style.decimalComma ? token.replace(',', '.') : token));
    if (tokens.length > 0) lines.push(tokens);
  });
  const numeric = (token: string) => /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(token);
  if (lines.length > 0 && !(lines[0] as string[]).some(numeric)) lines.shift();
  return lines.length > 1 && lines.some((tokens) => tokens.length > 1) ? lines : lines.flat();
}

async function capabilityCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, ['lsl', 'usl', 'target', 'sigma', 'format', 'lang', 'separator'], ['decimal-comma']);
  if (args.options.has('help')) return help(io, 'capability', argv);
  const format = choice(args, 'format', ['text', 'json'] as const);
  const lang = choice(args, 'lang', LANGS);
  const [path, ...rest] = args.positional;
  if (path === undefined || rest.length > 0) throw new UsageError({ key: 'needs', params: { what: 'capability' } });
  const text = await readText(path, io);
  const style: NumberStyle = { separator: choice(args, 'separator', ['any', 'comma', 'semicolon', 'tab', 'space'] as const), decimalComma: args.options.has('decimal-comma') };
  if (style.decimalComma && style.separator === 'comma') throw new UsageError({ key: 'decimalCommaWithComma' });
  const data = formOf(path, text) === 'json' ? parseJson(text, path) : valuesOfText(text, style, sourceName(path));
  const limits = {
    ...(option(args, 'lsl') !== undefined ? { lsl: option(args, 'lsl') } : {}),
    ...(option(args, 'usl') !== undefined ? { usl: option(args, 'usl') } : {}),
    ...(option(args, 'target') !== undefined ? { target: option(args, 'target') } : {}),
    ...(option(args, 'sigma') !== undefined ? { sigma: option(args, 'sigma') as 'rbar' } : {}),
  };
  if (limits.lsl === undefined && limits.usl === undefined) throw new UsageError({ key: 'needs', params: { what: 'capabilityLimits' } });
  const study = withInputProblems(() => processCapability(data as string[], limits), path === '-' ? 'stdin' : path);
  if (format === 'json') return write(io.stdout, `${JSON.stringify(study, null, 2)}\n`).then(() => 0);
  const show = (value: string | null) => value ?? '-';
  const say = (key: CliMessageKey, params: CliParams) => cliMessage({ key, params }, lang);
  await write(
    io.stdout,
    [
      say('capabilityValues', { n: study.n, subgroups: study.subgroups.count, mean: study.mean, within: study.sigmaWithin, method: study.sigmaWithinMethod, overall: study.sigmaOverall }),
      `Cp ${show(study.cp)}   Cpk ${show(study.cpk)}   Pp ${show(study.pp)}   Ppk ${show(study.ppk)}${study.cpm !== null ? `   Cpm ${study.cpm}` : ''}`,
      ...(study.cpkInterval ? [say('capabilityBound', { level: Number(study.cpkInterval.level) * 100, bound: study.cpkInterval.lowerBound })] : []),
      say('capabilityOutside', {
        observed: study.observedOutside.total.ppm,
        count: study.observedOutside.total.count,
        expected: study.expectedOutside.within ? study.expectedOutside.within.total.ppm : undefined,
      }),
      ...study.notes.map((note) => say('capabilityNote', { note: lang === 'id' ? note.messageId : note.message })),
      '',
    ].join('\n'),
  );
  return 0;
}

async function schemaCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, ['lang'], []);
  if (args.options.has('help')) return help(io, 'schema', argv);
  choice(args, 'lang', LANGS);
  const [which, ...rest] = args.positional;
  if ((which !== 'profile' && which !== 'evidence') || rest.length > 0) throw new UsageError({ key: 'needs', params: { what: 'schema' } });
  await write(io.stdout, `${JSON.stringify(which === 'profile' ? profileJsonSchema() : evidenceJsonSchema(), null, 2)}\n`);
  return 0;
}

/** Writes the help of a command in the language its command line asks for (`--lang id`). */
async function help(io: CliIO, command: string, argv: readonly string[]): Promise<number> {
  await write(io.stdout, helpText(command, langOf(argv)));
  return 0;
}

/** Returns the language a command line asks for: `id` with `--lang id` or `--lang=id`, else `en`. */
const langOf = (argv: readonly string[]): Lang => (argv.some((arg, i) => arg === '--lang=id' || (arg === '--lang' && argv[i + 1] === 'id')) ? 'id' : 'en');

type Command = (argv: readonly string[], io: CliIO) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  evaluate: evaluateCommand,
  validate: validateCommand,
  lint: lintCommand,
  cohort: cohortCommand,
  plan: planCommand,
  capability: capabilityCommand,
  schema: schemaCommand,
  worker: workerCommand,
};

/**
 * Runs the command line and returns the exit code: 0 done, 1 evaluated but not approved (with
 * --fail-unless-approved) or a profile with lint warnings, 2 invalid input or usage, 70 an internal
 * error (a bug: please report it).
 *
 * @example
 * await main(['plan', '--lot', '1200', '--aql', '1.0'])
 * //=> 0 (prints the plan: code letter J, sample size 80, Ac 2, Re 3)
 */
export async function main(
  argv: readonly string[],
  io: CliIO = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() },
): Promise<number> {
  const [command, ...rest] = argv;
  // A closed pipe or a full disk also emits 'error' on the stream (also after the command ended); the failed write reports it.
  const quiet = () => undefined;
  io.stdout.on('error', quiet);
  io.stderr.on('error', quiet);
  const lang = langOf(argv);
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      return await help(io, rest[0] !== undefined && isCommand(rest[0]) ? rest[0] : 'main', argv);
    }
    if (!isCommand(command)) throw new UsageError({ key: 'unknownCommand', params: { command, ...didYouMean(command, Object.keys(COMMANDS)) } });
    return await (COMMANDS[command] as Command)(rest, io);
  } catch (error) {
    return await failure(error, command, io, lang);
  }
}

/** Returns whether a name is one of the commands (an own key: `constructor` or `__proto__` is not). */
const isCommand = (name: string): boolean => Object.hasOwn(COMMANDS, name);

/**
 * Reports what stopped a command on standard error and returns the exit code: 2 for usage and input
 * problems, 74 when the output cannot be written (one line), 141 (quietly, as after SIGPIPE) when the
 * reader closed the pipe, 70 for anything else (a bug).
 */
async function failure(error: unknown, command: string | undefined, io: CliIO, lang: Lang): Promise<number> {
  const report = (text: string) => writeError(io, text).catch(() => undefined);
  if (error instanceof OutputError) {
    if (error.closedPipe) return 141;
    await report(`supplier-quality: ${cliMessage({ key: 'outputFailed', params: { reason: error.message } }, lang)}\n`);
    return 74;
  }
  if (error instanceof InputError) {
    await report(`supplier-quality: ${error.messageIn(lang)}\n`);
    return 2;
  }
  if (error instanceof UsageError) {
    const hint = cliMessage({ key: 'usageHint', params: { command: command !== undefined && isCommand(command) ? command : undefined } }, lang);
    await report(`supplier-quality: ${error.messageIn(lang)}\n${hint}\n`);
    return 2;
  }
  if (error instanceof InputProblems) {
    await report(problemsText(error.issues, error.source, lang));
    return 2;
  }
  if (error instanceof ValidationError) {
    await report(problemsText(error.issues, 'input', lang));
    return 2;
  }
  await report(`supplier-quality: ${cliMessage({ key: 'internalError', params: { reason: String((error as Error)?.message ?? error) } }, lang)}\n`);
  return 70;
}
