/**
 * Billing tiers (R45-R48): the grammar lives in a catalog's templates; {@link tiersOf} enumerates every tier a
 * catalog can produce once, when its rules are made, so that naming a tier is a table look-up, never string
 * assembly. Nothing here is module state: each catalog gets its own table (R70).
 * @module
 */
import type { Catalog, CatalogScene } from './catalog.js';
import type { MotionLevel, Resolution, Scene, TierParts } from '../types.js';
import { MOTION_LEVEL_VALUES, SCENE_VALUES } from './values.js';

/** Which dimensions a tier template uses, read once from the template. */
export interface Dims {
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
  /** Per scene (in {@link SCENE_VALUES} order), the dimensions of this family's tier template. */
  readonly dims: readonly Dims[];
}

/** Every tier of one catalog, with the look-ups the rules need (R45-R48). */
export interface Tiers {
  /** Every tier name, sorted (R46). */
  readonly names: readonly string[];
  /** R47: a tier's parts, by name. */
  readonly byName: ReadonlyMap<string, TierParts>;
  /** R48: the tier of resolved dimensions. */
  tierOf(scene: Scene, family: string | undefined, resolution: unknown, audio: unknown, reference: unknown, motionLevel: unknown): string | undefined;
  /** Whether a scene's tiers have a dimension (R28, R31). */
  sceneHas(scene: Scene, dimension: 'audio' | 'motionLevel'): boolean;
  /** A tier's billing minimum in seconds (R16): 0 when the catalog sets none. */
  minimum(tier: string): number;
  /** R71: tier names that two different dimension sets both give, with the scene of the second. */
  readonly collisions: readonly { readonly name: string; readonly scene: Scene }[];
}

function templateOf(sceneRules: CatalogScene, referenceInTier: boolean): string {
  return referenceInTier && sceneRules.tierWithReference !== undefined ? sceneRules.tierWithReference : sceneRules.tier;
}

/** The placeholders a tier template may use (R45, R71). */
export const TIER_PLACEHOLDERS: readonly (keyof Dims)[] = ['family', 'resolution', 'audio', 'reference', 'motionLevel'];

/** Whether `name` is one of {@link TIER_PLACEHOLDERS} (R71: a template's unknown placeholder is refused). */
export const isTierPlaceholder = (name: string): name is keyof Dims => (TIER_PLACEHOLDERS as readonly string[]).includes(name);

function dimsOf(template: string): Dims {
  return {
    family: template.includes('{family}'),
    resolution: template.includes('{resolution}'),
    audio: template.includes('{audio}'),
    reference: template.includes('{reference}'),
    motionLevel: template.includes('{motionLevel}'),
  };
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

/** Enumerates every tier a catalog can produce (R46) and builds its look-ups. */
export function tiersOf(catalog: Catalog): Tiers {
  const familyFacts = new Map<string, FamilyFacts>();
  catalog.families.forEach((family, i) => {
    familyFacts.set(family.name, {
      index: i + 1,
      referenceInTier: family.referenceInTier,
      audio: catalog.models.some((m) => m.family === family.name && m.audio),
      dims: SCENE_VALUES.map((scene) => dimsOf(templateOf(catalog.scenes[scene], family.referenceInTier))),
    });
  });
  /** Dimensions per scene when no family is given. */
  const noFamilyDims: readonly Dims[] = SCENE_VALUES.map((scene) => dimsOf(catalog.scenes[scene].tier));
  const familyCount = catalog.families.length;

  /**
   * The numeric key of a tier's dimensions. Dimensions the scene's template does not use count as 0, so two part
   * sets that name the same tier get the same key (R48: a tier is a function of these dimensions alone).
   */
  function tierKey(scene: Scene, familyName: string | undefined, resolution: unknown, audio: unknown, reference: unknown, motionLevel: unknown): number | undefined {
    const sceneIndex = SCENE_VALUES.indexOf(scene);
    if (sceneIndex < 0) return undefined;
    const family = familyName === undefined ? undefined : familyFacts.get(familyName);
    const dims = (family === undefined ? noFamilyDims : family.dims)[sceneIndex] as Dims;
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
      const i = MOTION_LEVEL_VALUES.indexOf(motionLevel as MotionLevel);
      if (i < 0) return undefined;
      rest += 8 * i;
    }
    return key + 4 * (familyCount + 1) * rest;
  }

  const byName = new Map<string, TierParts>();
  const byKey = new Map<number, string>();
  const collisions: { name: string; scene: Scene }[] = [];
  const tokens = catalog.tierTokens;
  // Enumerate every tier (R46): for each scene, each family with an alias allowing it, every value of each
  // dimension its template uses. Families without a tier's `{family}` (avatar, lip-sync) share one name.
  for (const [sceneIndex, scene] of SCENE_VALUES.entries()) {
    for (const [familyName, family] of familyFacts) {
      if (!catalog.models.some((m) => m.family === familyName && m.scenes.includes(scene))) continue;
      const dims = family.dims[sceneIndex] as Dims;
      const template = templateOf(catalog.scenes[scene], family.referenceInTier);
      const options = (used: boolean, values: readonly unknown[]) => (used ? values : [undefined]);
      for (const resolution of options(dims.resolution, catalog.resolutions) as (Resolution | undefined)[]) {
        for (const audio of options(dims.audio, family.audio ? [false, true] : [false]) as (boolean | undefined)[]) {
          for (const reference of options(dims.reference, [false, true]) as (boolean | undefined)[]) {
            for (const motionLevel of options(dims.motionLevel, MOTION_LEVEL_VALUES) as (MotionLevel | undefined)[]) {
              const name = fill(template, {
                family: familyName,
                resolution: resolution === undefined ? '' : tokens.resolution[resolution],
                audio: audio ? tokens.audio.on : tokens.audio.off,
                reference: reference ? tokens.reference.on : tokens.reference.off,
                motionLevel: motionLevel ?? '',
              });
              const key = tierKey(scene, familyName, resolution, audio, reference, motionLevel);
              if (key === undefined) continue;
              const parts: Record<string, unknown> = { scene };
              if (dims.family) parts.family = familyName;
              if (motionLevel !== undefined) parts.motionLevel = motionLevel;
              if (resolution !== undefined) parts.resolution = resolution;
              if (audio !== undefined) parts.audio = audio;
              if (reference !== undefined) parts.reference = reference;
              const known = byName.get(name);
              if (known !== undefined) {
                // The same name from the same dimensions is one tier (families without `{family}` share it).
                if (JSON.stringify(known) !== JSON.stringify(parts)) collisions.push({ name, scene });
                continue;
              }
              byName.set(name, Object.freeze(parts) as TierParts);
              byKey.set(key, name);
            }
          }
        }
      }
    }
  }

  // Per dimension, the scenes that have it, as an object of four booleans (issue 11: read several times per
  // request; an object made by assignment keeps V8's fast properties, unlike a prototype-free one). A scene is
  // always one of the four names, so the prototype's keys are never asked for.
  const audioScenes: Record<string, boolean> = {};
  const motionScenes: Record<string, boolean> = {};
  SCENE_VALUES.forEach((scene, i) => {
    audioScenes[scene] = noFamilyDims[i]?.audio === true;
    motionScenes[scene] = noFamilyDims[i]?.motionLevel === true;
  });
  const minimums = new Map(Object.entries(catalog.minimumBillableSeconds));
  return {
    names: Object.freeze([...byName.keys()].sort()),
    byName,
    tierOf(scene, family, resolution, audio, reference, motionLevel) {
      const key = tierKey(scene, family, resolution, audio, reference, motionLevel);
      return key === undefined ? undefined : byKey.get(key);
    },
    sceneHas: (scene, dimension) => (dimension === 'audio' ? audioScenes : motionScenes)[scene] === true,
    minimum: (tier) => minimums.get(tier) ?? 0,
    collisions,
  };
}

/** R47: the parts of a tier name in a table, or `undefined`; a fresh object each call. */
export function parseTierIn(tiers: Tiers, name: unknown): TierParts | undefined {
  if (typeof name !== 'string') return undefined;
  const parts = tiers.byName.get(name);
  return parts === undefined ? undefined : { ...parts };
}

/** R45: the tier name of parts in a table, or `undefined`. Dimensions a tier does not have are ignored. */
export function formatTierIn(tiers: Tiers, parts: unknown): string | undefined {
  if (typeof parts !== 'object' || parts === null) return undefined;
  const p = parts as { scene?: unknown; family?: unknown; resolution?: unknown; audio?: unknown; reference?: unknown; motionLevel?: unknown };
  try {
    if (typeof p.scene !== 'string' || !SCENE_VALUES.includes(p.scene as Scene)) return undefined;
    return tiers.tierOf(p.scene as Scene, typeof p.family === 'string' ? p.family : undefined, p.resolution, p.audio, p.reference, p.motionLevel);
  } catch {
    return undefined; // R7: parts whose getters throw name no tier
  }
}
