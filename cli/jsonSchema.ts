import * as z from 'zod/mini';
import type { core } from 'zod/mini';
import { evidenceSchemaByKind } from '../src/criteria/criterion.js';
import { evidenceSchema } from '../src/schema/evidence.js';
import { calendarDateSchema, decimalInputSchema } from '../src/schema/primitives.js';
import { profileSchema } from '../src/schema/profile.js';

type JsonSchema = Record<string, unknown>;

/** What the profile and evidence schemas accept where zod's own form has no JSON Schema. */
const DECIMAL: JsonSchema = {
  anyOf: [{ type: 'number' }, { type: 'string', pattern: '^\\s*[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)\\s*$' }],
  description: 'A decimal: a number, or a text of digits with an optional sign and a dot (no exponent), e.g. "10.05".',
};
const DATE: JsonSchema = {
  type: 'string',
  format: 'date',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'A calendar date YYYY-MM-DD.',
};

function toJsonSchema(schema: core.$ZodType, title: string, description: string): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: ({ zodSchema }) => {
      if (zodSchema === (decimalInputSchema as unknown)) return { ...DECIMAL };
      if (zodSchema === (calendarDateSchema as unknown)) return { ...DATE };
      return 'any';
    },
  }) as JsonSchema;
  const { $schema, ...rest } = generated;
  return { $schema, title, description, ...(withRefs(rest) as JsonSchema), $defs: { decimal: DECIMAL, date: DATE } };
}

/** Returns the schema with each inline decimal and date form replaced by a reference to its definition. */
function withRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withRefs);
  if (typeof value !== 'object' || value === null) return value;
  const text = JSON.stringify(value);
  if (text === JSON.stringify(DECIMAL)) return { $ref: '#/$defs/decimal' };
  if (text === JSON.stringify(DATE)) return { $ref: '#/$defs/date' };
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withRefs(inner)]));
}

/**
 * Returns the JSON Schema (draft 2020-12) of a requirement profile as written (the input form), for
 * editors to validate and complete profile files that name it in `$schema`.
 *
 * @example
 * profileJsonSchema().required
 * //=> ['id', 'version', 'title', 'component', 'categories']
 */
export function profileJsonSchema(): JsonSchema {
  return toJsonSchema(
    profileSchema,
    'supplier-quality requirement profile',
    "A buyer's requirement profile: categories of weighted criteria (measurement, audit-question, certificate, metric, document, check), grade bands and decision rules.",
  );
}

/**
 * Returns the JSON Schema (draft 2020-12) of one supplier's audit evidence as written, with each entry
 * one of the per-kind forms so editors can complete them.
 *
 * @example
 * evidenceJsonSchema().required
 * //=> ['supplier', 'auditDate', 'entries']
 */
export function evidenceJsonSchema(): JsonSchema {
  const kinds = Object.values(evidenceSchemaByKind);
  const editorForm = z.extend(evidenceSchema, {
    entries: z.array(z.union(kinds as unknown as [(typeof kinds)[0], (typeof kinds)[1], ...(typeof kinds)[number][]])),
  });
  return toJsonSchema(
    editorForm,
    'supplier-quality audit evidence',
    "What an audit found for one supplier: who, when, and one entry per criterion of the profile (measured values, audit points, a certificate, a figure, a document's status, a yes/no answer).",
  );
}
