/**
 * Public types of kling-video-rules (SPEC section 15).
 * @module
 */

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
}

/** Options of {@link normalizeRequest}. */
export interface NormalizeOptions {
  /** Accept URLs whose host is private, loopback or link-local (R32). Default `false`. */
  allowPrivateUrls?: boolean;
}

/** One structured file input (R36). */
export interface TaskFile {
  type: 'File' | 'Url';
  category: 'Image' | 'Video';
  url?: string;
  fileId?: string;
  usage?: 'FirstFrame' | 'Reference';
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
 * The video object of `GET /v1/videos/{id}` (R50), as the gateway document shows it. `model` is the billing tier;
 * `status` is one of the four states of {@link VideoStatus} (see `normalizeStatus` for upstream spellings).
 */
export interface VideoObject {
  id: string;
  task_id: string;
  object: 'video';
  model: string;
  status: VideoStatus;
  /** 0-100. */
  progress: number;
  /** Unix seconds. */
  created_at: number;
  completed_at?: number;
  seconds?: string;
  /** Output size, such as `720x1280` (see `sizeOf`). */
  size?: string;
  video_url?: string;
  error?: { code: string; message: string };
}

/** The parts of a tier name (R45). `reference` is present for families whose tiers carry it (omni). */
export type TierParts =
  | { scene: 'standard'; family: string; resolution: Resolution; audio: boolean; reference?: boolean }
  | { scene: 'motion_control'; family: string; motionLevel: MotionLevel; resolution: Resolution }
  | { scene: 'avatar_i2v'; resolution: Resolution }
  | { scene: 'lip_sync' };
