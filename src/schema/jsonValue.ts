import * as z from 'zod/mini';
import type { JsonValue } from '../criteria/outcome.js';

/**
 * A JSON value (text, finite number, true/false, null, or lists and objects of them), as the
 * `required` and `found` fields of a result hold.
 *
 * @example
 * jsonValueSchema.safeParse({ lsl: '9.95', values: [1, 2] }).success
 * //=> true
 */
export const jsonValueSchema: z.ZodMiniType<JsonValue> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonValueSchema), z.record(z.string(), jsonValueSchema)]),
);

/** An object of JSON values. */
export const jsonObjectSchema = z.record(z.string(), jsonValueSchema);
