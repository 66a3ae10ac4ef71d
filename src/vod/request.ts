/**
 * The upstream request (R75, R76): a spec written as Tencent Cloud VOD's `CreateAigcVideoTask` body, from the spec
 * alone, so that what was billed is what VOD is asked for: every input file with the `Usage` it was billed for (VOD
 * reads a missing usage as a first frame, R40), the duration and sound always written, the model version the
 * catalog names for the alias, scene and sound.
 * @module
 */
import type { CatalogIndex } from '../catalog/catalog-index.js';
import { noticeOf } from '../report/report.js';
import type { IssueCode } from '../shared/codes.js';
import type { IssueParams, TaskExpected } from '../shared/notice-params.js';
import { readOwn } from '../shared/guard.js';
import { OUTPUT_OPTION_KEYS } from '../rules/output.js';
import { SCENE_VALUES } from '../catalog/values.js';
import type { Notice, Scene } from '../shared/types.js';
import type { VodCreateRequest, VodFileInfo, VodOutputConfig, VodTaskOptions } from './types.js';

/** What `toVodTask` returns. */
export type VodTaskResult = { ok: true; request: VodCreateRequest } | { ok: false; issues: [Notice, ...Notice[]] };

/** VOD's name of each output option (R76), by the spec's name. */
const VOD_OPTION_NAMES: Readonly<Record<string, keyof VodOutputConfig>> = {
  storageMode: 'StorageMode',
  mediaName: 'MediaName',
  classId: 'ClassId',
  expireTime: 'ExpireTime',
  personGeneration: 'PersonGeneration',
  inputComplianceCheck: 'InputComplianceCheck',
  outputComplianceCheck: 'OutputComplianceCheck',
  enhanceSwitch: 'EnhanceSwitch',
};

/** The issues found while reading a spec, with their messages (R69). */
class Problems {
  readonly list: Notice[] = [];
  constructor(private readonly messages: unknown) {}
  add<C extends IssueCode>(code: C, path: string, params: IssueParams[C]): void {
    this.list.push(noticeOf(code, path, params, this.messages));
  }
  /** R76: a spec field of the wrong type. */
  task(path: string, expected: TaskExpected): void {
    this.add('invalid_task', path, { field: path === '' ? 'the spec' : `\`${path}\``, expected });
  }
}

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isWhole = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;

/**
 * R75: VOD's `ModelVersion` for an alias and scene: the scene's version, else the audio version for a task with
 * sound, else the version; `undefined` when the catalog names none.
 */
export function upstreamVersion(
  catalogIndex: CatalogIndex,
  model: string,
  scene: Scene,
  audio: boolean,
): string | undefined {
  const upstream = catalogIndex.models.get(model)?.upstream;
  if (upstream === undefined) return undefined;
  return upstream.sceneVersions?.[scene] ?? (audio ? upstream.audioVersion : undefined) ?? upstream.version;
}

/** R76: one input file of the spec as VOD's entry, with its explicit usage (`Reference` where the spec has none). */
function fileInfo(file: unknown, path: string, problems: Problems): VodFileInfo | undefined {
  const type = readOwn(file, 'type');
  const category = readOwn(file, 'category');
  const url = readOwn(file, 'url');
  const fileId = readOwn(file, 'fileId');
  const usage = readOwn(file, 'usage') ?? 'Reference';
  const referenceType = readOwn(file, 'referenceType');
  const ok =
    (type === 'Url' ? isText(url) : type === 'File' && isText(fileId)) &&
    (category === 'Image' || category === 'Video') &&
    (usage === 'FirstFrame' || usage === 'Reference' || usage === 'LastFrame') &&
    (referenceType === undefined || referenceType === 'feature' || referenceType === 'base');
  if (!ok) return void problems.task(path, 'task_file');
  // Keys in VOD's order: Type, Category, Url or FileId, Usage, ReferenceType.
  const entry = { Type: type, Category: category } as VodFileInfo;
  if (type === 'Url') entry.Url = url as string;
  else entry.FileId = fileId as string;
  entry.Usage = usage as VodFileInfo['Usage'];
  if (referenceType !== undefined) entry.ReferenceType = referenceType as 'feature' | 'base';
  return entry;
}

/** R76: the spec's inputs as VOD's `FileInfos`: first frame, reference images, reference video, then `files`. */
function fileInfos(spec: unknown, problems: Problems): VodFileInfo[] {
  const out: VodFileInfo[] = [];
  const firstFrame = readOwn(spec, 'firstFrame');
  if (firstFrame !== undefined) {
    if (isText(firstFrame)) out.push({ Type: 'Url', Category: 'Image', Url: firstFrame, Usage: 'FirstFrame' });
    else problems.task('firstFrame', 'url');
  }
  const images = readOwn(spec, 'images');
  if (!Array.isArray(images)) problems.task('images', 'string_list');
  else {
    images.forEach((url: unknown, i) => {
      if (isText(url)) out.push({ Type: 'Url', Category: 'Image', Url: url, Usage: 'Reference' });
      else problems.task(`images.${i}`, 'url');
    });
  }
  const video = readOwn(spec, 'video');
  if (video !== undefined) {
    if (isText(video)) out.push({ Type: 'Url', Category: 'Video', Url: video, Usage: 'Reference' });
    else problems.task('video', 'url');
  }
  const files = readOwn(spec, 'files');
  if (!Array.isArray(files)) problems.task('files', 'array');
  else {
    (files as unknown[]).forEach((file, i) => {
      const entry = fileInfo(file, `files.${i}`, problems);
      if (entry !== undefined) out.push(entry);
    });
  }
  return out;
}

/** R76: `OutputConfig`: duration and sound always, the resolution, the aspect ratio when the spec has one, the options. */
function outputConfig(
  spec: unknown,
  seconds: number,
  resolution: string,
  audio: boolean,
  problems: Problems,
): VodOutputConfig {
  // Keys in R76's order: Duration, Resolution, AspectRatio, AudioGeneration, then the options.
  const config = { Duration: seconds, Resolution: resolution } as VodOutputConfig;
  const aspectRatio = readOwn(spec, 'aspectRatio');
  if (aspectRatio === '16:9' || aspectRatio === '9:16' || aspectRatio === '1:1') config.AspectRatio = aspectRatio;
  else if (aspectRatio !== undefined) problems.task('aspectRatio', 'string');
  config.AudioGeneration = audio ? 'Enabled' : 'Disabled';
  const output = readOwn(spec, 'output');
  if (output === undefined) return config;
  if (typeof output !== 'object' || output === null) {
    problems.task('output', 'object');
    return config;
  }
  for (const [key] of OUTPUT_OPTION_KEYS) {
    const value = readOwn(output, key);
    if (value === undefined) continue;
    const name = VOD_OPTION_NAMES[key] as keyof VodOutputConfig;
    if (
      key === 'classId'
        ? typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
        : typeof value === 'string'
    ) {
      (config as unknown as Record<string, unknown>)[name] = value;
    } else {
      problems.task(`output.${key}`, key === 'classId' ? 'class_id' : 'string');
    }
  }
  return config;
}

/**
 * R76: the `CreateAigcVideoTask` request of a spec, or the issues: `invalid_task` at the offending path for a value
 * that is no spec, `no_upstream_model` (the operator's catalog, so R64 answers 500) for a model without a version.
 * Never throws; the spec is not mutated; the request is a fresh plain JSON object.
 */
export function toVodTask(catalogIndex: CatalogIndex, spec: unknown, options?: VodTaskOptions): VodTaskResult {
  const messages = readOwn(options, 'messages');
  const problems = new Problems(messages);
  try {
    const request = requestOf(catalogIndex, spec, options, problems);
    const [first, ...rest] = problems.list;
    if (first !== undefined) return { ok: false, issues: [first, ...rest] };
    return { ok: true, request: request as VodCreateRequest };
  } catch {
    problems.list.length = 0;
    problems.task('', 'spec'); // R7: a spec whose getters or Proxies throw
    return { ok: false, issues: problems.list as [Notice, ...Notice[]] };
  }
}

function requestOf(
  catalogIndex: CatalogIndex,
  spec: unknown,
  options: unknown,
  problems: Problems,
): VodCreateRequest | undefined {
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) return void problems.task('', 'spec');
  const model = readOwn(spec, 'model');
  const scene = readOwn(spec, 'scene');
  const tier = readOwn(spec, 'tier');
  const seconds = readOwn(spec, 'seconds');
  const resolution = readOwn(spec, 'resolution');
  const audio = readOwn(spec, 'audio');
  if (!isText(model)) problems.task('model', 'string');
  if (typeof scene !== 'string' || !SCENE_VALUES.includes(scene as Scene)) problems.task('scene', 'scene');
  if (!isText(tier)) problems.task('tier', 'tier');
  if (!isWhole(seconds)) problems.task('seconds', 'billable_seconds');
  if (typeof resolution !== 'string' || !catalogIndex.catalog.resolutions.includes(resolution as never))
    problems.task('resolution', 'resolution');
  if (typeof audio !== 'boolean') problems.task('audio', 'boolean');

  const subAppId = readOwn(options, 'subAppId');
  if (subAppId !== undefined && !isWhole(subAppId)) problems.task('subAppId', 'sub_app_id');
  const sessionId = readOwn(options, 'sessionId');
  if (sessionId !== undefined && !(typeof sessionId === 'string' && sessionId.length >= 1 && sessionId.length <= 50)) {
    problems.task('sessionId', 'session_id');
  }
  const files = fileInfos(spec, problems);
  const lastFrame = readOwn(spec, 'lastFrame');
  const lastUrl = readOwn(lastFrame, 'url');
  const lastFileId = readOwn(lastFrame, 'fileId');
  if (lastFrame !== undefined && !isText(lastUrl) && !isText(lastFileId)) problems.task('lastFrame', 'last_frame');
  const prompt = readOwn(spec, 'prompt');
  if (prompt !== undefined && typeof prompt !== 'string') problems.task('prompt', 'string');
  const extInfo = readOwn(spec, 'extInfo');
  if (extInfo !== undefined && typeof extInfo !== 'string') problems.task('extInfo', 'string');
  if (problems.list.length > 0) return undefined;

  const version = upstreamVersion(catalogIndex, model as string, scene as Scene, audio as boolean);
  if (version === undefined) {
    problems.add('no_upstream_model', 'model', { model: model as string, scene: scene as string });
    return undefined;
  }
  const config = outputConfig(spec, seconds as number, resolution as string, audio as boolean, problems);
  // Keys in R76's order.
  const request = {} as VodCreateRequest;
  if (subAppId !== undefined) request.SubAppId = subAppId as number;
  request.ModelName = 'Kling';
  request.ModelVersion = version;
  if (files.length > 0) request.FileInfos = files;
  if (isText(lastUrl)) request.LastFrameUrl = lastUrl;
  else if (isText(lastFileId)) request.LastFrameFileId = lastFileId;
  if (typeof prompt === 'string') request.Prompt = prompt;
  request.OutputConfig = config;
  if (scene !== 'standard') request.SceneType = scene as string;
  if (sessionId !== undefined) request.SessionId = sessionId as string;
  if (typeof extInfo === 'string') request.ExtInfo = extInfo;
  return request;
}
