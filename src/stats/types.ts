/**
 * Which values of the unbiasing constants d2 and c4 to use for n = 2..25:
 * - `'printed'`: the values printed in the AIAG SPC manual's tables (d2 to 3 decimals, c4 to 4),
 *   so results match AIAG worksheets and most hand calculations (the default);
 * - `'exact'`: d2 and c4 to full precision, so results match software such as Minitab.
 */
export type CapabilityConstants = 'printed' | 'exact';

/**
 * How the within-subgroup standard deviation is estimated:
 * - `'rbar'`: R̄/d2 (subgroups of 2..25; AIAG SPC 2nd ed., X̄–R chart; default for subgroups);
 * - `'sbar'`: S̄/c4 (subgroups of 2..25; X̄–s chart);
 * - `'pooled'`: Sp/c4(d + 1) (any subgroup size ≥ 2; Minitab's default);
 * - `'moving-range'`: MR̄/d2(2) with span 2 (individual values; default for individuals).
 */
export type WithinSigmaMethod = 'rbar' | 'sbar' | 'pooled' | 'moving-range';

/** Every within-subgroup sigma method, in documentation order. */
export const WITHIN_SIGMA_METHODS: readonly WithinSigmaMethod[] = ['rbar', 'sbar', 'pooled', 'moving-range'];

/** Every choice of constants. */
export const CAPABILITY_CONSTANTS: readonly CapabilityConstants[] = ['printed', 'exact'];
