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

const NONE: Dims = Object.freeze({ resolution: false, audio: false, reference: false, motionLevel: false });

/**
 * R71: each scene's dimensions. Standard: resolution and audio (and reference for families with
 * `referenceInTier`); motion control: motion level and resolution; avatar: resolution; lip sync: none. A template
 * must spell each of its scene's dimensions, or two tasks billed differently would share a name (R71 refuses it).
 */
export function sceneDims(scene: Scene, referenceInTier: boolean): Dims {
  switch (scene) {
    case 'standard':
      return referenceInTier ? STANDARD_WITH_REFERENCE : STANDARD;
    case 'motion_control':
      return MOTION_CONTROL;
    case 'avatar_i2v':
      return AVATAR;
    default:
      return NONE;
  }
}

// The dimension sets, made once (sceneDims is asked on every request's tier look-up).
const STANDARD: Dims = Object.freeze({ resolution: true, audio: true, reference: false, motionLevel: false });
const STANDARD_WITH_REFERENCE: Dims = Object.freeze({ ...STANDARD, reference: true });
const MOTION_CONTROL: Dims = Object.freeze({ resolution: true, audio: false, reference: false, motionLevel: true });
const AVATAR: Dims = Object.freeze({ ...NONE, resolution: true });

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
  tierOf(scene: Scene, family: string | undefined, values: DimensionValues): string | undefined;
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

/** One set of dimension values: what a tier is a function of, besides its scene and family (R48). */
export interface DimensionValues {
  readonly resolution?: unknown;
  readonly audio?: unknown;
  readonly reference?: unknown;
  readonly motionLevel?: unknown;
}

/** Each family by name: its place (1-based), whether it bills a reference, whether an alias of it has sound. */
function familyFactsOf(catalog: Catalog): Map<string, FamilyFacts> {
  const facts = new Map<string, FamilyFacts>();
  catalog.families.forEach((family, i) => {
    facts.set(family.name, {
      index: i + 1,
      referenceInTier: family.referenceInTier,
      audio: catalog.models.some((m) => m.family === family.name && m.audio),
    });
  });
  return facts;
}

/**
 * R48: the numeric key of a tier's dimensions, a mixed-radix number (one digit per dimension, each in its own range),
 * so two different dimension sets never share a key, whatever the number of resolutions or families. Dimensions the
 * scene does not have count as 0; a family counts only where the template names it (families share the avatar and
 * lip-sync tiers). `undefined` for a value the catalog cannot produce.
 */
function tierKeyOf(catalog: Catalog, families: ReadonlyMap<string, FamilyFacts>) {
  // Whether each scene's template (plain, or with the reference) names the family: read once, not per look-up.
  // By scene index, then without and with the reference: `namesFamily[2 * sceneIndex + (referenceInTier ? 1 : 0)]`.
  const namesFamily = SCENE_VALUES.flatMap((scene) =>
    BOTH.map((referenceInTier) => {
      const rules = catalog.scenes[scene];
      return (rules[templateKey(rules, referenceInTier)] ?? rules.tier).includes('{family}');
    }),
  );
  return (scene: Scene, familyName: string | undefined, values: DimensionValues): number | undefined => {
    const sceneIndex = SCENE_VALUES.indexOf(scene);
    if (sceneIndex < 0) return undefined;
    const family = familyName === undefined ? undefined : families.get(familyName);
    const referenceInTier = family?.referenceInTier === true;
    const dims = sceneDims(scene, referenceInTier);
    // The family is the most significant digit (0: a template without {family}); each digit below has its own radix.
    let key = 0;
    if (namesFamily[2 * sceneIndex + (referenceInTier ? 1 : 0)] === true) {
      if (family === undefined) return undefined;
      key = family.index;
    }
    const r = dims.resolution ? catalog.resolutions.indexOf(values.resolution as Resolution) : 0;
    if (r < 0) return undefined;
    key = key * catalog.resolutions.length + r;
    if (dims.audio && typeof values.audio !== 'boolean') return undefined;
    key = key * 2 + (dims.audio && values.audio === true ? 1 : 0);
    if (dims.reference && typeof values.reference !== 'boolean') return undefined;
    key = key * 2 + (dims.reference && values.reference === true ? 1 : 0);
    const m = dims.motionLevel ? MOTION_LEVEL_VALUES.indexOf(values.motionLevel as MotionLevel) : 0;
    if (m < 0) return undefined;
    key = key * MOTION_LEVEL_VALUES.length + m;
    return key * SCENE_VALUES.length + sceneIndex;
  };
}

/** Every set of values a scene's dimensions take by the rules (R71: both of each, whatever the catalog offers). */
function* dimensionSets(dims: Dims, resolutions: readonly Resolution[]): Generator<DimensionValues> {
  const options = <T>(used: boolean, values: readonly T[]): readonly (T | undefined)[] => (used ? values : [undefined]);
  for (const resolution of options(dims.resolution, resolutions)) {
    for (const audio of options(dims.audio, BOTH)) {
      for (const reference of options(dims.reference, BOTH)) {
        for (const motionLevel of options(dims.motionLevel, MOTION_LEVEL_VALUES))
          yield { resolution, audio, reference, motionLevel };
      }
    }
  }
}

/** A tier's parts (R47): its scene, its family where the template names it, and the values it has. */
function partsOf(scene: Scene, family: string | undefined, values: DimensionValues): Record<string, unknown> {
  const parts: Record<string, unknown> = { scene };
  if (family !== undefined) parts.family = family;
  if (values.motionLevel !== undefined) parts.motionLevel = values.motionLevel;
  if (values.resolution !== undefined) parts.resolution = values.resolution;
  if (values.audio !== undefined) parts.audio = values.audio;
  if (values.reference !== undefined) parts.reference = values.reference;
  return parts;
}

/** A tier's name: its template filled with the catalog's tokens. */
function nameOf(catalog: Catalog, template: string, family: string, values: DimensionValues): string {
  const tokens = catalog.tierTokens;
  return fillTierName(template, {
    family,
    resolution: values.resolution === undefined ? '' : tokens.resolution[values.resolution as Resolution],
    audio: values.audio === true ? tokens.audio.on : tokens.audio.off,
    reference: values.reference === true ? tokens.reference.on : tokens.reference.off,
    motionLevel: (values.motionLevel as string | undefined) ?? '',
  });
}

/** Enumerates every tier a catalog can produce (R46) and builds its look-ups. */
export function tiersOf(catalog: Catalog): Tiers {
  const families = familyFactsOf(catalog);
  const tierKey = tierKeyOf(catalog, families);
  const byName = new Map<string, TierParts>();
  const byKey = new Map<number, string>();
  /** Every name the templates give over the rules' dimension values, reachable or not (R71's collision check). */
  const seen = new Map<string, string>();
  const collisions: { name: string; scene: Scene; template: 'tier' | 'tierWithReference' }[] = [];
  // The rules' resolutions for the collision check, with any other the catalog lists.
  const resolutions = [...new Set([...RESOLUTION_VALUES, ...catalog.resolutions])];
  // Enumerate (R46, R71): for each scene, each family with an alias allowing it, every value of each of the scene's
  // dimensions. A name two dimension sets give is a collision; a name is listed when the family can produce it
  // (sound only for a family with an audio alias, resolutions the catalog offers).
  for (const scene of SCENE_VALUES) {
    for (const [familyName, family] of families) {
      if (!catalog.models.some((m) => m.family === familyName && m.scenes.includes(scene))) continue;
      const key = templateKey(catalog.scenes[scene], family.referenceInTier);
      const template = catalog.scenes[scene][key] ?? catalog.scenes[scene].tier;
      for (const values of dimensionSets(sceneDims(scene, family.referenceInTier), resolutions)) {
        const name = nameOf(catalog, template, familyName, values);
        const parts = partsOf(scene, template.includes('{family}') ? familyName : undefined, values);
        const identity = JSON.stringify(parts);
        const known = seen.get(name);
        if (known !== undefined) {
          // The same name from the same dimensions is one tier (families without `{family}` share it).
          if (known !== identity) collisions.push({ name, scene, template: key });
          continue;
        }
        seen.set(name, identity);
        const reachable =
          (values.audio !== true || family.audio) &&
          (values.resolution === undefined || catalog.resolutions.includes(values.resolution as Resolution));
        const number = tierKey(scene, familyName, values);
        if (!reachable || number === undefined) continue;
        byName.set(name, Object.freeze(parts) as TierParts);
        byKey.set(number, name);
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
    tierOf(scene, family, values) {
      const key = tierKey(scene, family, values);
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
    const values = { resolution: p.resolution, audio: p.audio, reference: p.reference, motionLevel: p.motionLevel };
    return tiers.tierOf(p.scene as Scene, typeof p.family === 'string' ? p.family : undefined, values);
  } catch {
    return undefined; // R7: parts whose getters throw name no tier
  }
}
