import type { DecimalInput } from '../decimal.js';
import type { ReportLanguage } from './language.js';

/** Texts a buyer may give in each language for a title or remedy. */
export interface ReportTranslations {
  readonly en?: { readonly title?: string; readonly remedy?: string };
  readonly id?: { readonly title?: string; readonly remedy?: string };
}

/**
 * What a report reads from a requirement profile, when one is given: the grade bands (lines in the
 * category chart) and the titles and remedies in other languages. A parsed `Profile` or the profile
 * JSON both fit.
 */
export interface ReportProfile {
  readonly title?: string;
  /** Decimal places of the scores (a re-audit comparison writes its scores with them). */
  readonly places?: number;
  readonly translations?: ReportTranslations;
  readonly grades?: ReadonlyArray<{ readonly grade: string; readonly min: DecimalInput }>;
  readonly categories?: ReadonlyArray<{
    readonly id: string;
    readonly title?: string;
    /** The category's minimum score, named when a report gives a category minimum as a cause. */
    readonly minScore?: DecimalInput;
    readonly translations?: ReportTranslations;
    readonly criteria?: ReadonlyArray<{ readonly id: string; readonly translations?: ReportTranslations }>;
  }>;
  readonly rules?: ReadonlyArray<{ readonly id: string; readonly translations?: ReportTranslations }>;
}

/**
 * What a report reads from a supplier's evidence, when it is given: the measured values of each
 * characteristic, drawn as a histogram against the limits. Parsed `Evidence` or the evidence JSON
 * both fit.
 */
export interface ReportEvidence {
  readonly entries: ReadonlyArray<{
    readonly criterion: string;
    readonly values?: ReadonlyArray<DecimalInput> | ReadonlyArray<ReadonlyArray<DecimalInput>>;
    readonly unit?: string;
  }>;
}

/** Buyer-written texts in the chosen language, looked up by id. */
export interface Titles {
  profile(fallback: string): string;
  category(id: string, fallback: string): string;
  criterion(id: string, fallback: string): string;
  rule(id: string, fallback: string): string;
  remedy(id: string, fallback: string | undefined): string | undefined;
}

/**
 * Returns the buyer-written titles and remedies in a language: the profile's translation where it
 * gives one, else the text as written.
 *
 * @example
 * titlesFor(profile, 'id').criterion('nozzle-d', 'Nozzle orifice diameter')
 * //=> 'Diameter lubang nozzle'
 */
export function titlesFor(profile: ReportProfile | undefined, lang: ReportLanguage): Titles {
  const categories = new Map<string, ReportTranslations | undefined>();
  const criteria = new Map<string, ReportTranslations | undefined>();
  for (const category of profile?.categories ?? []) {
    categories.set(category.id, category.translations);
    for (const criterion of category.criteria ?? []) criteria.set(criterion.id, criterion.translations);
  }
  const rules = new Map((profile?.rules ?? []).map((rule) => [rule.id, rule.translations] as const));
  const pick = (translations: ReportTranslations | undefined, field: 'title' | 'remedy') => {
    const text = translations?.[lang]?.[field];
    return text === undefined || text === '' ? undefined : text;
  };
  return {
    profile: (fallback) => pick(profile?.translations, 'title') ?? fallback,
    category: (id, fallback) => pick(categories.get(id), 'title') ?? fallback,
    criterion: (id, fallback) => pick(criteria.get(id), 'title') ?? fallback,
    rule: (id, fallback) => pick(rules.get(id), 'title') ?? fallback,
    remedy: (id, fallback) => pick(criteria.get(id), 'remedy') ?? fallback,
  };
}
