import * as z from 'zod/mini';
import { KINDS, KIND_NAMES, type KindName } from '../kinds/registry.js';

type Kinds = typeof KINDS;
type CriterionSchemaOfKind = Kinds[KindName]['criterionSchema'];

/** Every criterion kind, told apart by `kind`: one member per kind of the registry, in its order. */
export const criterionSchema = z.discriminatedUnion(
  'kind',
  KIND_NAMES.map((kind) => KINDS[kind].criterionSchema) as unknown as [CriterionSchemaOfKind, ...CriterionSchemaOfKind[]],
);
export type Criterion = z.infer<typeof criterionSchema>;
export type CriterionInput = z.input<typeof criterionSchema>;
export type CriterionKind = Criterion['kind'];

/** The evidence schema of each criterion kind. */
export const evidenceSchemaByKind = Object.fromEntries(KIND_NAMES.map((kind) => [kind, KINDS[kind].evidenceSchema])) as {
  readonly [K in KindName]: Kinds[K]['evidenceSchema'];
};

/** The evidence entry for a criterion of kind `K`. */
export type EvidenceEntryFor<K extends CriterionKind> = z.infer<(typeof evidenceSchemaByKind)[K]>;
