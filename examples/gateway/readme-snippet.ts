// The README's "Gateway" snippet, compiled by `npm run typecheck` (test/readme.test.ts checks that the README shows
// exactly the lines after the marker). The three services it calls are yours; they are declared here.
declare const storage: { put(file: Blob): Promise<string> }; // stores a file, returns its public URL
declare const upstream: { submit(spec: TaskSpec): Promise<{ taskId: string }> };
declare const db: { saveTask(task: { taskId: string; spec: TaskSpec }): Promise<string> };
// README:start
import { formUploads, normalizeBody, type TaskSpec, toErrorResponse, toVideoObject } from 'kling-video-rules';

// POST /v1/videos as a web-standard handler (Hono, Next.js, Bun, Deno, Workers; node:http through an adapter).
export async function createVideo(request: Request): Promise<Response> {
  const type = request.headers.get('content-type');
  const body = /^multipart\//i.test(type ?? '') ? await request.formData() : await request.text();
  let result = normalizeBody(type, body);
  if (!result.ok && typeof body !== 'string' && result.issues.every((issue) => issue.code === 'missing_upload')) {
    const uploads = new Map<Blob, string>();
    for (const { file } of formUploads(body)) uploads.set(file, await storage.put(file));
    result = normalizeBody(type, body, { uploads }); // the stored URLs stand in for the files
  }
  if (!result.ok) {
    const { status, body: error } = toErrorResponse(result); // the SDK raises BadRequestError with code, param
    return Response.json(error, { status });
  }
  const { spec, warnings } = result; // spec.tier: 'kling-2.5-720p-mute', spec.billableSeconds: 5, ...
  const { taskId } = await upstream.submit(spec);
  const id = await db.saveTask({ taskId, spec });
  const createdAt = Math.floor(Date.now() / 1000);
  return Response.json(toVideoObject({ id, taskId, spec, status: 'queued', createdAt, warnings }));
}
