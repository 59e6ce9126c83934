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
    // Copied whole (the quickest copy of an object), then any nested object or list copied in turn.
    const copy: Record<string, JsonValue> = { ...(value as Record<string, JsonValue>) };
    for (const key in copy) {
      const item = copy[key] as JsonValue;
      if (item !== null && typeof item === 'object') copy[key] = jsonClone(item);
    }
    return copy as T;
  }
  return value;
}
