/**
 * Quotes (R55, R56, R57): what a task costs under a price table, exactly.
 * @module
 */
import { amountText } from './decimal.js';
import { isObject } from '../shared/guard.js';
import type { CatalogIndex } from '../catalog/catalog-index.js';
import { normalizeParsed } from '../rules/normalize.js';
import { noticeOf } from '../report/report.js';
import { readOwn } from '../shared/guard.js';
import { entryStillValid, priceTableIssues, priceText } from './prices.js';
import type { Messages, Notice, NormalizeOptions, TaskSpec } from '../shared/types.js';

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

function taskIssues(task: unknown, messages: unknown): Notice[] {
  if (!isObject(task)) return [noticeOf('invalid_task', '', { field: 'the task', expected: 'task' }, messages)];
  const issues: Notice[] = [];
  if (typeof task.tier !== 'string')
    issues.push(noticeOf('invalid_task', 'tier', { field: 'tier', expected: 'tier' }, messages));
  const seconds = task.billableSeconds;
  if (!Number.isSafeInteger(seconds) || (seconds as number) < 1) {
    issues.push(
      noticeOf('invalid_task', 'billableSeconds', { field: 'billableSeconds', expected: 'billable_seconds' }, messages),
    );
  }
  return issues;
}

/**
 * Prices a task (R55): `perTask + perSecond x billableSeconds`, computed in integers. A malformed table is refused
 * whole, with every problem listed (`invalid_price_table`); a tier without an entry is `missing_price`.
 * `options.messages` writes the issues in another language (R69).
 */
export function quote(task: BillableTask, table: unknown, options?: { messages?: Messages | undefined }): QuoteResult {
  return quoteWith(task, table, readOwn(options, 'messages'));
}

/** R7: a task or table whose getters or Proxies throw is refused, as a table that could not be read. */
function quoteWith(task: BillableTask, table: unknown, messages: unknown): QuoteResult {
  try {
    return quoteReadable(task, table, messages);
  } catch {
    return { ok: false, issues: [noticeOf('invalid_price_table', '', { reason: 'unreadable' }, messages)] };
  }
}

function quoteReadable(task: BillableTask, table: unknown, messages: unknown): QuoteResult {
  const taskProblems = taskIssues(task, messages);
  const tableProblems = priceTableIssues(table, messages);
  if (taskProblems.length > 0 || tableProblems.length > 0) {
    const [first, ...rest] = [...taskProblems, ...tableProblems] as [Notice, ...Notice[]];
    return { ok: false, issues: [first, ...rest] };
  }

  const { tier, billableSeconds } = task;
  const { currency, tiers } = table as { currency: string; tiers: Record<string, Record<string, unknown>> };
  // Every own key of `tiers`, `__proto__` included, was checked with the table above.
  const entry = Object.hasOwn(tiers, tier) ? tiers[tier] : undefined;
  if (entry === undefined)
    return { ok: false, issues: [noticeOf('missing_price', `tiers.${tier}`, { tier }, messages)] };
  // The table was checked whole when first used (prices.ts caches it); what this quote reads is checked again.
  if (!entryStillValid(table as { currency?: unknown }, entry)) {
    return { ok: false, issues: [noticeOf('invalid_price_table', `tiers.${tier}`, { reason: 'entry' }, messages)] };
  }
  const perSecond = priceText(entry.perSecond);
  const perTask = priceText(entry.perTask);

  const amount = amountText(perSecond, perTask, billableSeconds);
  // One literal per case, keys in Quote's order: spreading an empty object for an absent price was 10 % of a quote.
  const quote: Quote =
    perTask === undefined
      ? perSecond === undefined
        ? { tier, billableSeconds, currency, amount }
        : { tier, billableSeconds, currency, perSecond, amount }
      : perSecond === undefined
        ? { tier, billableSeconds, currency, perTask, amount }
        : { tier, billableSeconds, currency, perSecond, perTask, amount };
  return { ok: true, quote };
}

/**
 * {@link normalizeRequest} then {@link quote} (R56): the spec with its quote when both succeed, otherwise the
 * issues of either (a malformed table is reported even when the request is refused).
 */
export function quoteRequest(
  raw: unknown,
  table: unknown,
  options: NormalizeOptions | undefined,
  catalogIndex: CatalogIndex,
): QuoteRequestResult {
  const normalized = normalizeParsed(raw, options, undefined, catalogIndex);
  const messages = readOwn(options, 'messages');
  if (!normalized.ok) {
    return {
      ok: false,
      issues: [...normalized.issues, ...priceTableIssues(table, messages)],
      warnings: normalized.warnings,
    };
  }
  const priced = quoteWith(normalized.spec, table, messages);
  if (!priced.ok) return { ok: false, issues: priced.issues, warnings: normalized.warnings };
  return { ok: true, spec: normalized.spec, quote: priced.quote, warnings: normalized.warnings };
}
