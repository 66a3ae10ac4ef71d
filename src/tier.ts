/**
 * Billing tiers (R45-R48): the grammar lives in the catalog's templates; this module enumerates every tier the
 * catalog can produce once, at load time, so that naming a tier is a table look-up, never string assembly.
 * @module
 */
import { catalog, type CatalogScene } from './catalog.js';
import type { MotionLevel, Resolution, Scene, TierParts } from './types.js';

const SCENES = Object.keys(catalog.scenes) as Scene[];
const MOTION_LEVELS: readonly MotionLevel[] = ['std', 'pro'];

/** Which dimensions a tier template uses, read once from the template. */
interface Dims {
  readonly family: boolean;
  readonly resolution: boolean;
  readonly audio: boolean;
  readonly reference: boolean;
  readonly motionLevel: boolean;
}

interface FamilyFacts {
  readonly index: number;
  readonly referenceInTier: boolean;
  /** Some alias of the family can generate sound. */
  readonly audio: boolean;
  /** Per scene (in {@link SCENES} order), the dimensions of this family's tier template. */
  readonly dims: readonly Dims[];
}

function templateOf(sceneRules: CatalogScene, referenceInTier: boolean): string {
  return referenceInTier && sceneRules.tierWithReference !== undefined ? sceneRules.tierWithReference : sceneRules.tier;
}

function dimsOf(template: string): Dims {
  return {
    family: template.includes('{family}'),
    resolution: template.includes('{resolution}'),
    audio: template.includes('{audio}'),
    reference: template.includes('{reference}'),
    motionLevel: template.includes('{motionLevel}'),
  };
}

const familyFacts = new Map<string, FamilyFacts>();
catalog.families.forEach((family, i) => {
  familyFacts.set(family.name, {
    index: i + 1,
    referenceInTier: family.referenceInTier,
    audio: catalog.models.some((m) => m.family === family.name && m.audio),
    dims: SCENES.map((scene) => dimsOf(templateOf(catalog.scenes[scene], family.referenceInTier))),
  });
});
/** Dimensions per scene when no family is given. */
const NO_FAMILY_DIMS: readonly Dims[] = SCENES.map((scene) => dimsOf(catalog.scenes[scene].tier));
const SCENE_INDEX: ReadonlyMap<string, number> = new Map(SCENES.map((scene, i) => [scene, i]));

/**
 * The numeric key of a tier's dimensions. Dimensions the scene's template does not use count as 0, so two part
 * sets that name the same tier get the same key (R48: a tier is a function of these dimensions alone).
 */
function tierKey(
  scene: Scene,
  familyName: string | undefined,
  resolution: unknown,
  audio: unknown,
  reference: unknown,
  motionLevel: unknown,
): number | undefined {
  const sceneIndex = SCENE_INDEX.get(scene);
  if (sceneIndex === undefined) return undefined;
  const family = familyName === undefined ? undefined : familyFacts.get(familyName);
  const dims = (family === undefined ? NO_FAMILY_DIMS : family.dims)[sceneIndex] as Dims;
  let key = sceneIndex;
  if (dims.family) {
    if (family === undefined) return undefined;
    key += 4 * family.index;
  }
  let rest = 0;
  if (dims.resolution) {
    const i = catalog.resolutions.indexOf(resolution as Resolution);
    if (i < 0) return undefined;
    rest += i;
  }
  if (dims.audio) {
    if (typeof audio !== 'boolean') return undefined;
    rest += audio ? 2 : 0;
  }
  if (dims.reference) {
    if (typeof reference !== 'boolean') return undefined;
    rest += reference ? 4 : 0;
  }
  if (dims.motionLevel) {
    const i = MOTION_LEVELS.indexOf(motionLevel as MotionLevel);
    if (i < 0) return undefined;
    rest += 8 * i;
  }
  return key + 4 * (catalog.families.length + 1) * rest;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

const byName = new Map<string, TierParts>();
const byKey = new Map<number, string>();
const tokens = catalog.tierTokens;

// Enumerate every tier (R46): for each scene, each family with an alias allowing it, every value of each
// dimension its template uses. Families without a tier's `{family}` (avatar, lip-sync) share one name.
for (const [sceneIndex, scene] of SCENES.entries()) {
  for (const [familyName, family] of familyFacts) {
    if (!catalog.models.some((m) => m.family === familyName && m.scenes.includes(scene))) continue;
    const dims = family.dims[sceneIndex] as Dims;
    const template = templateOf(catalog.scenes[scene], family.referenceInTier);
    const options = (used: boolean, values: readonly unknown[]) => (used ? values : [undefined]);
    for (const resolution of options(dims.resolution, catalog.resolutions) as (Resolution | undefined)[]) {
      for (const audio of options(dims.audio, family.audio ? [false, true] : [false]) as (boolean | undefined)[]) {
        for (const reference of options(dims.reference, [false, true]) as (boolean | undefined)[]) {
          for (const motionLevel of options(dims.motionLevel, MOTION_LEVELS) as (MotionLevel | undefined)[]) {
            const name = fill(template, {
              family: familyName,
              resolution: resolution === undefined ? '' : tokens.resolution[resolution],
              audio: audio ? tokens.audio.on : tokens.audio.off,
              reference: reference ? tokens.reference.on : tokens.reference.off,
              motionLevel: motionLevel ?? '',
            });
            const key = tierKey(scene, familyName, resolution, audio, reference, motionLevel);
            if (key === undefined || byName.has(name)) continue;
            const parts: Record<string, unknown> = { scene };
            if (dims.family) parts.family = familyName;
            if (motionLevel !== undefined) parts.motionLevel = motionLevel;
            if (resolution !== undefined) parts.resolution = resolution;
            if (audio !== undefined) parts.audio = audio;
            if (reference !== undefined) parts.reference = reference;
            byName.set(name, Object.freeze(parts) as TierParts);
            byKey.set(key, name);
          }
        }
      }
    }
  }
}

const sortedTiers: readonly string[] = Object.freeze([...byName.keys()].sort());

/** Every tier the default catalog can produce, sorted (R46). A fresh array on each call. */
export function listTiers(): string[] {
  return sortedTiers.slice();
}

/**
 * The parts of a tier name (R47), or `undefined` for a name the catalog cannot produce. Exact: lower case, in
 * grammar order, and with a billing family (`kling-2.6-720p-mute` is refused: `kling-2.6` is an alias).
 */
export function parseTier(name: string): TierParts | undefined {
  if (typeof name !== 'string') return undefined;
  const parts = byName.get(name);
  return parts === undefined ? undefined : { ...parts };
}

/**
 * The tier name of `parts` (R45), or `undefined` for parts the catalog cannot produce. Dimensions a tier does not
 * have are ignored (`reference` outside the omni family, `family` for avatar and lip-sync tiers).
 */
export function formatTier(parts: TierParts): string | undefined {
  if (typeof parts !== 'object' || parts === null) return undefined;
  const p = parts as { scene?: unknown; family?: unknown; resolution?: unknown; audio?: unknown; reference?: unknown; motionLevel?: unknown };
  if (typeof p.scene !== 'string' || !Object.hasOwn(catalog.scenes, p.scene)) return undefined;
  return tierOf(p.scene as Scene, typeof p.family === 'string' ? p.family : undefined, p.resolution, p.audio, p.reference, p.motionLevel);
}

/** The tier of a resolved task's dimensions (R48), by look-up. */
export function tierOf(
  scene: Scene,
  family: string | undefined,
  resolution: unknown,
  audio: unknown,
  reference: unknown,
  motionLevel: unknown,
): string | undefined {
  const key = tierKey(scene, family, resolution, audio, reference, motionLevel);
  return key === undefined ? undefined : byKey.get(key);
}

/**
 * Whether a scene's tiers have a dimension (R45): only scenes whose tiers carry `{audio}` can have sound (R28), and
 * only those that carry `{motionLevel}` have a motion level (R31).
 */
export function sceneHas(scene: Scene, dimension: 'audio' | 'motionLevel'): boolean {
  return SCENE_DIMS.get(scene)?.[dimension] === true;
}

const SCENE_DIMS: ReadonlyMap<Scene, Dims> = new Map(SCENES.map((scene, i) => [scene, NO_FAMILY_DIMS[i] as Dims]));

/** The billing minimum of a tier in seconds (R16): 0 when the catalog sets none. */
export function minimumBillableSeconds(tier: string): number {
  return MINIMUMS.get(tier) ?? 0;
}

const MINIMUMS: ReadonlyMap<string, number> = new Map(Object.entries(catalog.minimumBillableSeconds));
