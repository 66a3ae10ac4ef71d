// The upstream (R75-R77) and settlement (R79): the request VOD is asked for, what its answers say, and what a task
// costs in the end. Every expected value is written by hand from SPEC.md sections 22 and 23.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  catalog,
  createRules,
  normalizeRequest,
  quote,
  readVodTask,
  settle,
  toErrorResponse,
  toVodTask,
  type Quote,
  type TaskSpec,
} from '../src/index.js';
import { zhCN } from '../src/messages/zh-CN.js';

const fixture = (name: string): unknown => JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8'));
const specOf = (raw: unknown): TaskSpec => {
  const result = normalizeRequest(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.spec;
};
const vod = (raw: unknown, options?: Parameters<typeof toVodTask>[1]) => {
  const made = toVodTask(specOf(raw), options);
  if (!made.ok) throw new Error(JSON.stringify(made.issues));
  return made.request;
};
const codes = (result: { ok: boolean; issues?: { code: string; path: string }[] }) =>
  (result.issues ?? []).map((i) => `${i.code}@${i.path}`);

describe('R76: toVodTask on the document examples', () => {
  it('request-05: reference images are Reference entries; the duration and sound are written', () => {
    expect(vod(fixture('request-05-omni-reference-images.json'))).toEqual({
      ModelName: 'Kling',
      ModelVersion: '3.0-Omni',
      FileInfos: [
        { Type: 'Url', Category: 'Image', Url: 'https://example.com/role.png', Usage: 'Reference' },
        { Type: 'Url', Category: 'Image', Url: 'https://example.com/scene.png', Usage: 'Reference' },
      ],
      Prompt: '图1是角色,图2是场景,镜头从远到近',
      OutputConfig: { Duration: 15, Resolution: '1080P', AspectRatio: '9:16', AudioGeneration: 'Enabled' },
    });
  });

  it('request-07: the first frame is a FirstFrame entry, the last frame LastFrameUrl', () => {
    expect(vod(fixture('request-07-first-last-frame-3.0.json'))).toEqual({
      ModelName: 'Kling',
      ModelVersion: '3.0',
      FileInfos: [{ Type: 'Url', Category: 'Image', Url: 'https://example.com/first.png', Usage: 'FirstFrame' }],
      LastFrameUrl: 'https://example.com/last.png',
      Prompt: '从第一帧平滑过渡到最后一帧',
      OutputConfig: { Duration: 8, Resolution: '1080P', AspectRatio: '16:9', AudioGeneration: 'Enabled' },
    });
  });

  it('request-09: kling-2.6 motion control pro runs on 2.6; the motion level has no VOD parameter', () => {
    expect(vod(fixture('request-09-motion-control-pro.json'))).toEqual({
      ModelName: 'Kling',
      ModelVersion: '2.6',
      FileInfos: [{ Type: 'Url', Category: 'Video', Url: 'https://example.com/dance-ref.mp4', Usage: 'Reference' }],
      Prompt: '舞者复刻参考视频中的高难度动作',
      OutputConfig: { Duration: 10, Resolution: '1080P', AspectRatio: '16:9', AudioGeneration: 'Disabled' },
      SceneType: 'motion_control',
    });
  });

  it('request-12: a file_infos entry without usage is billed as a reference, so VOD is told Reference (R40)', () => {
    expect(vod(fixture('request-12-omni-file-infos-video.json')).FileInfos).toEqual([
      {
        Type: 'Url',
        Category: 'Video',
        Url: 'https://example.com/ref-video.mp4',
        Usage: 'Reference',
        ReferenceType: 'feature',
      },
    ]);
  });

  it("keys in R76's order, with SubAppId first and SessionId before ExtInfo", () => {
    const request = vod(
      {
        model: 'kling-3.0',
        prompt: 'p',
        image: 'https://example.com/a.png',
        metadata: {
          ext_info: '{}',
          last_frame_file_id: 'lf',
          output_config: { storage_mode: 'Temporary', class_id: 3 },
        },
      },
      { subAppId: 1500000001, sessionId: 'video_1' },
    );
    expect(Object.keys(request)).toEqual([
      'SubAppId',
      'ModelName',
      'ModelVersion',
      'FileInfos',
      'LastFrameFileId',
      'Prompt',
      'OutputConfig',
      'SessionId',
      'ExtInfo',
    ]);
    expect(Object.keys(request.OutputConfig)).toEqual([
      'Duration',
      'Resolution',
      'AudioGeneration',
      'StorageMode',
      'ClassId',
    ]);
    expect(request).toMatchObject({ SubAppId: 1500000001, SessionId: 'video_1', ExtInfo: '{}', LastFrameFileId: 'lf' });
  });

  it('a first frame by file id and a LastFrame entry keep their usages; a File entry carries FileId', () => {
    const request = vod({
      model: 'kling-3.0',
      prompt: 'p',
      input_reference: { file_id: 'ff' },
      metadata: {
        file_infos: [{ type: 'Url', category: 'Image', url: 'https://example.com/z.png', usage: 'LastFrame' }],
      },
    });
    expect(request.FileInfos).toEqual([
      { Type: 'Url', Category: 'Image', Url: 'https://example.com/z.png', Usage: 'LastFrame' },
      { Type: 'File', Category: 'Image', FileId: 'ff', Usage: 'FirstFrame' },
    ]);
  });
});

describe('R75: the model version follows the alias, the scene and the sound', () => {
  it.each([
    ['kling-2.5 silent', { model: 'kling-2.5', prompt: 'p' }, '2.5'],
    ['kling-2.5 with sound runs on 2.6', { model: 'kling-2.5', prompt: 'p', metadata: { audio: true } }, '2.6'],
    [
      'kling-2.5 motion control runs on 2.6',
      { model: 'kling-2.5', metadata: { scene_type: 'motion_control', video_url: 'https://example.com/v.mp4' } },
      '2.6',
    ],
    [
      'kling-2.5 lip sync',
      { model: 'kling-2.5', image: 'https://example.com/a.png', metadata: { scene_type: 'lip_sync' } },
      '2.5',
    ],
    ['kling-o1', { model: 'kling-o1', prompt: 'p' }, 'O1'],
    ["a tier as the model asks for its family's alias", { model: 'kling-2.5-1080p-audio', prompt: 'p' }, '2.6'],
  ])('%s -> %s', (_, raw, version) => {
    expect(vod(raw).ModelVersion).toBe(version);
  });

  it.each([
    ['kling-1.0', { model: 'kling-1.0', prompt: 'p' }, 'standard'],
    ['kling-identify-face', { model: 'kling-identify-face', image: 'https://example.com/a.png' }, 'lip_sync'],
    ['kling-avatar-720p', { model: 'kling-avatar-720p', image: 'https://example.com/a.png' }, 'avatar_i2v'],
  ])("%s has no VOD version: no_upstream_model at model, the operator's 500", (_, raw, scene) => {
    const made = toVodTask(specOf(raw));
    expect(codes(made)).toEqual(['no_upstream_model@model']);
    expect(!made.ok && made.issues[0].params).toEqual({ model: raw.model, scene });
    const response = toErrorResponse(made.ok ? [] : made.issues);
    expect(response.status).toBe(500);
    expect(response.body.error).toMatchObject({ type: 'server_error', code: 'no_upstream_model', param: null });
    expect(response.body.error.message).not.toContain(raw.model);
  });

  it('an operator who runs kling-1.0 somewhere names its version in the catalog (createRules)', () => {
    const c = JSON.parse(JSON.stringify(catalog));
    c.models[0].upstream = { version: '1.6' };
    const made = createRules(c);
    if (!made.ok) throw new Error('catalog');
    const result = made.rules.normalizeRequest({ model: 'kling-1.0', prompt: 'p' });
    const task = result.ok ? made.rules.toVodTask(result.spec) : undefined;
    expect(task?.ok && task.request.ModelVersion).toBe('1.6');
  });
});

describe('R76: a spec that is not one is invalid_task at the offending path', () => {
  const spec = specOf({ model: 'kling-2.5', prompt: 'p', images: ['https://example.com/a.png'] });
  it.each([
    [null, ['invalid_task@']],
    ['spec', ['invalid_task@']],
    [{ ...spec, seconds: 5.5 }, ['invalid_task@seconds']],
    [{ ...spec, resolution: '4K' }, ['invalid_task@resolution']],
    [{ ...spec, audio: 'yes' }, ['invalid_task@audio']],
    [{ ...spec, scene: 'party' }, ['invalid_task@scene']],
    [{ ...spec, images: 'x' }, ['invalid_task@images']],
    [{ ...spec, images: [5] }, ['invalid_task@images.0']],
    [{ ...spec, files: [{ type: 'Url', category: 'Image' }] }, ['invalid_task@files.0']],
    [{ ...spec, lastFrame: {} }, ['invalid_task@lastFrame']],
    [{ ...spec, output: { classId: -1 } }, ['invalid_task@output.classId']],
    [{ ...spec, model: 5, tier: null }, ['invalid_task@model', 'invalid_task@tier']],
  ])('%j', (value, expected) => {
    expect(codes(toVodTask(value as never))).toEqual(expected);
  });

  it.each([
    [{ subAppId: 0 }, 'subAppId'],
    [{ subAppId: 1.5 }, 'subAppId'],
    [{ sessionId: '' }, 'sessionId'],
    [{ sessionId: 'x'.repeat(51) }, 'sessionId'],
  ])('options %j -> invalid_task at %s', (options, path) => {
    expect(codes(toVodTask(spec, options as never))).toEqual([`invalid_task@${path}`]);
  });

  it('the spec is not mutated, and the request shares nothing with it', () => {
    const copy = JSON.parse(JSON.stringify(spec));
    const made = toVodTask(spec);
    expect(spec).toEqual(copy);
    if (made.ok) made.request.FileInfos?.push({ Type: 'Url', Category: 'Image', Url: 'x', Usage: 'Reference' });
    expect(spec.images).toEqual(['https://example.com/a.png']);
  });
});

// VOD's answers, written as its API documents them (DescribeTaskDetail, 2018-07-17).
const TASK_ID = '1500000001-AigcVideo-abc';
const output = (extra: Record<string, unknown> = {}) => ({
  FileInfos: [
    {
      StorageMode: 'Permanent',
      FileType: 'mp4',
      FileUrl: 'https://vod.example.com/out.mp4',
      FileId: '5285890',
      MetaData: { Width: 1280, Height: 720, Duration: 5.042 },
      ExpireTime: '',
      ...extra,
    },
  ],
  Usage: { OutputSeconds: 5.042, InputSeconds: 0 },
});
const detail = (status: string, task: Record<string, unknown>) => ({
  TaskType: 'AigcVideoTask',
  Status: status,
  CreateTime: '2026-12-01T08:00:00+08:00',
  FinishTime: status === 'FINISH' ? '2026-12-01T08:01:30+08:00' : '',
  AigcVideoTask: {
    TaskId: TASK_ID,
    Status: status === 'FINISH' ? 'FINISH' : 'PROCESSING',
    ErrCode: 0,
    Message: '',
    Progress: 0,
    ...task,
  },
  RequestId: 'req-1',
});

describe('R77: readVodTask', () => {
  it('a finished task: completed, with the URL, file id, size and seconds VOD reports', () => {
    expect(readVodTask(detail('FINISH', { Progress: 100, Output: output() }))).toEqual({
      ok: true,
      task: {
        taskId: TASK_ID,
        status: 'completed',
        progress: 100,
        createdAt: 1796083200,
        completedAt: 1796083290,
        videoUrl: 'https://vod.example.com/out.mp4',
        fileId: '5285890',
        size: '1280x720',
        outputSeconds: 5.042,
        inputSeconds: 0,
      },
    });
  });

  it("FINISH with a non-zero ErrCode is failed, mapped by ErrCodeExt, with VOD's message and its own values", () => {
    const read = readVodTask(
      detail('FINISH', {
        ErrCode: 70000,
        ErrCodeExt: 'InvalidParameter.VoilationContent',
        Message: 'prompt violates policy',
      }),
    );
    expect(read).toEqual({
      ok: true,
      task: {
        taskId: TASK_ID,
        status: 'failed',
        progress: 0,
        createdAt: 1796083200,
        completedAt: 1796083290,
        error: { code: 'content_policy_violation', message: 'prompt violates policy' },
        upstreamError: {
          errCode: 70000,
          errCodeExt: 'InvalidParameter.VoilationContent',
          message: 'prompt violates policy',
        },
      },
    });
  });

  it.each([
    ['ContentModerationFailed', 'content_policy_violation'],
    ['InvalidParameter', 'invalid_input'],
    ['InvalidParameterValue', 'invalid_input'],
    ['InvalidParameter.MediaFormat', 'invalid_input'],
    ['ResourceNotFound', 'input_not_found'],
    ['RequestLimitExceeded', 'upstream_busy'],
    ['FailedOperation', 'upstream_busy'],
    ['ResourceInsufficient', 'upstream_busy'],
    ['TaskTimeout', 'timeout'],
    ['OperationCanceled', 'cancelled'],
    ['InternalError', 'generation_failed'],
    [undefined, 'generation_failed'],
  ])('ErrCodeExt %s -> %s', (ext, code) => {
    const read = readVodTask(detail('FINISH', { ErrCode: 1, ...(ext === undefined ? {} : { ErrCodeExt: ext }) }));
    expect(read.ok && read.task.error?.code).toBe(code);
  });

  it("without VOD's message, the code's message from the table or in English", () => {
    const read = readVodTask(detail('FINISH', { ErrCode: 1, ErrCodeExt: 'TaskTimeout' }));
    expect(read.ok && read.task.error).toEqual({ code: 'timeout', message: 'the task took too long and was stopped' });
    const zh = readVodTask(detail('FINISH', { ErrCode: 1, ErrCodeExt: 'TaskTimeout' }), { messages: zhCN });
    expect(zh.ok && zh.task.error).toEqual({ code: 'timeout', message: '任务耗时过长，已被终止' });
  });

  it('FINISH without an error and without output is failed: no_output; ABORTED is cancelled', () => {
    const none = readVodTask(detail('FINISH', {}));
    expect(none.ok && none.task).toMatchObject({
      status: 'failed',
      error: { code: 'no_output' },
      upstreamError: { errCode: 0 },
    });
    const aborted = readVodTask(detail('ABORTED', { Message: 'stopped by operator' }));
    expect(aborted.ok && aborted.task).toMatchObject({
      status: 'failed',
      error: { code: 'cancelled', message: 'stopped by operator' },
    });
  });

  it("WAITING is queued, PROCESSING in progress (any case); the response's own Status decides", () => {
    const waiting = readVodTask({ ...detail('WAITING', {}), Status: 'waiting' });
    expect(waiting.ok && waiting.task).toEqual({
      taskId: TASK_ID,
      status: 'queued',
      progress: 0,
      createdAt: 1796083200,
    });
    const running = readVodTask({
      TaskType: 'AigcVideoTask',
      AigcVideoTask: { TaskId: TASK_ID, Status: 'PROCESSING', Progress: 42 },
    });
    expect(running.ok && running.task).toEqual({ taskId: TASK_ID, status: 'in_progress', progress: 42 });
  });

  it("the API's envelope, the completion event and a bare task read alike", () => {
    const task = { TaskId: TASK_ID, Status: 'FINISH', ErrCode: 0, Output: output() };
    const expected = {
      taskId: TASK_ID,
      status: 'completed',
      videoUrl: 'https://vod.example.com/out.mp4',
      fileId: '5285890',
      size: '1280x720',
      outputSeconds: 5.042,
      inputSeconds: 0,
    };
    expect(readVodTask({ Response: { TaskType: 'AigcVideoTask', AigcVideoTask: task, RequestId: 'r' } })).toEqual({
      ok: true,
      task: expected,
    });
    expect(readVodTask({ EventType: 'AigcVideoTaskComplete', AigcVideoCompleteEvent: task })).toEqual({
      ok: true,
      task: expected,
    });
    expect(readVodTask(task)).toEqual({ ok: true, task: expected });
  });

  it("temporary output expires 7 days after completion; an ExpireTime wins; OutputSeconds falls back to the file's Duration", () => {
    const temporary = readVodTask(
      detail('FINISH', {
        Output: { FileInfos: [{ StorageMode: 'Temporary', FileUrl: 'https://t.example.com/o.mp4' }] },
      }),
    );
    expect(temporary.ok && temporary.task).toMatchObject({ expiresAt: 1796083290 + 604800 });
    expect(temporary.ok && 'outputSeconds' in temporary.task).toBe(false);
    const dated = readVodTask(
      detail('FINISH', {
        Output: {
          FileInfos: [
            {
              FileUrl: 'https://t.example.com/o.mp4',
              ExpireTime: '2026-12-08T00:00:00Z',
              MetaData: { Duration: 10.2 },
            },
          ],
        },
      }),
    );
    expect(dated.ok && dated.task).toMatchObject({ expiresAt: 1796688000, outputSeconds: 10.2 });
  });

  it.each([
    [
      { Response: { Error: { Code: 'AuthFailure.SignatureFailure', Message: 'bad signature' }, RequestId: 'r' } },
      'invalid_upstream_task@Response.Error',
      { reason: 'api_error', code: 'AuthFailure.SignatureFailure', message: 'bad signature' },
    ],
    [
      { TaskType: 'Procedure', Status: 'FINISH' },
      'invalid_upstream_task@TaskType',
      { reason: 'task_type', value: 'Procedure' },
    ],
    [{ EventType: 'FileUploaded' }, 'invalid_upstream_task@EventType', { reason: 'event_type', value: 'FileUploaded' }],
    [
      { TaskType: 'AigcVideoTask', Status: 'FINISH', AigcVideoTask: { Status: 'FINISH' } },
      'invalid_upstream_task@AigcVideoTask.TaskId',
      { reason: 'task_id' },
    ],
    [{ TaskId: TASK_ID, Status: 'PAUSED' }, 'invalid_upstream_task@Status', { reason: 'status', value: 'PAUSED' }],
    [{ TaskId: TASK_ID }, 'invalid_upstream_task@Status', { reason: 'status', value: 'undefined' }],
    ['FINISH', 'invalid_upstream_task@', { reason: 'shape' }],
  ])('%j is not guessed: %s', (answer, issue, params) => {
    const read = readVodTask(answer);
    expect(codes(read)).toEqual([issue]);
    expect(!read.ok && read.issues[0].params).toEqual(params);
  });

  it("invalid_upstream_task is the operator's side: R64 answers 500 without details", () => {
    const read = readVodTask({ TaskId: TASK_ID, Status: 'PAUSED' });
    expect(toErrorResponse(read.ok ? [] : read.issues)).toMatchObject({
      status: 500,
      body: { error: { code: 'invalid_upstream_task', type: 'server_error' } },
    });
  });
});

describe('R79: settle', () => {
  const quoted = (perSecond: string, seconds: number, perTask?: string): Quote => {
    const q = quote(
      { tier: 'kling-2.5-720p-mute', billableSeconds: seconds },
      {
        currency: 'CNY',
        tiers: { 'kling-2.5-720p-mute': perTask === undefined ? { perSecond } : { perSecond, perTask } },
      },
    );
    if (!q.ok) throw new Error('quote');
    return q.quote;
  };

  it('queued or running: nothing settled yet', () => {
    expect(settle(quoted('0.51', 5), { status: 'PROCESSING' })).toEqual({
      ok: true,
      settlement: {
        tier: 'kling-2.5-720p-mute',
        currency: 'CNY',
        final: false,
        billedSeconds: 5,
        amount: '2.55',
        delta: '0.00',
      },
    });
  });

  it('failed: the whole hold is returned', () => {
    expect(settle(quoted('0.51', 15), { status: 'failed' })).toEqual({
      ok: true,
      settlement: {
        tier: 'kling-2.5-720p-mute',
        currency: 'CNY',
        final: true,
        billedSeconds: 0,
        amount: '0.00',
        delta: '-7.65',
      },
    });
  });

  it('completed: billed on the produced seconds rounded half up; the delta is signed', () => {
    expect(settle(quoted('0.51', 5), { status: 'completed', outputSeconds: 5.042 })).toMatchObject({
      settlement: { billedSeconds: 5, amount: '2.55', delta: '0.00' },
    });
    expect(settle(quoted('0.51', 5), { status: 'completed', outputSeconds: 5.5 })).toMatchObject({
      settlement: { billedSeconds: 6, amount: '3.06', delta: '0.51' },
    });
    expect(settle(quoted('0.51', 10), { status: 'completed', outputSeconds: 4.9 })).toMatchObject({
      settlement: { billedSeconds: 5, amount: '2.55', delta: '-2.55' },
    });
    expect(settle(quoted('0.5', 5, '1.25'), { status: 'succeeded', outputSeconds: 3 })).toMatchObject({
      settlement: { billedSeconds: 3, amount: '2.75', delta: '-1.00' },
    });
  });

  it("completed without outputSeconds, or with basis quoted: the quote's seconds; a completed task bills at least 1 second", () => {
    expect(settle(quoted('0.51', 5), { status: 'completed' })).toMatchObject({
      settlement: { final: true, billedSeconds: 5, amount: '2.55', delta: '0.00' },
    });
    expect(settle(quoted('0.51', 5), { status: 'completed', outputSeconds: 9 }, { basis: 'quoted' })).toMatchObject({
      settlement: { billedSeconds: 5 },
    });
    expect(settle(quoted('0.51', 5), { status: 'completed', outputSeconds: 0.2 })).toMatchObject({
      settlement: { billedSeconds: 1, amount: '0.51' },
    });
    expect(settle(quoted('0.51', 5), { status: 'completed', outputSeconds: null })).toMatchObject({
      settlement: { billedSeconds: 5 },
    });
  });

  it("the tier's billing minimum applies to the produced seconds (R16: lip-sync bills at least 5)", () => {
    const q = quote(
      { tier: 'kling-identify-face', billableSeconds: 5 },
      { currency: 'CNY', tiers: { 'kling-identify-face': { perSecond: '0.30' } } },
    );
    if (!q.ok) throw new Error('quote');
    expect(settle(q.quote, { status: 'completed', outputSeconds: 4 })).toMatchObject({
      settlement: { billedSeconds: 5, amount: '1.50', delta: '0.00' },
    });
  });

  it.each([
    [
      { tier: 't', billableSeconds: 5, currency: 'CNY', amount: '2.55' },
      { status: 'completed' },
      undefined,
      ['invalid_task@quote'],
    ],
    [
      { tier: 't', billableSeconds: 5, currency: 'CNY', perSecond: '0.51', amount: '2,55' },
      { status: 'completed' },
      undefined,
      ['invalid_task@quote.amount'],
    ],
    [
      { tier: 't', billableSeconds: 0, currency: 'cny', perSecond: '0.51', amount: '2.55' },
      { status: 'completed' },
      undefined,
      ['invalid_task@quote.billableSeconds', 'invalid_task@quote.currency'],
    ],
    [quoted('0.51', 5), { status: 'paused' }, undefined, ['invalid_task@outcome.status']],
    [quoted('0.51', 5), { status: 'completed', outputSeconds: -1 }, undefined, ['invalid_task@outcome.outputSeconds']],
    [
      quoted('0.51', 5),
      { status: 'completed', outputSeconds: Number.NaN },
      undefined,
      ['invalid_task@outcome.outputSeconds'],
    ],
    [quoted('0.51', 5), { status: 'completed' }, { basis: 'produced' }, ['invalid_task@options.basis']],
    [null, null, undefined, ['invalid_task@quote', 'invalid_task@outcome.status']],
  ])('%j with %j is refused', (q, outcome, options, expected) => {
    expect(codes(settle(q as never, outcome as never, options as never))).toEqual(expected);
  });
});
