/**
 * Billing tiers (R45, R46, R47, R48): the grammar lives in a catalog's templates; {@link tiersOf} enumerates every tier a
 * catalog can produce once, when its rules are made, so that naming a tier is a table look-up, never string
 * assembly. Nothing here is module state: each catalog gets its own table (R70).
 * @module
 */
import type { Catalog, CatalogScene } from './catalog.js';
import type { MotionLevel, Resolution, Scene, TierParts } from '../shared/types.js';
import { MOTION_LEVEL_VALUES, RESOLUTION_VALUES, SCENE_VALUES } from './values.js';

/** The dimensions of a scene's tiers: fixed by the rules (R45, R71), whatever the templates spell. */
export interface Dims {
  readonly resolution: boolean;
  readonly audio: boolean;
  /** Standard tiers of families with `referenceInTier` only. */
  readonly reference: boolean;
  readonly motionLevel: boolean;
}

const NONE: Dims = { resolution: false, audio: false, reference: false, motionLevel: false };

/**
 * R71: each scene's dimensions. Standard: resolution and audio (and reference for families with
 * `referenceInTier`); motion control: motion level and resolution; avatar: resolution; lip sync: none. A template
 * must spell each of its scene's dimensions, or two tasks billed differently would share a name (R71 refuses it).
 */
export function sceneDims(scene: Scene, referenceInTier: boolean): Dims {
  switch (scene) {
    case 'standard':
      return { resolution: true, audio: true, reference: referenceInTier, motionLevel: false };
    case 'motion_control':
      return { resolution: true, audio: false, reference: false, motionLevel: true };
    case 'avatar_i2v':
      return { ...NONE, resolution: true };
    default:
      return NONE;
  }
}

interface FamilyFacts {
  /** 1 + the family's index in the catalog (0 is "no family": templates without `{family}`). */
  readonly index: number;
  readonly referenceInTier: boolean;
  /** Some alias of the family can generate sound. */
  readonly audio: boolean;
}

/** Every tier of one catalog, with the look-ups the rules need (R45, R46, R47, R48). */
export interface Tiers {
  /** Every tier name, sorted (R46). */
  readonly names: readonly string[];
  /** R47: a tier's parts, by name. */
  readonly byName: ReadonlyMap<string, TierParts>;
  /** R48: the tier of resolved dimensions. */
  tierOf(
    scene: Scene,
    family: string | undefined,
    resolution: unknown,
    audio: unknown,
    reference: unknown,
    motionLevel: unknown,
  ): string | undefined;
  /** Whether a scene's tiers have a dimension (R28, R31). */
  sceneHas(scene: Scene, dimension: 'audio' | 'motionLevel'): boolean;
  /** A tier's billing minimum in seconds (R16): 0 when the catalog sets none. */
  minimum(tier: string): number;
  /** R71: tier names that two different dimension sets both give, with the scene and template key of the second. */
  readonly collisions: readonly {
    readonly name: string;
    readonly scene: Scene;
    readonly template: 'tier' | 'tierWithReference';
  }[];
}

function templateKey(sceneRules: CatalogScene, referenceInTier: boolean): 'tier' | 'tierWithReference' {
  return referenceInTier && sceneRules.tierWithReference !== undefined ? 'tierWithReference' : 'tier';
}

/** The placeholders a tier template may use (R45, R71). */
export const TIER_PLACEHOLDERS: readonly string[] = ['family', 'resolution', 'audio', 'reference', 'motionLevel'];

/** Whether `name` is one of {@link TIER_PLACEHOLDERS} (R71: a template's unknown placeholder is refused). */
export const isTierPlaceholder = (name: string): boolean => TIER_PLACEHOLDERS.includes(name);

function fillTierName(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

/** The values each dimension takes, per the rules (R71: both of each, whatever the catalog offers). */
const BOTH = [false, true] as const;

/** Enumerates every tier a catalog can produce (R46) and builds its look-ups. */
export function tiersOf(catalog: Catalog): Tiers {
  const familyFacts = new Map<string, FamilyFacts>();
  catalog.families.forEach((family, i) => {
    familyFacts.set(family.name, {
      index: i + 1,
      referenceInTier: family.referenceInTier,
      audio: catalog.models.some((m) => m.family === family.name && m.audio),
    });
  });
  const familyRadix = catalog.families.length + 1;
  const usesFamily = (scene: Scene, referenceInTier: boolean) => {
    const rules = catalog.scenes[scene];
    return (rules[templateKey(rules, referenceInTier)] ?? rules.tier).includes('{family}');
  };

  /**
   * R48: the numeric key of a tier's dimensions, a mixed-radix number (one digit per dimension, each in its own
   * range), so two different dimension sets never share a key, whatever the number of resolutions or families.
   * Dimensions the scene does not have count as 0; a family counts only where the template names it (families
   * share the avatar and lip-sync tiers).
   */
  function tierKey(
    scene: Scene,
    familyName: string | undefined,
    resolution: unknown,
    audio: unknown,
    reference: unknown,
    motionLevel: unknown,
  ): number | undefined {
    const sceneIndex = SCENE_VALUES.indexOf(scene);
    if (sceneIndex < 0) return undefined;
    const family = familyName === undefined ? undefined : familyFacts.get(familyName);
    const referenceInTier = family?.referenceInTier === true;
    const dims = sceneDims(scene, referenceInTier);
    let key = 0;
    const digit = (value: number, radix: number) => {
      key = key * radix + value;
    };
    if (usesFamily(scene, referenceInTier)) {
      if (family === undefined) return undefined;
      digit(family.index, familyRadix);
    } else {
      digit(0, familyRadix);
    }
    const r = dims.resolution ? catalog.resolutions.indexOf(resolution as Resolution) : 0;
    if (r < 0) return undefined;
    digit(r, catalog.resolutions.length);
    if (dims.audio && typeof audio !== 'boolean') return undefined;
    digit(dims.audio && audio === true ? 1 : 0, 2);
    if (dims.reference && typeof reference !== 'boolean') return undefined;
    digit(dims.reference && reference === true ? 1 : 0, 2);
    const m = dims.motionLevel ? MOTION_LEVEL_VALUES.indexOf(motionLevel as MotionLevel) : 0;
    if (m < 0) return undefined;
    digit(m, MOTION_LEVEL_VALUES.length);
    digit(sceneIndex, SCENE_VALUES.length);
    return key;
  }

  const byName = new Map<string, TierParts>();
  const byKey = new Map<number, string>();
  /** Every name the templates give over the rules' dimension values, reachable or not (R71's collision check). */
  const seen = new Map<string, string>();
  const collisions: { name: string; scene: Scene; template: 'tier' | 'tierWithReference' }[] = [];
  const tokens = catalog.tierTokens;
  const options = <T>(used: boolean, values: readonly T[]): readonly (T | undefined)[] => (used ? values : [undefined]);
  // The rules' resolutions for the collision check, with any other the catalog lists.
  const resolutions = [...new Set([...RESOLUTION_VALUES, ...catalog.resolutions])];
  // Enumerate (R46, R71): for each scene, each family with an alias allowing it, every value of each of the scene's
  // dimensions. A name two dimension sets give is a collision; a name is listed when the family can produce it
  // (sound only for a family with an audio alias, resolutions the catalog offers).
  for (const scene of SCENE_VALUES) {
    for (const [familyName, family] of familyFacts) {
      if (!catalog.models.some((m) => m.family === familyName && m.scenes.includes(scene))) continue;
      const dims = sceneDims(scene, family.referenceInTier);
      const key = templateKey(catalog.scenes[scene], family.referenceInTier);
      const template = catalog.scenes[scene][key] ?? catalog.scenes[scene].tier;
      const withFamily = template.includes('{family}');
      for (const resolution of options(dims.resolution, resolutions)) {
        for (const audio of options(dims.audio, BOTH)) {
          for (const reference of options(dims.reference, BOTH)) {
            for (const motionLevel of options(dims.motionLevel, MOTION_LEVEL_VALUES)) {
              const name = fillTierName(template, {
                family: familyName,
                resolution: resolution === undefined ? '' : tokens.resolution[resolution],
                audio: audio === true ? tokens.audio.on : tokens.audio.off,
                reference: reference === true ? tokens.reference.on : tokens.reference.off,
                motionLevel: motionLevel ?? '',
              });
              const parts: Record<string, unknown> = { scene };
              if (withFamily) parts.family = familyName;
              if (motionLevel !== undefined) parts.motionLevel = motionLevel;
              if (resolution !== undefined) parts.resolution = resolution;
              if (audio !== undefined) parts.audio = audio;
              if (reference !== undefined) parts.reference = reference;
              const identity = JSON.stringify(parts);
              const known = seen.get(name);
              if (known !== undefined) {
                // The same name from the same dimensions is one tier (families without `{family}` share it).
                if (known !== identity) collisions.push({ name, scene, template: key });
                continue;
              }
              seen.set(name, identity);
              const reachable =
                (audio !== true || family.audio) &&
                (resolution === undefined || catalog.resolutions.includes(resolution));
              const tierKeyOf = tierKey(scene, familyName, resolution, audio, reference, motionLevel);
              if (!reachable || tierKeyOf === undefined) continue;
              byName.set(name, Object.freeze(parts) as TierParts);
              byKey.set(tierKeyOf, name);
            }
          }
        }
      }
    }
  }

  // Per dimension, the scenes that have it, as an object of four booleans (read several times per request; an
  // object made by assignment keeps V8's fast properties, unlike a prototype-free one). A scene is always one of
  // the four names, so the prototype's keys are never asked for.
  const audioScenes: Record<string, boolean> = {};
  const motionScenes: Record<string, boolean> = {};
  for (const scene of SCENE_VALUES) {
    audioScenes[scene] = sceneDims(scene, false).audio;
    motionScenes[scene] = sceneDims(scene, false).motionLevel;
  }
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
  const p = parts as {
    scene?: unknown;
    family?: unknown;
    resolution?: unknown;
    audio?: unknown;
    reference?: unknown;
    motionLevel?: unknown;
  };
  try {
    if (typeof p.scene !== 'string' || !SCENE_VALUES.includes(p.scene as Scene)) return undefined;
    return tiers.tierOf(
      p.scene as Scene,
      typeof p.family === 'string' ? p.family : undefined,
      p.resolution,
      p.audio,
      p.reference,
      p.motionLevel,
    );
  } catch {
    return undefined; // R7: parts whose getters throw name no tier
  }
}
