// A complete gateway on kling-video-rules (R67, R78): the OpenAI videos API in front of Tencent Cloud VOD, through
// the official `tencentcloud-sdk-nodejs-vod` client. POST /v1/videos normalizes, prices and holds the quote, and
// submits exactly what it billed; GET /v1/videos/{id} polls VOD, reads its answer and settles the hold when the
// task ends; GET /v1/videos pages, DELETE /v1/videos/{id} forgets, GET /v1/videos/{id}/content redirects to the
// video. The library does no I/O, storage or retries: those are this file's, and a real gateway's database's.
import { randomUUID } from 'node:crypto';
import {
  formUploads,
  normalizeBody,
  notFoundError,
  type PriceTable,
  type Quote,
  quote,
  readVodTask,
  type Settlement,
  settle,
  type TaskSpec,
  toDeletedVideo,
  toErrorResponse,
  toVideoObject,
  toVideoPage,
  toVodTask,
  type UpstreamTask,
  type Notice,
} from 'kling-video-rules';
import type { vod } from 'tencentcloud-sdk-nodejs-vod';
import { BoundedMap } from './bounded.js';

/** What the gateway needs of the official VOD client. */
export type Vod = Pick<InstanceType<typeof vod.v20180717.Client>, 'CreateAigcVideoTask' | 'DescribeTaskDetail'>;

/** Where money is held and settled: the gateway's billing service. */
export interface Ledger {
  hold(videoId: string, quote: Quote): Promise<void>;
  settle(videoId: string, settlement: Settlement): Promise<void>;
}

export interface GatewayOptions {
  vod: Vod;
  subAppId: number;
  prices: PriceTable;
  ledger: Ledger;
  /** Public base URL at which this gateway serves stored uploads (VOD fetches them from there). */
  filesBaseUrl: string;
  /** Memory bounds: tasks kept, uploads kept (count, bytes, time). */
  limits?: { tasks?: number; files?: number; fileBytes?: number; fileTtlMs?: number };
}

interface Task {
  readonly id: string;
  readonly spec: TaskSpec;
  readonly quote: Quote;
  readonly createdAt: number;
  readonly warnings: Notice[];
  state: UpstreamTask;
  settled: boolean;
}

const failure = ({ status, body }: { status: number; body: unknown }) => Response.json(body, { status });

export function createGateway(options: GatewayOptions): (request: Request) => Promise<Response> {
  const { vod, subAppId, prices, ledger, filesBaseUrl, limits = {} } = options;
  const tasks = new BoundedMap<string, Task>({ maxEntries: limits.tasks ?? 10_000 });
  const files = new BoundedMap<string, Blob>(
    {
      maxEntries: limits.files ?? 1_000,
      maxBytes: limits.fileBytes ?? 256 * 1024 * 1024,
      ttlMs: limits.fileTtlMs ?? 3_600_000,
    },
    (file) => file.size,
  );
  const videoOf = (task: Task) =>
    toVideoObject({ id: task.id, spec: task.spec, createdAt: task.createdAt, warnings: task.warnings, ...task.state });

  // --- the gateway's own logic, from here to the router (issue 22 counts it) ---
  async function create(request: Request): Promise<Response> {
    const type = request.headers.get('content-type');
    const body = /^multipart\/form-data/i.test(type ?? '')
      ? await request.formData().catch(() => undefined)
      : await request.text();
    if (body === undefined)
      return failure(
        toErrorResponse([
          {
            code: 'invalid_form',
            path: '',
            message: 'the multipart body could not be parsed',
            params: { reason: 'read' },
          },
        ]),
      );
    let result = normalizeBody(type, body);
    if (!result.ok && typeof body !== 'string' && result.issues.every((issue) => issue.code === 'missing_upload')) {
      const uploads = new Map<Blob, string>();
      for (const { file } of formUploads(body)) {
        const key = randomUUID();
        if (files.set(key, file)) uploads.set(file, `${filesBaseUrl}/files/${key}`);
      }
      result = normalizeBody(type, body, { uploads });
    }
    if (!result.ok) return failure(toErrorResponse(result));
    const id = `video_${randomUUID()}`;
    const priced = quote(result.spec, prices);
    const made = toVodTask(result.spec, { subAppId, sessionId: id }); // what is billed is what VOD is asked for
    if (!priced.ok || !made.ok)
      return failure(toErrorResponse([...(priced.ok ? [] : priced.issues), ...(made.ok ? [] : made.issues)]));
    const { TaskId } = await vod.CreateAigcVideoTask({ SubAppId: subAppId, ...made.request });
    await ledger.hold(id, priced.quote);
    const task: Task = {
      id,
      spec: result.spec,
      quote: priced.quote,
      createdAt: Math.floor(Date.now() / 1000),
      warnings: result.warnings,
      state: { taskId: TaskId ?? '', status: 'queued' },
      settled: false,
    };
    tasks.set(id, task);
    return Response.json(videoOf(task));
  }

  async function poll(task: Task): Promise<Response | undefined> {
    if (task.settled) return undefined;
    const read = readVodTask(await vod.DescribeTaskDetail({ SubAppId: subAppId, TaskId: task.state.taskId }));
    if (!read.ok) return failure(toErrorResponse(read.issues)); // not guessed: the operator looks at it (500)
    task.state = read.task;
    const settled = settle(task.quote, read.task);
    if (settled.ok && settled.settlement.final) {
      task.settled = true;
      await ledger.settle(task.id, settled.settlement);
    }
    return undefined;
  }

  async function retrieve(id: string, content: boolean): Promise<Response> {
    const task = tasks.get(id);
    if (task === undefined) return failure(notFoundError(id));
    const error = await poll(task);
    if (error !== undefined) return error;
    const video = videoOf(task);
    if (!content) return Response.json(video);
    return video.video_url === undefined ? failure(notFoundError(id)) : Response.redirect(video.video_url, 302);
  }
  // --- end of the gateway's own logic ---

  return async (request) => {
    const url = new URL(request.url);
    const [, first, second, id, rest] = url.pathname.split('/');
    const videos = first === 'v1' && second === 'videos';
    if (videos && id === undefined) {
      if (request.method === 'POST') return create(request);
      if (request.method === 'GET') {
        const page = { limit: url.searchParams.get('limit'), after: url.searchParams.get('after') };
        return Response.json(toVideoPage(tasks.newestFirst().map(videoOf), page));
      }
    }
    if (videos && id !== undefined && request.method === 'DELETE' && rest === undefined) {
      return tasks.delete(id) ? Response.json(toDeletedVideo(id)) : failure(notFoundError(id));
    }
    if (videos && id !== undefined && request.method === 'GET' && (rest === undefined || rest === 'content'))
      return retrieve(id, rest === 'content');
    const file = request.method === 'GET' && first === 'files' && second !== undefined ? files.get(second) : undefined;
    if (file !== undefined) return new Response(file, { headers: { 'content-type': file.type } });
    return Response.json(
      {
        error: {
          message: `no route for ${request.method} ${url.pathname}`,
          type: 'invalid_request_error',
          param: null,
          code: 'not_found',
        },
      },
      { status: 404 },
    );
  };
}
