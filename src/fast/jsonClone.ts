import type { JsonValue } from '../criteria/outcome.js';

/**
 * Returns a deep copy of a JSON value, so results never share objects between evaluations.
 *
 * @example
 * const a = { levels: [0, 10] };
 * jsonClone(a).levels === a.levels
 * //=> false
 */
export function jsonClone<T extends JsonValue | Readonly<Record<string, JsonValue>>>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => jsonClone(item as JsonValue)) as T;
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, JsonValue> = {};
    for (const key in value) copy[key] = jsonClone((value as Record<string, JsonValue>)[key] as JsonValue);
    return copy as T;
  }
  return value;
}
