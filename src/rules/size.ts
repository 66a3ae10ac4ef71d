/**
 * Sizes: the `size` field's forms (R20, R21, R22) and the output size of a spec (R25).
 * @module
 */
import type { AspectRatio, Resolution, TaskSpec } from '../shared/types.js';
import { RESOLUTION_VALUES } from '../catalog/values.js';
import { readOwn } from '../shared/guard.js';

/** Output sizes by resolution and aspect ratio (R25). */
const OUTPUT_SIZES: { readonly [R in Resolution]: { readonly [A in AspectRatio]: string } } = {
  '720P': { '16:9': '1280x720', '9:16': '720x1280', '1:1': '720x720' },
  '1080P': { '16:9': '1920x1080', '9:16': '1080x1920', '1:1': '1080x1080' },
};

/** The `WxH` sizes `size` accepts as they are, for messages (R21, R68): the output sizes. */
export const SUPPORTED_SIZES: readonly string[] = Object.values(OUTPUT_SIZES).flatMap((bySide) =>
  Object.values(bySide),
);
/** The OpenAI sizes that snap to 1080P (R21). */
export const SNAPPED_SIZES: readonly string[] = ['1792x1024', '1024x1792'];

/**
 * The output size string of a spec (R25): `1280x720` for 720P 16:9, and so on; `undefined` without an aspect
 * ratio or for values outside the catalog.
 */
export function sizeOf(spec: Pick<TaskSpec, 'resolution' | 'aspectRatio'>): string | undefined {
  if (typeof spec !== 'object' || spec === null) return undefined;
  const resolution = readOwn(spec, 'resolution'); // R7: a getter that throws is an absent value
  const aspectRatio = readOwn(spec, 'aspectRatio');
  if (resolution !== '720P' && resolution !== '1080P') return undefined;
  if (aspectRatio !== '16:9' && aspectRatio !== '9:16' && aspectRatio !== '1:1') return undefined;
  return OUTPUT_SIZES[resolution][aspectRatio];
}

/** What a `size` value says, or why it is refused. */
export type ParsedSize =
  | { ok: true; resolution: Resolution; aspectRatio?: AspectRatio; snapped: boolean }
  | { ok: false; code: 'invalid_size' | 'unsupported_size' };

const SHORT_SIDE: ReadonlyMap<number, { resolution: Resolution; snapped: boolean }> = new Map([
  [720, { resolution: '720P', snapped: false }],
  [1080, { resolution: '1080P', snapped: false }],
  [1024, { resolution: '1080P', snapped: true }], // the OpenAI sizes 1024x1792 and 1792x1024 (R21)
]);

function withinTwoPercent(ratio: number, target: number): boolean {
  return Math.abs(ratio - target) <= 0.02 * target;
}

/** Reads a `size` string (R20, R21, R22). The sizes clients send most are looked up, not parsed (two regular expressions a request otherwise). */
export function parseSize(value: string): ParsedSize {
  return COMMON_SIZES.get(value) ?? readSizeText(value);
}

function readSizeText(value: string): ParsedSize {
  const text = value.trim();
  const tier = /^(720|1080)p$/i.exec(text);
  if (tier !== null) return { ok: true, resolution: tier[1] === '720' ? '720P' : '1080P', snapped: false };
  const wxh = /^(\d+)\s*[xX*×]\s*(\d+)$/.exec(text);
  if (wxh === null) return { ok: false, code: 'invalid_size' };
  const w = Number(wxh[1]);
  const h = Number(wxh[2]);
  if (!(w > 0 && h > 0)) return { ok: false, code: 'invalid_size' };
  const short = SHORT_SIDE.get(Math.min(w, h));
  if (short === undefined) return { ok: false, code: 'unsupported_size' };
  const ratio = w / h;
  let aspectRatio: AspectRatio;
  if (w === h) aspectRatio = '1:1';
  else if (withinTwoPercent(ratio, 16 / 9)) aspectRatio = '16:9';
  else if (withinTwoPercent(ratio, 9 / 16)) aspectRatio = '9:16';
  else return { ok: false, code: 'unsupported_size' };
  return { ok: true, resolution: short.resolution, aspectRatio, snapped: short.snapped };
}

/**
 * The output sizes, the OpenAI sizes that snap and the resolution names as clients spell them, each with what
 * {@link readSize} makes of it, computed once (frozen: every request shares them).
 */
const COMMON_SIZES: ReadonlyMap<string, ParsedSize> = new Map(
  [...SUPPORTED_SIZES, ...SNAPPED_SIZES, ...RESOLUTION_VALUES, ...RESOLUTION_VALUES.map((r) => r.toLowerCase())].map(
    (text) => [text, Object.freeze(readSizeText(text))],
  ),
);
