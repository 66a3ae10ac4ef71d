/**
 * Exact decimal money arithmetic for quotes (R55): decimal strings parsed into scaled BigInts, never floats.
 * @module
 */

/** Whether `text` is a price as written in a table: a decimal with at most 9 decimal places, no sign or exponent (R53). */
export function isDecimal(text: string): boolean {
  return /^\d+(?:\.\d{1,9})?$/.test(text);
}

/** A decimal as an integer of units and a number of decimal places: `"7.65"` is `{ units: 765n, scale: 2 }`. */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

/** Parses a decimal string of the {@link isDecimal} form. */
export function parseDecimal(text: string): Decimal {
  const dot = text.indexOf('.');
  if (dot === -1) return { units: BigInt(text), scale: 0 };
  return { units: BigInt(text.slice(0, dot) + text.slice(dot + 1)), scale: text.length - dot - 1 };
}

/** Re-expresses `d` with `scale` decimal places (`scale` >= `d.scale`). */
function rescale(d: Decimal, scale: number): bigint {
  return d.units * 10n ** BigInt(scale - d.scale);
}

/** `perTask + perSecond x seconds`, exactly, with as many decimals as the most precise price (R55). */
export function amountOf(perSecond: Decimal | undefined, perTask: Decimal | undefined, seconds: number): Decimal {
  const scale = Math.max(perSecond?.scale ?? 0, perTask?.scale ?? 0);
  let units = 0n;
  if (perSecond !== undefined) units += rescale(perSecond, scale) * BigInt(seconds);
  if (perTask !== undefined) units += rescale(perTask, scale);
  return { units, scale };
}

/** Writes a decimal as a string with exactly `scale` decimals: `{ 250n, 2 }` is `"2.50"`. */
export function formatDecimal(d: Decimal): string {
  const digits = d.units.toString();
  if (d.scale === 0) return digits;
  const padded = digits.padStart(d.scale + 1, '0');
  return `${padded.slice(0, -d.scale)}.${padded.slice(-d.scale)}`;
}
