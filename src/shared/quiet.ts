/**
 * The engine's parsers that report failure by throwing (JSON.parse, the WHATWG URL parser), called without capturing
 * a stack trace: the library reads only whether they failed (and JSON's message), never where. On V8 the capture was
 * most of the cost of a refused value: a request with `ext_info: "not json"` took 25 us, one with `image: "not a url"`
 * 24 us, against 2 us for a request refused without a throw; 8 and 10 us without the capture (measured, one process).
 * `Error.stackTraceLimit` is set to 0 around the one call and restored before the function returns, so no other code
 * sees it changed; on an engine where it is not a writable number at load, nothing is changed.
 * @module
 */

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

/** The WHATWG parser's reading of `text`, or `undefined` when it refuses it (R32). */
export function parseUrl(text: string): URL | undefined {
  const limit = lower();
  try {
    return new URL(text);
  } catch {
    return undefined;
  } finally {
    restore(limit);
  }
}
