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
  not_finite: {
    en: (p: Params) => `Expected a finite number, got ${p.value}.`,
    id: (p: Params) => `Diharapkan bilangan berhingga, diterima ${p.value}.`,
  },
  too_few_values: {
    en: (p: Params) => `Needs at least ${p.minimum} values, got ${p.count}.`,
    id: (p: Params) => `Membutuhkan minimal ${p.minimum} nilai, diterima ${p.count}.`,
  },
  limits_out_of_order: {
    en: (p: Params) => `The lower limit ${p.lsl} must be below the upper limit ${p.usl}.`,
    id: (p: Params) => `Batas bawah ${p.lsl} harus lebih kecil dari batas atas ${p.usl}.`,
  },
  limits_missing: {
    en: () => 'At least one specification limit (lower or upper) is required.',
    id: () => 'Minimal satu batas spesifikasi (bawah atau atas) wajib diisi.',
  },
  subgroup_too_large: {
    en: (p: Params) =>
      `This subgroup has ${p.size} values; the ${p.method} method is tabulated for subgroups of 2 to ${p.maximum} values (use the pooled method for larger subgroups).`,
    id: (p: Params) =>
      `Subgrup ini berisi ${p.size} nilai; metode ${p.method} ditabelkan untuk subgrup berisi 2 sampai ${p.maximum} nilai (gunakan metode pooled untuk subgrup yang lebih besar).`,
  },
  probability_out_of_range: {
    en: (p: Params) => `Must be greater than 0 and less than 1, got ${p.value}.`,
    id: (p: Params) => `Harus lebih besar dari 0 dan lebih kecil dari 1, diterima ${p.value}.`,
  },
  zero_spread: {
    en: (p: Params) =>
      `The ${p.estimate === 'within' ? 'within-subgroup' : p.estimate === 'overall' ? 'overall' : 'given'} standard deviation is 0 (the values show no variation), so the indices based on it cannot be computed; check the gauge resolution.`,
    id: (p: Params) =>
      `Simpangan baku ${p.estimate === 'within' ? 'dalam subgrup' : p.estimate === 'overall' ? 'keseluruhan' : 'yang diberikan'} bernilai 0 (nilai-nilai tidak bervariasi), sehingga indeks yang memakainya tidak dapat dihitung; periksa resolusi alat ukur.`,
  },
  target_outside_limits: {
    en: (p: Params) => `The target ${p.target} lies outside the specification limits.`,
    id: (p: Params) => `Target ${p.target} berada di luar batas spesifikasi.`,
  },
  custom: {
    en: (p: Params) => `${p.message}`,
    id: (p: Params) => `${p.messageId ?? p.message}`,
  },
} satisfies Record<string, { en: Sentence; id: Sentence }>;

/** Every code an input issue can carry. */
export type IssueCode = keyof typeof issueMessages;
