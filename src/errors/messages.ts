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
  id_whitespace: {
    en: () => 'An identifier must not start or end with white space.',
    id: () => 'Pengenal tidak boleh diawali atau diakhiri spasi.',
  },
  out_of_range: {
    en: (p: Params) => `Must lie between ${p.minimum} and ${p.maximum}.`,
    id: (p: Params) => `Harus di antara ${p.minimum} dan ${p.maximum}.`,
  },
  too_few_items: {
    en: (p: Params) => `Needs at least ${p.minimum} item${p.minimum === '1' ? '' : 's'}.`,
    id: (p: Params) => `Perlu paling sedikit ${p.minimum} butir.`,
  },
  too_many_items: {
    en: (p: Params) => `Allows at most ${p.maximum} items.`,
    id: (p: Params) => `Paling banyak ${p.maximum} butir.`,
  },
  empty_text: {
    en: () => 'Must not be empty.',
    id: () => 'Tidak boleh kosong.',
  },
  too_short: {
    en: (p: Params) => `Must be at least ${p.minimum} characters long.`,
    id: (p: Params) => `Paling sedikit ${p.minimum} karakter.`,
  },
  too_long: {
    en: (p: Params) => `Must be at most ${p.maximum} characters long.`,
    id: (p: Params) => `Paling banyak ${p.maximum} karakter.`,
  },
  duplicate_id: {
    en: (p: Params) => `The id "${p.id}" is already used at ${p.first}; ids must be unique in the profile.`,
    id: (p: Params) => `Pengenal "${p.id}" sudah dipakai di ${p.first}; pengenal harus unik dalam profil.`,
  },
  limits_missing: {
    en: () => 'A measurement needs limits: nominal with tolerance, nominal with upper/lower deviation, or lsl and/or usl.',
    id: () => 'Pengukuran memerlukan batas: nominal dengan toleransi, nominal dengan deviasi atas/bawah, atau lsl dan/atau usl.',
  },
  limits_ambiguous: {
    en: () => 'Give the limits one way only: tolerance, deviations, or lsl/usl.',
    id: () => 'Tuliskan batas dengan satu cara saja: toleransi, deviasi, atau lsl/usl.',
  },
  limits_out_of_order: {
    en: (p: Params) => `The lower limit ${p.lsl} must be below the upper limit ${p.usl}.`,
    id: (p: Params) => `Batas bawah ${p.lsl} harus lebih kecil dari batas atas ${p.usl}.`,
  },
  partial_share_order: {
    en: (p: Params) => `The share where partial credit starts (${p.partial} %) must be below the required share (${p.required} %).`,
    id: (p: Params) => `Persentase awal nilai parsial (${p.partial} %) harus di bawah persentase wajib (${p.required} %).`,
  },
  duplicate_level: {
    en: () => 'Point levels must not repeat.',
    id: () => 'Tingkat poin tidak boleh berulang.',
  },
  not_a_level: {
    en: (p: Params) => `${p.points} is not one of the allowed point levels (${p.levels}).`,
    id: (p: Params) => `${p.points} bukan salah satu tingkat poin yang diizinkan (${p.levels}).`,
  },
  target_worse_than_limit: {
    en: (p: Params) => `The target ${p.target} is worse than the pass limit ${p.limit} (${p.direction}).`,
    id: (p: Params) => `Target ${p.target} lebih buruk dari batas lulus ${p.limit} (${p.direction}).`,
  },
  bands_and_target: {
    en: () => 'Give either a target (linear scoring) or bands, not both.',
    id: () => 'Berikan target (penilaian linear) atau pita nilai, tidak keduanya.',
  },
  weights_zero: {
    en: () => 'The weights here add up to 0; at least one must be positive.',
    id: () => 'Jumlah bobot di sini 0; paling sedikit satu harus positif.',
  },
  no_weight: {
    en: () => 'No criterion in a weighted category carries weight, so every score would be 0; give at least one of them a positive weight.',
    id: () => 'Tidak ada kriteria dalam kategori berbobot yang memiliki bobot, sehingga setiap skor akan 0; beri paling sedikit satu di antaranya bobot positif.',
  },
  grade_bands_order: {
    en: (p: Params) => `Grade bands must be listed best first with falling minimum scores; "${p.grade}" (${p.min}) is out of order.`,
    id: (p: Params) => `Pita nilai harus diurutkan dari yang terbaik dengan skor minimum menurun; "${p.grade}" (${p.min}) tidak berurutan.`,
  },
  grade_bands_cover: {
    en: () => 'The lowest grade band must start at 0 so that every score gets a grade.',
    id: () => 'Pita nilai terendah harus mulai dari 0 agar setiap skor mendapat nilai.',
  },
  duplicate_grade: {
    en: (p: Params) => `The grade "${p.grade}" is listed twice.`,
    id: (p: Params) => `Nilai "${p.grade}" tercantum dua kali.`,
  },
  unknown_grade: {
    en: (p: Params) => `"${p.grade}" is not one of the profile's grades (${p.grades}).`,
    id: (p: Params) => `"${p.grade}" bukan salah satu nilai dalam profil (${p.grades}).`,
  },
  unknown_criterion: {
    en: (p: Params) => `No criterion with the id "${p.id}" exists in the profile.`,
    id: (p: Params) => `Tidak ada kriteria dengan pengenal "${p.id}" dalam profil.`,
  },
  unknown_category: {
    en: (p: Params) => `No category with the id "${p.id}" exists in the profile.`,
    id: (p: Params) => `Tidak ada kategori dengan pengenal "${p.id}" dalam profil.`,
  },
  duplicate_entry: {
    en: (p: Params) => `Evidence for "${p.id}" is given twice (first at ${p.first}).`,
    id: (p: Params) => `Bukti untuk "${p.id}" diberikan dua kali (pertama di ${p.first}).`,
  },
  evidence_form: {
    en: (p: Params) => `Evidence for a ${p.kind} criterion must give ${p.expected}.`,
    id: (p: Params) => `Bukti untuk kriteria ${p.kind} harus memuat ${p.expected}.`,
  },
  not_applicable_not_allowed: {
    en: (p: Params) => `"${p.id}" may not be marked not applicable.`,
    id: (p: Params) => `"${p.id}" tidak boleh ditandai tidak berlaku.`,
  },
  zero_denominator: {
    en: () => 'The denominator must be greater than 0.',
    id: () => 'Penyebut harus lebih besar dari 0.',
  },
  date_after: {
    en: (p: Params) => `The date ${p.date} lies after ${p.later}.`,
    id: (p: Params) => `Tanggal ${p.date} jatuh setelah ${p.later}.`,
  },
  custom: {
    en: (p: Params) => `${p.message}`,
    id: (p: Params) => `${p.messageId ?? p.message}`,
  },
} satisfies Record<string, { en: Sentence; id: Sentence }>;

/** Every code an input issue can carry. */
export type IssueCode = keyof typeof issueMessages;
