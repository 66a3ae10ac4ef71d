// The OpenAI wire: error bodies (R64) and video objects (R65), checked against the document's responses (R50).
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeRequest, type Notice, type TaskSpec, toErrorResponse, toVideoObject } from '../src/index.js';

const notice = (code: string, path = '', message = `${code} happened`): Notice => ({ code, path, message, params: {} });
const specOf = (raw: unknown): TaskSpec => {
  const r = normalizeRequest(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.spec;
};

describe('R64: toErrorResponse', () => {
  it('the first issue gives code, param and message; every issue is listed', () => {
    const result = normalizeRequest({ model: 'kling-25', seconds: 'five', prompt: 'x' });
    const { status, body } = toErrorResponse(result);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ type: 'invalid_request_error', code: 'unknown_model', param: 'model' });
    expect(body.error.message).toMatch(/did you mean kling-2.5\? \(and 1 more issue\)$/);
    expect(body.error.issues?.map((i) => i.code)).toEqual(['unknown_model', 'invalid_duration']);
    expect(body.error.issues?.[1]).toEqual({ ...(result.ok ? {} : result.issues[1]) });
  });

  it('"(and N more issues)" counts the rest; a root path is param null', () => {
    const r = toErrorResponse([
      notice('invalid_type', ''),
      notice('invalid_url', 'image'),
      notice('invalid_url', 'images.0'),
    ]);
    expect(r.body.error.param).toBeNull();
    expect(r.body.error.message).toBe('invalid_type happened (and 2 more issues)');
  });

  it.each([
    [[notice('body_too_large')], 413],
    [[notice('unsupported_content_type')], 415],
    [[notice('invalid_url', 'image'), notice('body_too_large')], 413],
    [[notice('invalid_form')], 400],
  ])('status by code (%#)', (issues, status) => {
    expect(toErrorResponse(issues).status).toBe(status);
    expect(toErrorResponse(issues).body.error.type).toBe('invalid_request_error');
  });

  it('an accepted result or an empty list is the caller mistake: 500 server_error invalid_value', () => {
    for (const input of [normalizeRequest({ model: 'kling-2.5', prompt: 'x' }), [], { ok: false, issues: [] }]) {
      const r = toErrorResponse(input as Notice[]);
      expect(r).toEqual({
        status: 500,
        body: { error: { message: expect.any(String), type: 'server_error', param: null, code: 'invalid_value' } },
      });
    }
  });

  it('configuration issues are the operator fault: 500, no tier or price in the message, no issues', () => {
    const r = toErrorResponse([
      notice('missing_price', 'tiers.kling-2.5-720p-mute', 'no entry for kling-2.5-720p-mute at 0.51'),
    ]);
    expect(r.status).toBe(500);
    expect(r.body.error).toMatchObject({ type: 'server_error', code: 'missing_price', param: null });
    expect(r.body.error.issues).toBeUndefined();
    expect(r.body.error.message).not.toMatch(/kling|tiers|0\.51/);
  });

  it('request issues beside billing issues: only the request issues, 400', () => {
    const r = toErrorResponse([notice('invalid_price_table', 'currency'), notice('invalid_url', 'image')]);
    expect(r.status).toBe(400);
    expect(r.body.error.issues?.map((i) => i.code)).toEqual(['invalid_url']);
    expect(r.body.error.message).toBe('invalid_url happened');
  });

  it('always a status in {400, 413, 415, 500}, whatever it is given (never throws)', () => {
    const codes = fc.constantFrom(
      'invalid_url',
      'body_too_large',
      'unsupported_content_type',
      'missing_price',
      'invalid_catalog',
      'x',
    );
    const noticeArb = fc.oneof(
      fc.record({ code: codes, path: fc.string(), message: fc.string(), params: fc.constant({}) }),
      fc.anything(),
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.array(noticeArb), fc.record({ ok: fc.boolean(), issues: fc.array(noticeArb) }), fc.anything()),
        (input) => {
          const r = toErrorResponse(input as Notice[]);
          expect([400, 413, 415, 500]).toContain(r.status);
          expect(typeof r.body.error.message).toBe('string');
          expect(typeof r.body.error.code).toBe('string');
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('R65: toVideoObject', () => {
  const spec = specOf({
    model: 'kling-2.6',
    prompt: 'a dancer',
    size: '720x1280',
    metadata: { scene_type: 'motion_control', video_url: 'https://example.com/v.mp4' },
  });

  it('a queued task: every key of the SDK Video, the tier as model, seconds as text', () => {
    expect(toVideoObject({ id: 'video_1', spec, status: 'pending', createdAt: 1_700_000_000 })).toEqual({
      id: 'video_1',
      task_id: 'video_1',
      object: 'video',
      model: 'kling-2.5-motion-std-720p',
      status: 'queued',
      progress: 0,
      created_at: 1_700_000_000,
      completed_at: null,
      expires_at: null,
      prompt: 'a dancer',
      remixed_from_video_id: null,
      seconds: '5',
      size: '720x1280',
      error: null,
    });
  });

  it('the document responses (R50): completed with its URL, failed with its error', () => {
    const completed = JSON.parse(
      readFileSync(join(__dirname, '..', 'fixtures', 'response-18-get-completed.json'), 'utf8'),
    ) as Record<string, unknown>;
    // The response's tier is a 5-second omni task without reference or sound.
    const omni = specOf({ model: 'kling-3.0-omni', prompt: 'a city', size: '720x1280' });
    const video = toVideoObject({
      id: String(completed.id),
      taskId: String(completed.task_id),
      spec: omni,
      status: String(completed.status),
      createdAt: Number(completed.created_at),
      completedAt: Number(completed.completed_at),
      videoUrl: String(completed.video_url),
      size: String(completed.size),
      progress: 100,
    });
    for (const key of [
      'id',
      'task_id',
      'object',
      'model',
      'status',
      'progress',
      'created_at',
      'completed_at',
      'seconds',
      'size',
      'video_url',
    ]) {
      expect(video[key as keyof typeof video], key).toEqual(completed[key]);
    }
    const failed = toVideoObject({
      id: 'v',
      spec,
      status: 'FAILURE',
      createdAt: 1,
      videoUrl: 'https://x.example.com/v.mp4',
    });
    expect(failed).toMatchObject({
      status: 'failed',
      progress: 100,
      error: { code: 'task_failed', message: expect.any(String) },
    });
    expect(failed.video_url).toBeUndefined();
    expect(
      toVideoObject({
        id: 'v',
        spec,
        status: 'failed',
        createdAt: 1,
        error: { code: 'upstream_timeout', message: 'took too long' },
      }).error,
    ).toEqual({
      code: 'upstream_timeout',
      message: 'took too long',
    });
  });

  it('progress is clamped to 0-100 and rounded half up; absent it is 100 when done, else 0', () => {
    const p = (progress: number | undefined, status = 'running') =>
      toVideoObject({ id: 'v', spec, status, createdAt: 1, progress }).progress;
    expect([p(-5), p(150), p(49.5), p(Number.NaN), p(undefined), p(undefined, 'succeeded')]).toEqual([
      0, 100, 50, 0, 0, 100,
    ]);
  });

  it('an unknown status spelling is in_progress (the gateway cannot tell that it ended)', () => {
    expect(toVideoObject({ id: 'v', spec, status: 'mystery', createdAt: 1 }).status).toBe('in_progress');
  });

  it('size: given, else sizeOf(spec), else the resolution', () => {
    const noAspect = specOf({ model: 'kling-2.5', image: 'https://example.com/a.png' });
    expect(noAspect.aspectRatio).toBeUndefined();
    expect(toVideoObject({ id: 'v', spec: noAspect, status: 'queued', createdAt: 1 }).size).toBe('720P');
    expect(toVideoObject({ id: 'v', spec: noAspect, status: 'completed', createdAt: 1, size: '1280x720' }).size).toBe(
      '1280x720',
    );
    expect(toVideoObject({ id: 'v', spec: noAspect, status: 'queued', createdAt: 1, size: '' }).size).toBe('720P');
  });

  it('warnings only when given and non-empty; taskId only when a non-empty string; null times stay null', () => {
    const w = [{ code: 'unknown_field', path: 'foo', message: 'unknown field `foo` was ignored', params: {} }];
    expect(toVideoObject({ id: 'v', spec, status: 'queued', createdAt: 1, warnings: w }).warnings).toEqual(w);
    expect('warnings' in toVideoObject({ id: 'v', spec, status: 'queued', createdAt: 1, warnings: [] })).toBe(false);
    const o = toVideoObject({
      id: 'v',
      spec,
      status: 'queued',
      createdAt: 1,
      taskId: '',
      completedAt: null,
      expiresAt: 99,
    });
    expect(o).toMatchObject({ task_id: 'v', completed_at: null, expires_at: 99 });
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (task) => {
        const o = toVideoObject(task as never);
        expect(o.object).toBe('video');
        expect(['queued', 'in_progress', 'completed', 'failed']).toContain(o.status);
      }),
      { numRuns: 300 },
    );
  });
});

describe('R50: the wire at its edges', () => {
  const n = (code: string, path = 'x'): Notice => ({ code, path, message: `${code}!`, params: {} });
  it("each configuration code is the operator's fault, with the one message that says so", () => {
    for (const code of ['missing_price', 'invalid_price_table', 'invalid_task', 'invalid_catalog']) {
      expect(toErrorResponse([n(code)])).toEqual({
        status: 500,
        body: {
          error: {
            message:
              'the service cannot price or run this request because of its own configuration; the request itself may be fine, try again later or contact the operator',
            type: 'server_error',
            param: null,
            code,
          },
        },
      });
    }
    expect(toErrorResponse([])).toEqual({
      status: 500,
      body: {
        error: {
          message: 'the gateway reported an error without saying what it was',
          type: 'server_error',
          param: null,
          code: 'invalid_value',
        },
      },
    });
    expect(toErrorResponse({ ok: false, issues: 'x' } as never).status).toBe(500);
    expect(toErrorResponse({ ok: true, issues: [n('invalid_type')] } as never).status).toBe(500);
  });

  it('415 when any request issue is an unsupported Content-Type, 413 before it; malformed notices get defaults', () => {
    expect(toErrorResponse([n('invalid_type'), n('unsupported_content_type', '')]).status).toBe(415);
    expect(toErrorResponse([n('unsupported_content_type', ''), n('body_too_large', '')]).status).toBe(413);
    expect(toErrorResponse([{ code: 5, path: 6, message: 7, params: 8 } as never]).body.error).toEqual({
      message: '',
      type: 'invalid_request_error',
      param: null,
      code: 'invalid_value',
      issues: [{ code: 'invalid_value', path: '', message: '', params: {} }],
    });
  });

  it('toVideoObject reads only well-typed values: other ids, tiers, prompts, seconds and times are their defaults', () => {
    const v = toVideoObject({
      id: 5,
      status: 'failed',
      createdAt: Number.NaN,
      completedAt: Number.NaN,
      expiresAt: Number.POSITIVE_INFINITY,
      error: { code: 'x', message: 5 },
      spec: { tier: 5, prompt: 5, seconds: Number.NaN, resolution: '720P' },
    } as never);
    expect(v).toMatchObject({
      id: '',
      task_id: '',
      model: '',
      prompt: null,
      seconds: '',
      size: '720P',
      created_at: 0,
      completed_at: null,
      expires_at: null,
      progress: 100,
    });
    expect(v.error).toEqual({ code: 'task_failed', message: 'the video could not be generated' });
    const w = toVideoObject({ id: 'v1', status: 'queued', createdAt: 1, spec: {} } as never);
    expect([w.size, w.model, w.seconds, w.error]).toEqual(['', '', '', null]);
  });
});
