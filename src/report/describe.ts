import { largest } from '../lists/largest.js';
import type { CriterionKind } from '../criteria/criterion.js';
import type { CriterionStatus, JsonValue } from '../criteria/outcome.js';
import type { Formatter } from './format.js';
import type { ReportMessageKey } from '../locales/en.js';
import { measurementFigures, type MeasurementFigures } from './measurementFigures.js';
import { Decimal, decimalString } from '../decimal.js';

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
 * measurementLimitsText(formatterFor('en'), { lsl: '5.97', usl: '6', unit: 'mm' }, measurementFigures({ usl: '6' }, { nominal: '6.000', tolerance: '0.03' }))
 * //=> '5.970–6.000 mm'
 */
export function measurementLimitsText(f: Formatter, required: Json, figures: MeasurementFigures = measurementFigures(required)): string {
  const limit = (value: string) => (value ? figures.limit(value) : '');
  return limitsText(f, limit(text(required.lsl)), limit(text(required.usl)), text(required.unit));
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
  switch (kind) {
    case 'measurement': {
      const share = text(required.requiredShare);
      const parts = [measurementLimitsText(f, required, figures)];
      if (share && share !== '100') parts.push(f.say('required.share', { share: f.number(share) }));
      const capability = required.capability as Json | undefined;
      if (capability && typeof capability === 'object') {
        parts.push(f.say('required.capability', { index: indexLabel(capability.index), min: f.number(text(capability.min)) }));
      }
      return parts.join('; ');
    }
    case 'audit-question':
      return f.say('required.points', { pass: f.number(text(required.passPoints)), max: f.number(text(required.maxPoints)) });
    case 'certificate': {
      const also = Array.isArray(required.alsoAccepted) ? required.alsoAccepted.map(text) : [];
      const standards = [text(required.standard), ...also].join(f.say('required.or'));
      const base = f.say('required.certificate', { standards, date: f.date(text(required.validOn)) });
      const days = text(required.minRemainingDays);
      return days ? `${base}; ${f.say('required.remaining', { days: f.number(days) })}` : base;
    }
    case 'metric': {
      const unit = text(required.unit);
      const limit = f.number(text(required.limit));
      const base =
        required.direction === 'higher-is-better' ? f.say('required.atLeast', { value: limit, unit }) : f.say('required.atMost', { value: limit, unit });
      const target = text(required.target);
      return target ? `${base}; ${f.say('required.target', { target: f.number(target) })}` : base;
    }
    case 'document': {
      const statuses = Array.isArray(required.acceptedStatuses) ? required.acceptedStatuses.map(text) : [];
      const document = text(required.document);
      const base = f.say('required.document', { document: document ? `${document}: ` : '', statuses: statuses.join(f.say('required.or')) });
      const days = text(required.maxAgeDays);
      return days ? `${base}; ${f.say('required.maxAge', { days: f.number(days) })}` : base;
    }
    case 'check':
      return f.say(required.expected === false ? 'answer.no' : 'answer.yes');
    case 'gauge-study':
      return f.say('required.gauge', { basis: f.say(required.basis === 'tolerance' ? 'gauge.tolerance' : 'gauge.studyVariation'), acceptable: f.number(text(required.acceptable)), conditional: f.number(text(required.conditional)), ndc: f.number(text(required.minimumCategories)) });
    case 'attribute-inspection':
      return f.say('required.inspection', {
        aql: f.number(text(required.aql)),
        level: text(required.level),
        inspection: inspectionText(f, text(required.inspection)),
        edition: text(required.edition),
      });
  }
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
  switch (kind) {
    case 'measurement': {
      const n = text(found.n);
      if (!n || n === '0') return f.say('found.noValues');
      const { measured, measuredPlaces } = figures ?? measurementFigures(required);
      const figure = (value: JsonValue | undefined) => (text(value) ? f.number(measured(text(value))) : '');
      // Without limits to go by, the mean gets one decimal more than the smallest and largest value.
      const meanPlaces = largest([found.min, found.max].map((v) => text(v).split('.')[1]?.length ?? 0)) + 1;
      const mean =
        measuredPlaces !== null || !text(found.mean) ? figure(found.mean) : f.number(decimalString(new Decimal(text(found.mean)).toDecimalPlaces(meanPlaces)));
      const base =
        n === '1'
          ? f.say('found.oneValue', { value: figure(found.min), unit: text(found.unit) })
          : f.say('found.values', { n: f.number(n), min: figure(found.min), max: figure(found.max), unit: text(found.unit), mean });
      const parts = [base];
      const out = text(found.outOfSpec);
      if (out && out !== '0') parts.push(f.say('found.outOfSpec', { out: f.number(out) }));
      const capability = found.capability as Json | undefined;
      if (capability && typeof capability === 'object' && capability.value !== undefined && capability.value !== null) {
        parts.push(
          f.say('found.capability', {
            index: indexLabel(capability.index),
            value: f.number(text(capability.value)),
            bound: capability.lowerBound === undefined || capability.lowerBound === null ? '' : f.number(text(capability.lowerBound)),
          }),
        );
      }
      return parts.join('; ');
    }
    case 'audit-question': {
      const base = f.say('found.points', { points: f.number(text(found.points)), max: f.number(text(required.maxPoints)) });
      const results = Array.isArray(found.results) ? found.results.map((r) => f.number(text(r))).join(', ') : '';
      return results ? `${base} ${f.say('found.results', { results })}` : base;
    }
    case 'certificate':
      return f.say('found.certificate', { standard: text(found.standard), expires: f.date(text(found.expires)) });
    case 'metric': {
      const unit = text(found.unit);
      return `${f.number(text(found.value))}${unit ? ` ${unit}` : ''}`;
    }
    case 'document': {
      const base = f.say('found.document', { status: text(found.status) });
      const date = text(found.date);
      return date ? `${base}, ${f.say('found.dated', { date: f.date(date) })}` : base;
    }
    case 'check':
      return f.say(found.value === true ? 'answer.yes' : 'answer.no');
    case 'gauge-study':
      return f.say('found.gauge', { percent: f.number(text(found.percent)), ndc: f.number(text(found.ndc)) });
    case 'attribute-inspection': {
      const base = f.say('found.lots', { accepted: f.number(text(found.accepted)), lots: f.number(text(found.judged)) });
      const switching = found.switching as Json | undefined;
      const state = switching && typeof switching === 'object' ? text(switching.state) : '';
      return state ? `${base}; ${f.say('found.inspectionNow', { state: inspectionText(f, state) })}` : base;
    }
  }
}
