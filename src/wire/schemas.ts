/**
 * The shapes the library gives out, as valibot schemas (R81, R82): the spec (`TaskSpec`), the video object (R65),
 * the list page and the deletion object (R83), the error body (R64). The build turns them into JSON Schema with
 * valibot's official converter: `spec.schema.json` (the output of `requestSchema`, R81) and the components of
 * `openapi.json` (R82), so nothing is written twice. Nothing on the request path imports this module.
 * @module
 */
import * as v from 'valibot';
import { ASPECT_RATIO_VALUES, MOTION_LEVEL_VALUES, RESOLUTION_VALUES, SCENE_VALUES } from '../catalog/values.js';
import { ISSUE_CODES } from '../shared/codes.js';

const whole = (min: number) => v.pipe(v.number(), v.integer(), v.minValue(min));
const SWITCH = v.picklist(['Enabled', 'Disabled']);

const TaskFileSchema = v.strictObject({
  type: v.picklist(['File', 'Url']),
  category: v.picklist(['Image', 'Video']),
  url: v.optional(v.string()),
  fileId: v.optional(v.string()),
  usage: v.optional(v.picklist(['FirstFrame', 'Reference', 'LastFrame'])),
  referenceType: v.optional(v.picklist(['feature', 'base'])),
});

/** The canonical task (SPEC section 15). */
export const TaskSpecSchema = v.strictObject({
  model: v.string(),
  family: v.string(),
  scene: v.picklist(SCENE_VALUES),
  generation: v.picklist(['text_to_video', 'image_to_video']),
  prompt: v.optional(v.string()),
  seconds: whole(1),
  billableSeconds: whole(1),
  resolution: v.picklist(RESOLUTION_VALUES),
  aspectRatio: v.optional(v.picklist(ASPECT_RATIO_VALUES)),
  audio: v.boolean(),
  motionLevel: v.optional(v.picklist(MOTION_LEVEL_VALUES)),
  reference: v.boolean(),
  firstFrame: v.optional(v.string()),
  lastFrame: v.optional(v.union([v.strictObject({ url: v.string() }), v.strictObject({ fileId: v.string() })])),
  images: v.array(v.string()),
  video: v.optional(v.string()),
  files: v.array(TaskFileSchema),
  multiShot: v.optional(
    v.strictObject({
      shotType: v.picklist(['customize', 'intelligence']),
      shots: v.array(v.strictObject({ index: whole(1), prompt: v.string(), seconds: whole(1) })),
    }),
  ),
  extInfo: v.optional(v.string()),
  output: v.strictObject({
    storageMode: v.optional(v.picklist(['Permanent', 'Temporary'])),
    mediaName: v.optional(v.string()),
    classId: v.optional(whole(0)),
    expireTime: v.optional(v.string()),
    personGeneration: v.optional(v.picklist(['AllowAdult', 'Disallowed'])),
    inputComplianceCheck: v.optional(SWITCH),
    outputComplianceCheck: v.optional(SWITCH),
    enhanceSwitch: v.optional(SWITCH),
  }),
  tier: v.string(),
  sources: v.strictObject(
    Object.fromEntries(
      ['scene', 'seconds', 'resolution', 'aspectRatio', 'audio', 'motionLevel', 'prompt'].map((key) => [
        key,
        v.optional(v.string()),
      ]),
    ),
  ),
});

const NoticeSchema = v.object({
  code: v.string(),
  path: v.string(),
  message: v.string(),
  params: v.record(v.string(), v.union([v.string(), v.number(), v.array(v.string())])),
});

/** The video object of `GET /v1/videos/{id}` (R65), as the OpenAI SDKs read it. */
export const VideoObjectSchema = v.object({
  id: v.string(),
  task_id: v.string(),
  object: v.literal('video'),
  model: v.string(),
  status: v.picklist(['queued', 'in_progress', 'completed', 'failed']),
  progress: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  created_at: v.number(),
  completed_at: v.nullable(v.number()),
  expires_at: v.nullable(v.number()),
  prompt: v.nullable(v.string()),
  remixed_from_video_id: v.nullable(v.string()),
  seconds: v.string(),
  size: v.string(),
  error: v.nullable(v.object({ code: v.string(), message: v.string() })),
  video_url: v.optional(v.string()),
  warnings: v.optional(v.array(NoticeSchema)),
});

/** The list page of `GET /v1/videos` (R83). */
export const VideoPageSchema = v.object({
  object: v.literal('list'),
  data: v.array(VideoObjectSchema),
  first_id: v.nullable(v.string()),
  last_id: v.nullable(v.string()),
  has_more: v.boolean(),
});

/** The object of `DELETE /v1/videos/{id}` (R83). */
export const DeletedVideoSchema = v.object({
  id: v.string(),
  object: v.literal('video.deleted'),
  deleted: v.literal(true),
});

/** Every `code` an error body may carry (R64, R83): the issue codes, a 404's, and a gateway's own. */
export const ERROR_BODY_CODES = [...ISSUE_CODES, 'video_not_found'] as const;

/** The error body (R64), as the OpenAI SDKs read it. */
export const ErrorBodySchema = v.object({
  error: v.object({
    message: v.string(),
    type: v.picklist(['invalid_request_error', 'server_error']),
    param: v.nullable(v.string()),
    code: v.string(),
    issues: v.optional(v.array(NoticeSchema)),
  }),
});
