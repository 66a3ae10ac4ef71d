/**
 * Settlement (R79): a quote held when a task was created, settled on what the upstream reports. Nothing is settled
 * while the task runs; a failed task returns the whole hold; a completed one is billed on the seconds produced
 * (rounded half up, at least the tier's billing minimum), exactly, with a signed delta so that amount = quoted
 * amount + delta.
 * @module
 */
import type { CatalogIndex } from '../catalog/catalog-index.js';
import { noticeOf } from '../report/report.js';
import type { TaskExpected } from '../shared/notice-params.js';
import { readOwn } from '../shared/guard.js';
import { normalizeStatus } from '../rules/status.js';
import type { Messages, Notice } from '../shared/types.js';
import { amountOf, type Decimal, formatDecimal, isDecimal, parseDecimal } from './decimal.js';
import type { Quote } from './quote.js';

/** A settled (or not yet settled) task. Amounts are exact decimal strings. */
export interface Settlement {
  tier: string;
  currency: string;
  /** `false` while the task is queued or running: nothing is settled yet. */
  final: boolean;
  billedSeconds: number;
  amount: string;
  /** `amount - quote.amount`: negative (with `-`) returns part of the hold, positive asks for more. */
  delta: string;
}

/** What `settle` returns. */
export type SettleResult = { ok: true; settlement: Settlement } | { ok: false; issues: [Notice, ...Notice[]] };

/** What the upstream reports of a task: a `readVodTask` task fits. */
export interface Outcome {
  status: string;
  outputSeconds?: number | null | undefined;
}

/** Options of `settle`: what a completed task is billed on (default `output`), and messages (R69). */
export interface SettleOptions {
  basis?: 'output' | 'quoted' | undefined;
  messages?: Messages | undefined;
}

const MONEY = /^-?\d+(?:\.\d+)?$/;

/** A decimal string of any precision (a quote's amount may have more places than a price: R55 keeps them all). */
function money(text: string): Decimal {
  const negative = text.startsWith('-');
  const d = parseDecimal(negative ? text.slice(1) : text);
  return negative ? { units: -d.units, scale: d.scale } : d;
}

function rescale(d: Decimal, scale: number): bigint {
  return d.units * 10n ** BigInt(scale - d.scale);
}

/** `a - b`, exactly, with the most decimals of the two; `-` only on a negative result (never `-0.00`). */
function minus(a: Decimal, b: Decimal): string {
  const scale = Math.max(a.scale, b.scale);
  const units = rescale(a, scale) - rescale(b, scale);
  const text = formatDecimal({ units: units < 0n ? -units : units, scale });
  return units < 0n ? `-${text}` : text;
}

/** R79: `x.5` rounds up (`5.5` -> 6, `5.042` -> 5). */
const halfUp = (seconds: number): number => Math.floor(seconds + 0.5);

/** R79: the quote's fields, checked (R55's shape); issues at `quote.*`. */
function readQuote(quote: unknown, bad: (path: string, expected: TaskExpected) => void): Quote | undefined {
  if (typeof quote !== 'object' || quote === null) return void bad('quote', 'quote');
  const tier = readOwn(quote, 'tier');
  const billableSeconds = readOwn(quote, 'billableSeconds');
  const currency = readOwn(quote, 'currency');
  const amount = readOwn(quote, 'amount');
  const perSecond = readOwn(quote, 'perSecond');
  const perTask = readOwn(quote, 'perTask');
  let ok = true;
  const check = (valid: boolean, path: string, expected: TaskExpected) => {
    if (!valid) {
      ok = false;
      bad(path, expected);
    }
  };
  check(typeof tier === 'string' && tier !== '', 'quote.tier', 'tier');
  check(
    typeof billableSeconds === 'number' && Number.isSafeInteger(billableSeconds) && billableSeconds >= 1,
    'quote.billableSeconds',
    'billable_seconds',
  );
  check(typeof currency === 'string' && /^[A-Z]{3}$/.test(currency), 'quote.currency', 'currency');
  check(typeof amount === 'string' && MONEY.test(amount) && !amount.startsWith('-'), 'quote.amount', 'decimal');
  if (perSecond === undefined && perTask === undefined) check(false, 'quote', 'price');
  if (perSecond !== undefined)
    check(typeof perSecond === 'string' && isDecimal(perSecond), 'quote.perSecond', 'decimal');
  if (perTask !== undefined) check(typeof perTask === 'string' && isDecimal(perTask), 'quote.perTask', 'decimal');
  return ok ? (quote as Quote) : undefined;
}

/**
 * R79: settles a held quote on the upstream's outcome. Never throws; nothing given is mutated.
 *
 * @example
 * const read = readVodTask(await vod.DescribeTaskDetail({ TaskId }));
 * if (read.ok) { const s = settle(task.quote, read.task); if (s.ok && s.settlement.final) ledger.settle(s.settlement); }
 */
export function settle(
  catalogIndex: CatalogIndex,
  quote: unknown,
  outcome: unknown,
  options?: SettleOptions,
): SettleResult {
  const messages = readOwn(options, 'messages');
  const issues: Notice[] = [];
  const bad = (path: string, expected: TaskExpected) => {
    issues.push(noticeOf('invalid_task', path, { field: `\`${path}\``, expected }, messages));
  };
  try {
    const settlement = settleReadable(catalogIndex, quote, outcome, options, bad);
    const [first, ...rest] = issues;
    if (first !== undefined || settlement === undefined)
      return { ok: false, issues: [first ?? { code: 'invalid_task', path: '', message: '', params: {} }, ...rest] };
    return { ok: true, settlement };
  } catch {
    issues.length = 0;
    bad('quote', 'quote'); // R7: a quote or outcome whose getters or Proxies throw
    return { ok: false, issues: issues as [Notice, ...Notice[]] };
  }
}

function settleReadable(
  catalogIndex: CatalogIndex,
  quote: unknown,
  outcome: unknown,
  options: unknown,
  bad: (path: string, expected: TaskExpected) => void,
): Settlement | undefined {
  const q = readQuote(quote, bad);
  const status = normalizeStatus(readOwn(outcome, 'status'));
  if (status === undefined) bad('outcome.status', 'status');
  const given = readOwn(outcome, 'outputSeconds');
  const outputSeconds = given === null || given === undefined ? undefined : given; // R79: null counts as absent
  const secondsOk =
    outputSeconds === undefined ||
    (typeof outputSeconds === 'number' && Number.isFinite(outputSeconds) && outputSeconds >= 0);
  if (!secondsOk) bad('outcome.outputSeconds', 'output_seconds');
  const basis = readOwn(options, 'basis') ?? 'output';
  if (basis !== 'output' && basis !== 'quoted') bad('options.basis', 'basis');
  if (q === undefined || status === undefined || !secondsOk || (basis !== 'output' && basis !== 'quoted'))
    return undefined;

  const quoted = money(q.amount);
  const zero = formatDecimal({ units: 0n, scale: quoted.scale });
  const base = { tier: q.tier, currency: q.currency };
  if (status === 'queued' || status === 'in_progress') {
    return { ...base, final: false, billedSeconds: q.billableSeconds, amount: q.amount, delta: zero };
  }
  if (status === 'failed') {
    // The upstream does not bill failed tasks: the whole hold is returned.
    return {
      ...base,
      final: true,
      billedSeconds: 0,
      amount: zero,
      delta: minus({ units: 0n, scale: quoted.scale }, quoted),
    };
  }
  const billedSeconds =
    basis === 'quoted' || outputSeconds === undefined
      ? q.billableSeconds
      : Math.max(1, halfUp(outputSeconds as number), catalogIndex.tiers.minimum(q.tier)); // R16: the tier's billing minimum
  const amount = amountOf(
    q.perSecond === undefined ? undefined : parseDecimal(q.perSecond),
    q.perTask === undefined ? undefined : parseDecimal(q.perTask),
    billedSeconds,
  );
  return { ...base, final: true, billedSeconds, amount: formatDecimal(amount), delta: minus(amount, quoted) };
}
