import type { CriterionInput } from '../../criteria/criterion.js';
import type { CauseFamily } from '../../schema/primitives.js';

/** The main criteria of the scorecard. */
export const SCORECARD_MAIN_CRITERIA = ['quality', 'delivery', 'service'] as const;
export type ScorecardMain = (typeof SCORECARD_MAIN_CRITERIA)[number];

/** How a subcriterion earns its 1–100 score. */
export interface ScorecardSubcriterion {
  readonly id: string;
  readonly main: ScorecardMain;
  readonly title: string;
  readonly titleId: string;
  /** `score`: the evidence is already a 1–100 score (e.g. from `complaintScore`); else a figure in this unit. */
  readonly unit: 'score' | 'ppm' | 'days' | '%';
  readonly direction: 'higher-is-better' | 'lower-is-better';
  /** The figure that earns 100 (the builder's default; the buyer sets its own). */
  readonly target: string;
  /** The figure that earns the lowest score 1; worse fails with 0. */
  readonly limit: string;
  readonly causeFamily: CauseFamily;
  readonly reference: string;
  /** Included unless the buyer turns it off (goods receipt is off by default). */
  readonly byDefault: boolean;
}

/**
 * The scorecard's subcriteria, after SAP MM/QM vendor evaluation's main criteria quality (goods
 * receipt, complaints) and delivery (on-time, quantity reliability) and its service criterion, with
 * the incoming PPM and 8D response time that supplier scorecards add. Targets and limits are this
 * library's defaults, not taken from a standard.
 */
export const SCORECARD_SUBCRITERIA: readonly ScorecardSubcriterion[] = [
  { id: 'goods-receipt', main: 'quality', title: 'Goods receipt inspection score', titleId: 'Skor inspeksi penerimaan barang', unit: 'score', direction: 'higher-is-better', target: '100', limit: '1', causeFamily: 'method', reference: 'SAP MM/QM vendor evaluation, quality: goods receipt', byDefault: false },
  { id: 'incoming-ppm', main: 'quality', title: 'Incoming defect rate', titleId: 'Tingkat cacat saat penerimaan', unit: 'ppm', direction: 'lower-is-better', target: '50', limit: '1000', causeFamily: 'method', reference: 'Supplier scorecard KPI: PPM = rejected / received × 1,000,000', byDefault: true },
  { id: 'complaints', main: 'quality', title: 'Complaints score', titleId: 'Skor keluhan', unit: 'score', direction: 'higher-is-better', target: '100', limit: '1', causeFamily: 'method', reference: 'SAP MM/QM vendor evaluation, quality: complaints/rejection level', byDefault: true },
  { id: 'eight-d-response', main: 'quality', title: '8D response time', titleId: 'Waktu tanggapan 8D', unit: 'days', direction: 'lower-is-better', target: '10', limit: '60', causeFamily: 'method', reference: 'Supplier scorecard KPI: days from complaint to 8D report', byDefault: true },
  { id: 'on-time-delivery', main: 'delivery', title: 'On-time delivery', titleId: 'Ketepatan waktu pengiriman', unit: '%', direction: 'higher-is-better', target: '98', limit: '85', causeFamily: 'method', reference: 'SAP MM vendor evaluation, delivery: on-time delivery', byDefault: true },
  { id: 'quantity-reliability', main: 'delivery', title: 'Quantity reliability (deliveries within quantity tolerance)', titleId: 'Keandalan jumlah (pengiriman dalam toleransi jumlah)', unit: '%', direction: 'higher-is-better', target: '98', limit: '85', causeFamily: 'method', reference: 'SAP MM vendor evaluation, delivery: quantity reliability', byDefault: true },
  { id: 'service-score', main: 'service', title: 'Service and support score', titleId: 'Skor layanan dan dukungan', unit: 'score', direction: 'higher-is-better', target: '100', limit: '1', causeFamily: 'man', reference: 'SAP MM vendor evaluation, general service/support', byDefault: true },
];

/** A buyer's settings for one subcriterion. */
export interface SubcriterionSettings {
  readonly weight?: string;
  readonly target?: string;
  readonly limit?: string;
}

/**
 * Returns the metric criterion of a subcriterion: scored 1 at its limit and 100 at its target, linear
 * in between (a `score` subcriterion so scores exactly its value), failed with 0 beyond the limit.
 *
 * @example
 * scorecardCriterion(SCORECARD_SUBCRITERIA[2], {}, '').target
 * //=> '100'
 */
export function scorecardCriterion(sub: ScorecardSubcriterion, settings: SubcriterionSettings, idPrefix: string, weight?: string): CriterionInput {
  return {
    kind: 'metric',
    id: `${idPrefix}${sub.id}`,
    title: sub.title,
    weight: weight ?? settings.weight ?? '1',
    causeFamily: sub.causeFamily,
    unit: sub.unit === 'score' ? 'points' : sub.unit,
    direction: sub.direction,
    limit: settings.limit ?? sub.limit,
    target: settings.target ?? sub.target,
    scoreAtLimit: '1',
    reference: sub.reference,
    translations: { id: { title: sub.titleId } },
  };
}
