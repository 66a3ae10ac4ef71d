/**
 * The model list a gateway publishes (R73): what each alias can do, and its tiers with their prices.
 * @module
 */
import type { Book } from '../catalog/book.js';
import type { DurationSet } from '../catalog/catalog.js';
import { isObject } from '../read/fields.js';
import { isPriceEntry } from '../billing/prices.js';
import { ASPECT_RATIOS } from '../read/enum.js';
import type { AspectRatio, Resolution, Scene } from '../types.js';

/** One alias's capabilities (R73), in the shape OpenRouter-style model listings publish. */
export interface ModelDescription {
  /** The alias clients send as `model`. */
  id: string;
  family: string;
  scenes: Scene[];
  /** Durations in the catalog's own form: `{ min, max }` or `{ values }`. */
  durations: DurationSet;
  resolutions: Resolution[];
  aspectRatios: AspectRatio[];
  audio: boolean;
  multiShot: boolean;
  /** The alias's tiers, sorted; with a price table, their prices as the table writes them. */
  tiers: { name: string; perSecond?: string; perTask?: string }[];
}


const priceText = (value: unknown): string | undefined =>
  typeof value === 'number' ? String(value) : typeof value === 'string' ? value : undefined;

/** R73: one entry per alias in catalog order. Prices come from `prices` when its entry for a tier is well formed. */
export function describeModels(book: Book, prices?: unknown): ModelDescription[] {
  try {
    return describe(book, prices);
  } catch {
    return describe(book, undefined); // R7: a price table that cannot be read gives no prices
  }
}

function describe(book: Book, prices: unknown): ModelDescription[] {
  const table = isObject(prices) && isObject(prices.tiers) ? prices.tiers : undefined;
  return book.catalog.models.map((model) => {
    const tiers: ModelDescription['tiers'] = [];
    for (const name of book.tiers.names) {
      const parts = book.tiers.byName.get(name) as Record<string, unknown>;
      if (!model.scenes.includes(parts.scene as Scene)) continue;
      if (parts.family !== undefined && parts.family !== model.family) continue;
      if (parts.audio === true && !model.audio) continue;
      if (model.fixedResolution !== undefined && parts.resolution !== undefined && parts.resolution !== model.fixedResolution) continue;
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
    const durations: DurationSet = 'values' in model.durations ? { values: [...model.durations.values] } : { min: model.durations.min, max: model.durations.max };
    return {
      id: model.alias,
      family: model.family,
      scenes: [...model.scenes],
      durations,
      resolutions: model.fixedResolution !== undefined ? [model.fixedResolution] : [...book.catalog.resolutions],
      aspectRatios: [...ASPECT_RATIOS.values],
      audio: model.audio,
      multiShot: model.multiShot,
      tiers,
    };
  });
}
