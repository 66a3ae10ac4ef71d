/**
 * kling-video-rules: pure, total rules for Kling video requests. Raw OpenAI-style request JSON in, canonical
 * task spec and billing tier out. Nothing here throws, does I/O, or mutates its input.
 * @module
 */
import { normalizeBody as normalizeBodyIn } from './body/body.js';
import { DEFAULT_INDEX } from './catalog/catalog-index.js';
import { catalog as defaultCatalog } from './catalog/catalog.js';
import { toCanonicalRequest as canonical } from './rules/canonical.js';
import { describeModels as describeIn } from './wire/describe.js';
import { normalizeForm as normalizeFormIn } from './body/form.js';
import { normalizeParsed } from './rules/normalize.js';
import { normalizeRequestBody as normalizeTextIn } from './body/json.js';
import { checkPriceTable as checkPricesIn } from './billing/prices.js';
import { quote as quoteIn, quoteRequest as quoteRequestIn } from './billing/quote.js';
import type { Rules } from './api/bind.js';
import type { FormInput } from './read/form.js';
import type { RequestBody } from './body/body.js';
import type { ModelDescription } from './wire/describe.js';
import type { PriceTableCheck } from './billing/prices.js';
import type { QuoteRequestResult } from './billing/quote.js';
import type { Messages, NormalizeOptions, NormalizeResult, TierParts } from './shared/types.js';
import { formatTierIn, parseTierIn } from './catalog/tier.js';
import { toVodTask as toVodTaskIn, type VodTaskResult } from './vod/request.js';
import type { VodTaskOptions } from './vod/types.js';
import { type Outcome, settle as settleIn, type SettleOptions, type SettleResult } from './billing/settle.js';
import type { Quote } from './billing/quote.js';
import type { TaskSpec } from './shared/types.js';
import { type RequestSchema, standardSchemaOf } from './api/standard-schema.js';

// The root functions are the default catalog's rules (R70), each bound on its own so that a bundle keeps only
// what it imports (one object holding them all would keep every one of them). They are function declarations, so
// stack traces and editors name them.

/**
 * Turns a raw request (any JSON value) into the canonical task spec and its billing tier, or refuses it with every
 * issue found (sections 1-9 of the rules: R1 to R44). Never throws and never mutates `raw`.
 *
 * @example
 * const result = normalizeRequest({ model: 'kling-2.5', prompt: 'a city at night', seconds: '10' });
 * if (result.ok) result.spec.tier; // 'kling-2.5-720p-mute'
 */
export function normalizeRequest(raw: unknown, options?: NormalizeOptions): NormalizeResult {
  return normalizeParsed(raw, options, undefined, DEFAULT_INDEX);
}
/**
 * {@link normalizeRequest} on a request body given as JSON text. Over {@link MAX_BODY_CHARS} characters is
 * `body_too_large` (not parsed); text that is not JSON is `invalid_json`.
 */
export function normalizeRequestBody(body: string, options?: NormalizeOptions): NormalizeResult {
  return normalizeTextIn(body, options, DEFAULT_INDEX);
}
/**
 * Normalizes a form body (R58): the `multipart/form-data` the OpenAI SDKs send for `POST /v1/videos`, or a
 * URL-encoded one, as a `FormData`, a `URLSearchParams` or `[name, value]` pairs. Files need `options.uploads`
 * (R61): call once, store what {@link formUploads} lists when `missing_upload` is the only code left, call again.
 */
export function normalizeForm(form: FormInput, options?: NormalizeOptions): NormalizeResult {
  return normalizeFormIn(form, options, DEFAULT_INDEX);
}
/**
 * Normalizes a request body by its `Content-Type` (R63): JSON text, a multipart `FormData`, or a URL-encoded body.
 * Another media type is `unsupported_content_type`; a body of the wrong kind is `invalid_type`.
 */
export function normalizeBody(
  contentType: string | null | undefined,
  body: RequestBody,
  options?: NormalizeOptions,
): NormalizeResult {
  return normalizeBodyIn(contentType, body, options, DEFAULT_INDEX);
}
/** Writes a spec back as the one canonical raw request that normalizes to it, with no warning (R51). */
export const toCanonicalRequest: Rules['toCanonicalRequest'] = canonical;
/** Every tier the default catalog can produce, sorted (R46); a fresh array each call. */
export function listTiers(): string[] {
  return DEFAULT_INDEX.tiers.names.slice();
}
/** The parts of a tier name (R47), or `undefined` for a name the catalog cannot produce, spelled exactly. */
export function parseTier(name: string): TierParts | undefined {
  return parseTierIn(DEFAULT_INDEX.tiers, name);
}
/** The tier name of `parts` (R45), or `undefined` for parts the catalog cannot produce. */
export function formatTier(parts: TierParts): string | undefined {
  return formatTierIn(DEFAULT_INDEX.tiers, parts);
}
/**
 * Prices a task (R55): `perTask + perSecond x billableSeconds`, exactly, in integers. A malformed table is refused
 * whole (`invalid_price_table`); a tier without an entry is `missing_price`.
 */
export const quote: Rules['quote'] = quoteIn;
/** {@link normalizeRequest} then {@link quote} (R56): the spec and its quote, or the issues of either step. */
export function quoteRequest(raw: unknown, table: unknown, options?: NormalizeOptions): QuoteRequestResult {
  return quoteRequestIn(raw, table, options, DEFAULT_INDEX);
}
/** Checks a price table against the catalog's tiers (R54): `{ ok, missing, unknown, invalid }`. Never throws. */
export function checkPriceTable(table: unknown, options?: { messages?: Messages | undefined }): PriceTableCheck {
  return checkPricesIn(table, options, DEFAULT_INDEX);
}
/** What each alias can do, for a gateway's model list (R73), with prices when a table is given. */
export function describeModels(prices?: unknown): ModelDescription[] {
  return describeIn(DEFAULT_INDEX, prices);
}

/**
 * Tencent Cloud VOD's `CreateAigcVideoTask` request for a spec (R76): what was billed is what VOD is asked for.
 * Every input file carries the `Usage` it was billed for, `Duration` and `AudioGeneration` are always written, and
 * `ModelVersion` is the catalog's (R75). A model without a VOD version is `no_upstream_model` (the operator's: 500).
 *
 * @example
 * const made = toVodTask(spec, { subAppId: 1500000001, sessionId: videoId });
 * if (made.ok) await vod.CreateAigcVideoTask({ SubAppId: 1500000001, ...made.request });
 */
export function toVodTask(spec: TaskSpec, options?: VodTaskOptions): VodTaskResult {
  return toVodTaskIn(DEFAULT_INDEX, spec, options);
}
/**
 * Settles a quote held at creation on what the upstream reports (R79): nothing while queued or running, a full refund
 * when failed, the produced seconds (rounded half up, at least the tier's minimum) when completed. Exact decimals;
 * `amount = quote.amount + delta`.
 */
export function settle(quote: Quote, outcome: Outcome, options?: SettleOptions): SettleResult {
  return settleIn(DEFAULT_INDEX, quote, outcome, options);
}

/**
 * The raw request as a Standard Schema (R81), for validator-agnostic frameworks (Hono's standard validator, tRPC,
 * oRPC, Elysia): `['~standard'].validate(raw)` gives `{ value: spec }` or `{ issues }` with their paths as keys, and
 * `['~standard'].jsonSchema.input({ target })` the request's JSON Schema (`draft-2020-12` or `draft-07`; `output`:
 * the spec's). `createRules(catalog).rules.requestSchema` is the same for an operator's catalog.
 *
 * @example
 * app.post('/v1/videos', sValidator('json', requestSchema), (c) => c.json({ tier: c.req.valid('json').tier }));
 */
export const requestSchema: RequestSchema = /* @__PURE__ */ standardSchemaOf((raw) => normalizeRequest(raw));

/**
 * The default catalog's rules (R70): the functions above, as one object of the shape `createRules` gives, so code
 * that serves several catalogs can treat the default like any other.
 */
export const defaultRules: Rules = /* @__PURE__ */ Object.freeze({
  // The catalog binding, not `DEFAULT_INDEX.catalog`: a property read could have effects, and would keep this object (and
  // every function in it) in bundles that never use it.
  catalog: defaultCatalog,
  normalizeRequest,
  normalizeRequestBody,
  normalizeForm,
  normalizeBody,
  toCanonicalRequest,
  listTiers,
  parseTier,
  formatTier,
  quote,
  quoteRequest,
  checkPriceTable,
  describeModels,
  toVodTask,
  settle,
  requestSchema,
});

export type { Rules } from './api/bind.js';
export { CatalogSchema, createRules } from './api/create-rules.js';
export type { CreateRulesResult } from './api/create-rules.js';
export type { ModelDescription } from './wire/describe.js';
export { MAX_BODY_CHARS } from './read/limits.js';
export { formUploads } from './body/form.js';
export type { FormInput } from './read/form.js';
export type { FormUpload } from './body/form.js';
export type { RequestBody } from './body/body.js';
export { toErrorResponse, toVideoObject } from './wire/wire.js';
export { notFoundError, toDeletedVideo, toVideoPage } from './wire/pages.js';
export type { DeletedVideo, VideoPage, VideoPageOptions } from './wire/pages.js';
export type { ErrorBody, ErrorResponse, VideoTask } from './wire/wire.js';
export { MAX_IMAGE_BYTES, IMAGE_MEDIA_TYPES } from './read/upload.js';
export type { BillableTask, Quote, QuoteRequestResult, QuoteResult } from './billing/quote.js';
export { PriceEntrySchema, PriceSchema, PriceTableSchema } from './billing/prices.js';
export type { PriceProblem, PriceTable, PriceTableCheck } from './billing/prices.js';
export { catalog } from './catalog/catalog.js';
export { requestJsonSchema } from './read/request-json.js';
export { readVodTask } from './vod/answer.js';
export type { VodAnswerResult } from './vod/answer.js';
export type { VodTaskResult } from './vod/request.js';
export type { UpstreamTask, VodCreateRequest, VodFileInfo, VodOutputConfig, VodTaskOptions } from './vod/types.js';
export type { Outcome, Settlement, SettleOptions, SettleResult } from './billing/settle.js';
export type { UpstreamVersions } from './catalog/catalog.js';
export type { Catalog, CatalogFamily, CatalogModel, CatalogScene, DurationSet } from './catalog/catalog.js';
export { sizeOf } from './rules/size.js';
export { normalizeStatus } from './rules/status.js';
export type { RawVideoRequest } from './read/fields.js';
export { ISSUE_CODES, WARNING_CODES } from './shared/codes.js';
export { pickMessages } from './messages/languages.js';
export type { JsonSchemaOptions, RequestSchema, StandardIssue, StandardResult } from './api/standard-schema.js';
export type { IssueCode, MessageKey, TaskErrorCode, WarningCode } from './shared/codes.js';
export type {
  ByReason,
  CaseOf,
  IssueParams,
  MessageParams,
  ParamsOf,
  ReasonOf,
  TaskErrorParams,
  WarningParams,
} from './shared/notice-params.js';
export type {
  AspectRatio,
  Generation,
  MotionLevel,
  Notice,
  NormalizeOptions,
  NormalizeResult,
  NoticeParams,
  MessageFunction,
  Messages,
  OutputOptions,
  Resolution,
  Scene,
  Shot,
  SourcedField,
  TaskFile,
  TaskSpec,
  TierParts,
  VideoObject,
  VideoStatus,
} from './shared/types.js';
