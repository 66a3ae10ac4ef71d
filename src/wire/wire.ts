/**
 * The OpenAI wire (R64-R66): the error body and the video object a gateway returns, in the shapes the OpenAI SDKs
 * read. Both functions take what a gateway has in hand and never throw.
 * @module
 */
import { isObject } from '../read/fields.js';
import { sizeOf } from '../rules/size.js';
import { normalizeStatus } from '../rules/status.js';
import type { Notice, TaskSpec, VideoObject, VideoStatus } from '../types.js';

/** The body of an error response, as the OpenAI SDKs read it (`error.code`, `error.param`, `error.message`). */
export interface ErrorBody {
  error: {
    message: string;
    /** `invalid_request_error` for the client's mistakes, `server_error` for the operator's. */
    type: 'invalid_request_error' | 'server_error';
    /** The first issue's path; `null` for the root or a server error. */
    param: string | null;
    code: string;
    /** Every issue of a refused request; absent on server errors. */
    issues?: Notice[];
  };
}

/** What {@link toErrorResponse} returns: the HTTP status and the JSON body. */
export interface ErrorResponse {
  status: 400 | 413 | 415 | 500;
  body: ErrorBody;
}

/** R64: issues that are the operator's configuration, not the client's request. */
function isConfiguration(code: string): boolean {
  switch (code) {
    case 'missing_price': case 'invalid_price_table': case 'invalid_task': case 'invalid_catalog':
      return true;
    default:
      return false;
  }
}


/** A copy of a notice with exactly the public fields, whatever the caller passed (R64, R7). */
function copyNotice(value: unknown): Notice {
  const n = isObject(value) ? value : {};
  const params = isObject(n.params) ? { ...(n.params as Notice['params']) } : {};
  return {
    code: typeof n.code === 'string' ? n.code : 'invalid_value',
    path: typeof n.path === 'string' ? n.path : '',
    message: typeof n.message === 'string' ? n.message : '',
    params,
  };
}

function serverError(code: string, message: string): ErrorResponse {
  return { status: 500, body: { error: { message, type: 'server_error', param: null, code } } };
}

/**
 * The HTTP status and body for a refused request (R64), in the shape the OpenAI SDKs read, so a client gets a
 * `BadRequestError` with `code` and `param`. Takes a refused result (of any normalize function or `quoteRequest`) or
 * its `issues`. Status 413 for `body_too_large`, 415 for `unsupported_content_type`, else 400. Billing and catalog
 * issues are the operator's: 500 `server_error` with no details. An accepted result or no issues is a caller's
 * mistake: 500. Never throws.
 *
 * @example
 * if (!result.ok) { const { status, body } = toErrorResponse(result); return Response.json(body, { status }); }
 */
export function toErrorResponse(issues: { readonly ok: boolean; readonly issues?: readonly Notice[] } | readonly Notice[]): ErrorResponse {
  let list: readonly unknown[] | undefined;
  if (Array.isArray(issues)) list = issues;
  else if (isObject(issues) && issues.ok === false && Array.isArray(issues.issues)) list = issues.issues as unknown[];
  if (list === undefined || list.length === 0) {
    return serverError('invalid_value', 'the gateway reported an error without saying what it was');
  }
  const all = list.map(copyNotice);
  const request = all.filter((n) => !isConfiguration(n.code));
  const first = request[0];
  if (first === undefined) {
    return serverError(
      (all[0] as Notice).code,
      'the service cannot price or run this request because of its own configuration; the request itself may be fine, try again later or contact the operator',
    );
  }
  const more = request.length - 1;
  const message = more === 0 ? first.message : `${first.message} (and ${more} more issue${more === 1 ? '' : 's'})`;
  const status = request.some((n) => n.code === 'body_too_large') ? 413 : request.some((n) => n.code === 'unsupported_content_type') ? 415 : 400;
  return {
    status,
    body: { error: { message, type: 'invalid_request_error', param: first.path === '' ? null : first.path, code: first.code, issues: request } },
  };
}

/** A task as a gateway stores it, for {@link toVideoObject} (R65). Times are Unix seconds. */
export interface VideoTask {
  id: string;
  spec: TaskSpec;
  /** The task's status in any spelling {@link normalizeStatus} knows (the upstream's or the document's). */
  status: string;
  createdAt: number;
  /** The upstream's task id, when it differs from `id`. */
  taskId?: string | undefined;
  progress?: number | undefined;
  completedAt?: number | null | undefined;
  expiresAt?: number | null | undefined;
  videoUrl?: string | undefined;
  /** The size actually produced, such as `720x1280`. */
  size?: string | undefined;
  error?: { code: string; message: string } | undefined;
  warnings?: readonly Notice[] | undefined;
}

function given(value: unknown): boolean {
  return value !== undefined && value !== null;
}
function text(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}
function finite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * The video object of `GET /v1/videos/{id}` and of the creation response (R65), which the OpenAI SDKs read as a
 * `Video`: `model` is the billing tier, `status` one of the four states (an unknown spelling is `in_progress`),
 * `seconds` a string, `size` the produced size or the spec's. Never throws.
 *
 * @example
 * return Response.json(toVideoObject({ id, spec: result.spec, status: 'queued', createdAt: Math.floor(Date.now() / 1000) }));
 */
export function toVideoObject(task: VideoTask): VideoObject {
  const t: Record<string, unknown> = isObject(task) ? task : {};
  const spec: Record<string, unknown> = isObject(t.spec) ? t.spec : {};
  const id = typeof t.id === 'string' ? t.id : '';
  const status: VideoStatus = normalizeStatus(t.status) ?? 'in_progress';
  const done = status === 'completed' || status === 'failed';
  const progress = finite(t.progress) ? Math.round(Math.min(100, Math.max(0, t.progress))) : done ? 100 : 0;
  const specSize = sizeOf(spec as unknown as TaskSpec) ?? (typeof spec.resolution === 'string' ? spec.resolution : '');
  let error: VideoObject['error'] = null;
  if (status === 'failed') {
    const e = t.error;
    error = isObject(e) && typeof e.code === 'string' && typeof e.message === 'string'
      ? { code: e.code, message: e.message }
      : { code: 'task_failed', message: 'the video could not be generated' };
  }
  const video: VideoObject = {
    id,
    task_id: text(t.taskId) ? t.taskId : id,
    object: 'video',
    model: typeof spec.tier === 'string' ? spec.tier : '',
    status,
    progress,
    created_at: finite(t.createdAt) ? t.createdAt : 0,
    completed_at: given(t.completedAt) && finite(t.completedAt) ? t.completedAt : null,
    expires_at: given(t.expiresAt) && finite(t.expiresAt) ? t.expiresAt : null,
    prompt: typeof spec.prompt === 'string' ? spec.prompt : null,
    remixed_from_video_id: null,
    seconds: finite(spec.seconds) ? String(spec.seconds) : '',
    size: text(t.size) ? t.size : specSize,
    error,
  };
  if (status === 'completed' && text(t.videoUrl)) video.video_url = t.videoUrl;
  if (Array.isArray(t.warnings) && t.warnings.length > 0) video.warnings = t.warnings.map(copyNotice);
  return video;
}
