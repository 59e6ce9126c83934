import type { core } from 'zod/mini';

const cache = new WeakMap<object, ReadonlySet<string>>();

/** The parts of a zod schema's definition that hold other schemas. */
interface Def {
  readonly type?: string;
  readonly shape?: Readonly<Record<string, unknown>>;
  readonly options?: readonly unknown[];
  readonly element?: unknown;
  readonly innerType?: unknown;
  readonly in?: unknown;
  readonly out?: unknown;
  readonly left?: unknown;
  readonly right?: unknown;
  readonly valueType?: unknown;
  readonly items?: readonly unknown[];
  readonly rest?: unknown;
  readonly getter?: () => unknown;
}

/**
 * Returns every field name a schema knows, at any depth (object keys of its objects, through unions,
 * lists, optional and lazy parts): the names a misspelt field is compared with.
 *
 * @example
 * fieldNames(z.object({ criterion: z.string(), values: z.array(z.number()) })).has('values')
 * //=> true
 */
export function fieldNames(schema: core.$ZodType): ReadonlySet<string> {
  const known = cache.get(schema);
  if (known) return known;
  const names = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const def = (node as { _zod?: { def?: Def } })._zod?.def;
    if (!def) return;
    if (def.shape) {
      for (const [key, value] of Object.entries(def.shape)) {
        names.add(key);
        walk(value);
      }
    }
    for (const list of [def.options, def.items]) if (Array.isArray(list)) list.forEach(walk);
    for (const part of [def.element, def.innerType, def.in, def.out, def.left, def.right, def.valueType, def.rest]) walk(part);
    if (def.type === 'lazy' && typeof def.getter === 'function') walk(def.getter());
  };
  walk(schema);
  cache.set(schema, names);
  return names;
}
