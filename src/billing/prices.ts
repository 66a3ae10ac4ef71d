/**
 * Price tables (R53, R54): what a table must be, every problem of one with its path, the check of a table against
 * the catalog's tiers, and valibot schemas built on the same checks for those who validate their config with
 * valibot. The checks are plain functions so that quoting needs no schema library at run time.
 * @module
 */
import type * as v from 'valibot';
import { isDecimal } from './decimal.js';
import { isObject } from '../shared/guard.js';
import { priceTableMessage } from '../messages/en.js';
import { noticeOf } from '../report/report.js';
import { readOwn } from '../shared/guard.js';
import { schemaOf } from '../report/schema.js';
import type { Problem as Problem_ } from '../shared/types.js';

type Problem = Problem_<'invalid_price_table'>;
import type { CatalogIndex } from '../catalog/catalog-index.js';
import type { Messages, Notice } from '../shared/types.js';

/** Whether a value is a price (R53): a decimal string, or a finite number >= 0 whose `String()` form is one. */
function isPrice(value: unknown): value is string | number {
  // For a number, its `String()` form decides: negative, non-finite and exponent forms are not decimals.
  return (typeof value === 'string' || typeof value === 'number') && isDecimal(String(value));
}

const ENTRY_KEYS = ['perSecond', 'perTask'];

/** R53: every problem of one tier's entry, at `tiers.<tier>...`. */
function entryProblems(entry: unknown, at: readonly string[]): Problem[] {
  if (!isObject(entry)) return [{ path: at, params: { reason: 'entry' } }];
  const problems: Problem[] = [];
  for (const key of Object.keys(entry)) {
    if (!ENTRY_KEYS.includes(key)) problems.push({ path: [...at, key], params: { reason: 'entry_key' } });
  }
  let priced = false;
  for (const key of ENTRY_KEYS) {
    if (!Object.hasOwn(entry, key) || entry[key] === undefined) continue;
    priced = true;
    if (!isPrice(entry[key])) problems.push({ path: [...at, key], params: { reason: 'price' } });
  }
  if (!priced && problems.length === 0) problems.push({ path: at, params: { reason: 'entry_empty' } });
  return problems;
}

/** R53: every problem of a table, in order: currency, tiers, then stray top-level keys. */
/**
 * The problems of each table object already checked (R55: a half-valid table is refused whole, so every entry is
 * checked, not only the tier being priced). A gateway prices every request with the same table: checking its 33
 * entries on each quote was most of `quoteRequest`'s time. A WeakMap, so a new table (an operator's edit is a new
 * object) is checked the first time it is used, and a dropped one is collected. What a quote reads of a cached
 * table (the currency and the tier's entry) is checked again on each call, so a table edited in place is not
 * priced from a stale check.
 */
const CHECKED = new WeakMap<object, Problem[]>();

/** R7: every problem of a table, or one (`unreadable`) when reading it threw (a getter, a Proxy). */
function tableProblems(table: unknown): Problem[] {
  const cached = typeof table === 'object' && table !== null ? CHECKED.get(table) : undefined;
  if (cached !== undefined) return cached;
  let problems: Problem[];
  try {
    problems = readableTableProblems(table);
  } catch {
    return [{ path: [], params: { reason: 'unreadable' } }]; // not cached: a Proxy may answer differently next time
  }
  if (typeof table === 'object' && table !== null) CHECKED.set(table, Object.freeze(problems) as Problem[]);
  return problems;
}

/**
 * R53: whether one tier's entry is well formed: what {@link entryProblems} finds nothing in, found without building
 * the problems (a quote asks this on every call: the list, its paths and the key array were 13 % of `quote`'s time,
 * measured with --cpu-prof). `test/billing.property.test.ts` pins it to `entryProblems` on generated entries.
 */
export function isWellFormedEntry(entry: unknown): boolean {
  if (!isObject(entry)) return false;
  // The own enumerable string keys, as Object.keys gives them, without the array.
  for (const key in entry) if (Object.hasOwn(entry, key) && key !== 'perSecond' && key !== 'perTask') return false;
  let priced = false;
  for (const key of ENTRY_KEYS) {
    if (!Object.hasOwn(entry, key) || entry[key] === undefined) continue;
    if (!isPrice(entry[key])) return false;
    priced = true;
  }
  return priced;
}

/** R53: whether a table's currency and one tier's entry are still well formed (what a quote of a checked table reads). */
export function entryStillValid(table: { currency?: unknown }, entry: unknown): boolean {
  return typeof table.currency === 'string' && /^[A-Z]{3}$/.test(table.currency) && isWellFormedEntry(entry);
}

function readableTableProblems(table: unknown): Problem[] {
  if (!isObject(table)) return [{ path: [], params: { reason: 'table' } }];
  const problems: Problem[] = [];
  const { currency, tiers } = table;
  if (currency === undefined) problems.push({ path: ['currency'], params: { reason: 'required', key: 'currency' } });
  else if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency))
    problems.push({ path: ['currency'], params: { reason: 'currency' } });
  if (tiers === undefined) problems.push({ path: ['tiers'], params: { reason: 'required', key: 'tiers' } });
  else if (!isObject(tiers)) problems.push({ path: ['tiers'], params: { reason: 'tiers' } });
  else for (const tier of Object.keys(tiers)) problems.push(...entryProblems(tiers[tier], ['tiers', tier]));
  if (!Object.keys(table).every((key) => key === 'currency' || key === 'tiers' || key.startsWith('$'))) {
    problems.push({ path: [], params: { reason: 'table_key' } });
  }
  return problems;
}

const english = (problem: Problem): string => priceTableMessage(problem.params);

/** One price (R53): a decimal string, or a finite number >= 0 whose `String()` form is such a decimal. */
export const PriceSchema: v.GenericSchema<string | number> = /* @__PURE__ */ schemaOf(
  (value) => (isPrice(value) ? [] : [{ path: [], params: { reason: 'price' } }]),
  english,
);

/** One tier's entry (R53): `perSecond`, `perTask`, or both; no other key. */
export const PriceEntrySchema: v.GenericSchema<{ perSecond?: string | number; perTask?: string | number }> =
  /* @__PURE__ */ schemaOf((value) => entryProblems(value, []), english);

/** A price table as a service writes it (R53): `$`-keys such as `$comment` are annotations. */
export interface PriceTable {
  currency: string;
  tiers: { [tier: string]: { perSecond?: string | number; perTask?: string | number } };
  [annotation: `$${string}`]: unknown;
}

/**
 * A price table (R53): `{ "currency": "CNY", "tiers": { "<tier>": { "perSecond": "0.51" } } }`. Keys starting with
 * `$` (such as `$comment`) are allowed beside `currency` and `tiers` as annotations; any other key is refused. Each
 * problem is an issue at its path, with the message `checkPriceTable` gives.
 */
export const PriceTableSchema: v.GenericSchema<PriceTable> = /* @__PURE__ */ schemaOf(tableProblems, english);

/**
 * A malformed part of a price table: an `invalid_price_table` notice (the one shape of every problem the library
 * reports), its path a dot path into the table (`tiers.kling-2.5-720p-mute.perSecond`; `''` for the root).
 */
export type PriceProblem = Notice;

/** What {@link checkPriceTable} finds (R54). */
export interface PriceTableCheck {
  /** True only when `missing`, `unknown` and `invalid` are all empty. */
  ok: boolean;
  /** Catalog tiers without a price (a tier whose entry is invalid is listed in `invalid` instead). */
  missing: string[];
  /** Priced names that are not tiers: typos, retired tiers, aliases. */
  unknown: string[];
  /** Malformed entries and fields. */
  invalid: PriceProblem[];
}

/** Every problem of a table (R53) as `invalid_price_table` issues; empty for a well-formed table. */
export function priceTableIssues(table: unknown, messages?: unknown): Notice[] {
  return tableProblems(table).map(({ path, params }) =>
    noticeOf('invalid_price_table', path.join('.'), params, messages),
  );
}

/** A checked price (a decimal string, or a number whose text is one, R53) as the table writes it; `undefined` when absent. */
export function priceText(value: unknown): string | undefined {
  return typeof value === 'number' ? String(value) : typeof value === 'string' ? value : undefined;
}

/** Whether one tier's entry is well formed (R53). */
export function isPriceEntry(entry: unknown): entry is { perSecond?: string | number; perTask?: string | number } {
  return isWellFormedEntry(entry);
}

/** The problems of one entry (R53), for the property test that pins {@link isWellFormedEntry} to them. */
export const entryProblemsOf = (entry: unknown): readonly unknown[] => entryProblems(entry, []);

/**
 * Checks a price table against the catalog (R54): which tiers have no price, which priced names are not tiers,
 * and which entries are malformed. `options.messages` writes the problems in another language (R69). Never throws.
 */
export function checkPriceTable(
  table: unknown,
  options: { messages?: Messages | undefined } | undefined,
  catalogIndex: CatalogIndex,
): PriceTableCheck {
  const problems = tableProblems(table);
  const messages = readOwn(options, 'messages');
  let tiers: Record<string, unknown> = {};
  try {
    tiers =
      isObject(table) && isObject(table.tiers)
        ? Object.fromEntries(Object.keys(table.tiers).map((k) => [k, true]))
        : {};
  } catch {
    // R7: an unreadable table is one problem, already listed; its names are not read again.
  }
  const names = catalogIndex.tiers.names;
  const known = new Set(names);
  // A tier whose entry is malformed is one of the table's keys: it is listed in `invalid`, not in `missing` (R54).
  const missing = names.filter((tier) => !Object.hasOwn(tiers, tier));
  const unknown = Object.keys(tiers).filter((name) => !known.has(name));
  const invalid = problems.map((p) => noticeOf('invalid_price_table', p.path.join('.'), p.params, messages));
  return { ok: missing.length === 0 && unknown.length === 0 && invalid.length === 0, missing, unknown, invalid };
}
