/**
 * The OpenAI wire (R64, R65, R66): the error body and the video object a gateway returns, in the shapes the OpenAI SDKs
 * read. Both functions take what a gateway has in hand and never throw.
 * @module
 */
import { CONFIGURATION_CODES } from '../shared/codes.js';
import { isObject } from '../shared/guard.js';
import { sizeOf } from '../rules/size.js';
import { normalizeStatus } from '../rules/status.js';
import { messageOf } from '../report/report.js';
import { readOwn } from '../shared/guard.js';
import type { Messages, Notice, NoticeParams, TaskSpec, VideoObject, VideoStatus } from '../shared/types.js';

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
  status: 400 | 404 | 413 | 415 | 500;
  body: ErrorBody;
}

/** R64: issues that are the operator's configuration, not the client's request. */
function isConfiguration(code: string): boolean {
  return CONFIGURATION_CODES.has(code);
}

/**
 * A copy of a notice with exactly the public fields, whatever the caller passed (R64, R7). With `messages` (R69),
 * its message is written again from its code and params; a code the table lacks keeps the message it has.
 */
function copyNotice(value: unknown, messages: unknown): Notice {
  const code = readOwn(value, 'code');
  const path = readOwn(value, 'path');
  const message = readOwn(value, 'message');
  const given = readOwn(value, 'params');
  let params: Notice['params'] = {};
  try {
    if (isObject(given)) params = { ...(given as Notice['params']) };
  } catch {
    // R7: params that cannot be copied are left out.
  }
  const notice: Notice = {
    code: typeof code === 'string' ? code : 'invalid_value',
    path: typeof path === 'string' ? path : '',
    message: typeof message === 'string' ? message : '',
    params,
  };
  const written = custom(messages, notice.code, params, notice.path);
  if (written !== undefined) notice.message = written;
  return notice;
}

/** R69: the message a caller's table writes for `code`, or `undefined` when it has none (or its function fails). */
function custom(messages: unknown, code: string, params: NoticeParams, path: string): string | undefined {
  if (messages === undefined) return undefined;
  const text = messageOf(code, params, path, messages);
  const english = messageOf(code, params, path, undefined);
  // messageOf falls back to English; a table that lacks the code leaves the notice's own message.
  return text === english && !hasEntry(messages, code) ? undefined : text;
}

function hasEntry(messages: unknown, code: string): boolean {
  try {
    return typeof messages === 'object' && messages !== null && Object.hasOwn(messages, code);
  } catch {
    return false;
  }
}

/** R64: the two messages of a 500, by `reason`, from `server_error` of a table or in English. */
const SERVER_ERRORS = {
  no_issues: 'the gateway reported an error without saying what it was',
  configuration:
    'the service cannot price or run this request because of its own configuration; the request itself may be fine, try again later or contact the operator',
} as const;

function serverError(code: string, reason: keyof typeof SERVER_ERRORS, messages: unknown): ErrorResponse {
  const message = textFrom(messages, 'server_error', { reason }) ?? SERVER_ERRORS[reason];
  return { status: 500, body: { error: { message, type: 'server_error', param: null, code } } };
}

/** A table's entry that is no code (R64: `more_issues`, `server_error`), or `undefined` (R7: a failing one too). */
function textFrom(messages: unknown, entry: string, params: NoticeParams): string | undefined {
  try {
    const fn = hasEntry(messages, entry) ? (messages as Record<string, unknown>)[entry] : undefined;
    if (typeof fn !== 'function') return undefined;
    const text: unknown = fn(params, '');
    return typeof text === 'string' && text !== '' ? text : undefined;
  } catch {
    return undefined;
  }
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
export function toErrorResponse(
  issues: { readonly ok: boolean; readonly issues?: readonly Notice[] } | readonly Notice[],
  options?: { messages?: Messages | undefined },
): ErrorResponse {
  const messages = readOwn(options, 'messages');
  try {
    return errorResponse(issues, messages);
  } catch {
    return serverError('invalid_value', 'no_issues', messages); // R7: issues that cannot be read say nothing
  }
}

function errorResponse(issues: unknown, messages: unknown): ErrorResponse {
  let list: readonly unknown[] | undefined;
  if (Array.isArray(issues)) list = issues;
  else if (isObject(issues) && issues.ok === false && Array.isArray(issues.issues)) list = issues.issues as unknown[];
  if (list === undefined || list.length === 0) return serverError('invalid_value', 'no_issues', messages);
  const all = Array.from(list, (notice) => copyNotice(notice, messages));
  const request = all.filter((n) => !isConfiguration(n.code));
  const first = request[0];
  if (first === undefined) return serverError((all[0] as Notice).code, 'configuration', messages);
  const more = request.length - 1;
  const suffix =
    more === 0
      ? ''
      : (textFrom(messages, 'more_issues', { count: more }) ?? ` (and ${more} more issue${more === 1 ? '' : 's'})`);
  const message = first.message + suffix;
  const status = request.some((n) => n.code === 'body_too_large')
    ? 413
    : request.some((n) => n.code === 'unsupported_content_type')
      ? 415
      : 400;
  return {
    status,
    body: {
      error: {
        message,
        type: 'invalid_request_error',
        param: first.path === '' ? null : first.path,
        code: first.code,
        issues: request,
      },
    },
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

function isGiven(value: unknown): boolean {
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
  // R7: each field is read once, defensively: a getter or Proxy that throws makes that field absent.
  const t: Record<string, unknown> = snapshot(task, TASK_KEYS);
  const spec: Record<string, unknown> = snapshot(t.spec, SPEC_KEYS);
  const id = typeof t.id === 'string' ? t.id : '';
  const status: VideoStatus = normalizeStatus(t.status) ?? 'in_progress';
  const done = status === 'completed' || status === 'failed';
  const progress = finite(t.progress) ? Math.round(Math.min(100, Math.max(0, t.progress))) : done ? 100 : 0;
  const specSize = sizeOf(spec as unknown as TaskSpec) ?? (typeof spec.resolution === 'string' ? spec.resolution : '');
  let error: VideoObject['error'] = null;
  if (status === 'failed') {
    const code = readOwn(t.error, 'code');
    const message = readOwn(t.error, 'message');
    error =
      typeof code === 'string' && typeof message === 'string'
        ? { code, message }
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
    completed_at: isGiven(t.completedAt) && finite(t.completedAt) ? t.completedAt : null,
    expires_at: isGiven(t.expiresAt) && finite(t.expiresAt) ? t.expiresAt : null,
    prompt: typeof spec.prompt === 'string' ? spec.prompt : null,
    remixed_from_video_id: null,
    seconds: finite(spec.seconds) ? String(spec.seconds) : '',
    size: text(t.size) ? t.size : specSize,
    error,
  };
  if (status === 'completed' && text(t.videoUrl)) video.video_url = t.videoUrl;
  const warnings = warningsOf(t.warnings);
  if (warnings !== undefined) video.warnings = warnings;
  return video;
}

const TASK_KEYS = [
  'id',
  'spec',
  'status',
  'createdAt',
  'taskId',
  'progress',
  'completedAt',
  'expiresAt',
  'videoUrl',
  'size',
  'error',
  'warnings',
];
const SPEC_KEYS = ['tier', 'prompt', 'seconds', 'resolution', 'aspectRatio'];

/** The named fields of a caller's object as a plain record; what is no object, or throws when read, is absent. */
function snapshot(value: unknown, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!isReadableObject(value)) return out;
  for (const key of keys) out[key] = readOwn(value, key);
  return out;
}

function isReadableObject(value: unknown): boolean {
  try {
    return isObject(value);
  } catch {
    return false;
  }
}

/** R65: `task.warnings` as given (a fresh array of the same entries, neither checked nor reshaped) when non-empty. */
function warningsOf(value: unknown): Notice[] | undefined {
  try {
    return Array.isArray(value) && value.length > 0 ? (value.slice() as Notice[]) : undefined;
  } catch {
    return undefined;
  }
}
