import { explanationsEn, reportExplanationsEn, reportPhrasesEn, type ReportMessages } from '../locales/en.js';
import { explanationsId, reportPhrasesId } from '../locales/id.js';

/** The languages reports are written in: English and Bahasa Indonesia. */
export type ReportLanguage = 'en' | 'id';

/** The languages reports are written in. */
export const REPORT_LANGUAGES: readonly ReportLanguage[] = ['en', 'id'];

type Sentence = (p: Readonly<Record<string, string>>) => string;

/**
 * Returns the report message table of a language (labels, statuses, decisions, column headers).
 *
 * @example
 * reportMessages('id')['decision.approved']
 * //=> 'Disetujui'
 */
export function reportMessages(lang: ReportLanguage): ReportMessages {
  return lang === 'id' ? reportPhrasesId : reportPhrasesEn;
}

/** The English sentences of reports: the evaluation's own, with the report's wording where it has one. */
const REPORT_EXPLANATIONS_EN = { ...explanationsEn, ...reportExplanationsEn };

/**
 * Returns the explanation table of a language (the sentences behind every `why` code) as reports
 * word them.
 *
 * @example
 * explanationMessages('en')['check.met']({ value: 'yes' })
 * //=> 'Answer "yes", as required.'
 */
export function explanationMessages(lang: ReportLanguage): Readonly<Record<string, Sentence>> {
  return (lang === 'id' ? explanationsId : REPORT_EXPLANATIONS_EN) as Readonly<Record<string, Sentence>>;
}
