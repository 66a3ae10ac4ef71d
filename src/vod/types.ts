/**
 * Tencent Cloud VOD's shapes for AIGC video tasks (R76, R77), named and typed as the official
 * `tencentcloud-sdk-nodejs-vod` package types them (`vod_models.d.ts`, API version 2018-07-17), so that a gateway
 * passes the library's request to the SDK and its answers back without a cast. Only the fields the library writes or
 * reads are listed; the SDK's types have more, all optional.
 * @module
 */
import type { VideoStatus } from '../shared/types.js';

/** One input file of a task (`AigcVideoTaskInputFileInfo`): always with its `Usage` (R76). */
export interface VodFileInfo {
  Type: 'Url' | 'File';
  Category: 'Image' | 'Video';
  Url?: string;
  FileId?: string;
  /** VOD reads a missing usage as a first frame; the library always writes the usage it billed (R40). */
  Usage: 'FirstFrame' | 'Reference' | 'LastFrame';
  ReferenceType?: 'feature' | 'base';
}

/** The output options of a task (`AigcVideoOutputConfig`). */
export interface VodOutputConfig {
  /** Always written: VOD's default has changed before. */
  Duration: number;
  Resolution: string;
  AspectRatio?: string;
  /** Always written (`Enabled` or `Disabled`). */
  AudioGeneration: 'Enabled' | 'Disabled';
  StorageMode?: string;
  MediaName?: string;
  ClassId?: number;
  ExpireTime?: string;
  PersonGeneration?: string;
  InputComplianceCheck?: string;
  OutputComplianceCheck?: string;
  EnhanceSwitch?: string;
}

/**
 * The body of `CreateAigcVideoTask` (R76): the SDK's `CreateAigcVideoTaskRequest` with `SubAppId` optional (the
 * SDK types it as required; it is the gateway's account setting). With `options.subAppId` it is a
 * `CreateAigcVideoTaskRequest` as it is.
 */
export interface VodCreateRequest {
  SubAppId?: number;
  ModelName: 'Kling';
  ModelVersion: string;
  FileInfos?: VodFileInfo[];
  LastFrameUrl?: string;
  LastFrameFileId?: string;
  Prompt?: string;
  OutputConfig: VodOutputConfig;
  SceneType?: string;
  SessionId?: string;
  ExtInfo?: string;
}

/** Options of `toVodTask` (R76). */
export interface VodTaskOptions {
  /** VOD's `SubAppId`: a positive safe integer. Absent: the account's default application. */
  subAppId?: number | undefined;
  /** VOD's `SessionId` (1-50 characters): VOD refuses a repeated id for days, so a retried submission cannot start a task twice. */
  sessionId?: string | undefined;
  messages?: import('../shared/types.js').Messages | undefined;
}

/**
 * What `readVodTask` reads of a task (R77): the fields `toVideoObject` takes (R65), plus what VOD measured. A
 * gateway writes `toVideoObject({ id, spec, createdAt, ...read.task })`.
 */
export interface UpstreamTask {
  /** VOD's `TaskId`. */
  taskId: string;
  status: VideoStatus;
  progress?: number;
  /** Unix seconds. */
  createdAt?: number;
  completedAt?: number;
  expiresAt?: number;
  videoUrl?: string;
  /** VOD's `FileId` of the output (permanent storage). */
  fileId?: string;
  /** The produced size, `WxH`, from the output's `MetaData`. */
  size?: string;
  /** What VOD generated, in seconds (`Output.Usage.OutputSeconds`, else the output's `MetaData.Duration`): what `settle` bills on. */
  outputSeconds?: number;
  inputSeconds?: number;
  /** For a failed task: a stable code and a message (VOD's own when it gave one). */
  error?: { code: string; message: string };
  /** VOD's own error values, for logs, whenever the task failed and VOD gave an `ErrCode`. */
  upstreamError?: { errCode: number; errCodeExt?: string; message?: string };
}
