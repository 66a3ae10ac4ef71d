/**
 * Reading values a caller gave, without trusting them (R7): a property read that cannot throw, and the two tests
 * every layer asks (a JSON object; an uploaded file). The bottom layer: it imports nothing.
 * @module
 */

/**
 * R7: a property of a caller's object (options, a task, a table), or `undefined` when `value` is no object or the
 * read throws (a getter, a Proxy, a revoked Proxy): what cannot be read is absent.
 */
export function readOwn(value: unknown, key: string): unknown {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return undefined;
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

const HAS_BLOB = typeof Blob === 'function';

/** Whether a value is a `Blob` (a `File` is one): an uploaded file (R61). */
export function isBlob(value: unknown): value is Blob {
  return HAS_BLOB && value instanceof Blob;
}

/**
 * A JSON object (not an array, not null). An uploaded file (a `Blob`, R61) is not one: a file where an object
 * belongs is `invalid_type`, never an empty object.
 */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isBlob(value);
}
