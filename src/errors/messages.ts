/**
 * The sentence for every issue code, in English and Bahasa Indonesia. Each entry takes the issue's
 * parameters and returns a plain sentence without the path (the path is shown beside it).
 */
type Params = Readonly<Record<string, string | number>>;
type Sentence = (p: Params) => string;

/** Quantity names of src/units in Bahasa Indonesia. */
const quantityId: Readonly<Record<string, string>> = {
  length: 'panjang',
  pressure: 'tekanan',
  flow: 'laju alir',
  mass: 'massa',
  temperature: 'suhu',
  ratio: 'rasio',
};
const inId = (quantity: string | number | undefined): string => quantityId[String(quantity)] ?? String(quantity);

export const issueMessages = {
  invalid_type: {
    en: (p: Params) => `Expected ${p.expected}, got ${p.received}.`,
    id: (p: Params) => `Diharapkan ${p.expected}, diterima ${p.received}.`,
  },
  required: {
    en: () => 'This value is required.',
    id: () => 'Nilai ini wajib diisi.',
  },
  too_small: {
    en: (p: Params) => `Must be at least ${p.minimum}${p.unit ? ` ${p.unit}` : ''}.`,
    id: (p: Params) => `Minimal ${p.minimum}${p.unit ? ` ${p.unit}` : ''}.`,
  },
  too_big: {
    en: (p: Params) => `Must be at most ${p.maximum}${p.unit ? ` ${p.unit}` : ''}.`,
    id: (p: Params) => `Maksimal ${p.maximum}${p.unit ? ` ${p.unit}` : ''}.`,
  },
  invalid_value: {
    en: (p: Params) => `Must be one of: ${p.options}.`,
    id: (p: Params) => `Harus salah satu dari: ${p.options}.`,
  },
  unrecognized_key: {
    en: (p: Params) => `Unknown field "${p.key}".`,
    id: (p: Params) => `Kolom "${p.key}" tidak dikenal.`,
  },
  invalid_decimal: {
    en: (p: Params) => `"${p.value}" is not a finite decimal number (use digits with an optional sign and a dot, e.g. 10.05).`,
    id: (p: Params) => `"${p.value}" bukan bilangan desimal berhingga (gunakan angka dengan tanda opsional dan titik, mis. 10.05).`,
  },
  invalid_date: {
    en: (p: Params) => `"${p.value}" is not a calendar date in the form YYYY-MM-DD.`,
    id: (p: Params) => `"${p.value}" bukan tanggal kalender berbentuk YYYY-MM-DD.`,
  },
  unit_unknown: {
    en: (p: Params) => `Unit "${p.from}" cannot be converted to "${p.to}": "${p.unit}" is not a known unit.`,
    id: (p: Params) => `Satuan "${p.from}" tidak dapat dikonversi ke "${p.to}": "${p.unit}" bukan satuan yang dikenal.`,
  },
  unit_incompatible: {
    en: (p: Params) =>
      `Unit "${p.from}" cannot be converted to "${p.to}": they measure different quantities (${p.fromQuantity}, ${p.toQuantity}).`,
    id: (p: Params) =>
      `Satuan "${p.from}" tidak dapat dikonversi ke "${p.to}": keduanya mengukur besaran yang berbeda (${inId(p.fromQuantity)}, ${inId(p.toQuantity)}).`,
  },
  custom: {
    en: (p: Params) => `${p.message}`,
    id: (p: Params) => `${p.messageId ?? p.message}`,
  },
} satisfies Record<string, { en: Sentence; id: Sentence }>;

/** Every code an input issue can carry. */
export type IssueCode = keyof typeof issueMessages;
