/**
 * Text measures shared by the rules that limit lengths in characters (code points), not UTF-16 units, and the
 * reading of JSON text that the body and form readers share.
 * @module
 */

/** JSON text parsed, or the parser's message, cut to 200 characters, for `invalid_json`'s `detail` (R58, R60). */
export function parseJson(text: string): { readonly value: unknown } | { readonly detail: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { detail: error instanceof Error ? error.message.slice(0, 200) : 'syntax error' };
  }
}

/** Whether `text` has more than `max` code points (a lone surrogate counts as one). */
export function longerThan(text: string, max: number): boolean {
  if (text.length <= max) return false;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      c >= 0xd800 &&
      c <= 0xdbff &&
      // Stryker disable next-line ArithmeticOperator: equivalent: `i - 1` is always in range, and past the end charCodeAt is NaN, no low surrogate
      i + 1 < text.length
    ) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    if (++count > max) return true;
  }
  return false;
}
