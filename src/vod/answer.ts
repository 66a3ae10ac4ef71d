/**
 * Reading the upstream's answers (R77): what Tencent Cloud VOD says about an AIGC video task, as the fields the
 * video object takes (R65) and what VOD measured. VOD ends a failed task with `FINISH` and a non-zero `ErrCode`, so
 * a status spelling alone cannot tell; and what cannot be read is an issue, never a guess (a poller that guesses
 * `in_progress` polls forever, one that guesses `failed` refunds a task VOD may still bill).
 * @module
 */
import { EN_TASK_ERRORS } from '../messages/en.js';
import { messageOf, noticeOf } from '../report/report.js';
import type { IssueParams, TaskErrorParams } from '../shared/notice-params.js';
import { readOwn } from '../shared/guard.js';
import type { Notice } from '../shared/types.js';
import type { UpstreamTask } from './types.js';

/** What `readVodTask` returns. */
export type VodAnswerResult = { ok: true; task: UpstreamTask } | { ok: false; issues: [Notice, ...Notice[]] };

/** VOD keeps temporary output for 7 days (R77). */
const TEMPORARY_SECONDS = 604_800;

/** R77: the stable error code of a failed task, by VOD's `ErrCodeExt` (its own spelling, `Voilation` included). */
const ERROR_CODES: Readonly<Record<string, string>> = {
  'InvalidParameter.VoilationContent': 'content_policy_violation',
  ContentModerationFailed: 'content_policy_violation',
  InvalidParameter: 'invalid_input',
  InvalidParameterValue: 'invalid_input',
  'InvalidParameter.MediaFormat': 'invalid_input',
  ResourceNotFound: 'input_not_found',
  RequestLimitExceeded: 'upstream_busy',
  FailedOperation: 'upstream_busy',
  ResourceInsufficient: 'upstream_busy',
  TaskTimeout: 'timeout',
  OperationCanceled: 'cancelled',
};

const isObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const measure = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;

/** R77: an ISO 8601 time with a time zone as Unix seconds (floored); `undefined` for `''`, `0000-...` and others. */
function unixSeconds(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value))
    return undefined;
  if (value.startsWith('0000')) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : undefined;
}

/** Where the task is in an answer, the response-level fields, and the path prefix of the task's fields. */
interface Located {
  readonly task: unknown;
  readonly at: string;
  readonly status: unknown;
  readonly statusAt: string;
  readonly createTime?: unknown;
  readonly finishTime?: unknown;
}

/** R77: tells the answer's shape by its keys: `Response`, then `EventType`, then `TaskType` or `AigcVideoTask`. */
function locate(answer: unknown, issue: Issue): Located | undefined {
  if (!isObject(answer)) return void issue('', { reason: 'shape' });
  let value: object = answer;
  let prefix = '';
  if (readOwn(value, 'Response') !== undefined) {
    const response = readOwn(value, 'Response');
    if (!isObject(response)) return void issue('Response', { reason: 'shape' });
    const error = readOwn(response, 'Error');
    if (error !== undefined) {
      const code = readOwn(error, 'Code');
      const message = readOwn(error, 'Message');
      return void issue('Response.Error', {
        reason: 'api_error',
        code: typeof code === 'string' ? code : '',
        message: typeof message === 'string' ? message : '',
      });
    }
    value = response;
    prefix = 'Response.';
  }
  const eventType = readOwn(value, 'EventType');
  if (eventType !== undefined) {
    if (eventType !== 'AigcVideoTaskComplete')
      return void issue(`${prefix}EventType`, { reason: 'event_type', value: String(eventType).slice(0, 64) });
    const task = readOwn(value, 'AigcVideoCompleteEvent');
    const at = `${prefix}AigcVideoCompleteEvent`;
    return { task, at, status: readOwn(task, 'Status'), statusAt: `${at}.Status` };
  }
  const taskType = readOwn(value, 'TaskType');
  if (taskType !== undefined || readOwn(value, 'AigcVideoTask') !== undefined) {
    if (taskType !== undefined && taskType !== 'AigcVideoTask')
      return void issue(`${prefix}TaskType`, { reason: 'task_type', value: String(taskType).slice(0, 64) });
    const task = readOwn(value, 'AigcVideoTask');
    const at = `${prefix}AigcVideoTask`;
    // The response's own Status decides; without one, the task's.
    const own = readOwn(value, 'Status');
    return {
      task,
      at,
      status: own ?? readOwn(task, 'Status'),
      statusAt: own !== undefined ? `${prefix}Status` : `${at}.Status`,
      createTime: readOwn(value, 'CreateTime'),
      finishTime: readOwn(value, 'FinishTime'),
    };
  }
  return { task: value, at: prefix.slice(0, -1), status: readOwn(value, 'Status'), statusAt: `${prefix}Status` };
}

type Issue = (path: string, params: IssueParams['invalid_upstream_task']) => void;

/** R77: the first output file with a non-empty `FileUrl`. */
function outputFile(task: unknown): unknown {
  const files = readOwn(readOwn(task, 'Output'), 'FileInfos');
  if (!Array.isArray(files)) return undefined;
  for (const file of files as unknown[]) if (text(readOwn(file, 'FileUrl')) !== undefined) return file;
  return undefined;
}

/** R77: a failed task's error: the code by `ErrCodeExt`, VOD's `Message` when it gave one, else the code's message. */
function errorOf(code: string, taskId: string, task: unknown, messages: unknown): { code: string; message: string } {
  const vodMessage = text(readOwn(task, 'Message'));
  if (vodMessage !== undefined) return { code, message: vodMessage };
  const params: TaskErrorParams = { taskId };
  const errCode = readOwn(task, 'ErrCode');
  const errCodeExt = text(readOwn(task, 'ErrCodeExt'));
  if (typeof errCode === 'number' && Number.isFinite(errCode)) params.errCode = errCode;
  if (errCodeExt !== undefined) params.errCodeExt = errCodeExt;
  // The task errors' own English table: they are no notice codes, so not in the notices' table.
  return { code, message: messageOf(code, params, '', messages, EN_TASK_ERRORS) };
}

/**
 * R77: reads a `DescribeTaskDetail` response (the SDK's object or the API's `{ Response }` envelope), an
 * `AigcVideoTaskComplete` event, or a bare `AigcVideoTask`. Never throws; the answer is not mutated.
 */
export function readVodTask(answer: unknown, options?: { messages?: unknown }): VodAnswerResult {
  const messages = readOwn(options, 'messages');
  const issues: Notice[] = [];
  const issue: Issue = (path, params) => {
    issues.push(noticeOf('invalid_upstream_task', path, params, messages));
  };
  let task: UpstreamTask | undefined;
  try {
    task = read(answer, issue, messages);
  } catch {
    issues.length = 0;
    issue('', { reason: 'unreadable' }); // R7: an answer whose getters or Proxies throw
  }
  const [first, ...rest] = issues;
  if (first !== undefined || task === undefined)
    return {
      ok: false,
      issues: [first ?? { code: 'invalid_upstream_task', path: '', message: '', params: {} }, ...rest],
    };
  return { ok: true, task };
}

function read(answer: unknown, issue: Issue, messages: unknown): UpstreamTask | undefined {
  const located = locate(answer, issue);
  if (located === undefined) return undefined;
  const { task, at } = located;
  const where = (key: string) => (at === '' ? key : `${at}.${key}`);
  if (!isObject(task)) return void issue(at, { reason: 'shape' });
  const taskId = text(readOwn(task, 'TaskId'));
  if (taskId === undefined) return void issue(where('TaskId'), { reason: 'task_id' });
  const status = typeof located.status === 'string' ? located.status.toUpperCase() : undefined;
  if (status !== 'WAITING' && status !== 'PROCESSING' && status !== 'FINISH' && status !== 'ABORTED') {
    return void issue(located.statusAt, { reason: 'status', value: String(located.status).slice(0, 64) });
  }

  const out: UpstreamTask = { taskId, status: 'in_progress' };
  const errCode = readOwn(task, 'ErrCode');
  const file = outputFile(task);
  let failure: string | undefined;
  if (status === 'WAITING') out.status = 'queued';
  else if (status === 'ABORTED') failure = 'cancelled';
  else if (status === 'FINISH') {
    if (typeof errCode === 'number' && errCode !== 0)
      failure = ERROR_CODES[text(readOwn(task, 'ErrCodeExt')) ?? ''] ?? 'generation_failed';
    else if (file !== undefined) out.status = 'completed';
    else failure = 'no_output';
  }

  const progress = readOwn(task, 'Progress');
  if (typeof progress === 'number' && Number.isFinite(progress)) out.progress = progress;
  const createdAt = unixSeconds(located.createTime);
  const completedAt = unixSeconds(located.finishTime);
  if (createdAt !== undefined) out.createdAt = createdAt;
  if (completedAt !== undefined) out.completedAt = completedAt;
  readOutput(task, file, out);
  if (failure !== undefined) {
    out.status = 'failed';
    out.error = errorOf(failure, taskId, task, messages);
    if (typeof errCode === 'number' && Number.isFinite(errCode)) {
      const upstreamError: NonNullable<UpstreamTask['upstreamError']> = { errCode };
      const ext = text(readOwn(task, 'ErrCodeExt'));
      const message = text(readOwn(task, 'Message'));
      if (ext !== undefined) upstreamError.errCodeExt = ext;
      if (message !== undefined) upstreamError.message = message;
      out.upstreamError = upstreamError;
    }
  }
  return out;
}

/** R77: what the output file and the usage say: URL, file id, size, expiry, seconds. */
function readOutput(task: unknown, file: unknown, out: UpstreamTask): void {
  if (file !== undefined) {
    out.videoUrl = text(readOwn(file, 'FileUrl')) as string;
    const fileId = text(readOwn(file, 'FileId'));
    if (fileId !== undefined) out.fileId = fileId;
    const meta = readOwn(file, 'MetaData');
    const width = readOwn(meta, 'Width');
    const height = readOwn(meta, 'Height');
    if (Number.isSafeInteger(width) && Number.isSafeInteger(height) && (width as number) > 0 && (height as number) > 0)
      out.size = `${width as number}x${height as number}`;
    const expires = unixSeconds(readOwn(file, 'ExpireTime'));
    if (expires !== undefined) out.expiresAt = expires;
    else if (readOwn(file, 'StorageMode') === 'Temporary' && out.completedAt !== undefined)
      out.expiresAt = out.completedAt + TEMPORARY_SECONDS;
  }
  const usage = readOwn(readOwn(task, 'Output'), 'Usage');
  const outputSeconds =
    measure(readOwn(usage, 'OutputSeconds')) ?? measure(readOwn(readOwn(file, 'MetaData'), 'Duration'));
  const inputSeconds = measure(readOwn(usage, 'InputSeconds'));
  if (outputSeconds !== undefined) out.outputSeconds = outputSeconds;
  if (inputSeconds !== undefined) out.inputSeconds = inputSeconds;
}
