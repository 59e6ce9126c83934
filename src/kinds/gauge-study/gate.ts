import type { CriterionStatus, JsonValue, KindOutcome } from '../../criteria/outcome.js';
import type { OwnVerdict } from '../kind.js';
import { Decimal, decimalString } from '../../decimal.js';
import type { CompiledGaugeStudy } from './plan.js';

/**
 * Returns a gauge study's plan entry linked to the measurement it qualifies: with the tolerance
 * (USL − LSL) of its characteristic, the base of its %Tolerance; as it is without a characteristic
 * that is a measurement.
 *
 * @example
 * linkedGaugeStudy(orificeGauge, (id) => entries.get(id)).tolerance?.toString()
 * //=> '0.04'
 */
export function linkedGaugeStudy(c: CompiledGaugeStudy, entryOf: (id: string) => object | undefined): CompiledGaugeStudy {
  const id = c.criterion.characteristic;
  const characteristic = id === undefined ? undefined : (entryOf(id) as { readonly kind: string; readonly width: Decimal | null } | undefined);
  return characteristic?.kind === 'measurement' ? { ...c, tolerance: characteristic.width } : c;
}

/** What a gated result records of its gauge: the gauge study's id and status, and the measurement's own verdict before the gate. */
interface GateRecord {
  readonly criterion: string;
  readonly status: string;
  readonly own: OwnVerdict;
}


/**
 * Returns the status a measurement gets from the gauge study that qualifies its gauge: a pass or
 * partial pass measured with a gauge that is not acceptable (the study failed) fails, and one whose
 * gauge study has no evidence is missing; null otherwise (the measurement keeps its own status).
 *
 * @example
 * [gatedStatus('pass', 'fail'), gatedStatus('partial', 'missing'), gatedStatus('fail', 'missing'), gatedStatus('pass', 'partial')]
 * //=> ['fail', 'missing', null, null]
 */
export function gatedStatus(own: CriterionStatus, gauge: CriterionStatus): 'fail' | 'missing' | null {
  return (own === 'pass' || own === 'partial') && (gauge === 'fail' || gauge === 'missing') ? gauge : null;
}

/**
 * Returns a measurement's outcome gated by the outcome of the gauge study that qualifies its gauge:
 * a pass or partial pass measured with a gauge that is not acceptable (the study failed) fails, and
 * one whose gauge study has no evidence is missing, with a sentence that says why; otherwise (an
 * acceptable or conditionally acceptable gauge, or a measurement that fails on its own) the outcome
 * as it is. `found.gauge` keeps the gauge study's id and status (the gap list puts the study's gap
 * first) and the measurement's own verdict (`own`: what a met gauge study gives it back).
 *
 * @example
 * gatedOutcome(orificeCapable, gaugeFailed, 'orifice-gauge').why.code
 * //=> 'measurement.gaugeNotQualified'
 */
export function gatedOutcome(measured: KindOutcome, gauge: KindOutcome, gaugeId: string): KindOutcome {
  const status = gatedStatus(measured.status, gauge.status);
  if (status === null) return measured;
  const study = (gauge.found ?? {}) as Record<string, JsonValue>;
  const own: OwnVerdict = { status: measured.status, score: decimalString(measured.score), why: measured.why, shortfall: measured.shortfall };
  const record: GateRecord = { criterion: gaugeId, status: gauge.status, own };
  const found = { ...(measured.found ?? {}), gauge: record as unknown as JsonValue };
  const params = {
    gauge: gaugeId,
    percent: typeof study.percent === 'string' ? study.percent : '',
    ndc: typeof study.ndc === 'number' ? String(study.ndc) : '',
  };
  const code = status === 'fail' ? 'measurement.gaugeNotQualified' : 'measurement.gaugeMissing';
  return { status, score: new Decimal(0), required: measured.required, found, why: { code, params }, shortfall: null };
}

/**
 * Returns the gauge study that changed a measurement's result (its `found.gauge.criterion`, which
 * `gatedOutcome` records), if any.
 *
 * @example
 * gaugeOfResult({ gauge: { criterion: 'orifice-gauge', status: 'fail' } })
 * //=> 'orifice-gauge'
 */
export function gaugeOfResult(found: Readonly<Record<string, JsonValue>> | null): string | undefined {
  const gauge = (found as { gauge?: { criterion?: unknown } } | null)?.gauge;
  return typeof gauge?.criterion === 'string' ? gauge.criterion : undefined;
}

/**
 * Returns the measurement's own verdict a gated result recorded (`gatedOutcome`), if any: what it is
 * when its gauge study is met.
 *
 * @example
 * ownOfResult({ gauge: { criterion: 'orifice-gauge', status: 'missing', own: { status: 'pass', score: '100', why, shortfall: null } } })?.status
 * //=> 'pass'
 */
export function ownOfResult(found: Readonly<Record<string, JsonValue>> | null): OwnVerdict | undefined {
  const own = (found as { gauge?: { own?: unknown } } | null)?.gauge?.own as Partial<OwnVerdict> | undefined;
  return own !== undefined && typeof own.status === 'string' && typeof own.score === 'string' && own.why !== undefined ? (own as OwnVerdict) : undefined;
}
