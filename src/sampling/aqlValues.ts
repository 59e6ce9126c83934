/**
 * The AQL columns of the single-sampling master tables the library ships, in percent nonconforming,
 * as the standard prints them (ISO 2859-1:1999 Tables 2-A to 2-C; ANSI/ASQ Z1.4-2003 Tables II-A to
 * II-C): 0.010 to 10. The tables' larger AQLs (15 to 1000, nonconformities per 100 units) are not shipped.
 */
export const AQL_VALUES = [
  '0.010', '0.015', '0.025', '0.040', '0.065', '0.10', '0.15', '0.25',
  '0.40', '0.65', '1.0', '1.5', '2.5', '4.0', '6.5', '10',
] as const;

/** An AQL column label, as printed in the master tables. */
export type AqlValue = (typeof AQL_VALUES)[number];
