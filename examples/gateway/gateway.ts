// A complete, small gateway on kling-video-rules (R67): POST /v1/videos, GET /v1/videos/{id},
// GET /v1/videos/{id}/content and GET /files/{id} for the uploads it keeps in memory. It uses only the package's
// public API. The handler is a web-standard `(Request) => Promise<Response>`, so it runs unchanged in Hono, Next.js
// route handlers, Bun, Deno or Cloudflare Workers; `listen` adapts it to node:http with no framework at all.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { Readable } from 'node:stream';
import { formUploads, normalizeBody, type TaskSpec, toErrorResponse, toVideoObject } from 'kling-video-rules';

/** What the gateway needs of the Kling upstream: submit a task, poll it. */
export interface Upstream {
  submit(spec: TaskSpec): Promise<{ taskId: string }>;
  poll(taskId: string): Promise<{ status: string; progress?: number; videoUrl?: string; error?: { code: string; message: string } }>;
}

export interface GatewayOptions {
  upstream: Upstream;
  /** Public base URL at which this gateway serves stored uploads (the upstream fetches them from there). */
  filesBaseUrl: string;
}

export function createGateway({ upstream, filesBaseUrl }: GatewayOptions): (request: Request) => Promise<Response> {
  const tasks = new Map<string, { spec: TaskSpec; taskId: string; createdAt: number }>();
  const files = new Map<string, Blob>();
  const notFound = (what: string) =>
    Response.json({ error: { message: `${what} not found`, type: 'invalid_request_error', param: null, code: 'not_found' } }, { status: 404 });

  async function create(request: Request): Promise<Response> {
    const type = request.headers.get('content-type');
    const body = /^multipart\/form-data/i.test(type ?? '') ? await request.formData() : await request.text();
    let result = normalizeBody(type, body);
    if (!result.ok && typeof body !== 'string' && result.issues.every((issue) => issue.code === 'missing_upload')) {
      const uploads = new Map<Blob, string>();
      for (const { file } of formUploads(body)) {
        const id = randomUUID();
        files.set(id, file);
        uploads.set(file, `${filesBaseUrl}/files/${id}`);
      }
      result = normalizeBody(type, body, { uploads });
    }
    if (!result.ok) {
      const { status, body: error } = toErrorResponse(result);
      return Response.json(error, { status });
    }
    const { taskId } = await upstream.submit(result.spec);
    const id = `video_${randomUUID()}`;
    const createdAt = Math.floor(Date.now() / 1000);
    tasks.set(id, { spec: result.spec, taskId, createdAt });
    return Response.json(toVideoObject({ id, taskId, spec: result.spec, status: 'queued', createdAt, warnings: result.warnings }));
  }

  async function retrieve(id: string, content: boolean): Promise<Response> {
    const task = tasks.get(id);
    if (task === undefined) return notFound(`video ${id}`);
    const state = await upstream.poll(task.taskId);
    const video = toVideoObject({ id, ...task, ...state });
    if (!content) return Response.json(video);
    return video.video_url === undefined ? notFound(`content of video ${id}`) : Response.redirect(video.video_url, 302);
  }

  return async (request) => {
    const { pathname } = new URL(request.url);
    const [, first, second, id, rest] = pathname.split('/');
    if (request.method === 'POST' && pathname === '/v1/videos') return create(request);
    if (request.method === 'GET' && first === 'v1' && second === 'videos' && id !== undefined && (rest === undefined || rest === 'content')) {
      return retrieve(id, rest === 'content');
    }
    const file = request.method === 'GET' && first === 'files' && second !== undefined ? files.get(second) : undefined;
    return file !== undefined ? new Response(file, { headers: { 'content-type': file.type } }) : notFound(pathname);
  };
}

/** Serves a fetch-style handler with node:http. */
export function listen(handler: (request: Request) => Promise<Response>, port: number, host: string): Promise<Server> {
  const server = createServer(async (req, res) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, v);
    }
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    const request = new Request(`http://${host}${req.url ?? '/'}`, {
      method: req.method ?? 'GET',
      headers,
      ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream, duplex: 'half' } : {}),
    } as RequestInit);
    const response = await handler(request).catch(() => Response.json({ error: { message: 'internal error', type: 'server_error', param: null, code: 'internal_error' } }, { status: 500 }));
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}
