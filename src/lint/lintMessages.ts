/**
 * The sentence for every lint code, in English and Bahasa Indonesia. Each entry takes the warning's
 * parameters and returns a plain sentence without the path (the path is shown beside it).
 */
type Params = Readonly<Record<string, string | number>>;
type Sentence = (p: Params) => string;

const reasonEn: Readonly<Record<string, (p: Params) => string>> = {
  criteria: (p) => `only ${p.matching} ${p.matching === 1 ? 'criterion' : 'criteria'} can match its filters, and it needs ${p.atLeast}`,
  below: (p) => `no score can be below ${p.below} (the lowest possible is ${p.lowest})`,
  'no-score': () => 'the categories it looks at carry no criterion weight, so they never have a score',
};
const reasonId: Readonly<Record<string, (p: Params) => string>> = {
  criteria: (p) => `hanya ${p.matching} kriteria yang dapat cocok dengan filternya, padahal diperlukan ${p.atLeast}`,
  below: (p) => `tidak ada skor di bawah ${p.below} (skor terendah yang mungkin ${p.lowest})`,
  'no-score': () => 'kategori yang diperiksanya tidak memiliki bobot kriteria, sehingga tidak pernah mendapat skor',
};

export const lintMessages = {
  weight_ineffective: {
    en: (p: Params) =>
      `"${p.title}" cannot change any decision: ${
        p.swing === '0'
          ? 'its weight gives it no share of the score'
          : `from its lowest to its highest score it moves the overall score by at most ${p.swing} points, never across a decision boundary`
      }; it is not critical and no rule refers to it.`,
    id: (p: Params) =>
      `"${p.title}" tidak dapat mengubah keputusan apa pun: ${
        p.swing === '0'
          ? 'bobotnya tidak memberinya bagian dari skor'
          : `dari nilai terendah hingga tertingginya, skor keseluruhan bergeser paling banyak ${p.swing} poin dan tidak pernah melewati batas keputusan`
      }; kriteria ini tidak kritis dan tidak dirujuk oleh aturan mana pun.`,
  },
  grade_unreachable: {
    en: (p: Params) =>
      `No score can earn grade "${p.grade}" (from ${p.min}${p.below || p.above ? `; the nearest possible scores are ${[p.below, p.above].filter(Boolean).join(' and ')}` : ''}).`,
    id: (p: Params) =>
      `Tidak ada skor yang dapat mencapai nilai "${p.grade}" (mulai ${p.min}${p.below || p.above ? `; skor terdekat yang mungkin ${[p.below, p.above].filter(Boolean).join(' dan ')}` : ''}).`,
  },
  tolerance_wider_than_nominal: {
    en: (p: Params) => `The tolerance ${p.lsl}–${p.usl} ${p.unit} (width ${p.width}) is wider than the nominal ${p.nominal} ${p.unit}; check the tolerance and its unit.`,
    id: (p: Params) => `Toleransi ${p.lsl}–${p.usl} ${p.unit} (lebar ${p.width}) lebih lebar dari nilai nominal ${p.nominal} ${p.unit}; periksa toleransi dan satuannya.`,
  },
  capability_minimum_low: {
    en: (p: Params) => `A minimum ${p.index} of ${p.min} accepts a process wider than its tolerance; capability requirements are usually 1.33 or more.`,
    id: (p: Params) => `${p.index} minimum ${p.min} menerima proses yang lebih lebar dari toleransinya; persyaratan kapabilitas biasanya 1,33 atau lebih.`,
  },
  critical_weight_zero: {
    en: (p: Params) => `"${p.title}" is critical but has weight 0: failing it rejects the supplier, passing it adds nothing to the score.`,
    id: (p: Params) => `"${p.title}" kritis tetapi berbobot 0: gagal berarti pemasok ditolak, lulus tidak menambah skor.`,
  },
  duplicate_title: {
    en: (p: Params) => `The title "${p.title}" is also used at ${p.first}; readers of a report cannot tell the two apart.`,
    id: (p: Params) => `Judul "${p.title}" juga dipakai di ${p.first}; pembaca laporan tidak dapat membedakan keduanya.`,
  },
  category_weightless: {
    en: (p: Params) =>
      `Category "${p.title}" carries no weight (${p.why === 'category' ? 'its weight is 0' : 'its criteria weights add up to 0'}): its criteria cannot change the score; only knock-outs and rules act on them.`,
    id: (p: Params) =>
      `Kategori "${p.title}" tidak berbobot (${p.why === 'category' ? 'bobotnya 0' : 'jumlah bobot kriterianya 0'}): kriterianya tidak dapat mengubah skor; hanya kriteria gugur dan aturan yang berlaku padanya.`,
  },
  certificate_window_long: {
    en: (p: Params) =>
      `${p.days} days of remaining validity is more than a certificate runs (${p.standard} certificates run ${p.years} years, ${p.maxDays} days at most); no certificate can fully meet it.`,
    id: (p: Params) =>
      `Sisa masa berlaku ${p.days} hari lebih lama dari masa berlaku sertifikat (sertifikat ${p.standard} berlaku ${p.years} tahun, paling lama ${p.maxDays} hari); tidak ada sertifikat yang dapat memenuhinya sepenuhnya.`,
  },
  rule_never_fires: {
    en: (p: Params) => `Rule "${p.id}" can never fire: ${(reasonEn[String(p.reason)] ?? (() => String(p.reason)))(p)}.`,
    id: (p: Params) => `Aturan "${p.id}" tidak pernah dapat berlaku: ${(reasonId[String(p.reason)] ?? (() => String(p.reason)))(p)}.`,
  },
} satisfies Record<string, { en: Sentence; id: Sentence }>;

/** Every code a lint warning can carry (listed in docs/authoring.md). */
export type LintCode = keyof typeof lintMessages;

/** The lint codes, in the order they are documented. */
export const LINT_CODES = Object.keys(lintMessages) as LintCode[];
