import * as z from 'zod/mini';

/**
 * Returns the schema of a text that is a key of a catalogue by own property, so `__proto__`,
 * `toString` or `hasOwnProperty` is no code (an `invalid_value` issue).
 *
 * @example
 * catalogueKey({ required: 1 }).safeParse('hasOwnProperty').success
 * //=> false
 */
export function catalogueKey(catalogue: object) {
  return z.string().check(z.refine((key: string) => Object.hasOwn(catalogue, key), { params: { code: 'invalid_value' } }));
}

/**
 * Returns the schema of an object whose keys are keys of a catalogue (by own property) and whose
 * values fit `values`. An own `__proto__` key (as `JSON.parse` makes it), which zod's records skip,
 * is refused too.
 *
 * @example
 * catalogueRecord({ required: 1 }, z.number()).safeParse(JSON.parse('{"__proto__": 1}')).success
 * //=> false
 */
export function catalogueRecord<V extends z.ZodMiniType>(catalogue: object, values: V) {
  const withoutProtoKey = z.unknown().check(
    z.check((ctx) => {
      if (ctx.value !== null && typeof ctx.value === 'object' && Object.hasOwn(ctx.value, '__proto__')) {
        ctx.issues.push({ code: 'custom', input: ctx.value, path: ['__proto__'], params: { code: 'invalid_value' }, message: '' });
      }
    }),
  );
  return z.pipe(withoutProtoKey, z.record(catalogueKey(catalogue), values));
}
