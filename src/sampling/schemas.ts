import * as z from 'zod/mini';

/**
 * The seven inspection levels of ISO 2859-1:1999 Table 1 / ANSI/ASQ Z1.4-2003 Table I: the special
 * levels S-1 to S-4 and the general levels I, II (the usual one) and III.
 */
export const inspectionLevelSchema = z.enum(['S-1', 'S-2', 'S-3', 'S-4', 'I', 'II', 'III']);
/** An inspection level of Table I. */
export type InspectionLevel = z.infer<typeof inspectionLevelSchema>;

/** The three severities of inspection that have master tables (ISO 2859-1:1999 Tables 2-A, 2-B, 2-C). */
export const inspectionSchema = z.enum(['normal', 'tightened', 'reduced']);
/** A severity of inspection. */
export type Inspection = z.infer<typeof inspectionSchema>;

/**
 * The editions whose tables the library follows. Normal and tightened plans are the same in both;
 * reduced plans differ (see `samplingPlan`).
 */
export const editionSchema = z.enum(['ISO 2859-1:1999', 'ANSI/ASQ Z1.4-2003']);
/** An edition of the sampling standard. */
export type Edition = z.infer<typeof editionSchema>;

/** The sample-size code letters of Table I, A to R (I and O are not used). */
export const codeLetterSchema = z.enum(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'Q', 'R']);
/** A sample-size code letter. */
export type CodeLetter = z.infer<typeof codeLetterSchema>;

/** A row of a master table: a code letter, or S (n = 3150), which only the tightened table has. */
export type PlanLetter = CodeLetter | 'S';

/** What a sampling plan lookup needs. `inspection` defaults to normal, `edition` to ISO 2859-1:1999. */
export const samplingPlanRequestSchema = z.object({
  lotSize: z.number(),
  aql: z.union([z.number(), z.string()]),
  level: inspectionLevelSchema,
  inspection: z.optional(inspectionSchema),
  edition: z.optional(editionSchema),
});
/** What a sampling plan lookup needs. */
export type SamplingPlanRequest = z.infer<typeof samplingPlanRequestSchema>;

/** A single sampling plan as returned by `samplingPlan`: plain JSON. */
export const samplingPlanSchema = z.object({
  edition: editionSchema,
  inspection: inspectionSchema,
  level: inspectionLevelSchema,
  lotSize: z.number(),
  /** The AQL in percent nonconforming, as a canonical decimal string. */
  aql: z.string(),
  /** The code letter Table I gives for the lot size and level. */
  codeLetter: codeLetterSchema,
  /** The master-table row finally used after following arrows (S only on tightened inspection). */
  planLetter: z.enum(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'Q', 'R', 'S']),
  /** The sample size of the row finally used, before capping at the lot size. */
  tableSampleSize: z.number(),
  /** Units to inspect: the table's sample size, or the whole lot when that is not smaller than the lot. */
  sampleSize: z.number(),
  acceptanceNumber: z.number(),
  rejectionNumber: z.number(),
  /** The arrow in the cell of the code letter: none, down (first plan below) or up (first plan above). */
  arrow: z.enum(['none', 'down', 'up']),
  /** True when every unit of the lot is inspected because the table's sample size is not smaller than the lot. */
  hundredPercent: z.boolean(),
  explanation: z.string(),
});
/** A single sampling plan as returned by `samplingPlan`. */
export type SamplingPlan = z.infer<typeof samplingPlanSchema>;
