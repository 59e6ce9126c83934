import type { KindOutcome } from '../../criteria/outcome.js';
import { Decimal } from '../../decimal.js';
import { HUNDRED, ZERO } from '../../fast/fastContext.js';
import { isPlainObject, onlyKeys } from '../../fast/entryChecks.js';
import { jsonClone } from '../../fast/jsonClone.js';
import { PARTIAL, PASS, type CompiledBase, type Entry } from '../../fast/planParts.js';
import { verdictOf, type Verdict } from '../../fast/verdict.js';
import type { KindPlan } from '../kindPlan.js';
import { isDecimalInput } from '../../schema/primitives.js';
import { gaugeStudySummary } from '../../stats/gaugeStudy.js';
import { gaugeTableOf, type GaugeTable } from '../../stats/gaugeStudyInput.js';
import { evaluateGaugeStudy, GAUGE_CONDITIONAL_SCORE, gaugeStudyInputOf, MAX_GAUGE_MEASUREMENTS, type GaugeStudyCriterion } from './schema.js';

const GAUGE_KEYS = new Set(['criterion', 'measurements', 'note']);

/** The plan entry of a gauge study: the tolerance of the characteristic it qualifies, linked once the profile is compiled. */
export interface CompiledGaugeStudy extends CompiledBase<'gauge-study', GaugeStudyCriterion> {
  /** USL − LSL of the characteristic, or null (none named, or one-sided). */
  readonly tolerance: Decimal | null;
}

/** The tables read while checking entries, by their rows, so an entry's table is read once. */
const tables = new WeakMap<object, GaugeTable>();

/** Returns the table of an entry's rows (checked): the one read by `fits`, or read now. */
function tableOf(c: CompiledGaugeStudy, rows: Entry[]): GaugeTable {
  return tables.get(rows) ?? (gaugeTableOf(rows, c.criterion.method).table as GaugeTable);
}

/** Returns the outcome of a gauge study entry (checked) by its exact figures, with the verdict filled in. */
function gaugeOutcome(c: CompiledGaugeStudy, entry: Entry, verdict: Verdict): KindOutcome {
  const study = gaugeStudySummary(gaugeStudyInputOf(c.criterion, tableOf(c, entry.measurements as Entry[]), c.tolerance));
  return verdictOf(evaluateGaugeStudy(c.criterion, study, jsonClone(c.required ?? {})), verdict);
}

/**
 * The plan of a gauge study: the study is worked out exactly (`gaugeStudy` keeps its sums of squares
 * and variance components as fractions of the given decimals), so every verdict is exact and the
 * score is 100, 50 or 0.
 */
export const gaugeStudyPlan: KindPlan<GaugeStudyCriterion, CompiledGaugeStudy> = {
  compile: (_criterion, base) => ({ ...base, tolerance: null }),
  fits(_compiled, _holder, c, e) {
    if (!onlyKeys(e, GAUGE_KEYS) || !Array.isArray(e.measurements)) return false;
    const rows = e.measurements as Entry[];
    if (rows.length > MAX_GAUGE_MEASUREMENTS || !rows.every(isPlainObject) || !plainRows(rows)) return false;
    const { table } = gaugeTableOf(rows, c.criterion.method);
    if (table !== null) tables.set(rows, table);
    return table !== null;
  },
  outcome: (_ctx, c, entry, _holder, verdict) => gaugeOutcome(c, entry, verdict),
  decide(_ctx, c, entry, _holder, verdict) {
    gaugeOutcome(c, entry, verdict);
    return false;
  },
  exactScore: (_ctx, _c, _entry, _holder, status) => scoreOf(status),
};

/** Whether each row has only the fields of a measurement, with names of 1 to 100 characters and a decimal value. */
function plainRows(rows: readonly Entry[]): boolean {
  return rows.every(
    (row) =>
      onlyKeys(row, ROW_KEYS) &&
      typeof row.part === 'string' && row.part.length >= 1 && row.part.length <= 100 &&
      typeof row.operator === 'string' && row.operator.length >= 1 && row.operator.length <= 100 &&
      (row.trial === undefined || (Number.isSafeInteger(row.trial) && (row.trial as number) >= 1 && (row.trial as number) <= 1000)) &&
      isDecimalInput(row.value),
  );
}

const ROW_KEYS = new Set(['part', 'operator', 'trial', 'value']);

const CONDITIONAL = new Decimal(GAUGE_CONDITIONAL_SCORE);

/** The exact score of a gauge study's status: 100, 50 (conditionally acceptable) or 0. */
function scoreOf(status: number): Decimal {
  return status === PASS ? HUNDRED : status === PARTIAL ? CONDITIONAL : ZERO;
}
