// node:http for a fetch-style handler, with the limits a server on the open internet needs: a request body over
// `maxBodyBytes` is refused with 413 as it arrives (never buffered whole), a method the web `Request` cannot carry
// (TRACE, CONNECT) is a 405, and nothing a client sends can take the process down.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

export interface ListenOptions {
  port: number;
  host: string;
  /** The largest request body, in bytes (default 12 MB: one 10 MB image and the form around it). */
  maxBodyBytes?: number;
}

const errorBody = (status: number, code: string, message: string) =>
  Response.json(
    { error: { message, type: status >= 500 ? 'server_error' : 'invalid_request_error', param: null, code } },
    { status },
  );

/** The request body as a stream that errors once it passes `max` bytes. */
function capped(req: IncomingMessage, max: number): ReadableStream {
  let seen = 0;
  const guard = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      seen += chunk.byteLength;
      if (seen > max) controller.error(new RangeError('body_too_large'));
      else controller.enqueue(chunk);
    },
  });
  return (Readable.toWeb(req) as ReadableStream<Uint8Array>).pipeThrough(guard);
}

async function respond(
  handler: (request: Request) => Promise<Response>,
  req: IncomingMessage,
  host: string,
  max: number,
): Promise<Response> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > max) return errorBody(413, 'body_too_large', `the request body is larger than ${max} bytes`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, v);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  let request: Request;
  try {
    request = new Request(`http://${host}${req.url ?? '/'}`, {
      method: req.method ?? 'GET',
      headers,
      ...(hasBody ? { body: capped(req, max), duplex: 'half' } : {}),
    } as RequestInit);
  } catch {
    return errorBody(405, 'method_not_allowed', `${String(req.method)} is not supported`); // TRACE, CONNECT...
  }
  try {
    return await handler(request);
  } catch (error) {
    if (error instanceof RangeError || (error instanceof TypeError && error.cause instanceof RangeError)) {
      return errorBody(413, 'body_too_large', `the request body is larger than ${max} bytes`);
    }
    return errorBody(500, 'internal_error', 'internal error');
  }
}

async function write(res: ServerResponse, response: Response): Promise<void> {
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

/** Serves a fetch-style handler with node:http on `host:port` (0: any free port). */
export function listen(handler: (request: Request) => Promise<Response>, options: ListenOptions): Promise<Server> {
  const max = options.maxBodyBytes ?? 12 * 1024 * 1024;
  const server = createServer((req, res) => {
    respond(handler, req, options.host, max)
      .then((response) => write(res, response))
      .catch(() => res.destroy()); // a client that went away: nothing left to answer
  });
  return new Promise((resolve) => server.listen(options.port, options.host, () => resolve(server)));
}
