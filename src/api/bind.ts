/**
 * Rules bound to one catalog (R70): every function of the package root that depends on the catalog, made from
 * that catalog's catalogIndex. The package root exports the default catalog's rules; `createRules` makes an operator's.
 * @module
 */
import { normalizeBody, type RequestBody } from '../body/body.js';
import type { CatalogIndex } from '../catalog/catalog-index.js';
import { toCanonicalRequest } from '../rules/canonical.js';
import type { Catalog } from '../catalog/catalog.js';
import { describeModels, type ModelDescription } from '../wire/describe.js';
import type { FormInput } from '../read/form.js';
import { normalizeForm } from '../body/form.js';
import { normalizeParsed } from '../rules/normalize.js';
import { normalizeRequestBody } from '../body/json.js';
import { checkPriceTable, type PriceTableCheck } from '../billing/prices.js';
import { type BillableTask, quote, quoteRequest, type QuoteRequestResult, type QuoteResult } from '../billing/quote.js';
import { formatTierIn, parseTierIn } from '../catalog/tier.js';
import type { Messages, NormalizeOptions, NormalizeResult, TaskSpec, TierParts } from '../shared/types.js';
import { toVodTask, type VodTaskResult } from '../vod/request.js';
import type { VodTaskOptions } from '../vod/types.js';
import { type Outcome, settle, type SettleOptions, type SettleResult } from '../billing/settle.js';
import type { Quote } from '../billing/quote.js';
import { type RequestSchema, standardSchemaOf } from './standard-schema.js';

/** Every catalog-dependent function, bound to one catalog (R70). See the package root for each one's contract. */
export interface Rules {
  /** The catalog these rules read, deeply frozen. */
  readonly catalog: Catalog;
  normalizeRequest(raw: unknown, options?: NormalizeOptions): NormalizeResult;
  normalizeRequestBody(body: string, options?: NormalizeOptions): NormalizeResult;
  normalizeForm(form: FormInput, options?: NormalizeOptions): NormalizeResult;
  normalizeBody(contentType: string | null | undefined, body: RequestBody, options?: NormalizeOptions): NormalizeResult;
  toCanonicalRequest(spec: TaskSpec): Record<string, unknown>;
  listTiers(): string[];
  parseTier(name: string): TierParts | undefined;
  formatTier(parts: TierParts): string | undefined;
  quote(task: BillableTask, table: unknown, options?: { messages?: Messages | undefined }): QuoteResult;
  quoteRequest(raw: unknown, table: unknown, options?: NormalizeOptions): QuoteRequestResult;
  checkPriceTable(table: unknown, options?: { messages?: Messages | undefined }): PriceTableCheck;
  describeModels(prices?: unknown): ModelDescription[];
  toVodTask(spec: TaskSpec, options?: VodTaskOptions): VodTaskResult;
  settle(quote: Quote, outcome: Outcome, options?: SettleOptions): SettleResult;
  /** R81: the request as a Standard Schema, validated by these rules. */
  readonly requestSchema: RequestSchema;
}

/** The rules of a catalog's index. */
export function rulesOf(catalogIndex: CatalogIndex): Rules {
  const normalizeRequest = (raw: unknown, options?: NormalizeOptions) =>
    normalizeParsed(raw, options, undefined, catalogIndex);
  return Object.freeze({
    catalog: catalogIndex.catalog,
    normalizeRequest,
    requestSchema: standardSchemaOf((raw) => normalizeRequest(raw)),
    normalizeRequestBody: (body, options) => normalizeRequestBody(body, options, catalogIndex),
    normalizeForm: (form, options) => normalizeForm(form, options, catalogIndex),
    normalizeBody: (contentType, body, options) => normalizeBody(contentType, body, options, catalogIndex),
    toCanonicalRequest,
    listTiers: () => catalogIndex.tiers.names.slice(),
    parseTier: (name) => parseTierIn(catalogIndex.tiers, name),
    formatTier: (parts) => formatTierIn(catalogIndex.tiers, parts),
    quote,
    quoteRequest: (raw, table, options) => quoteRequest(raw, table, options, catalogIndex),
    checkPriceTable: (table, options) => checkPriceTable(table, options, catalogIndex),
    describeModels: (prices) => describeModels(catalogIndex, prices),
    toVodTask: (spec, options) => toVodTask(catalogIndex, spec, options),
    settle: (quote, outcome, options) => settle(catalogIndex, quote, outcome, options),
  } satisfies Rules);
}
