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
    id: (p: Params) => `Diharapkan ${p.expectedId ?? p.expected}, diterima ${p.receivedId ?? p.received}.`,
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
    en: () => 'Give at least one specification limit: nominal with tolerance, nominal with upper/lower deviation, or lsl and/or usl.',
    id: () => 'Berikan paling sedikit satu batas spesifikasi: nominal dengan toleransi, nominal dengan deviasi atas/bawah, atau lsl dan/atau usl.',
  },
  limits_ambiguous: {
    en: () => 'Give the limits one way only: tolerance, deviations, or lsl/usl.',
    id: () => 'Tuliskan batas dengan satu cara saja: toleransi, deviasi, atau lsl/usl.',
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
  grade_decisions_order: {
    en: (p: Params) =>
      `The grade "${p.grade}" leads to the decision "${p.decision}", better than "${p.better}" of the higher grade "${p.higher}"; a lower grade must not lead to a better decision.`,
    id: (p: Params) =>
      `Nilai "${p.grade}" menghasilkan keputusan "${p.decision}", lebih baik dari "${p.better}" pada nilai yang lebih tinggi "${p.higher}"; nilai yang lebih rendah tidak boleh menghasilkan keputusan yang lebih baik.`,
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
  duplicate_step: {
    en: (p: Params) => `The process step "${p.step}" is given twice.`,
    id: (p: Params) => `Langkah proses "${p.step}" diberikan dua kali.`,
  },
  unknown_step: {
    en: (p: Params) => `The process step "${p.step}" is not listed in processSteps (${p.steps}).`,
    id: (p: Params) => `Langkah proses "${p.step}" tidak tercantum dalam processSteps (${p.steps}).`,
  },
  unknown_group: {
    en: (p: Params) =>
      `No audit question in ${p.categories ? `category ${p.categories}` : 'the profile'} belongs to the group "${p.id}" (known: ${p.groups || 'none'}).`,
    id: (p: Params) =>
      `Tidak ada pertanyaan audit di ${p.categories ? `kategori ${p.categories}` : 'profil'} yang termasuk kelompok "${p.id}" (yang dikenal: ${p.groups || 'tidak ada'}).`,
  },
  edition_unsupported: {
    en: (p: Params) => `${p.scheme} edition ${p.edition} is not implemented: ${p.why} Implemented: ${p.implemented}.`,
    id: (p: Params) => `${p.scheme} edisi ${p.edition} belum diterapkan: ${p.whyId ?? p.why} Yang diterapkan: ${p.implemented}.`,
  },
  question_number: {
    en: (p: Params) => `"${p.number}" is not a question number of ${p.element} (expected the form ${p.expected}).`,
    id: (p: Params) => `"${p.number}" bukan nomor pertanyaan ${p.element} (bentuk yang diharapkan ${p.expected}).`,
  },
  unknown_ppap_element: {
    en: (p: Params) => `"${p.element}" is not a PPAP element; use a number 1–18, 1a, 1b, "bulk", or a key such as ${p.examples}.`,
    id: (p: Params) => `"${p.element}" bukan elemen PPAP; gunakan nomor 1–18, 1a, 1b, "bulk", atau kunci seperti ${p.examples}.`,
  },
  interim_needs_limit: {
    en: () => 'An interim approval is limited in time or quantity: give an expiry date (expires) or a quantity.',
    id: () => 'Persetujuan sementara dibatasi waktu atau jumlah: berikan tanggal berakhir (expires) atau jumlah (quantity).',
  },
  evaluation_profile_mismatch: {
    en: (p: Params) => `This evaluation is against profile "${p.evaluated}" version ${p.evaluatedVersion}, not "${p.profile}" version ${p.version}.`,
    id: (p: Params) => `Evaluasi ini terhadap profil "${p.evaluated}" versi ${p.evaluatedVersion}, bukan "${p.profile}" versi ${p.version}.`,
  },
  evaluation_criteria_mismatch: {
    en: (p: Params) => `The evaluation has "${p.found}" here; the profile has "${p.expected}".`,
    id: (p: Params) => `Evaluasi memuat "${p.found}" di sini; profil memuat "${p.expected}".`,
  },
  evaluation_not_reproduced: {
    en: (p: Params) =>
      `Scoring the recorded results again gives ${p.score} (grade ${p.grade}, ${p.decision}), not the recorded ${p.recordedScore} (grade ${p.recordedGrade}, ${p.recordedDecision}); the evaluation was changed or made with other settings.`,
    id: (p: Params) =>
      `Penilaian ulang atas hasil yang tercatat memberi ${p.score} (nilai ${p.grade}, ${p.decision}), bukan ${p.recordedScore} (nilai ${p.recordedGrade}, ${p.recordedDecision}) yang tercatat; evaluasi telah diubah atau dibuat dengan pengaturan lain.`,
  },
  supplier_mismatch: {
    en: (p: Params) => `The two evaluations are of different suppliers ("${p.before}" and "${p.after}").`,
    id: (p: Params) => `Kedua evaluasi untuk pemasok yang berbeda ("${p.before}" dan "${p.after}").`,
  },
  profile_mismatch: {
    en: (p: Params) => `These are against different profiles ("${p.before}" and "${p.after}").`,
    id: (p: Params) => `Keduanya terhadap profil yang berbeda ("${p.before}" dan "${p.after}").`,
  },
  settings_mismatch: {
    en: (p: Params) => `The summaries were made with different settings: ${p.setting} is ${p.a} in one and ${p.b} in the other.`,
    id: (p: Params) => `Ringkasan dibuat dengan pengaturan berbeda: ${p.setting} bernilai ${p.a} di satu dan ${p.b} di yang lain.`,
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
  duplicate_id_case: {
    en: (p: Params) =>
      `The id "${p.id}" differs from "${p.other}" at ${p.first} only in upper and lower case; ids must differ in more than case.`,
    id: (p: Params) =>
      `Pengenal "${p.id}" hanya berbeda huruf besar/kecil dari "${p.other}" di ${p.first}; pengenal harus berbeda lebih dari huruf besar/kecil.`,
  },
  too_many_criteria: {
    en: (p: Params) => `A profile allows at most ${p.maximum} criteria in all; this one has ${p.count}. Split it into several profiles.`,
    id: (p: Params) => `Satu profil paling banyak memuat ${p.maximum} kriteria; profil ini memuat ${p.count}. Pecah menjadi beberapa profil.`,
  },
  too_many_values: {
    en: (p: Params) => `Allows at most ${p.maximum} values in all, counting every subgroup.`,
    id: (p: Params) => `Paling banyak ${p.maximum} nilai seluruhnya, termasuk semua subgrup.`,
  },
  stats_overflow: {
    en: (p: Params) =>
      `The values are too large for the statistics: the ${p.quantity} overflows a double-precision number. Give the values in a larger unit.`,
    id: (p: Params) =>
      `Nilai-nilai terlalu besar untuk statistik: ${p.quantity === 'mean' ? 'rata-rata' : 'simpangan baku'} melampaui batas bilangan presisi ganda. Berikan nilai dalam satuan yang lebih besar.`,
  },
  empty_sheet: {
    en: () => 'The sheet is empty; it needs a header row.',
    id: () => 'Lembar kosong; lembar ini memerlukan baris judul kolom.',
  },
  unknown_column: {
    en: (p: Params) => `Unknown column "${p.header}" (known: ${p.known}; start a header with # to keep a column for notes).`,
    id: (p: Params) => `Kolom "${p.header}" tidak dikenal (yang dikenal: ${p.known}; awali judul dengan # untuk kolom catatan).`,
  },
  duplicate_column: {
    en: (p: Params) => `The column "${p.header}" is already given in column ${p.first}.`,
    id: (p: Params) => `Kolom "${p.header}" sudah ada di kolom ${p.first}.`,
  },
  custom: {
    en: (p: Params) => `${p.message}`,
    id: (p: Params) => `${p.messageId ?? p.message}`,
  },
} satisfies Record<string, { en: Sentence; id: Sentence }>;

/** Every code an input issue can carry. */
export type IssueCode = keyof typeof issueMessages;
