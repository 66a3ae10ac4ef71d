/**
 * The model list a gateway publishes (R73): what each alias can do, and its tiers with their prices.
 * @module
 */
import type { CatalogIndex } from '../catalog/catalog-index.js';
import type { DurationSet, UpstreamVersions } from '../catalog/catalog.js';
import { isObject } from '../shared/guard.js';
import { isPriceEntry, priceText } from '../billing/prices.js';
import { ASPECT_RATIOS } from '../read/enum.js';
import type { AspectRatio, Resolution, Scene } from '../shared/types.js';

/** One alias's capabilities (R73), in the shape OpenRouter-style model listings publish. */
export interface ModelDescription {
  /** The alias clients send as `model`. */
  id: string;
  family: string;
  scenes: Scene[];
  /**
   * Per scene of the alias, the durations that scene allows for it (R73, R15), in the catalog's own form:
   * `{ min, max }` or `{ values }` (lip-sync allows what the lip-sync scene allows, not the alias's 5 or 10).
   */
  durations: { [S in Scene]?: DurationSet };
  /** What changes with a reference video, as the catalog row has it (R9, R29, R39); absent when nothing does. */
  withReferenceVideo?: { durations: DurationSet; audio: boolean; multiShot: boolean };
  resolutions: Resolution[];
  aspectRatios: AspectRatio[];
  audio: boolean;
  multiShot: boolean;
  /** The alias's tiers, sorted; with a price table, their prices as the table writes them. */
  tiers: { name: string; perSecond?: string; perTask?: string }[];
  /** Tencent Cloud VOD's versions for the alias (R75), or `null` where the catalog names none. */
  upstream: { version: string; audioVersion?: string; sceneVersions?: { [S in Scene]?: string } } | null;
}

const copyDurations = (set: DurationSet): DurationSet =>
  'values' in set ? { values: [...set.values] } : { min: set.min, max: set.max };

function upstreamOf(versions: UpstreamVersions): NonNullable<ModelDescription['upstream']> {
  const out: NonNullable<ModelDescription['upstream']> = { version: versions.version };
  if (versions.audioVersion !== undefined) out.audioVersion = versions.audioVersion;
  if (versions.sceneVersions !== undefined) out.sceneVersions = { ...versions.sceneVersions };
  return out;
}

/** R73: one entry per alias in catalog order. Prices come from `prices` when its entry for a tier is well formed. */
export function describeModels(catalogIndex: CatalogIndex, prices?: unknown): ModelDescription[] {
  try {
    return describe(catalogIndex, prices);
  } catch {
    return describe(catalogIndex, undefined); // R7: a price table that cannot be read gives no prices
  }
}

function describe(catalogIndex: CatalogIndex, prices: unknown): ModelDescription[] {
  const table = isObject(prices) && isObject(prices.tiers) ? prices.tiers : undefined;
  return catalogIndex.catalog.models.map((model) => {
    const tiers: ModelDescription['tiers'] = [];
    for (const name of catalogIndex.tiers.names) {
      const parts = catalogIndex.tiers.byName.get(name) as Record<string, unknown>;
      if (!model.scenes.includes(parts.scene as Scene)) continue;
      if (parts.family !== undefined && parts.family !== model.family) continue;
      if (parts.audio === true && !model.audio) continue;
      if (
        model.fixedResolution !== undefined &&
        parts.resolution !== undefined &&
        parts.resolution !== model.fixedResolution
      )
        continue;
      const tier: ModelDescription['tiers'][number] = { name };
      const entry = table !== undefined && Object.hasOwn(table, name) ? table[name] : undefined;
      if (entry !== undefined && isPriceEntry(entry)) {
        const perSecond = priceText(entry.perSecond);
        const perTask = priceText(entry.perTask);
        if (perSecond !== undefined) tier.perSecond = perSecond;
        if (perTask !== undefined) tier.perTask = perTask;
      }
      tiers.push(tier);
    }
    const durations: ModelDescription['durations'] = {};
    for (const scene of model.scenes) {
      const rules = catalogIndex.catalog.scenes[scene].durations;
      durations[scene] = copyDurations(rules === 'model' ? model.durations : rules);
    }
    const described: ModelDescription = {
      id: model.alias,
      family: model.family,
      scenes: [...model.scenes],
      durations,
      resolutions:
        model.fixedResolution !== undefined ? [model.fixedResolution] : [...catalogIndex.catalog.resolutions],
      aspectRatios: [...ASPECT_RATIOS.values],
      audio: model.audio,
      multiShot: model.multiShot,
      tiers,
      upstream: model.upstream === undefined ? null : upstreamOf(model.upstream),
    };
    const withVideo = model.withReferenceVideo;
    if (withVideo !== undefined) {
      described.withReferenceVideo = {
        durations: copyDurations(withVideo.durations),
        audio: withVideo.audio,
        multiShot: withVideo.multiShot,
      };
    }
    return described;
  });
}
