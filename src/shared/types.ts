/**
 * Public types of kling-video-rules (SPEC section 15).
 * @module
 */
import type { MessageKey } from './codes.js';
import type { FindingOf, ParamsOf } from './notice-params.js';

/** A task scene (R12). */
export type Scene = 'standard' | 'motion_control' | 'avatar_i2v' | 'lip_sync';
/** Output resolution (R19). */
export type Resolution = '720P' | '1080P';
/** Output aspect ratio (R23). */
export type AspectRatio = '16:9' | '9:16' | '1:1';
/** Motion-control level (R30). */
export type MotionLevel = 'std' | 'pro';
/** Generation kind (R42). */
export type Generation = 'text_to_video' | 'image_to_video';
/** Normalized task status (R49). */
export type VideoStatus = 'queued' | 'in_progress' | 'completed' | 'failed';

/**
 * An issue (a reason a request is refused) or a warning (a note on an accepted request).
 * `path` is a dot path into the raw request (`metadata.file_infos.1.url`), `''` for the root.
 */
export interface Notice {
  /** Stable machine-readable code (SPEC section 14). */
  code: string;
  /** Dot path into the raw input; `''` for the root. */
  path: string;
  /** A message a client can act on: what was wrong and what is allowed. */
  message: string;
  /** The values the message names, so it can be written in any language from `code` and `params` (R68). */
  params: NoticeParams;
}

/** The values a notice's message names (R68): strings, numbers and string arrays, by name. */
export type NoticeParams = { [name: string]: string | number | string[] };

/**
 * One problem of a configuration (a catalog, a price table): a {@link FindingOf} whose path is kept as keys (a tier
 * name holds dots, so keys stay apart) and whose code is the configuration's (`invalid_catalog`,
 * `invalid_price_table`), so it is not repeated on each problem; its message is written when it is read.
 */
export type Problem<C extends 'invalid_catalog' | 'invalid_price_table'> = Omit<
  FindingOf<C, readonly string[]>,
  'code'
>;

/**
 * Writes one code's message from the notice's params and path (R69). The params are the code's own
 * ({@link ParamsOf}), so a message that names a param its code does not carry is a compile error.
 */
export type MessageFunction<K extends MessageKey = MessageKey> = (params: ParamsOf<K>, path: string) => string;

/**
 * Messages in another language (R69): code -> function of that code's params. Codes it lacks keep English; a
 * function that throws or returns anything but a non-empty string is ignored for that notice. A key that is no code
 * is a compile error (a typo would silently leave English). `kling-video-rules/messages/zh-CN` is one.
 */
export type Messages = { readonly [K in MessageKey]?: MessageFunction<K> | undefined };

/** Options of {@link normalizeRequest}. */
export interface NormalizeOptions {
  /** Accept URLs whose host is private, loopback or link-local (R32). Default `false`. */
  allowPrivateUrls?: boolean | undefined;
  /**
   * Where the gateway stored each uploaded file (R61): file -> URL. That URL takes the file's place and is checked
   * like any URL. A file that passes its checks but has no entry here is `missing_upload`.
   */
  uploads?: ReadonlyMap<Blob, string> | undefined;
  /** Messages in the client's language, by code (R69); English for the codes it lacks. */
  messages?: Messages | undefined;
}

/** One structured file input (R36). */
export interface TaskFile {
  type: 'File' | 'Url';
  category: 'Image' | 'Video';
  url?: string;
  fileId?: string;
  usage?: 'FirstFrame' | 'Reference' | 'LastFrame';
  referenceType?: 'feature' | 'base';
}

/** One shot of a custom multi-shot task (R39). */
export interface Shot {
  index: number;
  prompt: string;
  seconds: number;
}

/** Output pass-through options (R44), camelCase, present only when given. */
export interface OutputOptions {
  storageMode?: 'Permanent' | 'Temporary';
  mediaName?: string;
  classId?: number;
  expireTime?: string;
  personGeneration?: 'AllowAdult' | 'Disallowed';
  inputComplianceCheck?: 'Enabled' | 'Disabled';
  outputComplianceCheck?: 'Enabled' | 'Disabled';
  enhanceSwitch?: 'Enabled' | 'Disabled';
}

/** Fields of a spec whose winning source is reported in {@link TaskSpec.sources}. */
export type SourcedField = 'scene' | 'seconds' | 'resolution' | 'aspectRatio' | 'audio' | 'motionLevel' | 'prompt';

/** The canonical, fully resolved task (SPEC section 15). */
export interface TaskSpec {
  /** The alias, lower case: `kling-2.6`, `kling-avatar-720p`. */
  model: string;
  /** The billing family (R9); a special model is its own family. */
  family: string;
  scene: Scene;
  generation: Generation;
  prompt?: string;
  seconds: number;
  /** What is billed: `seconds`, raised to the tier's minimum (R16). */
  billableSeconds: number;
  resolution: Resolution;
  aspectRatio?: AspectRatio;
  audio: boolean;
  /** `motion_control` only. */
  motionLevel?: MotionLevel;
  /** The `ref`/`noref` billing dimension (R40). */
  reference: boolean;
  firstFrame?: string;
  lastFrame?: { url: string } | { fileId: string };
  images: string[];
  /** The reference video URL (`metadata.video_url` or a `content` video part). */
  video?: string;
  files: TaskFile[];
  multiShot?: { shotType: 'customize' | 'intelligence'; shots: Shot[] };
  /** `metadata.ext_info`, verbatim. */
  extInfo?: string;
  output: OutputOptions;
  /** The billing tier, e.g. `kling-3.0-omni-720p-noref-mute`. */
  tier: string;
  /** The raw path that decided each value, or `'default'`, or `'model'`. */
  sources: { [field in SourcedField]?: string };
}

/** Result of {@link normalizeRequest}: a spec, or at least one issue; warnings either way. */
export type NormalizeResult =
  | { ok: true; spec: TaskSpec; warnings: Notice[] }
  | { ok: false; issues: [Notice, ...Notice[]]; warnings: Notice[] };

/**
 * The video object of `GET /v1/videos/{id}` and of the creation response (R50, R65, R66), built by `toVideoObject`.
 * It is structurally assignable to the OpenAI SDK's `Video` except for `size`, which the SDK types as a closed union
 * of the Sora sizes. `model` is the billing tier; `status` one of the four states of {@link VideoStatus}.
 */
export interface VideoObject {
  id: string;
  /** The upstream's task id (the document's responses carry both). */
  task_id: string;
  object: 'video';
  /** The billing tier, as the document's responses report it. */
  model: string;
  status: VideoStatus;
  /** 0-100. */
  progress: number;
  /** Unix seconds. */
  created_at: number;
  completed_at: number | null;
  expires_at: number | null;
  prompt: string | null;
  remixed_from_video_id: string | null;
  /** Whole seconds as a string: `"5"`. */
  seconds: string;
  /** The produced size (`720x1280`), else the spec's (`sizeOf`), else its resolution (`720P`). */
  size: string;
  error: { code: string; message: string } | null;
  /** Only when completed and known. */
  video_url?: string;
  /** The normalization warnings, only when there are some (an extension the SDKs pass through). */
  warnings?: Notice[];
}

/** The parts of a tier name (R45). `reference` is present for families whose tiers carry it (omni). */
export type TierParts =
  | { scene: 'standard'; family: string; resolution: Resolution; audio: boolean; reference?: boolean }
  | { scene: 'motion_control'; family: string; motionLevel: MotionLevel; resolution: Resolution }
  | { scene: 'avatar_i2v'; resolution: Resolution }
  | { scene: 'lip_sync' };
