import { Decimal } from '../decimal.js';
import { utcDateOf } from '../dates/utcDate.js';
import type { Why } from '../criteria/outcome.js';
import { explanationMessages, reportMessages, type ReportLanguage } from './language.js';
import { monthNamesEn, type ReportMessageKey, type ReportMessages } from '../locales/en.js';
import { monthNamesId } from '../locales/id.js';

/** How numbers and dates are written: `prose` for people (language rules), `plain` for CSV (dot, ISO dates). */
export type NumberStyle = 'prose' | 'plain';

/** Everything a renderer needs to put text in one language. */
export interface Formatter {
  readonly lang: ReportLanguage;
  readonly style: NumberStyle;
  readonly messages: ReportMessages;
  /** A decimal text written for the language (`3475.41` → `3,475.41` or `3.475,41`); other text unchanged. */
  number(text: string): string;
  /** A decimal text with exactly `places` decimals, written for the language. */
  fixed(text: string, places: number): string;
  /** A calendar date `YYYY-MM-DD` written for the language (`19 November 2026`); other text unchanged. */
  date(text: string): string;
  /** The phrase of a key, with its parameters filled in. */
  say(key: ReportMessageKey, params?: Readonly<Record<string, string>>): string;
  /** The sentence of a `why` in the language, with its numbers and dates formatted. */
  explain(why: Why, fallback?: string): string;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parameters of explanations that are words or identifiers, never formatted as numbers. */
const TEXT_PARAMS = new Set([
  'reason',
  'held',
  'standard',
  'status',
  'accepted',
  'title',
  'criteria',
  'categories',
  'id',
  'rules',
  'grade',
  'scoreGrade',
  'decision',
  'expected',
  'unit',
  'star',
  'number',
  'better',
  'level',
  'state',
  'index',
  'useBound',
  'method',
]);

/** Parameters that are a word followed by numbers (`Cpk 0.71`): each number in them is formatted. */
const MIXED_PARAMS = new Set(['capability']);

function group(digits: string, separator: string): string {
  if (digits.length < 4) return digits;
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return out;
}

/**
 * Returns a decimal text written for a language: digit groups of three and the decimal mark
 * (English `3,475.41`, Indonesian `3.475,41`); with the `plain` style the text is left as it is.
 * Text that is not a plain decimal is returned unchanged.
 *
 * @example
 * formatDecimalText('3475.41', 'id', 'prose')
 * //=> '3.475,41'
 */
export function formatDecimalText(text: string, lang: ReportLanguage, style: NumberStyle): string {
  const match = DECIMAL.exec(text);
  if (!match || style === 'plain') return text;
  const [, sign, whole, fraction] = match;
  const [groupMark, decimalMark] = lang === 'id' ? ['.', ','] : [',', '.'];
  return `${sign}${group(whole as string, groupMark)}${fraction === undefined ? '' : `${decimalMark}${fraction}`}`;
}

/**
 * Returns a calendar date written for a language, day, month name and year (`19 November 2026`,
 * `19 Februari 2027`, the month names of the language's catalogue); with the `plain` style, or for
 * text that is not a calendar date of the years 0001 to 9999, the text unchanged.
 *
 * @example
 * formatCalendarDate('2027-02-17', 'id', 'prose')
 * //=> '17 Februari 2027'
 */
export function formatCalendarDate(text: string, lang: ReportLanguage, style: NumberStyle): string {
  if (style === 'plain' || Number.isNaN(utcDateOf(text).getTime())) return text;
  const month = (lang === 'id' ? monthNamesId : monthNamesEn)[Number(text.slice(5, 7)) - 1];
  return `${Number(text.slice(8, 10))} ${month} ${text.slice(0, 4)}`;
}

/**
 * Returns the parameters of a `why` with numbers and dates written for the language; words and
 * identifiers are left as they are.
 *
 * @example
 * localParams({ worst: '6.58', unit: 'mm' }, 'id', 'prose')
 * //=> { worst: '6,58', unit: 'mm' }
 */
export function localParams(
  params: Readonly<Record<string, string>>,
  lang: ReportLanguage,
  style: NumberStyle,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] = TEXT_PARAMS.has(key)
      ? value
      : MIXED_PARAMS.has(key)
        ? value.replace(/-?\d+(\.\d+)?/g, (number) => formatDecimalText(number, lang, style))
        : ISO_DATE.test(value)
          ? formatCalendarDate(value, lang, style)
          : formatDecimalText(value, lang, style);
  }
  return out;
}

/**
 * Returns a formatter for a language and number style: the one place reports get their words,
 * numbers and dates from.
 *
 * @example
 * formatterFor('id').say('decision.rejected')
 * //=> 'Ditolak'
 */
export function formatterFor(lang: ReportLanguage, style: NumberStyle = 'prose'): Formatter {
  const messages = reportMessages(lang);
  const explanations = explanationMessages(lang);
  return {
    lang,
    style,
    messages,
    number: (text) => formatDecimalText(text, lang, style),
    fixed: (text, places) => {
      const match = DECIMAL.exec(text);
      return match ? formatDecimalText(new Decimal(text).toFixed(places), lang, style) : text;
    },
    date: (text) => formatCalendarDate(text, lang, style),
    say: (key, params = {}) => {
      const entry = messages[key] as string | ((p: Readonly<Record<string, string>>) => string);
      return typeof entry === 'string' ? entry : entry(params);
    },
    explain: (why, fallback) => {
      const sentence = Object.hasOwn(explanations, why.code) ? explanations[why.code] : undefined;
      return sentence ? sentence(localParams(why.params, lang, style)) : (fallback ?? why.code);
    },
  };
}
