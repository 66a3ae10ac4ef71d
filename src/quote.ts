/**
 * Quotes (R55-R57): what a task costs under a price table, exactly.
 * @module
 */
import { amountOf, formatDecimal, parseDecimal } from './decimal.js';
import { isObject } from './fields.js';
import { normalizeRequest } from './normalize.js';
import * as v from 'valibot';
import { PriceEntrySchema, priceTableProblems } from './prices.js';
import type { Notice, NormalizeOptions, TaskSpec } from './types.js';

/** What is billed: a tier and its billable seconds (a {@link TaskSpec} fits). */
export interface BillableTask {
  tier: string;
  billableSeconds: number;
}

/** A priced task. Prices and amount are decimal strings. */
export interface Quote {
  tier: string;
  billableSeconds: number;
  currency: string;
  perSecond?: string;
  perTask?: string;
  /** `perTask + perSecond x billableSeconds`, exact, with the most decimals of its prices. */
  amount: string;
}

/** Result of {@link quote}. */
export type QuoteResult = { ok: true; quote: Quote } | { ok: false; issues: [Notice, ...Notice[]] };

/** Result of {@link quoteRequest}: the spec with its quote, or the issues of either step. */
export type QuoteRequestResult =
  | { ok: true; spec: TaskSpec; quote: Quote; warnings: Notice[] }
  | { ok: false; issues: [Notice, ...Notice[]]; warnings: Notice[] };

function priceText(value: unknown): string | undefined {
  return typeof value === 'number' ? String(value) : typeof value === 'string' ? value : undefined;
}

function taskIssues(task: unknown): Notice[] {
  if (!isObject(task)) return [{ code: 'invalid_task', path: '', message: 'a task is an object { tier, billableSeconds }', params: {} }];
  const issues: Notice[] = [];
  if (typeof task.tier !== 'string') issues.push({ code: 'invalid_task', path: 'tier', message: 'tier must be a string, such as "kling-2.5-720p-mute"', params: {} });
  const seconds = task.billableSeconds;
  if (typeof seconds !== 'number' || !Number.isSafeInteger(seconds) || seconds < 1) {
    issues.push({ code: 'invalid_task', path: 'billableSeconds', message: 'billableSeconds must be a whole number >= 1', params: {} });
  }
  return issues;
}

/**
 * Prices a task (R55): `perTask + perSecond x billableSeconds`, computed in integers. A malformed table is refused
 * whole, with every problem listed (`invalid_price_table`); a tier without an entry is `missing_price`.
 */
export function quote(task: BillableTask, table: unknown): QuoteResult {
  const issues = taskIssues(task);
  for (const problem of priceTableProblems(table)) {
    issues.push({ code: 'invalid_price_table', path: problem.path, message: problem.message, params: {} });
  }
  const first = issues[0];
  if (first !== undefined) return { ok: false, issues: [first, ...issues.slice(1)] };

  const { tier, billableSeconds } = task;
  const { currency, tiers } = table as { currency: string; tiers: Record<string, Record<string, unknown>> };
  const entry = Object.hasOwn(tiers, tier) ? tiers[tier] : undefined;
  if (entry !== undefined && !v.is(PriceEntrySchema, entry)) {
    // A key the record schema passes over (such as __proto__) is checked here, so no entry is used unchecked.
    return { ok: false, issues: [{ code: 'invalid_price_table', path: `tiers.${tier}`, message: 'a price entry is an object with perSecond, perTask or both', params: {} }] };
  }
  if (entry === undefined) {
    return { ok: false, issues: [{ code: 'missing_price', path: `tiers.${tier}`, message: `the price table has no entry for tier ${tier}`, params: {} }] };
  }
  const perSecond = priceText(entry.perSecond);
  const perTask = priceText(entry.perTask);
  const amount = amountOf(
    perSecond === undefined ? undefined : parseDecimal(perSecond),
    perTask === undefined ? undefined : parseDecimal(perTask),
    billableSeconds,
  );
  return {
    ok: true,
    quote: {
      tier,
      billableSeconds,
      currency,
      ...(perSecond === undefined ? {} : { perSecond }),
      ...(perTask === undefined ? {} : { perTask }),
      amount: formatDecimal(amount),
    },
  };
}

/**
 * {@link normalizeRequest} then {@link quote} (R56): the spec with its quote when both succeed, otherwise the
 * issues of either (a malformed table is reported even when the request is refused).
 */
export function quoteRequest(raw: unknown, table: unknown, options?: NormalizeOptions): QuoteRequestResult {
  const normalized = normalizeRequest(raw, options);
  if (!normalized.ok) {
    const tableIssues: Notice[] = priceTableProblems(table).map((p) => ({ code: 'invalid_price_table', path: p.path, message: p.message, params: {} }));
    return { ok: false, issues: [...normalized.issues, ...tableIssues], warnings: normalized.warnings };
  }
  const priced = quote(normalized.spec, table);
  if (!priced.ok) return { ok: false, issues: priced.issues, warnings: normalized.warnings };
  return { ok: true, spec: normalized.spec, quote: priced.quote, warnings: normalized.warnings };
}
