// The README's "Gateway" snippet, compiled by `npm run typecheck` (test/readme.test.ts checks that the README shows
// exactly the lines after the marker). Your services are declared here: storage, the ledger, the task store, and
// the official VOD client (`new vod.v20180717.Client(...)` from tencentcloud-sdk-nodejs-vod).
import type { vod as vodSdk } from 'tencentcloud-sdk-nodejs-vod';
declare const vod: Pick<InstanceType<typeof vodSdk.v20180717.Client>, 'CreateAigcVideoTask' | 'DescribeTaskDetail'>;
declare const storage: { put(file: Blob): Promise<string> }; // stores a file, returns its public URL
declare const ledger: {
  hold(id: string, quote: Quote): Promise<void>;
  settle(id: string, s: Settlement): Promise<void>;
};
declare const db: { save(task: Task): Promise<void>; load(id: string): Promise<Task | undefined> };
declare const prices: PriceTable;
interface Task {
  id: string;
  spec: TaskSpec;
  quote: Quote;
  taskId: string;
  createdAt: number;
}
const SubAppId = 1500000001;
// README:start
import {
  formUploads,
  normalizeBody,
  notFoundError,
  quote,
  readVodTask,
  settle,
  toErrorResponse,
  toVideoObject,
  toVodTask,
  type PriceTable,
  type Quote,
  type Settlement,
  type TaskSpec,
} from 'kling-video-rules';

const fail = ({ status, body }: { status: number; body: unknown }) => Response.json(body, { status });

// POST /v1/videos: normalize, price and hold, then ask VOD for exactly what was billed.
export async function createVideo(request: Request): Promise<Response> {
  const type = request.headers.get('content-type');
  const body = /^multipart\//i.test(type ?? '') ? await request.formData() : await request.text();
  let result = normalizeBody(type, body);
  if (!result.ok && typeof body !== 'string' && result.issues.every((issue) => issue.code === 'missing_upload')) {
    const uploads = new Map<Blob, string>();
    for (const { file } of formUploads(body)) uploads.set(file, await storage.put(file));
    result = normalizeBody(type, body, { uploads }); // the stored URLs stand in for the files
  }
  if (!result.ok) return fail(toErrorResponse(result)); // the SDK raises BadRequestError with code, param
  const id = `video_${crypto.randomUUID()}`;
  const priced = quote(result.spec, prices);
  const made = toVodTask(result.spec, { sessionId: id }); // every FileInfos Usage, Duration and sound written
  if (!priced.ok || !made.ok) return fail(toErrorResponse(priced.ok ? (made.ok ? [] : made.issues) : priced.issues)); // 500
  const { TaskId = '' } = await vod.CreateAigcVideoTask({ SubAppId, ...made.request });
  const task = { id, spec: result.spec, quote: priced.quote, taskId: TaskId, createdAt: Math.floor(Date.now() / 1000) };
  await ledger.hold(id, priced.quote);
  await db.save(task);
  return Response.json(toVideoObject({ ...task, status: 'queued', warnings: result.warnings }));
}

// GET /v1/videos/{id}: read VOD's answer (FINISH with an ErrCode is a failure), settle the hold when it ends.
export async function getVideo(id: string): Promise<Response> {
  const task = await db.load(id);
  if (task === undefined) return fail(notFoundError(id)); // the SDK raises NotFoundError
  const read = readVodTask(await vod.DescribeTaskDetail({ SubAppId, TaskId: task.taskId }));
  if (!read.ok) return fail(toErrorResponse(read.issues)); // an answer it cannot read is not guessed (500)
  const settled = settle(task.quote, read.task); // on VOD's OutputSeconds; a failure refunds the hold
  if (settled.ok && settled.settlement.final) await ledger.settle(id, settled.settlement); // once per id
  return Response.json(toVideoObject({ id, spec: task.spec, createdAt: task.createdAt, ...read.task }));
}
