/**
 * The default catalog (R9, R13, R15, R16, R39, R45): every fact about Kling models that a rule needs, as one
 * frozen data table. Rules read it; nothing else names a model. A new Kling version is a new row in `models`.
 * @module
 */
import type { AspectRatio, MotionLevel, Resolution, Scene } from '../shared/types.js';

/** Allowed durations in seconds: an inclusive range or an explicit list. */
export type DurationSet = { readonly min: number; readonly max: number } | { readonly values: readonly number[] };

/** One public model name (alias) and what it supports (R9). */
export interface CatalogModel {
  /** The public model name, lower case. */
  readonly alias: string;
  /** The billing family; special models are their own family. */
  readonly family: string;
  /** Can generate sound (R27). */
  readonly audio: boolean;
  /** Durations of the `standard` and `motion_control` scenes (R15). */
  readonly durations: DurationSet;
  /** Every scene the alias allows, `standard` included when allowed (R13). */
  readonly scenes: readonly Scene[];
  /** Custom or intelligent multi-shot allowed (R39). */
  readonly multiShot: boolean;
  /** Restrictions that apply when a reference video is present (R9, R29, R39). */
  readonly withReferenceVideo?: {
    readonly durations: DurationSet;
    readonly audio: boolean;
    readonly multiShot: boolean;
  };
  /** A special model fixes its scene (R9, R11). */
  readonly fixedScene?: Scene;
  /** A special model may fix its resolution (R11, R18). */
  readonly fixedResolution?: Resolution;
  /** Tencent Cloud VOD's `ModelVersion` for this alias (R75); absent where VOD lists no such version. */
  readonly upstream?: UpstreamVersions;
}

/**
 * R75: the VOD `ModelVersion` an alias's tasks run on: `version`; `audioVersion` for its tasks with sound;
 * `sceneVersions[scene]` for a scene (it wins over `audioVersion`).
 */
export interface UpstreamVersions {
  readonly version: string;
  readonly audioVersion?: string;
  readonly sceneVersions?: { readonly [S in Scene]?: string };
}

/** A billing family: whether its standard tiers carry the `ref`/`noref` dimension (R45). */
export interface CatalogFamily {
  readonly name: string;
  readonly referenceInTier: boolean;
}

/** Per-scene rules: durations (R15) and the tier template (R45). */
export interface CatalogScene {
  /** `'model'`: the alias's own durations; otherwise the scene's range. */
  readonly durations: 'model' | DurationSet;
  /** Tier template; `{family}`, `{resolution}`, `{audio}`, `{reference}`, `{motionLevel}` are filled in. */
  readonly tier: string;
  /** Template for families with `referenceInTier`. */
  readonly tierWithReference?: string;
  /** What the task must include (R43): a reference video URL, an image, or a face (any image or video). */
  readonly requires?: 'video' | 'image' | 'face';
}

/** Defaults when no source gives a value (SPEC section 13). The aspect ratio defaults for text-to-video only (R24). */
export interface CatalogDefaults {
  readonly seconds: number;
  readonly resolution: Resolution;
  readonly textToVideoAspectRatio: AspectRatio;
  readonly motionLevel: MotionLevel;
}

/** The whole catalog. */
export interface Catalog {
  readonly models: readonly CatalogModel[];
  readonly families: readonly CatalogFamily[];
  readonly scenes: { readonly [S in Scene]: CatalogScene };
  readonly resolutions: readonly Resolution[];
  readonly defaults: CatalogDefaults;
  /** How each dimension is spelled inside a tier name (R45). */
  readonly tierTokens: {
    readonly resolution: { readonly [R in Resolution]: string };
    readonly audio: { readonly on: string; readonly off: string };
    readonly reference: { readonly on: string; readonly off: string };
  };
  /** Billing minimums: a tier's billable seconds are at least this (R16, R57). */
  readonly minimumBillableSeconds: { readonly [tier: string]: number };
}

const FIVE_OR_TEN: DurationSet = { values: [5, 10] };
const CLASSIC_SCENES: readonly Scene[] = ['standard', 'avatar_i2v', 'lip_sync'];

/** Freezes a value and everything it holds (data tables that rules and callers share). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** The default catalog (R9). Frozen: read it, never write it. */
export const catalog: Catalog = deepFreeze({
  models: [
    {
      alias: 'kling-1.0',
      family: 'kling-1.0',
      audio: false,
      durations: FIVE_OR_TEN,
      scenes: CLASSIC_SCENES,
      multiShot: false,
    },
    {
      alias: 'kling-1.5',
      family: 'kling-1.5',
      audio: false,
      durations: FIVE_OR_TEN,
      scenes: CLASSIC_SCENES,
      multiShot: false,
    },
    // R75: VOD's versions (1.6, 2.0, 2.1, 2.5, 2.6, O1, 3.0, 3.0-Omni) have no 1.0 or 1.5, no 2.5 with sound and no
    // 2.5 motion control: those tasks run on 2.6; the aliases VOD lacks have no upstream (refuse, don't guess).
    {
      alias: 'kling-2.0',
      family: 'kling-2.0',
      audio: false,
      durations: FIVE_OR_TEN,
      scenes: CLASSIC_SCENES,
      multiShot: false,
      upstream: { version: '2.0' },
    },
    {
      alias: 'kling-2.1',
      family: 'kling-2.1',
      audio: false,
      durations: FIVE_OR_TEN,
      scenes: CLASSIC_SCENES,
      multiShot: false,
      upstream: { version: '2.1' },
    },
    {
      alias: 'kling-2.5',
      family: 'kling-2.5',
      audio: true,
      durations: FIVE_OR_TEN,
      scenes: ['standard', 'motion_control', 'avatar_i2v', 'lip_sync'],
      multiShot: false,
      upstream: { version: '2.5', audioVersion: '2.6', sceneVersions: { motion_control: '2.6' } },
    },
    // decision (R9): kling-2.6 is an alias billed in the kling-2.5 family.
    {
      alias: 'kling-2.6',
      family: 'kling-2.5',
      audio: true,
      durations: FIVE_OR_TEN,
      scenes: ['standard', 'motion_control', 'avatar_i2v', 'lip_sync'],
      multiShot: false,
      upstream: { version: '2.6' },
    },
    {
      alias: 'kling-3.0',
      family: 'kling-3.0',
      audio: true,
      durations: { min: 3, max: 15 },
      scenes: ['standard', 'lip_sync'],
      multiShot: true,
      upstream: { version: '3.0' },
    },
    {
      alias: 'kling-3.0-omni',
      family: 'kling-3.0-omni',
      audio: true,
      durations: { min: 3, max: 15 },
      scenes: ['standard', 'lip_sync'],
      multiShot: true,
      withReferenceVideo: { durations: { min: 3, max: 10 }, audio: false, multiShot: false },
      upstream: { version: '3.0-Omni' },
    },
    {
      alias: 'kling-o1',
      family: 'kling-o1',
      audio: false,
      durations: { min: 3, max: 10 },
      scenes: ['standard', 'lip_sync'],
      multiShot: false,
      upstream: { version: 'O1' },
    },
    // Special models: each fixes its scene (R9, R11).
    {
      alias: 'kling-identify-face',
      family: 'kling-identify-face',
      audio: false,
      durations: FIVE_OR_TEN,
      scenes: ['lip_sync'],
      multiShot: false,
      fixedScene: 'lip_sync',
    },
    {
      alias: 'kling-avatar-720p',
      family: 'kling-avatar-720p',
      audio: false,
      durations: FIVE_OR_TEN,
      scenes: ['avatar_i2v'],
      multiShot: false,
      fixedScene: 'avatar_i2v',
      fixedResolution: '720P',
    },
    {
      alias: 'kling-avatar-1080p',
      family: 'kling-avatar-1080p',
      audio: false,
      durations: FIVE_OR_TEN,
      scenes: ['avatar_i2v'],
      multiShot: false,
      fixedScene: 'avatar_i2v',
      fixedResolution: '1080P',
    },
  ],
  families: [
    { name: 'kling-1.0', referenceInTier: false },
    { name: 'kling-1.5', referenceInTier: false },
    { name: 'kling-2.0', referenceInTier: false },
    { name: 'kling-2.1', referenceInTier: false },
    { name: 'kling-2.5', referenceInTier: false },
    { name: 'kling-3.0', referenceInTier: false },
    { name: 'kling-3.0-omni', referenceInTier: true },
    { name: 'kling-o1', referenceInTier: false },
    { name: 'kling-identify-face', referenceInTier: false },
    { name: 'kling-avatar-720p', referenceInTier: false },
    { name: 'kling-avatar-1080p', referenceInTier: false },
  ],
  scenes: {
    standard: {
      durations: 'model',
      tier: '{family}-{resolution}-{audio}',
      tierWithReference: '{family}-{resolution}-{reference}-{audio}',
    },
    motion_control: { durations: 'model', tier: '{family}-motion-{motionLevel}-{resolution}', requires: 'video' },
    avatar_i2v: { durations: { min: 2, max: 300 }, tier: 'kling-avatar-{resolution}', requires: 'image' },
    lip_sync: { durations: { min: 2, max: 60 }, tier: 'kling-identify-face', requires: 'face' },
  },
  resolutions: ['720P', '1080P'],
  defaults: { seconds: 5, resolution: '720P', textToVideoAspectRatio: '16:9', motionLevel: 'std' },
  tierTokens: {
    resolution: { '720P': '720p', '1080P': '1080p' },
    audio: { on: 'audio', off: 'mute' },
    reference: { on: 'ref', off: 'noref' },
  },
  minimumBillableSeconds: { 'kling-identify-face': 5 },
} satisfies Catalog);
