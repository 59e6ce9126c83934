import type { CriterionKind } from '../criteria/criterion.js';
import type { CriterionStatus, JsonValue } from '../criteria/outcome.js';
import type { Formatter } from './format.js';
import type { ReportMessageKey } from '../locales/en.js';
import { measurementFigures, type MeasurementFigures } from './measurementFigures.js';
import { kindOf } from '../kinds/registry.js';
import type { ReportWords } from '../kinds/reportWords.js';

type Json = Readonly<Record<string, JsonValue>>;

const text = (value: JsonValue | undefined): string => (value === undefined || value === null ? '' : String(value));
/** `cpk` → `Cpk`, `ppk` → `Ppk`. */
const indexLabel = (index: JsonValue | undefined): string => (text(index) === 'ppk' ? 'Ppk' : 'Cpk');

/** The words for an inspection severity of ISO 2859-1 (normal, tightened, reduced, switching, discontinued). */
function inspectionText(f: Formatter, state: string): string {
  const key = `inspection.${state}`;
  return key in f.messages ? f.say(key as ReportMessageKey) : state;
}
function limitsText(f: Formatter, lsl: string, usl: string, unit: string): string {
  if (lsl && usl) return f.say('required.limits', { lsl: f.number(lsl), usl: f.number(usl), unit });
  if (lsl) return f.say('required.atLeast', { value: f.number(lsl), unit });
  return f.say('required.atMost', { value: f.number(usl), unit });
}

/**
 * Returns the limits of a measurement requirement in words (`3.18–3.22 mm`, `at most 1.6 µm`), with
 * the decimals of `figures` (the profile's written limits; by default those of the limits given).
 *
 * @example
 * measurementLimitsText(formatterFor('en'), { lsl: '5.97', usl: '6', unit: 'mm' }, measurementFigures({ usl: '6' }, { kind: 'measurement', nominal: '6.000', tolerance: '0.03' }))
 * //=> '5.970–6.000 mm'
 */
export function measurementLimitsText(f: Formatter, required: Json, figures: MeasurementFigures = measurementFigures(required)): string {
  const limit = (value: string) => (value ? figures.limit(value) : '');
  return limitsText(f, limit(text(required.lsl)), limit(text(required.usl)), text(required.unit));
}

/** The words of a kind's description (`ReportWords`) for a formatter and a measurement's figures. */
function reportWords(f: Formatter, required: Json, figures: MeasurementFigures | undefined): ReportWords {
  return {
    say: (key, params) => f.say(key, params),
    number: (value) => f.number(value),
    date: (value) => f.date(value),
    text,
    indexLabel,
    inspection: (state) => inspectionText(f, state),
    limits: (limits) => measurementLimitsText(f, limits, figures),
    figures: () => figures ?? measurementFigures(required),
  };
}

/**
 * Returns what a criterion requires, in a few words of the reader's language; a measurement's limits
 * with the decimals of `figures` (see `measurementFigures`).
 *
 * @example
 * requiredText(formatterFor('en'), 'metric', { direction: 'lower-is-better', limit: '1000', target: '200', unit: 'ppm' })
 * //=> 'at most 1,000 ppm; target 200'
 */
export function requiredText(f: Formatter, kind: CriterionKind, required: Json, figures?: MeasurementFigures): string {
  return kindOf(kind).describe.required(required, reportWords(f, required, figures));
}

/**
 * Returns what the audit found for a criterion, in a few words of the reader's language; a
 * measurement's smallest, largest and mean value at the precision of `figures` (see
 * `measurementFigures`: by default the decimals of the limits given, plus one).
 *
 * @example
 * foundText(formatterFor('en'), { kind: 'check', status: 'fail', required: { expected: true }, found: { value: false } })
 * //=> 'no'
 */
export function foundText(
  f: Formatter,
  result: { readonly kind: CriterionKind; readonly status: CriterionStatus; readonly required: Json; readonly found: Json | null },
  figures?: MeasurementFigures,
): string {
  const { kind, required, found } = result;
  if (found === null) return f.say('found.none');
  if (result.status === 'not-applicable') return text(found.reason) || f.say('found.none');
  return kindOf(kind).describe.found(found, required, reportWords(f, required, figures));
}
