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
  not_integer: {
    en: (p: Params) => `Must be a whole number, got ${p.value}.`,
    id: (p: Params) => `Harus bilangan bulat, diterima ${p.value}.`,
  },
  aql_not_in_table: {
    en: (p: Params) => `AQL ${p.value} is not a column of the sampling tables; use one of: ${p.options}.`,
    id: (p: Params) => `AQL ${p.value} bukan kolom tabel sampling; gunakan salah satu dari: ${p.options}.`,
  },
  edition_not_shipped: {
    en: (p: Params) =>
      `${p.inspection} inspection plans of ${p.edition} are not shipped: that edition's table could not be verified against the standard (${p.reason}). Use edition "${p.alternative}" or another severity.`,
    id: (p: Params) =>
      `Rencana inspeksi ${p.inspectionId} menurut ${p.edition} tidak disediakan: tabel edisi itu belum dapat diverifikasi terhadap standar (${p.reasonId}). Gunakan edisi "${p.alternative}" atau tingkat keketatan lain.`,
  },
  inspection_mismatch: {
    en: (p: Params) =>
      `This lot was inspected under ${p.used} inspection, but the switching rules put it on ${p.expected} inspection.`,
    id: (p: Params) =>
      `Lot ini diinspeksi dengan inspeksi ${p.usedId}, tetapi aturan perpindahan menempatkannya pada inspeksi ${p.expectedId}.`,
  },
  lot_result_mismatch: {
    en: (p: Params) =>
      `The lot is marked ${p.marked}, but ${p.nonconforming} nonconforming against Ac ${p.ac} / Re ${p.re} means it was ${p.actual}.`,
    id: (p: Params) =>
      `Lot ditandai ${p.markedId}, tetapi ${p.nonconforming} tidak sesuai terhadap Ac ${p.ac} / Re ${p.re} berarti lot ${p.actualId}.`,
  },
  lot_after_discontinuation: {
    en: (p: Params) =>
      `Inspection was discontinued after lot ${p.lot}; later lots cannot be judged under the switching rules. Once the responsible authority accepts the supplier's corrective action, start a new history on tightened inspection.`,
    id: (p: Params) =>
      `Inspeksi dihentikan setelah lot ${p.lot}; lot berikutnya tidak dapat dinilai dengan aturan perpindahan. Setelah otoritas yang berwenang menerima tindakan korektif pemasok, mulai riwayat baru dengan inspeksi diperketat.`,
  },
  plan_not_in_table: {
    en: (p: Params) =>
      `Ac ${p.ac} / Re ${p.re} is not the plan printed in row ${p.letter} at AQL ${p.aql} of the ${p.inspection} inspection table.`,
    id: (p: Params) =>
      `Ac ${p.ac} / Re ${p.re} bukan rencana yang tercetak di baris ${p.letter} pada AQL ${p.aql} dalam tabel inspeksi ${p.inspectionId}.`,
  },
  custom: {
    en: (p: Params) => `${p.message}`,
    id: (p: Params) => `${p.messageId ?? p.message}`,
  },
} satisfies Record<string, { en: Sentence; id: Sentence }>;

/** Every code an input issue can carry. */
export type IssueCode = keyof typeof issueMessages;
