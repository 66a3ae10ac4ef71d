// R67: the README's gateway (examples/gateway) on the loopback address, driven by the official `openai` package.
// Nothing leaves 127.0.0.1: the upstream is an in-process fake, and stored uploads get URLs that are never fetched.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import OpenAI, { BadRequestError, toFile } from 'openai';
import type { VideoCreateParams } from 'openai/resources/videos';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, listen, type Upstream } from '../examples/gateway/gateway.js';
import type { TaskSpec } from '../src/index.js';

const submitted: TaskSpec[] = [];
const upstream: Upstream = {
  async submit(spec) {
    submitted.push(spec);
    return { taskId: `task_${submitted.length}` };
  },
  async poll(taskId) {
    return taskId === 'task_1'
      ? { status: 'succeed', videoUrl: 'https://cdn.example.com/out/1.mp4', progress: 100 }
      : { status: 'processing', progress: 42.4 };
  },
};

let server: Server;
let client: OpenAI;
let firstId = '';

beforeAll(async () => {
  server = await listen(createGateway({ upstream, filesBaseUrl: 'https://files.example.com' }), 0, '127.0.0.1');
  const { port } = server.address() as AddressInfo;
  client = new OpenAI({ apiKey: 'test-key', baseURL: `http://127.0.0.1:${port}/v1`, maxRetries: 0, timeout: 5_000 });
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** The SDK types `model`, `seconds` and `size` for Sora and has no `metadata`; the body passes through as given. */
const params = (body: Record<string, unknown>) => body as unknown as VideoCreateParams;

describe('the example gateway with the openai SDK (R67)', () => {
  it('text-to-video with metadata: multipart form fields, bracket names, the tier as model', async () => {
    const video = await client.videos.create(params({
      model: 'Kling-3.0-Omni',
      prompt: 'a paper boat on a rainy street',
      seconds: '10',
      size: '720x1280',
      metadata: { output_config: { resolution: '1080P', audio_generation: 'Enabled' }, audio: true },
    }));
    firstId = video.id;
    expect(video).toMatchObject({
      object: 'video', status: 'queued', model: 'kling-3.0-omni-1080p-noref-audio', seconds: '10', size: '1080x1920',
      prompt: 'a paper boat on a rainy street', task_id: 'task_1', progress: 0, error: null,
    });
    expect(submitted.at(-1)).toMatchObject({ model: 'kling-3.0-omni', audio: true, resolution: '1080P', aspectRatio: '9:16' });
  });

  it('an uploaded input_reference file is stored and becomes the first frame', async () => {
    const file = await toFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 'face.png', { type: 'image/png' });
    const video = await client.videos.create(params({ model: 'kling-2.5', prompt: 'she smiles', input_reference: file }));
    expect(video.model).toBe('kling-2.5-720p-mute');
    expect(submitted.at(-1)?.firstFrame).toMatch(/^https:\/\/files\.example\.com\/files\/[0-9a-f-]{36}$/);
    expect(submitted.at(-1)?.generation).toBe('image_to_video');
  });

  it('an { image_url } reference and file_infos entries (arrays of objects) survive the form encoding', async () => {
    const video = await client.videos.create(params({
      model: 'kling-3.0-omni',
      prompt: 'the same cat, walking',
      input_reference: { image_url: 'https://example.com/cat.png' },
      metadata: {
        file_infos: [
          { type: 'Url', category: 'Image', url: 'https://example.com/ref1.png', usage: 'Reference' },
          { type: 'Url', category: 'Image', url: 'https://example.com/ref2.png', usage: 'Reference' },
        ],
      },
    }));
    expect(video.model).toBe('kling-3.0-omni-720p-ref-mute');
    expect(submitted.at(-1)?.firstFrame).toBe('https://example.com/cat.png');
    expect(submitted.at(-1)?.files).toHaveLength(2);
  });

  it('a refused request arrives as the SDK BadRequestError with code and param', async () => {
    const error = await client.videos
      .create(params({ model: 'kling-2.5', prompt: 'x', seconds: '7', input_reference: { image_url: 'data:image/png;base64,AAAA' } }))
      .then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    const bad = error as BadRequestError;
    expect(bad.status).toBe(400);
    expect(bad.code).toBe('unsupported_duration');
    expect(bad.param).toBe('seconds');
    expect(bad.message).toMatch(/and 1 more issue/);
    expect((bad.error as { issues: { code: string; path: string }[] }).issues.map((i) => `${i.code}@${i.path}`)).toEqual([
      'unsupported_duration@seconds', 'unsupported_url_scheme@input_reference.image_url',
    ]);
  });

  it('videos.retrieve gives the video object: in progress, then completed with its URL; unknown ids are 404', async () => {
    const created = await client.videos.create(params({ model: 'kling-2.5', prompt: 'a kite' }));
    const pending = await client.videos.retrieve(created.id);
    expect(pending).toMatchObject({ id: created.id, status: 'in_progress', progress: 42, model: 'kling-2.5-720p-mute', completed_at: null });
    const done = await client.videos.retrieve(firstId); // the upstream reports task_1 (the first test's) as done
    expect(done).toMatchObject({ id: firstId, task_id: 'task_1', status: 'completed', progress: 100 });
    expect((done as { video_url?: string }).video_url).toBe('https://cdn.example.com/out/1.mp4');
    const missing = await client.videos.retrieve('video_nope').then(() => undefined, (e: unknown) => e);
    expect((missing as { status?: number }).status).toBe(404);
  });
});
