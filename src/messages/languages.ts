/**
 * The client's language (R84): the message table for an `Accept-Language` header, by RFC 9110's quality values and
 * RFC 4647's lookup, from the tables a gateway has. English is built in: where an English range comes first, or no
 * table matches, the answer is `undefined` (the library's own English).
 * @module
 */
import { readOwn } from '../shared/guard.js';
import type { Messages } from '../shared/types.js';

/** One language range of the header, with its quality and its place (ties keep the header's order). */
interface Range {
  readonly tag: string;
  readonly q: number;
  readonly at: number;
}

/** At most this many ranges are read (a header is short; a hostile one costs no more than this, R7). */
const MAX_RANGES = 64;

/** RFC 9110: `range;q=value` items; `q` from 0 to 1 with at most three decimals, 1 when absent; q=0 excludes. */
function rangesOf(header: string): Range[] {
  const ranges: Range[] = [];
  const items = header.split(',', MAX_RANGES);
  items.forEach((item, at) => {
    const [rawTag = '', ...params] = item.split(';');
    const tag = rawTag.trim().replace(/_/g, '-').toLowerCase();
    if (!/^(\*|[a-z]{1,8}(-[a-z0-9]{1,8})*)$/.test(tag)) return;
    let q = 1;
    for (const param of params) {
      const m = /^\s*q\s*=\s*(0(\.\d{0,3})?|1(\.0{0,3})?)\s*$/i.exec(param);
      if (m !== null) q = Number(m[1]);
      else if (/^\s*q\s*=/i.test(param)) q = Number.NaN; // a malformed quality: the range is not read
    }
    if (q > 0) ranges.push({ tag, q, at });
  });
  return ranges.sort((a, b) => b.q - a.q || a.at - b.at);
}

/** RFC 4647 lookup: the range, then shorter by a subtag at a time; a table whose tag is the range or starts with it. */
function lookup(range: string, tags: readonly [string, string][]): string | undefined {
  for (
    let candidate = range;
    candidate !== '';
    candidate = candidate.slice(0, Math.max(0, candidate.lastIndexOf('-')))
  ) {
    const exact = tags.find(([folded]) => folded === candidate);
    if (exact !== undefined) return exact[1];
    const within = tags.find(([folded]) => folded.startsWith(`${candidate}-`));
    if (within !== undefined) return within[1];
    if (!candidate.includes('-')) break;
  }
  return undefined;
}

/**
 * R84: the message table for an `Accept-Language` header, or `undefined` for English (the built-in language).
 * `zh`, `zh-Hans` and `zh_CN` match a `zh-CN` table; `q=0` excludes a range; ties go to the header's order; an
 * English range preferred over every matching table answers `undefined`. Never throws, on any header or tables.
 *
 * @example
 * const messages = pickMessages(request.headers.get('accept-language'), { 'zh-CN': zhCN });
 * const result = normalizeBody(type, body, { messages });
 */
export function pickMessages(
  acceptLanguage: unknown,
  tables: Readonly<Record<string, Messages>>,
): Messages | undefined {
  if (typeof acceptLanguage !== 'string') return undefined;
  let tags: [string, string][];
  try {
    tags = Object.keys(tables).map((tag) => [tag.replace(/_/g, '-').toLowerCase(), tag]);
  } catch {
    return undefined; // R7: tables that cannot be read offer no language
  }
  for (const { tag } of rangesOf(acceptLanguage.slice(0, 4096))) {
    if (tag === '*') return undefined; // any language: English serves
    const found = lookup(tag, tags);
    if (found !== undefined) {
      const table = readOwn(tables, found);
      return typeof table === 'object' && table !== null ? (table as Messages) : undefined;
    }
    if (tag === 'en' || tag.startsWith('en-')) return undefined;
  }
  return undefined;
}
