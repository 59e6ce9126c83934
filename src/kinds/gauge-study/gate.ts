import type { JsonValue, KindOutcome } from '../../criteria/outcome.js';
import { Decimal } from '../../decimal.js';

/** A measurement whose verdict a gauge study gates: both by their place in profile order. */
export interface GaugeGate {
  readonly measurement: number;
  readonly gauge: number;
}

/**
 * Returns the measurements of a profile that require a qualified gauge, each with the gauge study
 * that qualifies it (the order a plan decides them in: the gauge study first). Empty for a profile
 * without gauges, so the route does nothing more for it.
 *
 * @example
 * gaugeGates([orificeD, orificeGauge], new Map([['orifice-d', 0], ['orifice-gauge', 1]]))
 * //=> [{ measurement: 0, gauge: 1 }]
 */
export function gaugeGates(criteria: readonly { readonly kind: string; readonly gauge?: string }[], byId: ReadonlyMap<string, number>): GaugeGate[] {
  const gates: GaugeGate[] = [];
  criteria.forEach((criterion, measurement) => {
    if (criterion.gauge === undefined) return;
    const gauge = byId.get(criterion.gauge);
    if (gauge !== undefined) gates.push({ measurement, gauge });
  });
  return gates;
}

/**
 * Links the plan entries of gauge studies to the measurements they qualify, in place: each gauge
 * study gets the tolerance (USL − LSL) of its characteristic, the base of its %Tolerance.
 *
 * @example
 * linkGaugeStudies(criteria, byId); (criteria[1] as CompiledGaugeStudy).tolerance?.toString()
 * //=> '0.04'
 */
export function linkGaugeStudies<C extends PlanEntry>(criteria: C[], byId: ReadonlyMap<string, number>): void {
  criteria.forEach((c, i) => {
    const id = (c.criterion as { characteristic?: string }).characteristic;
    if (c.kind !== 'gauge-study' || id === undefined) return;
    const index = byId.get(id);
    const characteristic = index === undefined ? undefined : criteria[index];
    if (characteristic?.kind === 'measurement') criteria[i] = { ...c, tolerance: characteristic.width };
  });
}

/** What the link reads of a plan entry: a gauge study's has a `tolerance`, a measurement's a `width`. */
interface PlanEntry {
  readonly kind: string;
  readonly criterion: object;
  readonly tolerance?: Decimal | null;
  readonly width?: Decimal | null;
}

/** What a gated result records of its gauge: the gauge study's id and status. */
interface GateRecord {
  readonly criterion: string;
  readonly status: string;
}

/**
 * Returns a measurement's outcome gated by the outcome of the gauge study that qualifies its gauge:
 * a pass or partial pass measured with a gauge that is not acceptable (the study failed) fails, and
 * one whose gauge study has no evidence is missing, with a sentence that says why; otherwise (an
 * acceptable or conditionally acceptable gauge, or a measurement that fails on its own) the outcome
 * as it is. `found.gauge` keeps the gauge study's id and status (the gap list puts the study's gap
 * first).
 *
 * @example
 * gatedOutcome(orificeCapable, gaugeFailed, 'orifice-gauge').why.code
 * //=> 'measurement.gaugeNotQualified'
 */
export function gatedOutcome(own: KindOutcome, gauge: KindOutcome, gaugeId: string): KindOutcome {
  if ((own.status !== 'pass' && own.status !== 'partial') || (gauge.status !== 'fail' && gauge.status !== 'missing')) return own;
  const study = (gauge.found ?? {}) as Record<string, JsonValue>;
  const record: GateRecord = { criterion: gaugeId, status: gauge.status };
  const found = { ...(own.found ?? {}), gauge: record as unknown as JsonValue };
  const params = {
    gauge: gaugeId,
    percent: typeof study.percent === 'string' ? study.percent : '',
    ndc: typeof study.ndc === 'number' ? String(study.ndc) : '',
  };
  const code = gauge.status === 'fail' ? 'measurement.gaugeNotQualified' : 'measurement.gaugeMissing';
  return { status: gauge.status, score: new Decimal(0), required: own.required, found, why: { code, params }, shortfall: null };
}
