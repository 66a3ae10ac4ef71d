/**
 * Price tables (R53, R54): their valibot schema, and the check of a table against the catalog's tiers.
 * @module
 */
import * as v from 'valibot';
import { DECIMAL } from './decimal.js';
import { isObject } from './fields.js';
import { listTiers } from './tier.js';

const PRICE_MESSAGE = 'a price is a decimal string with at most 9 decimal places, no sign and no exponent (such as "0.51"), or a number >= 0 written that way';

/** Whether a value is a price (R53): a decimal string, or a finite number >= 0 whose `String()` form is one. */
function isPrice(value: unknown): value is string | number {
  if (typeof value === 'string') return DECIMAL.test(value);
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && DECIMAL.test(String(value));
}

/** One price (R53): a decimal string, or a finite number >= 0 whose `String()` form is such a decimal. */
export const PriceSchema = v.custom<string | number>(isPrice, PRICE_MESSAGE);

const ENTRY_MESSAGE = 'a price entry is an object { "perSecond": "0.51" } with perSecond, perTask or both';

/** One tier's entry (R53): `perSecond`, `perTask`, or both; no other key. */
export const PriceEntrySchema = v.pipe(
  v.strictObject(
    { perSecond: v.optional(PriceSchema), perTask: v.optional(PriceSchema) },
    (issue) =>
      issue.expected === 'never'
        ? `unknown key in a price entry; an entry has only perSecond and perTask`
        : ENTRY_MESSAGE,
  ),
  v.check((entry) => entry.perSecond !== undefined || entry.perTask !== undefined, 'a price entry needs perSecond, perTask or both'),
);

const TABLE_MESSAGE = 'a price table is a JSON object { "currency": "CNY", "tiers": { ... } }';
const TIERS_MESSAGE = 'tiers is required: an object of tier name -> price entry';
const TABLE_KEYS_MESSAGE = 'a price table has only currency, tiers and $-annotations such as $comment';
function isTableKey(key: string): boolean {
  return key === 'currency' || key === 'tiers' || key.startsWith('$');
}

/**
 * A price table (R53): `{ "currency": "CNY", "tiers": { "<tier>": { "perSecond": "0.51" } } }`. Keys starting with
 * `$` (such as `$comment`) are allowed beside `currency` and `tiers` as annotations; any other key is refused.
 */
export const PriceTableSchema = v.pipe(
  v.looseObject(
    {
      currency: v.pipe(
        v.string('currency is required: 3 capital letters (ISO 4217), such as "CNY"'),
        v.regex(/^[A-Z]{3}$/, 'currency is 3 capital letters (ISO 4217), such as "CNY"'),
      ),
      tiers: v.record(v.string(), PriceEntrySchema, TIERS_MESSAGE),
    },
    (issue) => (issue.expected?.startsWith('"') ? `${issue.expected.slice(1, -1)} is required` : TABLE_MESSAGE),
  ),
  v.check((table) => Object.keys(table).every(isTableKey), TABLE_KEYS_MESSAGE),
);

/** A price table as a service writes it. */
export type PriceTable = v.InferInput<typeof PriceTableSchema>;

/** A malformed part of a price table. */
export interface PriceProblem {
  /** Dot path into the table: `tiers.kling-2.5-720p-mute.perSecond`; `''` for the root. */
  path: string;
  message: string;
}

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

/** Every problem of a table (R53), with the tier whose entry it is in, if any. */
function problemsOf(table: unknown): { problems: PriceProblem[]; brokenTiers: Set<string> } {
  const problems: PriceProblem[] = [];
  const brokenTiers = new Set<string>();
  // valibot's object schemas take arrays for objects; JSON arrays are refused here, where they stand.
  if (!isObject(table)) return { problems: [{ path: '', message: TABLE_MESSAGE }], brokenTiers };
  if (Array.isArray(table.tiers)) problems.push({ path: 'tiers', message: TIERS_MESSAGE });
  const result = v.safeParse(PriceTableSchema, table, { abortEarly: false });
  if (result.success) return { problems, brokenTiers };
  const issues: { path?: readonly { key: unknown }[] | undefined; message: string }[] = [...result.issues];
  // valibot skips a pipe's last check once an entry has failed; list stray top-level keys all the same.
  if (isObject(table) && !Object.keys(table).every(isTableKey)) issues.push({ message: TABLE_KEYS_MESSAGE });
  const seen = new Set<string>();
  const tiers = table.tiers;
  for (const issue of issues) {
    let keys = (issue.path ?? []).map((item) => String(item.key));
    if (Array.isArray(tiers) && keys[0] === 'tiers') continue; // reported once above
    // An entry that is an array: one problem at the entry, not one per element.
    const entry = keys[0] === 'tiers' && keys[1] !== undefined && isObject(tiers) ? tiers[keys[1]] : undefined;
    if (Array.isArray(entry)) keys = keys.slice(0, 2);
    const message = Array.isArray(entry) ? ENTRY_MESSAGE : issue.message;
    if (keys[0] === 'tiers' && keys[1] !== undefined) brokenTiers.add(keys[1]);
    const path = keys.join('.');
    const id = `${path}\n${message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push({ path, message });
  }
  return { problems, brokenTiers };
}

/** Every problem of a table (R53), as paths and messages; empty for a well-formed table. */
export function priceTableProblems(table: unknown): PriceProblem[] {
  return problemsOf(table).problems;
}

/**
 * Checks a price table against the catalog (R54): which tiers have no price, which priced names are not tiers,
 * and which entries are malformed. Never throws.
 */
export function checkPriceTable(table: unknown): PriceTableCheck {
  const { problems: invalid, brokenTiers } = problemsOf(table);
  const tiers = isObject(table) && isObject(table.tiers) ? table.tiers : {};
  const known = new Set(listTiers());
  const missing = listTiers().filter((tier) => !Object.hasOwn(tiers, tier) && !brokenTiers.has(tier));
  const unknown = Object.keys(tiers).filter((name) => !known.has(name));
  return { ok: missing.length === 0 && unknown.length === 0 && invalid.length === 0, missing, unknown, invalid };
}
