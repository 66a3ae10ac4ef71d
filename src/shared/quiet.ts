/**
 * The engine's parsers that report failure by throwing (JSON.parse, the WHATWG URL parser), called without capturing
 * a stack trace: the library reads only whether they failed (and JSON's message), never where. On V8 the capture was
 * most of the cost of a refused value: a request with `ext_info: "not json"` took 25 us, one with `image: "not a url"`
 * 24 us, against 2 us for a request refused without a throw; 8 and 10 us without the capture (measured, one process).
 * `Error.stackTraceLimit` is set to 0 around the one call and restored before the function returns, so no other code
 * sees it changed; on an engine where it is not a writable number at load, nothing is changed.
 * @module
 */
import { isObject } from './guard.js';

/** Whether this engine has a writable `Error.stackTraceLimit` to lower (V8 does). */
const CAN_LOWER: boolean = /* @__PURE__ */ (() => {
  try {
    const d = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
    return d !== undefined && d.writable === true && typeof d.value === 'number';
  } catch {
    return false;
  }
})();

/** Lowers the limit to 0; the value to restore, or `undefined` when nothing was changed. */
function lower(): number | undefined {
  if (!CAN_LOWER) return undefined;
  try {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    return limit;
  } catch {
    return undefined; // the property changed since load: leave it be
  }
}

function restore(limit: number | undefined): void {
  if (limit === undefined) return;
  try {
    Error.stackTraceLimit = limit;
  } catch {
    // the property changed during the call: nothing to restore into
  }
}

/** JSON text parsed, or the parser's message, cut to 200 characters, for `invalid_json`'s `detail` (R58, R60). */
export function parseJson(text: string): { readonly value: unknown } | { readonly detail: string } {
  const limit = lower();
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { detail: error instanceof Error ? error.message.slice(0, 200) : 'syntax error' };
  } finally {
    restore(limit);
  }
}

const isAsciiAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Whether `text` can start with a scheme as the WHATWG parser reads it: past leading C0 controls and spaces, and
 * ignoring tabs and newlines, an ASCII letter, then letters, digits, `+`, `-` or `.` up to a `:`. Without one (and
 * with no base URL) the parser can only refuse, so {@link parseUrl} answers without making it throw. A property test
 * holds this to the parser.
 */
export function mayHaveScheme(text: string): boolean {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) <= 32) i++;
  let first = true;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13) continue;
    if (first) {
      if (!isAsciiAlpha(c)) return false;
      first = false;
    } else if (c === 58 /* : */) {
      return true;
    } else if (!(isAsciiAlpha(c) || (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) {
      return false;
    }
  }
  return false;
}

/** The WHATWG parser's reading of `text`, or `undefined` when it refuses it (R32). */
export function parseUrl(text: string): URL | undefined {
  if (!mayHaveScheme(text)) return undefined; // `not a url`: refused without an exception (4 us saved, measured)
  const limit = lower();
  try {
    return new URL(text);
  } catch {
    return undefined;
  } finally {
    restore(limit);
  }
}

/** Whether `code` is JSON whitespace (RFC 8259: space, tab, line feed, carriage return). */
const isJsonSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13;

/**
 * A JSON object parsed from `text`, or `undefined` for text that is not JSON or holds something else. Text whose first
 * character past JSON whitespace is not `{` is neither, and is answered without asking the parser (which would
 * throw or give a non-object: a refusal either way), so an `ext_info` of plain words costs no exception at all.
 */
export function parseJsonObject(text: string): Record<string, unknown> | undefined {
  let i = 0;
  while (i < text.length && isJsonSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 123 /* { */) return undefined;
  const parsed = parseJson(text);
  return 'value' in parsed && isObject(parsed.value) ? parsed.value : undefined;
}
