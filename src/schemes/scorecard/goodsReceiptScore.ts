import { Decimal, type DecimalInput } from '../../decimal.js';
import { createIssue } from '../../errors/index.js';
import { NumberChecks, resultText } from './scorecardInput.js';

/** The inspection lots and lot-free deliveries of a period. */
export interface GoodsReceiptInput {
  /** The quality score of each inspection lot (from its usage decision). */
  readonly lotScores: readonly DecimalInput[];
  /** Deliveries of QM-relevant materials without an inspection lot. */
  readonly deliveriesWithoutLot?: number;
  /** The highest score (default 100). */
  readonly max?: DecimalInput;
  /** Round the result half-up to this many places (default: exact, 50 significant digits). */
  readonly places?: number;
}

/**
 * Returns the goods-receipt quality score of SAP MM/QM vendor evaluation:
 * QSc = (S1 + S2) / (n1 + n2), with S1 the sum of the lot scores over n1 lots and S2 = n2 × QSc_max
 * for the n2 deliveries without an inspection lot. Throws a `ValidationError` for bad input, or when
 * there is neither a lot nor a delivery.
 *
 * @example
 * goodsReceiptScore({ lotScores: [100, 80, 1], deliveriesWithoutLot: 2 })
 * //=> '76.2'
 */
export function goodsReceiptScore(given: GoodsReceiptInput): string {
  const checks = new NumberChecks();
  const input = checks.record(given, []) as Partial<GoodsReceiptInput>;
  const lots = (input.lotScores === undefined ? [] : checks.list(input.lotScores, ['lotScores'])).map((score, i) => checks.decimal(score, ['lotScores', i], 0));
  const n2 = checks.decimal(input.deliveriesWithoutLot ?? 0, ['deliveriesWithoutLot'], 0);
  const max = checks.decimal(input.max ?? 100, ['max'], 0);
  const count = n2.plus(lots.length);
  if (count.isZero()) checks.issues.push(createIssue('too_few_items', ['lotScores'], { minimum: '1' }));
  const places = checks.places(input.places);
  checks.done('goods-receipt score input');
  const s1 = lots.reduce((a, b) => a.plus(b), new Decimal(0));
  return resultText(s1.plus(max.times(n2)).div(count), places);
}
