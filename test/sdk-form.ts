// The OpenAI SDK's own form encoding of a request: `client.videos.create` is called with a fetch that captures the
// multipart body it built, so no request leaves the process.
import OpenAI from 'openai';
import type { VideoCreateParams } from 'openai/resources/videos';

let captured: unknown;
const client = new OpenAI({
  apiKey: 'test-key',
  baseURL: 'http://127.0.0.1:9/v1',
  maxRetries: 0,
  fetch: async (_url, init) => {
    captured = init?.body;
    return Response.json({ id: 'video_1', object: 'video' });
  },
});

/** The form entries the OpenAI SDK sends for `raw` (every value as text, bracket names, `[]` arrays). */
export async function sdkForm(raw: Record<string, unknown>): Promise<[string, string | Blob][]> {
  captured = undefined;
  await client.videos.create(raw as unknown as VideoCreateParams);
  const body = captured as unknown;
  if (!(body instanceof FormData)) throw new Error('the SDK did not send a FormData body');
  return [...body];
}
