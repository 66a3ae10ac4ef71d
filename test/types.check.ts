// Type tests (R66), checked by `npm run typecheck` (tsc), not run: the library's VideoObject is assignable to the
// OpenAI SDK's Video in every key but `size`, which the SDK types as a closed union of the Sora sizes.
import type { Video } from 'openai/resources/videos';
import type { NormalizeResult, VideoObject } from '../src/index.js';
import { normalizeForm, toErrorResponse } from '../src/index.js';

declare const video: VideoObject;

export const exceptSize: Omit<Video, 'size'> = video;
// @ts-expect-error `size` is the one key the SDK closes to the Sora sizes ('720x1280' | ...), so a plain string fails
export const whole: Video = video;
export const sizeAsSdk: Video = { ...video, size: video.size as Video['size'] };

// FormData, URLSearchParams and entry lists are all forms; an error body's error has what the SDK reads.
export const forms: NormalizeResult[] = [
  normalizeForm(new FormData()),
  normalizeForm(new URLSearchParams()),
  normalizeForm([['model', new Blob([])]]),
];
export const read: { code: string; param: string | null; message: string } = toErrorResponse([]).body.error;

// R76: toVodTask's request is the official SDK's CreateAigcVideoTaskRequest once SubAppId is added (the SDK types it
// as required); the answers the SDK returns are what readVodTask reads, with no cast.
import type {
  CreateAigcVideoTaskRequest,
  DescribeTaskDetailResponse,
  EventContent,
} from 'tencentcloud-sdk-nodejs-vod/tencentcloud/services/vod/v20180717/vod_models';
import { readVodTask, settle, toVideoObject, toVodTask, type TaskSpec, type VodCreateRequest } from '../src/index.js';

declare const spec: TaskSpec;
declare const vodRequest: VodCreateRequest;
declare const detail: DescribeTaskDetailResponse;
declare const event: EventContent;
export const sdkRequest: CreateAigcVideoTaskRequest = { ...vodRequest, SubAppId: 1500000001 };
export const made = toVodTask(spec, { subAppId: 1500000001 });
export const sdkRequest2: CreateAigcVideoTaskRequest | undefined = made.ok
  ? { SubAppId: 1, ...made.request }
  : undefined;
// @ts-expect-error without SubAppId the request is not yet the SDK's (the gateway's account setting)
export const missingSubApp: CreateAigcVideoTaskRequest = vodRequest;
export const fromDetail = readVodTask(detail);
export const fromEvent = readVodTask(event);
export const video2 = fromDetail.ok ? toVideoObject({ id: 'v', spec, createdAt: 0, ...fromDetail.task }) : undefined;
export const settled = fromDetail.ok
  ? settle({ tier: 't', billableSeconds: 5, currency: 'CNY', perSecond: '1', amount: '5' }, fromDetail.task)
  : undefined;

// R81: requestSchema is a StandardSchemaV1 and a StandardJSONSchemaV1 of the official spec's types, its output the spec.
import type { StandardJSONSchemaV1, StandardSchemaV1 } from '@standard-schema/spec';
import { requestSchema } from '../src/index.js';
export const standard: StandardSchemaV1<unknown, TaskSpec> = requestSchema;
export const standardJson: StandardJSONSchemaV1<unknown, TaskSpec> = requestSchema;
export const inferred: StandardSchemaV1.InferOutput<typeof requestSchema> = spec;

// R68, R69, issue 21: params are typed per code and per reason, so a message table (English, zh-CN, an operator's)
// and every report of an issue are checked by the compiler. Each @ts-expect-error below fails tsc if it compiles.
import type { ByReason, Messages } from '../src/index.js';
import { type Report, Section } from '../src/report/report.js';

export const operatorTable: Messages = {
  unknown_model: (p) => (p.suggestion === undefined ? `unknown ${String(p.value)}` : `try ${p.suggestion}`),
  conflicting_fields: (p, path) => (p.reason === 'first_frames' ? `${path} vs ${p.other}` : p.reason),
  // A function written for any params (an older, untyped table) is still a table's entry.
  missing_price: (p: { [name: string]: unknown }) => String(p.tier),
};
// @ts-expect-error a key that is no code (a typo would silently leave the English message)
export const typo: Messages = { unknown_modle: () => 'x' };
// @ts-expect-error missing_price names a tier, not a model
export const wrongParam: Messages = { missing_price: (p) => p.model };
// @ts-expect-error every reason of conflicting_fields needs its message
export const missingReason: ByReason<'conflicting_fields'> = { first_frames: (p) => p.other };

declare const report: Report;
// @ts-expect-error conflicting_fields has no reason `nope`
report.issue(Section.Media, 'conflicting_fields', 'x', { reason: 'nope' });
// @ts-expect-error first_frames names the other field
report.issue(Section.Media, 'conflicting_fields', 'x', { reason: 'first_frames' });
// @ts-expect-error missing_price's params are required
report.issue(Section.Media, 'missing_price', 'x');
report.issue(Section.Media, 'insecure_url', 'x'); // a code without params takes none
