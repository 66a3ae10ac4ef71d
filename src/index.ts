/**
 * kling-video-rules: pure, total rules for Kling video requests. Raw OpenAI-style request JSON in, canonical
 * task spec and billing tier out. Nothing here throws, does I/O, or mutates its input.
 * @module
 */
export { normalizeRequest, normalizeRequestBody, MAX_BODY_CHARS } from './normalize.js';
export { toCanonicalRequest } from './canonical.js';
export { normalizeForm, formUploads } from './form.js';
export type { FormInput, FormUpload } from './form.js';
export { normalizeBody } from './body.js';
export type { RequestBody } from './body.js';
export { toErrorResponse, toVideoObject } from './wire.js';
export type { ErrorBody, ErrorResponse, VideoTask } from './wire.js';
export { MAX_IMAGE_BYTES, IMAGE_MEDIA_TYPES } from './upload.js';
export { quote, quoteRequest } from './quote.js';
export type { BillableTask, Quote, QuoteRequestResult, QuoteResult } from './quote.js';
export { checkPriceTable, PriceEntrySchema, PriceSchema, PriceTableSchema } from './prices.js';
export type { PriceProblem, PriceTable, PriceTableCheck } from './prices.js';
export { catalog } from './catalog.js';
export type { Catalog, CatalogFamily, CatalogModel, CatalogScene, DurationSet } from './catalog.js';
export { listTiers, parseTier, formatTier } from './tier.js';
export { sizeOf } from './size.js';
export { normalizeStatus } from './status.js';
export type { RawVideoRequest } from './fields.js';
export { ISSUE_CODES, WARNING_CODES } from './codes.js';
export type { IssueCode, WarningCode } from './codes.js';
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
} from './types.js';
