// R67, R78: the example gateway on the loopback address, driven by the official `openai` package, forwarding to a
// stand-in Tencent Cloud VOD (also on 127.0.0.1) through the official `tencentcloud-sdk-nodejs-vod` client. Nothing
// leaves the loopback address: stored uploads get URLs that are never fetched, and the SDK gets its own agent so
// that no proxy setting reroutes it. Every server is closed at the end.
import { readFileSync } from 'node:fs';
import { Agent, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import OpenAI, { BadRequestError, InternalServerError, NotFoundError, toFile } from 'openai';
import type { VideoCreateParams } from 'openai/resources/videos';
import { vod } from 'tencentcloud-sdk-nodejs-vod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BoundedMap } from '../examples/gateway/bounded.js';
import { createGateway, type Ledger } from '../examples/gateway/gateway.js';
import { listen } from '../examples/gateway/node.js';
import type { PriceTable, Quote, Settlement } from '../src/index.js';
import { startVod, type StandIn } from './support/vod-stand-in.js';

const prices = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'prices.example.json'), 'utf8')) as PriceTable;
const held = new Map<string, Quote>();
const settled = new Map<string, Settlement>();
const ledger: Ledger = {
  async hold(id, quote) {
    held.set(id, quote);
  },
  async settle(id, settlement) {
    settled.set(id, settlement);
  },
};

let standIn: StandIn;
let server: Server;
let port = 0;
let client: OpenAI;
const agent = new Agent({ keepAlive: false });

beforeAll(async () => {
  standIn = await startVod();
  const vodClient = new vod.v20180717.Client({
    credential: { secretId: 'test-id', secretKey: 'test-key' },
    region: 'ap-guangzhou',
    profile: { httpProfile: { protocol: 'http://', endpoint: `127.0.0.1:${standIn.port}`, agent, reqTimeout: 5 } },
  });
  const handler = createGateway({
    vod: vodClient,
    subAppId: 1500000001,
    prices,
    ledger,
    filesBaseUrl: 'https://files.example.com',
    limits: { files: 2 },
  });
  server = await listen(handler, { port: 0, host: '127.0.0.1', maxBodyBytes: 64 * 1024 });
  port = (server.address() as AddressInfo).port;
  client = new OpenAI({ apiKey: 'test-key', baseURL: `http://127.0.0.1:${port}/v1`, maxRetries: 0, timeout: 5_000 });
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await standIn.close();
  agent.destroy();
});

/** The SDK types `model`, `seconds` and `size` for Sora and has no `metadata`; the body passes through as given. */
const params = (body: Record<string, unknown>) => body as unknown as VideoCreateParams;
const lastCreated = () => standIn.created.at(-1) as Record<string, unknown>;

describe('the example gateway with the openai SDK and the VOD SDK (R67, R78, R83)', () => {
  it("a task's whole life: created and held, polled through queued and in progress, completed with its URL and settled", async () => {
    const video = await client.videos.create(
      params({
        model: 'Kling-3.0-Omni',
        prompt: 'a paper boat on a rainy street',
        seconds: '10',
        size: '720x1280',
        metadata: { output_config: { resolution: '1080P', audio_generation: 'Enabled' }, audio: true },
      }),
    );
    expect(video).toMatchObject({
      object: 'video',
      status: 'queued',
      model: 'kling-3.0-omni-1080p-noref-audio',
      seconds: '10',
      size: '1080x1920',
      progress: 0,
      error: null,
    });
    // What was billed is what VOD was asked for (R76), through the SDK, with the gateway's SubAppId and SessionId.
    expect(lastCreated()).toEqual({
      SubAppId: 1500000001,
      ModelName: 'Kling',
      ModelVersion: '3.0-Omni',
      Prompt: 'a paper boat on a rainy street',
      OutputConfig: { Duration: 10, Resolution: '1080P', AspectRatio: '9:16', AudioGeneration: 'Enabled' },
      SessionId: video.id,
    });
    expect(held.get(video.id)).toMatchObject({ tier: 'kling-3.0-omni-1080p-noref-audio', billableSeconds: 10 });
    const perSecond = (prices.tiers['kling-3.0-omni-1080p-noref-audio'] as { perSecond: string }).perSecond;

    expect(await client.videos.retrieve(video.id)).toMatchObject({
      status: 'queued',
      progress: 0,
      task_id: '1500000001-AigcVideo-1',
    });
    expect(await client.videos.retrieve(video.id)).toMatchObject({ status: 'in_progress', progress: 40 });
    expect(settled.has(video.id)).toBe(false);
    const done = await client.videos.retrieve(video.id);
    expect(done).toMatchObject({ status: 'completed', progress: 100, size: '1280x720', completed_at: 1796688060 });
    expect((done as { video_url?: string }).video_url).toBe('https://vod.example.com/1500000001-AigcVideo-1.mp4');
    // VOD produced 10.042 s: billed 10 s, the hold exactly (R79).
    // The sample table prices this tier at 1.05 per second: 10 s held 10.50, and 10 s settle it exactly.
    expect(perSecond).toBe('1.05');
    expect(held.get(video.id)?.amount).toBe('10.50');
    expect(settled.get(video.id)).toEqual({
      tier: 'kling-3.0-omni-1080p-noref-audio',
      currency: 'CNY',
      final: true,
      billedSeconds: 10,
      amount: '10.50',
      delta: '0.00',
    });
    const content = await fetch(`http://127.0.0.1:${port}/v1/videos/${video.id}/content`, { redirect: 'manual' });
    expect(content.status).toBe(302);
    expect(content.headers.get('location')).toBe('https://vod.example.com/1500000001-AigcVideo-1.mp4');
  });

  it('a task VOD fails (FINISH with an ErrCode) surfaces as failed with the mapped code, and the hold is refunded', async () => {
    const video = await client.videos.create(params({ model: 'kling-2.5', prompt: 'please fail this one' }));
    for (let i = 0; i < 2; i++) await client.videos.retrieve(video.id);
    const failed = await client.videos.retrieve(video.id);
    expect(failed).toMatchObject({
      status: 'failed',
      progress: 100,
      error: { code: 'content_policy_violation', message: 'the prompt violates the content policy' },
    });
    // The sample table prices kling-2.5-720p-mute at 0.35 per second: 5 s held 1.75, all returned.
    expect(held.get(video.id)?.amount).toBe('1.75');
    expect(settled.get(video.id)).toEqual({
      tier: 'kling-2.5-720p-mute',
      currency: 'CNY',
      final: true,
      billedSeconds: 0,
      amount: '0.00',
      delta: '-1.75',
    });
  });

  it("an uploaded input_reference file is stored and reaches VOD as a FirstFrame entry at the gateway's URL", async () => {
    const file = await toFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 'face.png', { type: 'image/png' });
    const video = await client.videos.create(
      params({ model: 'kling-2.5', prompt: 'she smiles', input_reference: file }),
    );
    expect(video.model).toBe('kling-2.5-720p-mute');
    const entry = (lastCreated().FileInfos as Record<string, unknown>[])[0];
    expect(entry).toMatchObject({ Type: 'Url', Category: 'Image', Usage: 'FirstFrame' });
    expect(entry?.Url).toMatch(/^https:\/\/files\.example\.com\/files\/[0-9a-f-]{36}$/);
    const stored = await fetch(`http://127.0.0.1:${port}/files/${String(entry?.Url).split('/').pop()}`);
    expect(stored.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await stored.arrayBuffer())).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  });

  it('an { image_url } reference and file_infos entries survive the form encoding and reach VOD with their usages', async () => {
    const video = await client.videos.create(
      params({
        model: 'kling-3.0-omni',
        prompt: 'the same cat, walking',
        input_reference: { image_url: 'https://example.com/cat.png' },
        metadata: {
          file_infos: [
            { type: 'Url', category: 'Image', url: 'https://example.com/ref1.png' },
            { type: 'Url', category: 'Image', url: 'https://example.com/ref2.png', usage: 'Reference' },
          ],
        },
      }),
    );
    expect(video.model).toBe('kling-3.0-omni-720p-ref-mute');
    expect(lastCreated().FileInfos).toEqual([
      { Type: 'Url', Category: 'Image', Url: 'https://example.com/cat.png', Usage: 'FirstFrame' },
      { Type: 'Url', Category: 'Image', Url: 'https://example.com/ref1.png', Usage: 'Reference' },
      { Type: 'Url', Category: 'Image', Url: 'https://example.com/ref2.png', Usage: 'Reference' },
    ]);
  });

  it("a refused request arrives as the SDK's BadRequestError with code and param, and VOD is not called", async () => {
    const before = standIn.created.length;
    const error = await client.videos
      .create(
        params({
          model: 'kling-2.5',
          prompt: 'x',
          seconds: '7',
          input_reference: { image_url: 'data:image/png;base64,AAAA' },
        }),
      )
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(BadRequestError);
    const bad = error as BadRequestError;
    expect([bad.status, bad.code, bad.param]).toEqual([400, 'unsupported_duration', 'seconds']);
    expect(bad.message).toMatch(/and 1 more issue/);
    expect(standIn.created.length).toBe(before);
  });

  it("a model VOD has no version for is the operator's 500, with no details", async () => {
    const error = await client.videos.create(params({ model: 'kling-1.0', prompt: 'x' })).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).code).toBe('no_upstream_model');
  });

  it('videos.list pages through every video once, newest first; delete forgets one; unknown ids are NotFoundError', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++)
      ids.push((await client.videos.create(params({ model: 'kling-2.6', prompt: `page ${i}` }))).id);
    const seen: string[] = [];
    for await (const video of client.videos.list({ limit: 2 })) seen.push(video.id);
    // Every video once: the gateway keeps a task for each one VOD accepted, whose SessionId is the video's id.
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(standIn.created.map((body) => body.SessionId as string).sort());
    expect(seen.slice(0, 3)).toEqual([...ids].reverse());
    const deleted = await client.videos.delete(ids[0] as string);
    expect(deleted).toEqual({ id: ids[0], object: 'video.deleted', deleted: true });
    const missing = await client.videos.retrieve(ids[0] as string).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(missing).toBeInstanceOf(NotFoundError);
    expect([(missing as NotFoundError).code, (missing as NotFoundError).param]).toEqual(['video_not_found', 'id']);
    const again = await client.videos.delete(ids[0] as string).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(again).toBeInstanceOf(NotFoundError);
  });
});

/** A raw HTTP request to the gateway, for what the SDKs never send. */
function raw(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: Buffer | string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers, agent: false, timeout: 5_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.end(body);
  });
}

describe('the example gateway refuses cleanly and keeps bounded memory (issue 20)', () => {
  it('TRACE is a 405 and the server keeps serving', async () => {
    expect((await raw('TRACE', '/v1/videos', {})).status).toBe(405);
    expect((await raw('GET', '/v1/videos', {})).status).toBe(200);
  });

  it('a malformed multipart body is a 400 invalid_form, not a 500', async () => {
    const r = await raw(
      'POST',
      '/v1/videos',
      { 'content-type': 'multipart/form-data; boundary=xyz' },
      '--xyz\r\nbroken',
    );
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).error.code).toBe('invalid_form');
  });

  it('a body over the limit is a 413, by its Content-Length or as it streams', async () => {
    const big = Buffer.alloc(65 * 1024, 'a');
    const declared = await raw(
      'POST',
      '/v1/videos',
      { 'content-type': 'application/json', 'content-length': String(big.length) },
      big,
    );
    expect(declared.status).toBe(413);
    const chunked = await raw(
      'POST',
      '/v1/videos',
      { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      big,
    );
    expect(chunked.status).toBe(413);
  });

  it('uploads are evicted past their bounds (count, bytes, time)', () => {
    let now = 0;
    const files = new BoundedMap<string, Blob>(
      { maxEntries: 2, maxBytes: 10, ttlMs: 100 },
      (f) => f.size,
      () => now,
    );
    expect(files.set('a', new Blob(['1234']))).toBe(true);
    expect(files.set('b', new Blob(['1234']))).toBe(true);
    expect(files.set('c', new Blob(['1234']))).toBe(true);
    expect([files.get('a'), files.size, files.bytes]).toEqual([undefined, 2, 8]);
    expect(files.set('d', new Blob(['12345678']))).toBe(true);
    expect([files.get('b'), files.get('c'), files.size]).toEqual([undefined, undefined, 1]);
    expect(files.set('huge', new Blob(['12345678901']))).toBe(false);
    now = 101;
    expect(files.get('d')).toBeUndefined();
  });
});
