/**
 * Text measures shared by the rules that limit lengths in characters (code points), not UTF-16 units (JSON text is
 * parsed in `quiet.ts`).
 * @module
 */

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
