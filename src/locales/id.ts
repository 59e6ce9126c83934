import { capitalized, shownLine, type runRuleTextEn, type CliHelpKey, type CliMessageKey, type CliParams, type IssueCode, type LintCode, type MessageCode, type ReportMessages } from './en.js';

/**
 * The Bahasa Indonesia catalogue: the same four tables as the English one (en.ts), keyed exactly as it.
 * Numbers arrive already formatted for Indonesian (decimal comma, month names) where the caller
 * formats them.
 */

/** Parameters of an issue or a lint warning: texts and numbers. */
type Params = Readonly<Record<string, string | number>>;
/** Parameters of an explanation or a report phrase: texts. */
type P = Readonly<Record<string, string>>;
type Sentence = (p: Params) => string;

/**
 * The Indonesian words for what an `invalid_type` issue received, as the English sentence names it: a
 * value that is not a text, a number or a boolean as `valueText` (src/errors/shownText.ts), the type
 * names of `typeof`, and the checks' own words.
 */
const RECEIVED_ID: ReadonlyMap<string, string> = new Map([
  ['a function', 'fungsi'],
  ['array', 'daftar'],
  ['object', 'objek'],
  ['string', 'teks'],
  ['number', 'angka'],
  ['function', 'fungsi'],
  ['a range', 'rentang sel'],
  ['something else', 'nilai lain'],
  ['an object without an evaluation’s fields', 'objek tanpa bidang-bidang evaluasi'],
]);

/** The Indonesian words for what an `invalid_type` issue expected, as the English sentence names it. */
const EXPECTED_ID: ReadonlyMap<string, string> = new Map([
  ['a cell (a text, number, true or false, date or nothing)', 'sel (teks, angka, true atau false, tanggal, atau kosong)'],
  ['a fixed value', 'nilai tetap'],
  ['a list', 'daftar'],
  ['a list of characteristics', 'daftar karakteristik'],
  ['a list of evidence', 'daftar bukti'],
  ['a list of grade bands { grade, min }', 'daftar pita nilai { grade, min }'],
  ['a list of numbers', 'daftar angka'],
  ['a list of profile blocks', 'daftar blok profil'],
  ['a list of subgroups', 'daftar subgrup'],
  ['a list of values or of subgroups', 'daftar nilai atau daftar subgrup'],
  ['a list of warning codes', 'daftar kode peringatan'],
  ['a lot object', 'objek lot'],
  ['a number', 'angka'],
  ['a number or decimal string', 'angka atau teks desimal'],
  ['a number or a decimal string', 'angka atau teks desimal'],
  ['a profile block { categories, rules }', 'blok profil { categories, rules }'],
  ['a range of rows', 'rentang baris'],
  ['a row of cells', 'baris sel'],
  ['a sampling plan', 'rencana pengambilan sampel'],
  ['a sheet name (a text)', 'nama lembar (teks)'],
  ['a subgroup (a list of values)', 'subgrup (daftar nilai)'],
  ['a text', 'teks'],
  ['a unit name (text)', 'nama satuan (teks)'],
  ['a value of another form', 'nilai berbentuk lain'],
  ['a whole number', 'bilangan bulat'],
  ['an A1 reference such as B3', 'referensi A1 seperti B3'],
  ['an array of lots', 'daftar lot'],
  ['an iterable of evidence records', 'kumpulan catatan bukti yang dapat diiterasi'],
  ['an object', 'objek'],
  ['an object of sheets', 'objek berisi lembar'],
  ['an options object', 'objek opsi'],
  ['one cell', 'satu sel'],
  ['the fields to change or null', 'kolom yang diubah atau null'],
  ['true or false', 'true atau false'],
]);

/**
 * Returns the Indonesian words for a value as a schema check describes it (`describe` in
 * src/schema/fromZodIssues.ts): `the number 5` as `angka 5`, `the text "…"` as `teks "…"`, `a text` as
 * `teks`, `a list` as `daftar`, `an object` as `objek`, `nothing` as `tidak ada`; anything else (null,
 * true, NaN, a type name) as written.
 */
function describedId(text: string): string {
  if (text.startsWith('the number ')) return `angka ${text.slice('the number '.length)}`;
  if (text.startsWith('the text "')) return `teks ${text.slice('the text '.length)}`;
  return DESCRIBED_ID[text] ?? text;
}

/** The fixed descriptions of `describedId`. */
const DESCRIBED_ID: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  nothing: 'tidak ada',
  'a text': 'teks',
  'a list': 'daftar',
  'an object': 'objek',
});

/**
 * Returns a decimal or date field's value as an issue quotes it: a list or object as the schema check
 * describes it in Indonesian, anything else (the text the user wrote) as given.
 */
const valueId = (value: string | number | undefined): string => (value === 'a list' ? 'daftar' : value === 'an object' ? 'objek' : String(value));

/** Returns the Indonesian words for what an `invalid_type` issue received: the table's, `text "…"` as `teks "…"`, or as a schema check describes it (`describedId`). */
function receivedId(p: Params): string {
  const received = String(p.received);
  return RECEIVED_ID.get(received) ?? (received.startsWith('text "') ? `teks ${received.slice('text '.length)}` : describedId(received));
}

/** The inspection severities of ISO 2859-1 and the switching rules' states (`normal`, `tightened`, `reduced`, `discontinued`). */
const INSPECTION_ID: ReadonlyMap<string, string> = new Map([
  ['normal', 'normal'],
  ['tightened', 'diperketat'],
  ['reduced', 'dikurangi'],
  ['discontinued', 'dihentikan'],
]);
const inspectionId = (inspection: string | number | undefined): string => (inspection === undefined ? '' : (INSPECTION_ID.get(String(inspection)) ?? String(inspection)));

/** A lot's result as `lot_result_mismatch` names it. */
const LOT_RESULT_ID: ReadonlyMap<string, string> = new Map([
  ['accepted', 'diterima'],
  ['not accepted', 'tidak diterima'],
]);
const lotResultId = (result: string | number | undefined): string => LOT_RESULT_ID.get(String(result)) ?? String(result);

/** Why a table, an edition or an index is not available, by its English reason (`edition_not_shipped`, `edition_unsupported`, `measurement.capabilityUndefined`). */
const REASONS_ID: ReadonlyMap<string, string> = new Map([
  ['The index is undefined.', 'Indeks tidak terdefinisi.'],
  [
    'its reduced plans have no gap between Ac and Re, so they differ from the ANSI/ASQ Z1.4 plans shipped here',
    'rencana dikurangi edisi itu tanpa celah antara Ac dan Re, sehingga berbeda dari rencana ANSI/ASQ Z1.4 yang disediakan',
  ],
  [
    'its evaluation chapter (downgrading rules, *-question set, rounding of E_G) could not be verified against the published volume, so its rules are not guessed.',
    'bab evaluasinya (aturan penurunan, daftar pertanyaan bintang, pembulatan E_G) belum dapat diverifikasi terhadap buku terbitannya, sehingga aturannya tidak ditebak.',
  ],
]);
const reasonId = (reason: string | number | undefined): string => REASONS_ID.get(String(reason)) ?? String(reason);

/** Why a tabular form cannot carry a value (`form_cannot_carry`). */
const FORM_REASONS_ID: Readonly<Record<string, string>> = {
  whitespace: 'spasi di awal atau akhir teks',
  empty: 'teks kosong',
  separator: 'koma, titik koma, titik dua, atau baris baru dalam butir daftar',
  empty_object: 'objek kosong',
  field: 'bidang tanpa kolom',
};

/**
 * The library's own `custom` sentences, by their English words (a caller's custom issue, made with
 * `customIssue`, brings its own `messageId`).
 */
const CUSTOM_ID: ReadonlyArray<readonly [RegExp, (parts: RegExpExecArray) => string]> = [
  [/^Give a lower limit \(lsl\), an upper limit \(usl\) or both\.$/, () => 'Isi batas bawah (lsl), batas atas (usl), atau keduanya.'],
  [/^The profile is not valid JSON: ([\s\S]*)$/, ([, why]) => `Profil bukan JSON yang sah: ${why}`],
  [/^This evidence was collected for profile "([\s\S]*)", not "([\s\S]*)"\.$/, ([, given, profile]) => `Bukti ini dikumpulkan untuk profil "${given}", bukan "${profile}".`],
];

/** Returns a `custom` sentence of the library in Bahasa Indonesia, or the sentence as given. */
function customId(message: string): string {
  for (const [english, sentence] of CUSTOM_ID) {
    const parts = english.exec(message);
    if (parts) return sentence(parts);
  }
  return message;
}

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

/** The dates derived from a date, by the name `date_out_of_range` gives them. */
const derivedDatesId: Readonly<Record<string, string>> = {
  reauditDue: 'tanggal batas audit ulang',
  issued: 'tanggal terbit sertifikat fixture',
  expires: 'tanggal kedaluwarsa sertifikat fixture',
};

/** The sentence of `date_out_of_range`: a date, or a date derived from it, outside the years 0001 to 9999. */
function dateOutOfRangeId(p: Params): string {
  if (p.days === undefined) return `Tanggal ${p.value} berada di luar tahun 0001 sampai 9999.`;
  const days = Number(p.days);
  const [side, limit] = days < 0 ? ['sebelum', '0001-01-01'] : ['setelah', '9999-12-31'];
  const what = Object.prototype.hasOwnProperty.call(derivedDatesId, String(p.derived)) ? (derivedDatesId[String(p.derived)] as string) : `tanggal turunan dari ${p.value}`;
  return `${capitalized(what)}, ${Math.abs(days)} hari ${side} ${p.value}, akan jatuh ${side} ${limit}: tanggal harus berada dalam tahun 0001 sampai 9999.`;
}

/** The sentence for every issue code. */
export const issueSentencesId: Record<IssueCode, Sentence> = {
  invalid_type: (p: Params) => `Diharapkan ${EXPECTED_ID.get(String(p.expected)) ?? p.expected}, diterima ${receivedId(p)}.`,
  required: (p: Params) => `Nilai ini wajib diisi${p.given ? ` (ditemukan "${p.given}": maksud Anda "${p.field}"?)` : ''}.`,
  too_small: (p: Params) => `Minimal ${p.minimum}${p.unit ? ` ${p.unit}` : ''}.`,
  too_big: (p: Params) => `Maksimal ${p.maximum}${p.unit ? ` ${p.unit}` : ''}.`,
  invalid_value: (p: Params) => `Harus salah satu dari: ${p.options}${p.suggestion ? `; maksud Anda "${p.suggestion}"?` : '.'}`,
  unrecognized_key: (p: Params) =>
    `Kolom "${p.key}" tidak dikenal${p.kinds ? ` untuk kriteria berjenis "${p.kind}" (kolom kriteria ${p.kinds})` : ''}${p.suggestion ? `; maksud Anda "${p.suggestion}"?` : '.'}`,
  invalid_decimal: (p: Params) => `"${valueId(p.value)}" bukan bilangan desimal berhingga (gunakan angka dengan tanda opsional dan titik, mis. 10.05).`,
  invalid_date: (p: Params) => `"${valueId(p.value)}" bukan tanggal kalender berbentuk YYYY-MM-DD.`,
  date_out_of_range: dateOutOfRangeId,
  unit_unknown: (p: Params) => `Satuan "${p.from}" tidak dapat dikonversi ke "${p.to}": "${p.unit}" bukan satuan yang dikenal${p.suggestion ? `; maksud Anda "${p.suggestion}"?` : '.'}`,
  unit_incompatible: (p: Params) =>
    `Satuan "${p.from}" tidak dapat dikonversi ke "${p.to}": keduanya mengukur besaran yang berbeda (${inId(p.fromQuantity)}, ${inId(p.toQuantity)}).`,
  id_whitespace: () => 'Pengenal tidak boleh diawali atau diakhiri spasi.',
  out_of_range: (p: Params) => `Harus di antara ${p.minimum} dan ${p.maximum}.`,
  too_few_items: (p: Params) => `Perlu paling sedikit ${p.minimum} butir.`,
  too_many_items: (p: Params) => `Paling banyak ${p.maximum} butir.`,
  empty_text: () => 'Tidak boleh kosong.',
  too_short: (p: Params) => `Paling sedikit ${p.minimum} karakter.`,
  too_long: (p: Params) => `Paling banyak ${p.maximum} karakter.`,
  duplicate_id: (p: Params) => `Pengenal "${p.id}" sudah dipakai di ${p.first}; pengenal harus unik dalam profil.`,
  limits_missing: () => 'Berikan paling sedikit satu batas spesifikasi: nominal dengan toleransi, nominal dengan deviasi atas/bawah, atau lsl dan/atau usl.',
  limits_ambiguous: () => 'Tuliskan batas dengan satu cara saja: toleransi, deviasi, atau lsl/usl.',
  not_finite: (p: Params) => `Diharapkan bilangan berhingga, diterima ${p.value}.`,
  too_few_values: (p: Params) => `Membutuhkan minimal ${p.minimum} nilai, diterima ${p.count}.`,
  limits_out_of_order: (p: Params) => `Batas bawah ${p.lsl} harus lebih kecil dari batas atas ${p.usl}.`,
  partial_share_order: (p: Params) => `Persentase awal nilai parsial (${p.partial} %) harus di bawah persentase wajib (${p.required} %).`,
  duplicate_level: () => 'Tingkat poin tidak boleh berulang.',
  not_a_level: (p: Params) => `${p.points} bukan salah satu tingkat poin yang diizinkan (${p.levels}).`,
  target_worse_than_limit: (p: Params) => `Target ${p.target} lebih buruk dari batas lulus ${p.limit} (${p.direction}).`,
  bands_and_target: () => 'Berikan target (penilaian linear) atau pita nilai, tidak keduanya.',
  weights_zero: () => 'Jumlah bobot di sini 0; paling sedikit satu harus positif.',
  no_weight: () => 'Tidak ada kriteria dalam kategori berbobot yang memiliki bobot, sehingga setiap skor akan 0; beri paling sedikit satu di antaranya bobot positif.',
  grade_bands_order: (p: Params) => `Pita nilai harus diurutkan dari yang terbaik dengan skor minimum menurun; "${p.grade}" (${p.min}) tidak berurutan.`,
  grade_bands_cover: () => 'Pita nilai terendah harus mulai dari 0 agar setiap skor mendapat nilai.',
  grade_decisions_order: (p: Params) =>
    `Nilai "${p.grade}" menghasilkan keputusan "${p.decision}", lebih baik dari "${p.better}" pada nilai yang lebih tinggi "${p.higher}"; nilai yang lebih rendah tidak boleh menghasilkan keputusan yang lebih baik.`,
  duplicate_grade: (p: Params) => `Nilai "${p.grade}" tercantum dua kali.`,
  unknown_grade: (p: Params) => `"${p.grade}" bukan salah satu nilai dalam profil (${p.grades}).`,
  unknown_criterion: (p: Params) => `Tidak ada kriteria dengan pengenal "${p.id}" dalam profil${p.suggestion ? `; maksud Anda "${p.suggestion}"?` : '.'}`,
  wrong_kind: (p: Params) => `Kriteria "${p.id}" adalah kriteria ${p.kind}; di sini diperlukan kriteria ${p.expected}.`,
  unknown_category: (p: Params) => `Tidak ada kategori dengan pengenal "${p.id}" dalam profil.`,
  duplicate_entry: (p: Params) => `Bukti untuk "${p.id}" diberikan dua kali (pertama di ${p.first}).`,
  evidence_form: (p: Params) => `Bukti untuk kriteria ${p.kind} harus memuat ${p.expected}.`,
  not_applicable_not_allowed: (p: Params) => `"${p.id}" tidak boleh ditandai tidak berlaku.`,
  zero_denominator: () => 'Penyebut harus lebih besar dari 0.',
  date_after: (p: Params) => `Tanggal ${p.date} jatuh setelah ${p.later}.`,
  duplicate_step: (p: Params) => `Langkah proses "${p.step}" diberikan dua kali.`,
  unknown_step: (p: Params) => `Langkah proses "${p.step}" tidak tercantum dalam processSteps (${p.steps}).`,
  unknown_group: (p: Params) =>
    `Tidak ada pertanyaan audit di ${p.categories ? `kategori ${p.categories}` : 'profil'} yang termasuk kelompok "${p.id}" (yang dikenal: ${p.groups || 'tidak ada'}).`,
  edition_unsupported: (p: Params) => `${p.scheme} edisi ${p.edition} belum diterapkan: ${reasonId(p.why)} Yang diterapkan: ${p.implemented}.`,
  question_number: (p: Params) => `"${p.number}" bukan nomor pertanyaan ${p.element} (bentuk yang diharapkan ${p.expected}).`,
  unknown_ppap_element: (p: Params) => `"${p.element}" bukan elemen PPAP; gunakan nomor 1–18, 1a, 1b, "bulk", atau kunci seperti ${p.examples}.`,
  interim_needs_limit: () => 'Persetujuan sementara dibatasi waktu atau jumlah: berikan tanggal berakhir (expires) atau jumlah (quantity).',
  evaluation_profile_mismatch: (p: Params) => `Evaluasi ini terhadap profil "${p.evaluated}" versi ${p.evaluatedVersion}, bukan "${p.profile}" versi ${p.version}.`,
  evaluation_criteria_mismatch: (p: Params) => `Evaluasi memuat "${p.found}" di sini; profil memuat "${p.expected}".`,
  evaluation_not_reproduced: (p: Params) =>
    `Penilaian ulang atas hasil yang tercatat memberi ${p.score} (nilai ${p.grade}, ${p.decision}), bukan ${p.recordedScore} (nilai ${p.recordedGrade}, ${p.recordedDecision}) yang tercatat; evaluasi telah diubah atau dibuat dengan pengaturan lain.`,
  supplier_mismatch: (p: Params) => `Kedua evaluasi untuk pemasok yang berbeda ("${p.before}" dan "${p.after}").`,
  profile_mismatch: (p: Params) => `Keduanya terhadap profil yang berbeda ("${p.before}" dan "${p.after}").`,
  settings_mismatch: (p: Params) => `Ringkasan dibuat dengan pengaturan berbeda: ${p.setting} bernilai ${p.a} di satu dan ${p.b} di yang lain.`,
  not_integer: (p: Params) => `Harus bilangan bulat, diterima ${p.value}.`,
  aql_not_in_table: (p: Params) => `AQL ${p.value} bukan kolom tabel sampling; gunakan salah satu dari: ${p.options}.`,
  edition_not_shipped: (p: Params) =>
    `Rencana inspeksi ${inspectionId(p.inspection)} menurut ${p.edition} tidak disediakan: tabel edisi itu belum dapat diverifikasi terhadap standar (${reasonId(p.reason)}). Gunakan edisi "${p.alternative}" atau tingkat keketatan lain.`,
  inspection_mismatch: (p: Params) =>
    `Lot ini diinspeksi dengan inspeksi ${inspectionId(p.used)}, tetapi aturan perpindahan menempatkannya pada inspeksi ${inspectionId(p.expected)}.`,
  lot_result_mismatch: (p: Params) =>
    `Lot ditandai ${lotResultId(p.marked)}, tetapi ${p.nonconforming} tidak sesuai terhadap Ac ${p.ac} / Re ${p.re} berarti lot ${lotResultId(p.actual)}.`,
  lot_after_discontinuation: (p: Params) =>
    `Inspeksi dihentikan setelah lot ${p.lot}; lot berikutnya tidak dapat dinilai dengan aturan perpindahan. Setelah otoritas yang berwenang menerima tindakan korektif pemasok, mulai riwayat baru dengan inspeksi diperketat.`,
  plan_not_in_table: (p: Params) =>
    `Ac ${p.ac} / Re ${p.re} bukan rencana yang tercetak di baris ${p.letter} pada AQL ${p.aql} dalam tabel inspeksi ${inspectionId(p.inspection)}.`,
  subgroup_too_large: (p: Params) =>
    `Subgrup ini berisi ${p.size} nilai; metode ${p.method} ditabelkan untuk subgrup berisi 2 sampai ${p.maximum} nilai (gunakan metode pooled untuk subgrup yang lebih besar).`,
  probability_out_of_range: (p: Params) => `Harus lebih besar dari 0 dan lebih kecil dari 1, diterima ${p.value}.`,
  zero_spread: (p: Params) =>
    `Simpangan baku ${p.estimate === 'within' ? 'dalam subgrup' : p.estimate === 'overall' ? 'keseluruhan' : 'yang diberikan'} bernilai 0 (nilai-nilai tidak bervariasi), sehingga indeks yang memakainya tidak dapat dihitung; periksa resolusi alat ukur.`,
  target_outside_limits: (p: Params) => `Target ${p.target} berada di luar batas spesifikasi.`,
  duplicate_id_case: (p: Params) =>
    `Pengenal "${p.id}" hanya berbeda huruf besar/kecil dari "${p.other}" di ${p.first}; pengenal harus berbeda lebih dari huruf besar/kecil.`,
  too_many_criteria: (p: Params) => `Satu profil paling banyak memuat ${p.maximum} kriteria; profil ini memuat ${p.count}. Pecah menjadi beberapa profil.`,
  too_many_values: (p: Params) => `Paling banyak ${p.maximum} nilai seluruhnya, termasuk semua subgrup.`,
  stats_overflow: (p: Params) =>
    `Nilai-nilai terlalu besar untuk statistik: ${p.quantity === 'mean' ? 'rata-rata' : 'simpangan baku'} melampaui batas bilangan presisi ganda. Berikan nilai dalam satuan yang lebih besar.`,
  empty_sheet: () => 'Lembar kosong; lembar ini memerlukan baris judul kolom.',
  unknown_column: (p: Params) =>
    p.suggestion
      ? `Kolom "${p.header}" tidak dikenal; maksud Anda "${p.suggestion}"? (Awali judul dengan # untuk kolom catatan.)`
      : `Kolom "${p.header}" tidak dikenal (yang dikenal: ${p.known}; awali judul dengan # untuk kolom catatan).`,
  duplicate_column: (p: Params) => `Kolom "${p.header}" sudah ada di kolom ${p.first}.`,
  not_positive: (p: Params) => `Harus lebih besar dari 0, diterima ${p.value}.`,
  chart_subgroup_too_large: (p: Params) => `Subgrup peta kendali berisi ${p.minimum} sampai ${p.maximum} nilai (rentang tabel konstantanya); subgrup ini berisi ${p.count}.`,
  subgroup_sizes_differ: (p: Params) => `Setiap subgrup harus berisi nilai sebanyak subgrup pertama (${p.size}); subgrup ini berisi ${p.count}.`,
  too_few_levels: (p: Params) => `Studi alat ukur memerlukan paling sedikit ${p.minimum} ${p.what === 'parts' ? 'komponen' : p.what === 'operators' ? 'operator' : 'pengukuran setiap komponen oleh setiap operator'}; studi ini memiliki ${p.count}.`,
  unbalanced_study: (p: Params) =>
    `Setiap operator harus mengukur setiap komponen dengan jumlah ulangan yang sama: komponen ${p.part} oleh operator ${p.operator} memiliki ${p.count} pengukuran, sebagian besar sel ${p.expected}.`,
  duplicate_trial: (p: Params) => `Ulangan ${p.trial} komponen ${p.part} oleh operator ${p.operator} diberikan dua kali (pertama di ${p.first}).`,
  not_tabulated: (p: Params) =>
    `Metode rata-rata dan rentang memiliki konstanta (AIAG MSA edisi ke-4) untuk ${p.range} ${p.what === 'parts' ? 'komponen' : p.what === 'operators' ? 'operator' : 'ulangan'}; studi ini memiliki ${p.count}. Gunakan metode ANOVA.`,
  tolerance_missing: () => 'Keputusan atas %Toleransi memerlukan batas karakteristik: berikan lsl dan usl, atau toleransi.',
  form_cannot_carry: (p: Params) =>
    `${p.form} tidak dapat memuat nilai ini: ${FORM_REASONS_ID[String(p.reason)] ?? p.reason}.`,
  extra_cell: (p: Params) =>
    `Baris ini berisi nilai di kolom ${p.column}, melewati kolom terakhir judul (${p.last}); beri kolom itu judul atau hapus nilainya.`,
  more_issues: (p: Params) => `${p.count} masalah lain tidak dicantumkan (paling banyak ${p.maximum} dicantumkan); perbaiki yang ini lalu periksa lagi.`,
  too_deep: (p: Params) => `Bersarang lebih dari ${p.maximum} tingkat; ini bukan yang ditulis pustaka.`,
  custom: (p: Params) => `${p.messageId ?? customId(String(p.message))}`,
};

/** Where the values lie against the limits: `dalam 3,18–3,22 mm`, `paling banyak 0,02 mm`. */
const withinText = (p: P) =>
  p.lsl && p.usl ? `dalam ${p.lsl}–${p.usl} ${p.unit}` : p.lsl ? `paling sedikit ${p.lsl} ${p.unit}` : `paling banyak ${p.usl} ${p.unit}`;
/** Where values outside lie: `di luar 3,18–3,22 mm`, `di atas 0,02 mm`, `di bawah 5 mm`. */
const outsideText = (p: P) => (p.lsl && p.usl ? `di luar ${p.lsl}–${p.usl} ${p.unit}` : p.lsl ? `di bawah ${p.lsl} ${p.unit}` : `di atas ${p.usl} ${p.unit}`);
/** Every value within the limits: `Semua 10 nilai paling banyak 0,02 mm`, `Satu-satunya nilai, 0,050 mm, paling banyak 0,05 mm`. */
const allValues = (p: P) => (p.n === '1' ? `Satu-satunya nilai, ${p.min} ${p.unit}, ${withinText(p)}` : `Semua ${p.n} nilai ${withinText(p)}`);

/** Aturan run menurut namanya: `nelson2` "aturan Nelson 2", `we1` "aturan Western Electric 1". */
const ruleNameId = (rule: string): string => (rule.startsWith('we') ? `aturan Western Electric ${rule.slice(2)}` : `aturan Nelson ${rule.slice(6)}`);
/** Daftar titik: "titik 9", "titik 9 dan 10", "titik 9, 10, 11, dan 3 lainnya". */
const pointsId = (list: string): string => {
  const [shown = '', more] = list.split('+');
  const items = more ? [...shown.split(','), `${more} lainnya`] : shown.split(',');
  const joined = items.length === 1 ? items[0] : items.length === 2 ? `${items[0]} dan ${items[1]}` : `${items.slice(0, -1).join(', ')}, dan ${items[items.length - 1]}`;
  return `titik ${joined}`;
};
const DISPERSION_ID: Readonly<Record<string, string>> = {
  'moving-range': 'rentang bergerak',
  range: 'rentang subgrup',
  'standard-deviation': 'simpangan baku subgrup',
};
/** Titik yang ditandai tiap aturan: "titik 9 dan 10 melanggar aturan Nelson 2; rentang bergerak pada titik 12 melanggar aturan Nelson 1". */
const flaggedPointsId = (p: P): string => {
  const location = (p.flags ?? '').split('|').filter(Boolean).map((flag) => {
    const [rule = '', list = ''] = flag.split(' ');
    return `${pointsId(list)} melanggar ${ruleNameId(rule)}`;
  });
  const name = DISPERSION_ID[p.dispersion ?? ''] ?? 'nilai';
  const dispersion = (p.dispersionFlags ?? '').split('|').filter(Boolean).map((flag) => {
    const [rule = '', list = ''] = flag.split(' ');
    return `${name} pada ${pointsId(list)} melanggar ${ruleNameId(rule)}`;
  });
  return [...location, ...dispersion].join('; ');
};
const CHARTS_ID: Readonly<Record<string, string>> = { 'i-mr': 'I-MR', 'xbar-r': 'X̄–R', 'xbar-s': 'X̄–s' };
const chartNameId = (chart: string | undefined): string => CHARTS_ID[chart ?? ''] ?? chart ?? '';

const auditPoints = (p: P) =>
  `${p.points} dari ${p.max} poin${p.of ? ` (rata-rata ${p.of} ${p.steps ? 'langkah proses' : 'hasil'})` : ''}${p.star ? ' (pertanyaan bintang)' : ''}`;
const DECISIONS_ID: Readonly<Record<string, string>> = {
  approved: 'disetujui',
  conditional: 'disetujui bersyarat',
  rejected: 'ditolak',
  incomplete: 'belum lengkap',
};
const decisionId = (decision: string | undefined): string => DECISIONS_ID[decision ?? ''] ?? decision ?? '';

/** ISO 2859-1 inspection severities in Bahasa Indonesia. */

/** The text for every explanation, reason and rule. */
/** The figures of a gauge study's verdict: %GRR on its basis, the distinct categories, the model. */
const gaugeFigures = (p: P) =>
  `%GRR ${p.percent} % dari ${p.basis === 'tolerance' ? 'toleransi' : 'variasi studi'}, ${p.ndc || 'tidak ada'} kategori berbeda (disyaratkan ${p.minimum}), ${gaugeModel(p)}`;

/** The model a gauge study's components come from, in words. */
const gaugeModel = (p: P) =>
  p.model === 'average-range'
    ? 'metode rata-rata dan rentang'
    : p.model === 'with-interaction'
      ? `ANOVA dengan interaksi operator-part (p ${p.p} < ${p.alpha})`
      : p.p === ''
        ? 'ANOVA, interaksi digabung ke repeatability (keduanya tidak bervariasi: tanpa uji F)'
        : `ANOVA, interaksi digabung ke repeatability (p ${p.p} ≥ ${p.alpha})`;

export const explanationsId: Record<MessageCode, (p: P) => string> = {
  'criterion.missing': () => 'Tidak ada bukti yang diberikan.',
  'criterion.missingCounted': () => 'Tidak ada bukti yang diberikan; dihitung sebagai gagal.',
  'criterion.notApplicable': (p) => `Tidak berlaku${p.reason ? `: ${p.reason}` : ''}.`,
  'criterion.assumedMet': () => 'Dianggap terpenuhi sepenuhnya (simulasi).',

  'measurement.noValues': () => 'Tidak ada nilai ukur yang diberikan.',
  'measurement.allWithin': (p) => `${allValues(p)}${p.n === '1' ? '' : ` (min ${p.min}, maks ${p.max})`}.`,
  'measurement.shareMet': (p) =>
    `${p.out} dari ${p.n} nilai ${outsideText(p)} (terburuk ${p.worst} ${p.unit}); ${p.share} % sesuai, ${p.requiredShare} % disyaratkan.`,
  'measurement.outOfSpec': (p) => {
    const parts: string[] = [];
    if (p.below !== '0') parts.push(`${p.below} dari ${p.n} komponen di bawah batas bawah ${p.lsl} ${p.unit}`);
    if (p.above !== '0') parts.push(`${p.above} dari ${p.n} komponen di atas batas atas ${p.usl} ${p.unit}`);
    const share = p.requiredShare === '100' ? '' : `; ${p.share} % sesuai, ${p.requiredShare} % disyaratkan`;
    const capability = p.capability ? `; ${p.capability} terhadap ${p.capabilityMin}` : '';
    return `${parts.join(' dan ')} (terburuk ${p.worst} ${p.unit})${share}${capability}.`;
  },
  'measurement.capable': (p) =>
    `${allValues(p)}; ${p.index} ${p.value}${p.useBound ? ` (batas bawah ${p.confidence} % ${p.bound})` : ''} memenuhi ${p.minIndex}${p.stableChart ? `; peta kendali ${chartNameId(p.stableChart)} tidak menandai satu titik pun` : ''}.`,
  'measurement.notCapable': (p) =>
    `${allValues(p)}, tetapi ${p.index} ${p.value} di bawah ${p.minIndex}: perlu simpangan baku ${p.sigmaNeeded} ${p.unit}, bukan ${p.sigma} ${p.unit}${p.meanShift && p.meanShift !== '0' ? `, atau rata-rata digeser ${p.meanShift} ${p.unit}` : ''}.`,
  'measurement.boundShort': (p) => `${p.index} ${p.value} dari ${p.n} nilai, tetapi batas bawah ${p.confidence} %-nya ${p.bound} di bawah ${p.minIndex}.`,
  'measurement.tooFewForCapability': (p) => `Hanya ${p.n} nilai; studi kapabilitas memerlukan paling sedikit ${p.minSamples}.`,
  'measurement.capabilityUndefined': (p) => `${p.index} tidak dapat dihitung: ${p.reasonId ?? reasonId(p.reason)}`,
  'measurement.unstable': (p) =>
    `Kapabilitas tidak sah (peta kendali ${chartNameId(p.chart)}): ${flaggedPointsId(p)}. ${p.index} ${p.value} tidak menggambarkan proses yang stabil: temukan dan hilangkan penyebab khusus, lalu ulangi studinya.`,
  'measurement.stabilityUntestable': (p) =>
    `${p.index} ${p.value} tidak dapat dipercaya: uji stabilitas pada peta kendali ${chartNameId(p.chart)} tidak dapat dilakukan: ${p.needsSubgroups ? 'peta X̄ memerlukan subgrup; berikan nilai dalam subgrup atau tetapkan subgroupSize pada persyaratan kapabilitas.' : (p.reasonId ?? p.reason)}`,
  'audit.met': (p) => `${auditPoints(p)}: persyaratan terpenuhi.`,
  'audit.partlyMet': (p) => `${auditPoints(p)}: persyaratan terpenuhi sebagian; perlu ${p.pass}.`,
  'audit.notMet': (p) => `${auditPoints(p)}: persyaratan tidak terpenuhi.`,

  'certificate.valid': (p) => `${p.held} berlaku sampai ${p.expires} (${p.remaining} hari setelah ${p.at}).`,
  'certificate.expiring': (p) =>
    `${p.held} berakhir pada ${p.expires}, hanya ${p.remaining} hari setelah ${p.at}; disyaratkan ${p.window} hari.`,
  'certificate.expired': (p) => `${p.held} telah berakhir pada ${p.expires}, ${p.overdue} hari sebelum ${p.at}.`,
  'certificate.notYetValid': (p) => `${p.held} diterbitkan ${p.issued}, setelah ${p.at}.`,
  'certificate.wrongStandard': (p) => `Sertifikat yang dimiliki adalah ${p.held}; yang disyaratkan ${p.standard}.`,

  'metric.meetsTarget': (p) => `${p.value}${p.unit ? ` ${p.unit}` : ''} memenuhi ${p.target ? `target ${p.target}` : `batas ${p.limit}`}.`,
  'metric.belowTarget': (p) =>
    `${p.value}${p.unit ? ` ${p.unit}` : ''} memenuhi batas ${p.limit}${p.target ? ` tetapi belum mencapai target ${p.target}` : ' tetapi belum mencapai pita tertinggi'}.`,
  'metric.worseThanLimit': (p) =>
    `${p.value}${p.unit ? ` ${p.unit}` : ''}; disyaratkan ${p.better === 'at least' ? 'paling sedikit' : 'paling banyak'} ${p.limit}.`,

  'document.accepted': (p) => `Status "${p.status}"${p.date ? `, bertanggal ${p.date}` : ''}: diterima.`,
  'document.statusNotAccepted': (p) => `Status "${p.status}" tidak diterima (${p.accepted}).`,
  'document.tooOld': (p) => `Bertanggal ${p.date}, ${p.age} hari sebelum ${p.at}; paling lama ${p.maxAge} hari.`,
  'document.undated': (p) => `Tidak bertanggal; umurnya paling lama ${p.maxAge} hari.`,
  'document.datedAfter': (p) => `Bertanggal ${p.date}, setelah tanggal evaluasi ${p.at}.`,

  'check.met': (p) => `Jawaban "${p.value === 'yes' ? 'ya' : 'tidak'}", sesuai persyaratan.`,
  'check.notMet': (p) => `Jawaban "${p.value === 'yes' ? 'ya' : 'tidak'}"; disyaratkan "${p.expected === 'yes' ? 'ya' : 'tidak'}".`,

  'gauge.acceptable': (p) => `${gaugeFigures(p)}: diterima (paling tinggi ${p.acceptable} %).`,
  'gauge.conditional': (p) => `${gaugeFigures(p)}: diterima bersyarat (di atas ${p.acceptable} %, paling tinggi ${p.conditional} %).`,
  'gauge.unacceptable': (p) => `${gaugeFigures(p)}: tidak diterima (di atas ${p.conditional} %).`,
  'gauge.tooFewCategories': (p) => `${gaugeFigures(p)}: tidak diterima, kurang dari ${p.minimum} kategori berbeda.`,
  'gauge.noVariation': (p) => `Nilai studi sama sekali tidak bervariasi (${gaugeModel(p)}): studi tidak dapat membedakan satu part dari yang lain.`,
  'measurement.gaugeNotQualified': (p) =>
    `Tidak lulus: diukur dengan alat ukur yang belum terkualifikasi (studi alat ukur ${p.gauge}${p.percent ? `, %GRR ${p.percent} %` : ''}${p.ndc ? `, ${p.ndc} kategori berbeda` : ''}); nilai terukur tidak dapat dipercaya sampai alat ukur terkualifikasi.`,
  'measurement.gaugeMissing': (p) => `Belum lulus: studi alat ukur ${p.gauge} yang mengkualifikasi alat ukur tidak memiliki bukti.`,

  'inspection.allAccepted': (p) => `Semua ${p.lots} lot diterima pada AQL ${p.aql}, level ${p.level}; inspeksi sekarang ${inspectionId(p.state)}.`,
  'inspection.someRejected': (p) => `${p.accepted} dari ${p.lots} lot diterima pada AQL ${p.aql}, level ${p.level}; lot terakhir diterima; inspeksi sekarang ${inspectionId(p.state)}.`,
  'inspection.lastRejected': (p) => `${p.accepted} dari ${p.lots} lot diterima pada AQL ${p.aql}, level ${p.level}; lot terakhir ditolak; inspeksi sekarang ${inspectionId(p.state)}.`,
  'inspection.discontinued': (p) => `Inspeksi dihentikan setelah ${p.lots} lot (${p.accepted} diterima): lima lot ditolak pada inspeksi diperketat.`,
  'inspection.tooFewInspected': (p) => `Lot ${p.lot} diperiksa pada ${p.inspected} unit; rencananya memerlukan ${p.needed}.`,
  'reason.grade': (p) => `Skor ${p.score} memberi nilai ${p.grade}.`,
  'reason.gradeCapped': (p) => `Skor ${p.score} memberi nilai ${p.scoreGrade}, dibatasi menjadi ${p.grade} oleh aturan ${p.rules}.`,
  'reason.rule': (p) => `${p.titleId ?? p.title}: ${p.criteria || p.categories || p.score}.`,
  'reason.groupRule': (p) => `${p.titleId ?? p.title}: ${p.groups}.`,
  'reason.missing': (p) => `Tidak ada bukti untuk ${p.count} kriteria: ${p.criteria}.`,
  'reason.decision': (p) => `Keputusan: ${p.decision}.`,

  'path.close': (p) => `Tutup ${p.criterion} (+${p.points}): skor ${p.score}, nilai ${p.grade}, ${decisionId(p.decision)}.`,
  'path.stabilize': (p) =>
    `Temukan dan hilangkan penyebab khusus pada ${p.criterion}, lalu ulangi studi kapabilitasnya (+${p.points}): skor ${p.score}, nilai ${p.grade}, ${decisionId(p.decision)}.`,
  'path.provide': (p) => `Berikan bukti bahwa ${p.criterion} terpenuhi (+${p.points}): skor ${p.score}, nilai ${p.grade}, ${decisionId(p.decision)}.`,
  'path.plan': (p) =>
    p.count === '0'
      ? `Sudah ${decisionId(p.decision)}.`
      : `Untuk mencapai ${decisionId(p.target)}: ${p.count} kesenjangan ditutup (${p.criteria}); lalu skor ${p.score}, nilai ${p.grade}, ${decisionId(p.decision)}.`,
  'path.unreachable': (p) =>
    `${decisionId(p.target)} tidak dapat dicapai hanya dengan menutup kesenjangan: bila ke-${p.count} ditutup, skor ${p.score}, nilai ${p.grade}, ${decisionId(p.decision)}.`,

  'rule.knockOut': () => 'Kriteria kritis gagal (gugur) menolak',
  'rule.categoryMinimum': (p) => `Kategori ${p.category} di bawah minimumnya ${p.min}`,
  'rule.custom': (p) => p.title ?? p.id ?? '',
};

/** Every fixed phrase in the reports. */
export const reportPhrasesId: ReportMessages = {
  'report.evaluation': 'Evaluasi pemasok',
  'report.comparison': 'Perbandingan audit ulang',
  'report.cohort': 'Ringkasan kelompok pemasok',
  'report.footer': (p: P) => `Profil persyaratan ${p.profile}, versi ${p.version}.`,

  'decision.approved': 'Disetujui',
  'decision.conditional': 'Bersyarat',
  'decision.rejected': 'Ditolak',
  'decision.incomplete': 'Belum lengkap',
  'decisionNote.approved': 'Pemasok memenuhi persyaratan.',
  'decisionNote.conditional': 'Disetujui dengan syarat kesenjangan di bawah ini ditutup dengan rencana tindakan.',
  'decisionNote.conditionalBy': (p: P) =>
    `Disetujui dengan syarat kesenjangan di bawah ini ditutup dengan rencana tindakan; audit ulang paling lambat ${p.date}.`,
  'decisionNote.rejected': 'Belum disetujui: kesenjangan di bawah ini harus ditutup lebih dahulu.',
  'decisionNote.incomplete': 'Belum ada keputusan: bukti untuk beberapa persyaratan belum ada.',

  'status.pass': 'Terpenuhi',
  'status.partial': 'Terpenuhi sebagian',
  'status.fail': 'Tidak terpenuhi',
  'status.not-applicable': 'Tidak berlaku',
  'status.missing': 'Tidak ada bukti',
  'status.warning': 'Catatan tentang bukti',

  'severity.critical': 'kritis (gugur)',
  'severity.major': 'mayor',
  'severity.minor': 'minor',

  'family.man': 'Manusia (pelatihan)',
  'family.machine': 'Mesin (peralatan)',
  'family.method': 'Metode',
  'family.material': 'Material',
  'family.measurement': 'Pengukuran',
  'family.environment': 'Lingkungan',

  'kind.measurement': 'Pengukuran',
  'kind.audit-question': 'Pertanyaan audit',
  'kind.certificate': 'Sertifikat',
  'kind.metric': 'Angka kinerja',
  'kind.document': 'Dokumen',
  'kind.attribute-inspection': 'Inspeksi atribut (AQL)',
  'kind.check': 'Pemeriksaan',
  'kind.gauge-study': 'Studi alat ukur (MSA)',

  'label.supplier': 'Pemasok',
  'label.region': 'Wilayah',
  'label.profile': 'Profil persyaratan',
  'label.version': 'Versi',
  'label.auditDate': 'Tanggal audit',
  'label.auditor': 'Auditor',
  'label.evaluatedOn': 'Dievaluasi pada',
  'label.decision': 'Keputusan',
  'label.score': 'Skor',
  'label.grade': 'Nilai',
  'label.reauditDue': 'Audit ulang paling lambat',
  'label.remedy': 'Perbaikan',
  'label.effort': 'Upaya',
  'label.reference': 'Acuan',
  'label.note': 'Catatan auditor',
  'label.required': 'Disyaratkan',
  'label.found': 'Ditemukan',
  'label.status': 'Status',
  'label.severity': 'Tingkat',
  'label.causeFamily': 'Kelompok penyebab',
  'label.decisiveCause': 'Penyebab penentu',
  'label.category': 'Kategori',
  'label.criterion': 'Persyaratan',
  'label.weight': 'Bobot',
  'label.pointsLost': 'Poin hilang',
  'label.minimum': 'Minimum',
  'label.overall': 'Skor keseluruhan',
  'label.knockOut': 'Gugur',
  'label.priority': 'Prioritas',
  'label.counts': 'Terpenuhi / sebagian / tidak / tanpa bukti',
  'label.notScored': 'tidak dinilai',
  'label.criterionId': 'ID',
  'label.kind': 'Jenis',
  'label.explanation': 'Penjelasan',
  'label.rules': 'Aturan',
  'label.shortfall': 'Kekurangan',
  'label.unit': 'Satuan',
  'unit.days': 'hari',
  'unit.lots': 'lot',
  'unit.points': 'poin',
  'unit.categories': 'kategori',
  'label.effortDays': 'Upaya (hari)',
  'label.effortCost': 'Upaya (biaya)',
  'label.currency': 'Mata uang',

  'section.summary': 'Ringkasan',
  'section.reasons': 'Alasan',
  'section.categories': 'Skor per kategori',
  'section.gaps': 'Yang perlu diperbaiki',
  'section.path': 'Jalan terpendek menuju lulus',
  'section.measurements': 'Nilai ukur terhadap batasnya',
  'section.criteria': 'Semua persyaratan',
  'section.warnings': 'Catatan tentang bukti',

  'text.score': (p: P) => `skor ${p.score}`,
  'text.grade': (p: P) => `nilai ${p.grade}`,
  'text.reauditBy': (p: P) => `audit ulang paling lambat ${p.date}`,
  'text.pointsLost': (p: P) => `−${p.points} poin`,
  'text.days': (p: P) => `${p.days} hari`,
  'text.points': (p: P) => `${p.points} poin`,
  'text.moreGaps': (p: P) => `… ${p.count} kesenjangan lainnya`,
  'text.noGaps': 'Tidak ada yang perlu diperbaiki: semua persyaratan terpenuhi.',
  'text.remedy': (p: P) => `Perbaikan: ${p.remedy}`,
  'text.effort': (p: P) => `Upaya: ${p.effort}`,

  'reason.knockOut': (p: P) =>
    `Persyaratan kritis tidak terpenuhi (gugur): ${p.criteria}. Pemasok ditolak sampai hal ini diperbaiki.`,
  'reason.categoryMinimum': (p: P) => `Skor ${p.category} ${p.score}, di bawah minimumnya ${p.min}.`,
  'reason.rule': (p: P) => `${p.title}${p.subjects ? `: ${p.subjects}` : ''}.`,
  'reason.missing': (p: P) => `Tidak ada bukti untuk ${p.count} persyaratan: ${p.criteria}.`,
  'reason.capDecision': (p: P) => `Keputusan paling tinggi ${p.decision}.`,
  'reason.capGrade': (p: P) => `Nilai paling tinggi ${p.grade}.`,
  'reason.scoreBelow': (p: P) => `skor keseluruhan ${p.score}`,

  'path.reach': (p: P) => `Untuk mencapai “${p.target}”: tutup ${p.count} kesenjangan; lalu skor ${p.score}, nilai ${p.grade}.`,
  'path.unreachable': (p: P) =>
    `“${p.target}” tidak dapat dicapai hanya dengan menutup kesenjangan: jika semua ${p.count} kesenjangan ditutup, skor ${p.score}, nilai ${p.grade}, ${p.decision}.`,
  'path.stepClose': (p: P) => `${p.title} (+${p.points}): lalu skor ${p.score}, nilai ${p.grade}, ${p.decision}.`,
  'path.stepStabilize': (p: P) => `Temukan dan hilangkan penyebab khusus pada ${p.title}, lalu ulangi studi kapabilitasnya (+${p.points}): lalu skor ${p.score}, nilai ${p.grade}, ${p.decision}.`,
  'path.stepProvide': (p: P) => `Berikan bukti untuk ${p.title} (+${p.points}): lalu skor ${p.score}, nilai ${p.grade}, ${p.decision}.`,
  'path.shared': (p: P) => `${p.count === '1' ? 'Langkah pertama' : `${p.count} langkah pertama`} sama untuk kedua jalur:`,
  'path.reachedAfter': (p: P) => `Tercapai setelah langkah ${p.step}.`,
  'path.effort': (p: P) => `Upaya untuk seluruh jalur: ${p.effort}${p.unestimated ? `; tanpa perkiraan untuk ${p.unestimated}` : ''}.`,
  'path.noEffort': 'Profil tidak memberi perkiraan upaya untuk langkah-langkah jalur ini.',
  'path.notOptimal': 'Dicari dengan mendahulukan tambahan poin terbesar; mungkin ada himpunan yang lebih kecil.',

  'comparison.audits': (p: P) => `Audit pada ${p.before} dan ${p.after}, berselang ${p.days} hari.`,
  'comparison.onTime': (p: P) => `Audit ulang jatuh tempo ${p.due}: tepat waktu.`,
  'comparison.late': (p: P) => `Audit ulang jatuh tempo ${p.due}: terlambat ${p.days} hari.`,
  'comparison.direction.better': 'Lebih baik',
  'comparison.direction.worse': 'Lebih buruk',
  'comparison.direction.same': 'Tidak berubah',
  'comparison.summary': (p: P) =>
    `${p.closed} kesenjangan ditutup, ${p.opened} baru, ${p.remaining} masih ada (${p.better} membaik, ${p.worse} memburuk).`,
  'comparison.profileVersions': (p: P) => `Profil ${p.id}: versi ${p.before}, lalu ${p.after}.`,
  'comparison.added': (p: P) => `Kriteria ditambahkan: ${p.criteria}.`,
  'comparison.removed': (p: P) => `Kriteria dihapus: ${p.criteria}.`,
  'comparison.changed': (p: P) => `${p.criterion}: ${p.fields} berubah.`,
  'comparison.none': 'Tidak ada.',
  'change.closed': 'ditutup',
  'change.opened': 'baru',
  'change.better': 'membaik',
  'change.worse': 'memburuk',
  'change.same': 'tidak berubah',
  'change.dropped': 'tidak lagi disyaratkan',
  'label.before': 'Sebelum',
  'label.after': 'Sesudah',
  'label.change': 'Perubahan',
  'label.audits': 'Audit',
  'section.closed': 'Kesenjangan yang ditutup',
  'section.opened': 'Kesenjangan baru',
  'section.remaining': 'Kesenjangan yang masih ada',
  'section.dropped': 'Kesenjangan yang tidak lagi disyaratkan',
  'section.changes': 'Semua kriteria yang berubah',
  'section.profileChanges': 'Perubahan profil',
  'chart.scores': 'Skor sebelum dan sesudah, terhadap batas nilai',

  'cohort.records': (p: P) =>
    `${p.evaluated} pemasok dievaluasi${p.invalid && p.invalid !== '0' ? `; ${p.invalid} catatan tidak dapat dievaluasi` : ''}.`,
  'cohort.passRate': (p: P) => `${p.rate} % disetujui atau bersyarat.`,
  'cohort.scores': (p: P) => `Skor dari ${p.min} sampai ${p.max}; median ${p.median}, rata-rata ${p.mean}.`,
  'cohort.nearMisses': (p: P) =>
    `${p.conditional} dalam ${p.margin} poin dari bersyarat, ${p.approved} dalam ${p.margin} poin dari disetujui.`,
  'cohort.rankingPartial': (p: P) => `${p.count} terbaik dari ${p.total}.`,
  'cohort.unreachable': (p: P) =>
    `${p.next} pemasok tidak dapat mencapai keputusan berikutnya dan ${p.approval} tidak dapat mencapai persetujuan hanya dengan menutup kesenjangan.`,
  'cohort.headline': (p: P) =>
    `${p.ready} dari ${p.total} pemasok dapat memasok sekarang (${p.approved} disetujui, ${p.conditional} dengan syarat); sisanya tertahan terutama oleh ${p.top}: dari ${p.held} pemasok itu, ${p.list}.`,
  'cohort.headlineAll': (p: P) => `${p.ready} dari ${p.total} pemasok dapat memasok sekarang (${p.approved} disetujui, ${p.conditional} dengan syarat).`,
  'cohort.headlineScore': (p: P) =>
    `${p.ready} dari ${p.total} pemasok dapat memasok sekarang (${p.approved} disetujui, ${p.conditional} dengan syarat); ${p.held} lainnya tertahan hanya oleh skornya.`,
  'cohort.heldBy': (p: P) => `${p.count} oleh ${p.family}`,
  'headline.man': 'orang (pelatihan)',
  'headline.machine': 'mesin (peralatan)',
  'headline.method': 'metode',
  'headline.material': 'material',
  'headline.measurement': 'pengukuran',
  'headline.environment': 'lingkungan',
  'section.decisions': 'Keputusan',
  'section.distribution': 'Sebaran skor',
  'section.commonGaps': 'Kesenjangan yang paling sering',
  'section.families': 'Kebutuhan menurut kelompok penyebab',
  'section.nearMisses': 'Nyaris lolos',
  'section.ranking': 'Peringkat',
  'section.regions': 'Menurut wilayah',
  'section.invalid': 'Catatan yang tidak dapat dievaluasi',
  'label.suppliers': 'Pemasok',
  'label.count': 'Jumlah',
  'label.rank': 'Peringkat',
  'label.lowest': 'Terendah',
  'label.highest': 'Tertinggi',
  'label.median': 'Median',
  'label.mean': 'Rata-rata',
  'label.percent': (p: P) => `${p.p} %`,
  'label.gaps': 'Kesenjangan',
  'label.knockOuts': 'Gugur',
  'label.missingEvidence': 'Bukti tidak ada',
  'label.inNextPath': 'Diperlukan untuk keputusan berikutnya',
  'label.inApprovalPath': 'Diperlukan untuk persetujuan',
  'label.pointsLostTotal': 'Poin hilang (semua pemasok)',
  'label.distance': 'Kurang poin',
  'label.next': 'Keputusan berikutnya',
  'label.noRegion': '(tanpa wilayah)',
  'label.meanScore': 'Skor rata-rata',
  'label.passRate': 'Tingkat kelulusan',
  'cohort.warnings': (p: P) =>
    `${p.count} peringatan tentang bukti ${p.records} pemasok: pemasok tersebut dievaluasi, dan entri yang disebut peringatan tidak digunakan.`,
  'cohort.warningCodes': (p: P) => `Menurut kode: ${p.list}.`,
  'cohort.warningCount': (p: P) =>
    p.code === 'unknown_criterion' ? `Entri untuk "${p.criterion}", kriteria yang tidak ada dalam profil: ${p.count}` : `${p.code} untuk "${p.criterion}": ${p.count}`,
  'label.warnings': 'Peringatan',
  'label.code': 'Kode',
  'label.record': 'Catatan',
  'label.issues': 'Masalah',
  'chart.scoreDistribution': 'Pemasok menurut skor, per rentang 5 poin, terhadap batas nilai',
  'chart.scoreBand': (p: P) => `${p.from} sampai di bawah ${p.to}: ${p.count} pemasok`,

  'required.limits': (p: P) => `${p.lsl}–${p.usl} ${p.unit}`,
  'required.atLeast': (p: P) => `paling sedikit ${p.value}${p.unit ? ` ${p.unit}` : ''}`,
  'required.atMost': (p: P) => `paling banyak ${p.value}${p.unit ? ` ${p.unit}` : ''}`,
  'required.share': (p: P) => `${p.share} % dalam batas`,
  'required.points': (p: P) => `${p.pass} dari ${p.max} poin`,
  'required.certificate': (p: P) => `${p.standards}, berlaku pada ${p.date}`,
  'required.remaining': (p: P) => `sisa masa berlaku paling sedikit ${p.days} hari`,
  'required.target': (p: P) => `target ${p.target}`,
  'required.document': (p: P) => `${p.document}status ${p.statuses}`,
  'required.maxAge': (p: P) => `paling lama ${p.days} hari`,
  'required.or': ' atau ',
  'required.capability': (p: P) => `${p.index} paling sedikit ${p.min}`,
  'required.stable': (p: P) => `tidak ada titik yang ditandai ${p.rules}`,
  'required.inspection': (p: P) => `AQL ${p.aql}, tingkat inspeksi ${p.level}, ${p.inspection} (${p.edition})`,
  'inspection.normal': 'inspeksi normal',
  'inspection.tightened': 'inspeksi diperketat',
  'inspection.reduced': 'inspeksi dikurangi',
  'inspection.switching': 'aturan perpindahan',
  'inspection.discontinued': 'dihentikan',
  'found.capability': (p: P) => `${p.index} ${p.value}${p.bound ? ` (batas bawah ${p.bound})` : ''}`,
  'required.gauge': (p: P) => `%GRR dari ${p.basis} paling tinggi ${p.acceptable} % (bersyarat ${p.conditional} %), paling sedikit ${p.ndc} kategori berbeda`,
  'gauge.tolerance': () => 'toleransi',
  'gauge.studyVariation': () => 'variasi studi',
  'found.gauge': (p: P) => `%GRR ${p.percent} %, ${p.ndc || 'tidak ada'} kategori berbeda`,
  'found.lots': (p: P) => `${p.accepted} dari ${p.lots} lot diterima`,
  'found.inspectionNow': (p: P) => `sekarang ${p.state}`,
  'answer.yes': 'ya',
  'answer.no': 'tidak',

  'found.oneValue': (p: P) => `1 nilai, ${p.value} ${p.unit}`,
  'found.values': (p: P) => `${p.n} nilai, ${p.min} sampai ${p.max} ${p.unit}, rata-rata ${p.mean}`,
  'found.outOfSpec': (p: P) => `${p.out} di luar batas`,
  'found.noValues': 'tidak ada nilai',
  'found.points': (p: P) => `${p.points} dari ${p.max} poin`,
  'found.results': (p: P) => `(hasil ${p.results})`,
  'found.certificate': (p: P) => `${p.standard}, berakhir ${p.expires}`,
  'found.document': (p: P) => `status ${p.status}`,
  'found.dated': (p: P) => `bertanggal ${p.date}`,
  'found.none': '—',

  'chart.categories': 'Skor keseluruhan terhadap batas nilai; skor kategori terhadap minimumnya',
  'chart.gradeBand': (p: P) => `${p.grade} mulai ${p.min}`,
  'chart.minimum': (p: P) => `minimum ${p.min}`,
  'chart.values': (p: P) => `Histogram ${p.n} nilai ukur ${p.title} terhadap batas ${p.limits}`,
  'chart.range': (p: P) => `Rentang ${p.n} nilai ukur ${p.title} (${p.min} sampai ${p.max}) terhadap batas ${p.limits}`,
  'chart.bin': (p: P) => `${p.from} sampai ${p.to} ${p.unit}: ${p.count} komponen`,
  'chart.control.individual': 'Nilai individu',
  'chart.control.mean': 'Rata-rata subgrup',
  'chart.control.moving-range': 'Rentang bergerak',
  'chart.control.range': 'Rentang subgrup',
  'chart.control.standard-deviation': 'Simpangan baku subgrup',
  'chart.control.title': (p: P) => `${p.location} dan ${p.dispersion} terhadap batas kendalinya: ${p.flagged === '0' ? 'tidak ada titik yang ditandai' : `${p.flagged} titik ditandai`}`,
  'chart.control.point': (p: P) => `Titik ${p.point}: ${p.value}`,
  'chart.count': (p: P) => `${p.n} nilai`,
  'chart.mean': (p: P) => `rata-rata ${p.mean} ${p.unit}`,
  'chart.lsl': 'LSL',
  'chart.usl': 'USL',
  'chart.outside': 'di luar batas',
  'chart.inside': 'dalam batas',
  'chart.decisions': 'Pemasok menurut keputusan',
  'chart.families': 'Kesenjangan menurut kelompok penyebab (jumlah pemasok)',

  'column.supplierId': 'id_pemasok',
  'column.supplier': 'pemasok',
  'column.region': 'wilayah',
  'column.profile': 'profil',
  'column.profileVersion': 'versi_profil',
  'column.auditDate': 'tanggal_audit',
  'column.decision': 'keputusan',
  'column.overallScore': 'skor_keseluruhan',
  'column.grade': 'nilai',
  'column.category': 'kategori',
  'column.criterionId': 'id_kriteria',
  'column.criterion': 'kriteria',
  'column.kind': 'jenis',
  'column.severity': 'tingkat',
  'column.causeFamily': 'kelompok_penyebab',
  'column.status': 'status',
  'column.score': 'skor',
  'column.weight': 'bobot',
  'column.pointsLost': 'poin_hilang',
  'column.required': 'disyaratkan',
  'column.found': 'ditemukan',
  'column.shortfall': 'kekurangan',
  'column.shortfallUnit': 'satuan_kekurangan',
  'column.gapPriority': 'prioritas_kesenjangan',
  'column.knockOut': 'gugur',
  'column.explanation': 'penjelasan',
  'column.remedy': 'perbaikan',
  'column.rank': 'peringkat',
  'column.reauditDue': 'batas_audit_ulang',
  'column.gaps': 'kesenjangan',
  'column.knockOuts': 'jumlah_gugur',
  'column.missing': 'bukti_kurang',

  'column.pathNext': 'langkah_ke_keputusan_berikutnya',
  'column.pathApproval': 'langkah_ke_persetujuan',
  'column.change': 'perubahan',
  'column.statusBefore': 'status_sebelum',
  'column.scoreBefore': 'skor_sebelum',
  'column.pointsLostBefore': 'poin_hilang_sebelum',
  'column.statusAfter': 'status_sesudah',
  'column.scoreAfter': 'skor_sesudah',
  'column.pointsLostAfter': 'poin_hilang_sesudah',

  'lint.clean': (p: P) => `${p.name}: tidak ada peringatan.`,
  'lint.warnings': (p: P) => `${p.name}: ${p.count} peringatan.`,
  'lint.invalid': (p: P) => `Bukan profil yang sah: ${p.count} masalah.`,
  'cell.error': 'Kesalahan',
  'cell.more': (p: P) => `dan ${p.count} lagi`,
};

const ruleReasonsId: Readonly<Record<string, Sentence>> = {
  criteria: (p) => `hanya ${p.matching} kriteria yang dapat cocok dengan filternya, padahal diperlukan ${p.atLeast}`,
  below: (p) => `tidak ada skor di bawah ${p.below} (skor terendah yang mungkin ${p.lowest})`,
  'no-score': () => 'kategori yang diperiksanya tidak memiliki bobot kriteria, sehingga tidak pernah mendapat skor',
};

/** What each run rule of a control chart looks for (the keys of `runRuleTextEn`). */
export const runRuleTextId: Record<keyof typeof runRuleTextEn, string> = {
  we1: 'satu titik di luar 3σ',
  we2: '2 dari 3 titik berturut-turut di luar 2σ pada satu sisi',
  we3: '4 dari 5 titik berturut-turut di luar 1σ pada satu sisi',
  we4: '8 titik berturut-turut pada satu sisi garis tengah',
  nelson1: 'satu titik di luar 3σ',
  nelson2: '9 titik berturut-turut pada satu sisi garis tengah',
  nelson3: '6 titik berturut-turut terus naik atau terus turun',
  nelson4: '14 titik berturut-turut naik dan turun bergantian',
  nelson5: '2 dari 3 titik berturut-turut di luar 2σ pada satu sisi',
  nelson6: '4 dari 5 titik berturut-turut di luar 1σ pada satu sisi',
  nelson7: '15 titik berturut-turut di dalam 1σ dari garis tengah',
  nelson8: '8 titik berturut-turut di luar 1σ, pada kedua sisi, tanpa satu pun di dalam 1σ',
};

/** The month names of report dates (`19 Februari 2027`), January first. */
export const monthNamesId: readonly string[] = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/** The sentence for every lint code. */
export const lintSentencesId: Record<LintCode, Sentence> = {
  weight_ineffective: (p: Params) =>
    `"${p.title}" tidak dapat mengubah keputusan apa pun: ${
      p.swing === '0'
        ? 'bobotnya tidak memberinya bagian dari skor'
        : `dari nilai terendah hingga tertingginya, skor keseluruhan bergeser paling banyak ${p.swing} poin dan tidak pernah melewati batas keputusan`
    }; kriteria ini tidak kritis dan tidak dirujuk oleh aturan mana pun.`,
  grade_unreachable: (p: Params) =>
    `Tidak ada skor yang dapat mencapai nilai "${p.grade}" (mulai ${p.min}${p.below || p.above ? `; skor terdekat yang mungkin ${[p.below, p.above].filter(Boolean).join(' dan ')}` : ''}).`,
  tolerance_wider_than_nominal: (p: Params) => `Toleransi ${p.lsl}–${p.usl} ${p.unit} (lebar ${p.width}) lebih lebar dari nilai nominal ${p.nominal} ${p.unit}; periksa toleransi dan satuannya.`,
  capability_minimum_low: (p: Params) => `${p.index} minimum ${p.min} menerima proses yang lebih lebar dari toleransinya; persyaratan kapabilitas biasanya 1,33 atau lebih.`,
  critical_weight_zero: (p: Params) => `"${p.title}" kritis tetapi berbobot 0: gagal berarti pemasok ditolak, lulus tidak menambah skor.`,
  duplicate_title: (p: Params) => `Judul "${p.title}" juga dipakai di ${p.first}; pembaca laporan tidak dapat membedakan keduanya.`,
  category_weightless: (p: Params) =>
    `Kategori "${p.title}" tidak berbobot (${p.why === 'category' ? 'bobotnya 0' : 'jumlah bobot kriterianya 0'}): kriterianya tidak dapat mengubah skor; hanya kriteria gugur dan aturan yang berlaku padanya.`,
  certificate_window_long: (p: Params) =>
    `Sisa masa berlaku ${p.days} hari lebih lama dari masa berlaku sertifikat (sertifikat ${p.standard} berlaku ${p.years} tahun, paling lama ${p.maxDays} hari); tidak ada sertifikat yang dapat memenuhinya sepenuhnya.`,
  rule_never_fires: (p: Params) => `Aturan "${p.id}" tidak pernah dapat berlaku: ${(ruleReasonsId[String(p.reason)] ?? (() => String(p.reason)))(p)}.`,
  gauge_not_required: (p: Params) =>
    `Studi alat ukur "${p.title}" menilai alat ukur untuk "${p.characteristicTitle}", tetapi pengukuran itu ${p.gauge ? `mensyaratkan studi alat ukur "${p.gauge}"` : 'tidak mensyaratkannya (gauge-nya tidak diisi)'}: alat ukur yang dinilai tidak dapat diterima oleh studi ini tidak mencegah pengukuran itu lolos. Isi gauge-nya dengan "${p.id}".`,
};

/** The reasons a file cannot be read or written, as the command line words them in English, in Bahasa Indonesia. */
const FILE_REASONS_ID: Readonly<Record<string, string>> = {
  'no such file or directory': 'berkas atau direktori tidak ada',
  'permission denied': 'izin ditolak',
  'is a directory': 'berupa direktori',
  'no space left on device': 'ruang penyimpanan habis',
  'the reader closed the pipe': 'pembaca menutup pipa',
};
const fileReasonId = (reason: unknown) => (Object.hasOwn(FILE_REASONS_ID, String(reason)) ? FILE_REASONS_ID[String(reason)] : String(reason));

/** The severities of inspection (ISO 2859-1), as the plan's sentence names them. */

/** `; maksud Anda "x"?` when a closest name was found, else ''. */
const meantId = (p: CliParams) => (p.suggestion === undefined ? '' : `; maksud Anda "${p.suggestion}"?`);

/** The sentences the command line writes itself, keyed as `cliSentencesEn`. */
export const cliSentencesId: Readonly<Record<CliMessageKey, (p: CliParams) => string>> = {
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
  cannotRead: (p) => `tidak dapat membaca ${p.path}: ${fileReasonId(p.reason)}`,
  cannotWrite: (p) => `tidak dapat menulis ${p.path}: ${fileReasonId(p.reason)}`,
  noEvidenceAllowEmpty: (p) => `${p.sources}: tidak ada bukti pemasok (gunakan --allow-empty untuk menerima masukan kosong)`,
  noEvidence: (p) => `${p.source}: tidak ada bukti pemasok`,
  noProfile: (p) => `${p.source}: tidak ada profil`,
  jsonSyntax: (p) => `${p.source}:${p.line}:${p.column}: bukan JSON yang sah: ${p.reason}${shownLine(p)}`,
  jsonLineSyntax: (p) => `Bukan JSON yang sah pada kolom ${p.column}: ${p.reason} (${p.lineText})`,
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
  outputFailed: (p) => `tidak dapat menulis keluaran: ${fileReasonId(p.reason)}`,
  internalError: (p) => `galat internal: ${p.reason}`,
  record: (p) => `rekaman ${p.index}`,
  valid: (p) => `${p.source}: ${p.kind === 'profile' ? 'profil' : 'bukti'} sah${p.warnings ? `, ${p.warnings} peringatan` : ''}`,
  workerShardFailed: (p) => `shard ${p.index} dari run ${p.run} gagal: ${p.reason}`,
  planCodeLetter: (p) => `huruf kode ${p.letter}${p.planLetter !== p.letter ? ` (rencana baris ${p.planLetter})` : ''}`,
  planSampleSize: (p) => `ukuran sampel ${p.size}${p.all ? ' (inspeksi 100 %)' : ''}`,
  planAccept: (p) => `terima (Ac) ${p.ac}`,
  planReject: (p) => `tolak (Re) ${p.re}`,
  planExplanation: (p) =>
    `Lot ${p.lot} pada tingkat ${p.level} memberi huruf kode ${p.letter}; inspeksi ${inspectionId(p.inspection)} pada AQL ${p.aql}${p.arrow === 'none' ? '' : `, mengikuti panah ${p.arrow === 'down' ? 'ke bawah' : 'ke atas'} sampai huruf ${p.planLetter}`}: ${
      p.all ? `ukuran sampel rencana ${p.tableSize} tidak lebih kecil dari lot, jadi periksa semua ${p.lot} unit (inspeksi 100 %)` : `periksa ${p.size}`
    }, terima dengan ${p.ac} atau kurang yang tidak sesuai, tolak dengan ${p.re} atau lebih.`,
  capabilityValues: (p) =>
    `n ${p.n}${Number(p.subgroups) > 0 ? ` dalam ${p.subgroups} subgrup` : ''}   rata-rata ${p.mean}   sigma dalam subgrup ${p.within} (${p.method})   sigma keseluruhan ${p.overall}`,
  capabilityBound: (p) => `batas bawah Cpk ${p.level} % ${p.bound}`,
  capabilityOutside: (p) => `di luar batas: teramati ${p.observed} ppm (${p.count} nilai)${p.expected === undefined ? '' : `, diperkirakan ${p.expected} ppm (sigma dalam subgrup)`}`,
  capabilityNote: (p) => `catatan: ${p.note}`,
  warningLabel: () => 'peringatan',
  progressRecords: (p) => `${p.count} rekaman`,
  queueWaiting: (p) => `antrean di ${p.url} tidak menjawab (${p.reason}); menunggunya`,
};

/** The help text of the command line (`main`) and of each command, in Bahasa Indonesia, keyed as `cliHelpEn`. */
export const cliHelpId: Readonly<Record<CliHelpKey, string>> = {
  main: `supplier-quality: menilai bukti audit pemasok terhadap profil persyaratan

Cara pakai: supplier-quality <perintah> [opsi]

Perintah:
  evaluate <profil> <bukti...>       mengevaluasi pemasok: keputusan, skor, nilai dan kesenjangan
  validate <berkas> [--profile P]    memeriksa berkas profil atau bukti dan mencantumkan setiap masalah
  lint <profil>                      memperingatkan profil sah yang mencurigakan (bobot, rentang nilai, aturan)
  cohort <profil> <sumber>           merangkum banyak pemasok (JSON Lines, CSV, direktori), secara mengalir
  worker --queue redis://HOST:PORT   merangkum shard dari run "cohort --queue" (beberapa mesin)
  plan --lot N --aql A               mencari rencana pengambilan sampel (ISO 2859-1 / ANSI Z1.4)
  capability <nilai> --lsl --usl     studi kapabilitas proses dari nilai terukur
  schema profile|evidence            mencetak JSON Schema berkas profil atau bukti

Jalankan "supplier-quality <perintah> --help" untuk opsi sebuah perintah; --lang id untuk Bahasa Indonesia.
Masukan berupa berkas JSON, JSON Lines atau CSV; "-" membaca masukan standar.
Kode keluar: 0 selesai; 1 dievaluasi tetapi tidak disetujui (dengan --fail-unless-approved), atau
peringatan lint; 2 masukan atau cara pakai tidak sah; 74 keluaran tidak dapat ditulis; 141 pembaca
menutup pipa.
`,
  evaluate: `Cara pakai: supplier-quality evaluate <profil> <bukti...> [opsi]

Mengevaluasi bukti setiap pemasok terhadap profil.
  <profil>     berkas profil JSON, atau profil CSV (lihat docs/cli.md; "-" untuk masukan standar)
  <bukti>      bukti JSON (satu objek atau daftar), JSON Lines, tabel pemasok CSV, atau direktori

Opsi:
  --format text|json|md|html|csv   format keluaran (bawaan text)
  --lang en|id                     bahasa keluaran text, md, html dan csv serta galat (bawaan en)
  --at YYYY-MM-DD                  tanggal evaluasi (bawaan: tanggal audit masing-masing)
  --out FILE                       menulis keluaran ke FILE, bukan ke keluaran standar
  --no-path                        tanpa jalur terpendek menuju lulus (text, md, html, csv)
  --fail-unless-approved           keluar dengan 1 bila ada pemasok yang tidak disetujui
  --allow-empty                    menerima masukan tanpa pemasok (selain itu keluar dengan 2)
  -h, --help                       menampilkan bantuan ini
`,
  validate: `Cara pakai: supplier-quality validate <berkas> [opsi]

Memeriksa berkas profil atau bukti dan mencetak setiap masalah dengan jalurnya (atau selnya) pada
galat standar. Berkas dengan "categories" adalah profil; dengan "entries" atau "supplier" adalah
bukti; berkas CSV adalah profil (bagian [profile], [categories], [criteria], [grades], [rules], atau
tabel kriteria saja) kecuali --profile diberikan, maka tabel pemasok.

Opsi:
  --profile FILE      memeriksa bukti terhadap profil ini juga (entri, jenis, satuan)
  --format text|json  text (bawaan), atau masalahnya sebagai JSON pada keluaran standar
  --lang en|id        bahasa masalah (bawaan en)
  -h, --help          menampilkan bantuan ini
`,
  lint: `Cara pakai: supplier-quality lint <profil> [opsi]

Memperingatkan profil yang sah tetapi mencurigakan: kriteria yang bobotnya tidak dapat mengubah
keputusan apa pun, rentang nilai yang tidak dapat dicapai skor mana pun, toleransi yang lebih lebar
dari nominalnya, minimum kapabilitas di bawah 1,0, kriteria kritis berbobot 0, judul ganda, kategori
tanpa bobot, masa berlaku sertifikat yang lebih panjang dari masa sertifikat, aturan yang tidak pernah
berlaku. Satu baris per peringatan dengan jalur dan kodenya (lihat docs/authoring.md). Profil yang
tidak sah mendapat masalahnya.
  <profil>     berkas profil JSON, atau profil CSV (lihat docs/cli.md; "-" untuk masukan standar)

Opsi:
  --ignore CODE,CODE   tanpa kode peringatan ini
  --format text|json   text (bawaan), atau peringatan sebagai JSON
  --lang en|id         bahasa peringatan (bawaan en)
  -h, --help           menampilkan bantuan ini

Kode keluar: 0 tanpa peringatan; 1 ada peringatan; 2 bukan profil yang sah, atau cara pakai.
`,
  cohort: `Cara pakai: supplier-quality cohort <profil> <sumber> [opsi]

Mengevaluasi banyak pemasok satu per satu dan merangkumnya: keputusan, tingkat kelulusan, sebaran
skor, peringkat, nyaris lulus dan kesenjangan yang paling banyak dimiliki pemasok. <sumber> berupa
berkas JSON Lines (satu objek bukti per baris), tabel pemasok CSV, daftar JSON, direktori berisi
berkas tersebut, atau "-". Baris kemajuan tampil pada galat standar bila berupa terminal. Rekaman
bermasalah dilaporkan dengan barisnya dan dilewati.

Opsi:
  --format text|json|md|html|csv   format keluaran (bawaan text)
  --lang en|id                     bahasa (bawaan en)
  --at YYYY-MM-DD                  tanggal evaluasi (bawaan: tanggal audit masing-masing)
  --top N                          berapa pemasok dalam peringkat (bawaan 10)
  --full-ranking                   memeringkat setiap pemasok (memori bertambah dengan jumlahnya)
  --allow-empty                    menerima sumber tanpa pemasok (selain itu keluar dengan 2)
  --paths                          menghitung kesenjangan pada jalur setiap pemasok menuju lulus (lebih lambat)
  --out FILE                       menulis keluaran ke FILE
  -h, --help                       menampilkan bantuan ini

Lintas mesin (memerlukan paket bullmq dan server Redis; lihat docs/scale.md):
  --queue redis://HOST:PORT        memotong masukan menjadi tugas shard untuk proses "supplier-quality worker"
                                   dan menggabungkan ringkasannya; keluarannya sama dengan tanpa --queue
  --shard-size SIZE                kira-kira berapa bita JSON Lines atau CSV per shard
                                   (bawaan 16M; berkas JSON adalah satu shard)
  --run ID                         id run (bawaan: diturunkan dari profil, masukan dan opsi; run yang
                                   dimulai ulang melanjutkan dari ringkasan yang sudah tersimpan)
  --evaluations DIR                setiap worker menulis evaluasi setiap pemasok, satu berkas JSON Lines
                                   per shard, ke DIR (direktori yang dapat ditulis setiap worker)
`,
  worker: `Cara pakai: supplier-quality worker --queue redis://HOST:PORT [opsi]

Merangkum shard dari run "cohort --queue" sampai dihentikan (Ctrl-C atau SIGTERM menyelesaikan shard
yang sedang dikerjakan lebih dulu). Jalankan sebanyak yang diinginkan, di mesin sebanyak yang
diinginkan: setiap worker harus dapat membaca berkas masukan (dan direktori --evaluations) pada jalur
yang diberikan koordinator. Memerlukan paket bullmq.

Opsi:
  --queue redis://HOST:PORT        server Redis antrean
  --concurrency N                  shard yang dikerjakan sekaligus oleh proses ini (bawaan 1)
  --lock-timeout SECONDS           setelah berapa lama tanpa tanda hidup shard dari worker yang berhenti
                                   diberikan ke worker lain (bawaan 30)
  --lang en|id                     bahasa pesannya (bawaan en)
  -h, --help                       menampilkan bantuan ini
`,
  plan: `Cara pakai: supplier-quality plan --lot N --aql A [opsi]

Mencari rencana pengambilan sampel tunggal untuk atribut (ISO 2859-1:1999 Tabel 1 dan Tabel 2-A
sampai 2-C).

Opsi:
  --lot N                          ukuran lot
  --aql A                          batas mutu penerimaan dalam persen (0.010 sampai 10)
  --level I|II|III|S-1..S-4        tingkat inspeksi (bawaan II)
  --inspection normal|tightened|reduced   tingkat keketatan (bawaan normal)
  --edition "ISO 2859-1:1999"|"ANSI/ASQ Z1.4-2003"   tabel (bawaan ISO 2859-1:1999)
  --format text|json               format keluaran (bawaan text)
  --lang en|id                     bahasa keluaran text dan galat (bawaan en)
  -h, --help                       menampilkan bantuan ini
`,
  capability: `Cara pakai: supplier-quality capability <nilai> --lsl L --usl U [opsi]

Studi kapabilitas proses (AIAG SPC edisi 2): Cp, Cpk, Pp, Ppk, Cpm, batas Bissell, bagian di luar batas.
<nilai> berupa berkas teks atau CSV berisi angka ("-" untuk masukan standar): satu nilai per baris
(atau dipisah spasi atau koma) untuk nilai individual dalam urutan produksi, atau satu subgrup per
baris. Baris pertama yang bukan angka dianggap judul. Berkas JSON berisi daftar nilai atau subgrup.

Opsi:
  --lsl L, --usl U     batas spesifikasi (salah satu boleh dihilangkan untuk spesifikasi satu sisi)
  --target T           nilai target untuk Cpm
  --sigma rbar|sbar|pooled|moving-range   metode sigma dalam subgrup
  --decimal-comma      koma dalam nilai adalah tanda desimal (3,2 adalah 3.2)
  --separator S        comma, semicolon, tab atau space: pemisah nilai dalam satu baris (bawaan: salah
                       satunya; koma di antara angka pada baris tanpa titik desimal ditolak)
  --format text|json   format keluaran (bawaan text)
  --lang en|id         bahasa keluaran text dan galat (bawaan en)
  -h, --help           menampilkan bantuan ini
`,
  schema: `Cara pakai: supplier-quality schema profile|evidence

Mencetak JSON Schema (draft 2020-12) berkas profil atau bukti. Paket menyertakannya sebagai
schema/profile.schema.json dan schema/evidence.schema.json; sebutkan salah satunya dalam "$schema"
sebuah berkas agar editor memeriksa dan melengkapinya. --lang en|id: bahasa bantuan ini dan galat.
`,
};
