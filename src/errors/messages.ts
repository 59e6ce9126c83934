/**
 * The sentence for every issue code, in English and Bahasa Indonesia. Each entry takes the issue's
 * parameters and returns a plain sentence without the path (the path is shown beside it).
 */
type Params = Readonly<Record<string, string | number>>;
type Sentence = (p: Params) => string;

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
  custom: {
    en: (p: Params) => `${p.message}`,
    id: (p: Params) => `${p.messageId ?? p.message}`,
  },
} satisfies Record<string, { en: Sentence; id: Sentence }>;

/** Every code an input issue can carry. */
export type IssueCode = keyof typeof issueMessages;
