/** The sentences the command line writes itself (usage and input problems), in English and Bahasa Indonesia. */

/** The values a command-line sentence names. */
export type CliParams = Readonly<Record<string, string | number | undefined>>;

type Sentence = (p: CliParams) => string;

/** `; did you mean "x"?` when a closest name was found, else ''. */
const meantEn = (p: CliParams) => (p.suggestion === undefined ? '' : `; did you mean "${p.suggestion}"?`);
const meantId = (p: CliParams) => (p.suggestion === undefined ? '' : `; maksud Anda "${p.suggestion}"?`);

/** The line of a file a sentence repeats, indented, with a caret under the column (`caret`, 0-based). */
const shownLine = (p: CliParams) => (p.lineText === undefined ? '' : `\n  ${p.lineText}\n  ${' '.repeat(Math.max(0, Number(p.caret)))}^`);

const EN = {
  unknownCommand: (p) => `unknown command "${p.command}"${meantEn(p)}`,
  unknownOption: (p) => `unknown option ${p.option}${meantEn(p)}`,
  optionTakesNoValue: (p) => `option ${p.option} takes no value`,
  optionNeedsValue: (p) => `option ${p.option} needs a value`,
  optionChoice: (p) => `${p.option} must be one of ${p.choices}, got "${p.value}"${meantEn(p)}`,
  optionDate: (p) => `${p.option} must be a date YYYY-MM-DD, got "${p.value}"`,
  optionWholeNumber: (p) => `${p.option} must be a whole number, got "${p.value}"`,
  optionSize: (p) => `${p.option} must be a size such as 16M, got "${p.value}"`,
  optionWholeNumberTo: (p) => `${p.option} must be a whole number from 1 to ${p.max}, got "${p.value}"`,
  queueUrl: (p) => `--queue must be a Redis URL such as redis://127.0.0.1:6379, got "${p.value}"`,
  queueDatabase: (p) => `the database of --queue must be a number, got "${p.value}"`,
  queueNoStdin: () => 'cohort --queue reads files that every worker can read, not standard input',
  queueRun: (p) => `--run must be letters, digits, ".", "_" or "-", got "${p.value}"`,
  lintIgnore: (p) => `--ignore takes lint codes (${p.codes}), got "${p.value}"`,
  queueOptions: () => '--run, --shard-size and --evaluations go with --queue',
  decimalCommaWithComma: () => '--decimal-comma and --separator comma cannot be given together',
  needs: (p) =>
    ({
      evaluate: 'evaluate needs a profile and at least one evidence file',
      validate: 'validate needs exactly one file',
      lint: 'lint needs exactly one profile file',
      cohort: 'cohort needs a profile and one source',
      plan: 'plan needs --lot and --aql',
      capability: 'capability needs one values file',
      capabilityLimits: 'capability needs --lsl, --usl or both',
      schema: 'schema needs "profile" or "evidence"',
      worker: 'worker needs --queue redis://host:port',
    })[String(p.what)] ?? String(p.what),
  stdinOnce: () => 'standard input ("-") can be read only once',
  cannotRead: (p) => `cannot read ${p.path}: ${p.reason}`,
  cannotWrite: (p) => `cannot write ${p.path}: ${p.reason}`,
  noEvidenceAllowEmpty: (p) => `${p.sources}: no supplier evidence found (use --allow-empty to accept an empty input)`,
  noEvidence: (p) => `${p.source}: no supplier evidence found`,
  noProfile: (p) => `${p.source}: no profile found`,
  jsonSyntax: (p) => `${p.source}:${p.line}:${p.column}: not valid JSON: ${p.reason}${shownLine(p)}`,
  utf8: (p) => `${p.source} is not valid UTF-8: invalid byte at byte offset ${p.offset}`,
  csvBeyondHeader: (p) =>
    `${p.source}:${p.line}: column ${p.column} has a value beyond the header's last column ${p.last} (${p.cells} cells, the header ${p.width}); give the column a header or remove the value (a decimal comma in a comma-separated file?)`,
  csvCells: (p) => `${p.source}:${p.line}: ${p.cells} cells where the header has ${p.width}; every row of a CSV file needs as many cells as the header`,
  csvInvalid: (p) => `${p.source}:${p.line}: not valid CSV: ${p.reason}`,
  csvUnknownSection: (p) => `${p.source}:${p.line}: unknown section [${p.section}] (known: ${p.known})`,
  csvSectionTwice: (p) => `${p.source}:${p.line}: the section [${p.section}] is given twice`,
  decimalCommaAmbiguous: (p) =>
    `${p.source}:${p.line}: "${p.text}" has a comma between digits, which may be a decimal comma or a separator: give --decimal-comma (3,2 is 3.2) or --separator comma (3,2 is two values)`,
  usageHint: (p) => (p.command === undefined ? 'Run "supplier-quality --help" for usage.' : `Run "supplier-quality ${p.command} --help" for usage.`),
  outputFailed: (p) => `cannot write the output: ${p.reason}`,
  internalError: (p) => `internal error: ${p.reason}`,
  record: (p) => `record ${p.index}`,
  valid: (p) => `${p.source}: valid ${p.kind}${p.warnings ? `, ${p.warnings} warning(s)` : ''}`,
} satisfies Record<string, Sentence>;

/** The key of a sentence the command line writes itself. */
export type CliMessageKey = keyof typeof EN;

const ID: Readonly<Record<CliMessageKey, Sentence>> = {
  unknownCommand: (p) => `perintah "${p.command}" tidak dikenal${meantId(p)}`,
  unknownOption: (p) => `opsi ${p.option} tidak dikenal${meantId(p)}`,
  optionTakesNoValue: (p) => `opsi ${p.option} tidak menerima nilai`,
  optionNeedsValue: (p) => `opsi ${p.option} memerlukan nilai`,
  optionChoice: (p) => `${p.option} harus salah satu dari ${p.choices}, diberikan "${p.value}"${meantId(p)}`,
  optionDate: (p) => `${p.option} harus berupa tanggal YYYY-MM-DD, diberikan "${p.value}"`,
  optionWholeNumber: (p) => `${p.option} harus berupa bilangan bulat, diberikan "${p.value}"`,
  optionSize: (p) => `${p.option} harus berupa ukuran seperti 16M, diberikan "${p.value}"`,
  optionWholeNumberTo: (p) => `${p.option} harus berupa bilangan bulat dari 1 sampai ${p.max}, diberikan "${p.value}"`,
  queueUrl: (p) => `--queue harus berupa URL Redis seperti redis://127.0.0.1:6379, diberikan "${p.value}"`,
  queueDatabase: (p) => `basis data --queue harus berupa angka, diberikan "${p.value}"`,
  queueNoStdin: () => 'cohort --queue membaca berkas yang dapat dibaca setiap worker, bukan masukan standar',
  queueRun: (p) => `--run harus berupa huruf, angka, ".", "_" atau "-", diberikan "${p.value}"`,
  lintIgnore: (p) => `--ignore menerima kode lint (${p.codes}), diberikan "${p.value}"`,
  queueOptions: () => '--run, --shard-size dan --evaluations hanya dipakai bersama --queue',
  decimalCommaWithComma: () => '--decimal-comma dan --separator comma tidak dapat diberikan bersamaan',
  needs: (p) =>
    ({
      evaluate: 'evaluate memerlukan profil dan sedikitnya satu berkas bukti',
      validate: 'validate memerlukan tepat satu berkas',
      lint: 'lint memerlukan tepat satu berkas profil',
      cohort: 'cohort memerlukan profil dan satu sumber',
      plan: 'plan memerlukan --lot dan --aql',
      capability: 'capability memerlukan satu berkas nilai',
      capabilityLimits: 'capability memerlukan --lsl, --usl atau keduanya',
      schema: 'schema memerlukan "profile" atau "evidence"',
      worker: 'worker memerlukan --queue redis://host:port',
    })[String(p.what)] ?? String(p.what),
  stdinOnce: () => 'masukan standar ("-") hanya dapat dibaca sekali',
  cannotRead: (p) => `tidak dapat membaca ${p.path}: ${p.reason}`,
  cannotWrite: (p) => `tidak dapat menulis ${p.path}: ${p.reason}`,
  noEvidenceAllowEmpty: (p) => `${p.sources}: tidak ada bukti pemasok (gunakan --allow-empty untuk menerima masukan kosong)`,
  noEvidence: (p) => `${p.source}: tidak ada bukti pemasok`,
  noProfile: (p) => `${p.source}: tidak ada profil`,
  jsonSyntax: (p) => `${p.source}:${p.line}:${p.column}: bukan JSON yang sah: ${p.reason}${shownLine(p)}`,
  utf8: (p) => `${p.source} bukan UTF-8 yang sah: bita tidak sah pada posisi bita ${p.offset}`,
  csvBeyondHeader: (p) =>
    `${p.source}:${p.line}: kolom ${p.column} berisi nilai di luar kolom terakhir judul ${p.last} (${p.cells} sel, judul ${p.width}); beri kolom itu judul atau hapus nilainya (koma desimal dalam berkas yang dipisah koma?)`,
  csvCells: (p) => `${p.source}:${p.line}: ${p.cells} sel, sedangkan judul memiliki ${p.width}; setiap baris berkas CSV memerlukan sel sebanyak judul`,
  csvInvalid: (p) => `${p.source}:${p.line}: bukan CSV yang sah: ${p.reason}`,
  csvUnknownSection: (p) => `${p.source}:${p.line}: bagian [${p.section}] tidak dikenal (yang dikenal: ${p.known})`,
  csvSectionTwice: (p) => `${p.source}:${p.line}: bagian [${p.section}] diberikan dua kali`,
  decimalCommaAmbiguous: (p) =>
    `${p.source}:${p.line}: "${p.text}" memuat koma di antara angka, yang dapat berupa koma desimal atau pemisah: berikan --decimal-comma (3,2 adalah 3.2) atau --separator comma (3,2 adalah dua nilai)`,
  usageHint: (p) =>
    p.command === undefined ? 'Jalankan "supplier-quality --help" untuk cara pakai.' : `Jalankan "supplier-quality ${p.command} --help" untuk cara pakai.`,
  outputFailed: (p) => `tidak dapat menulis keluaran: ${p.reason}`,
  internalError: (p) => `galat internal: ${p.reason}`,
  record: (p) => `rekaman ${p.index}`,
  valid: (p) => `${p.source}: ${p.kind === 'profile' ? 'profil' : 'bukti'} sah${p.warnings ? `, ${p.warnings} peringatan` : ''}`,
};

/** The command line's own sentences by language; both have the same keys. */
export const CLI_MESSAGES: Readonly<Record<'en' | 'id', Readonly<Record<CliMessageKey, Sentence>>>> = { en: EN, id: ID };

/** A command-line sentence not yet put into words: its key and the values it names. */
export interface CliText {
  readonly key: CliMessageKey;
  readonly params?: CliParams;
}

/**
 * Returns a command-line sentence in a language.
 *
 * @example
 * cliMessage({ key: 'unknownCommand', params: { command: 'evalute', suggestion: 'evaluate' } }, 'id')
 * //=> 'perintah "evalute" tidak dikenal; maksud Anda "evaluate"?'
 */
export function cliMessage(text: CliText, lang: 'en' | 'id'): string {
  return CLI_MESSAGES[lang][text.key](text.params ?? {});
}
