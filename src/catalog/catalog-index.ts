/**
 * What the rules read of one catalog (R70): the catalog itself and the look-ups made from it once (models by alias,
 * tiers, the aliases of each scene...). Every rule takes an index; nothing reads a catalog from module state, so two
 * catalogs never share anything.
 * @module
 */
import { type Catalog, type CatalogModel, catalog as defaultCatalog } from './catalog.js';
import { type Tiers, tiersOf } from './tier.js';
import type { Scene, TierParts } from '../shared/types.js';

/** A tier that names a family, used as a model id (R72): the family's model and the tier's dimensions. */
export interface TierModel {
  readonly model: CatalogModel;
  readonly parts: TierParts;
}

/** What the rules read of one catalog. */
export interface CatalogIndex {
  readonly catalog: Catalog;
  readonly tiers: Tiers;
  /** Each alias's row, by alias (lower case). */
  readonly models: ReadonlyMap<string, CatalogModel>;
  readonly aliases: readonly string[];
  readonly longestAlias: number;
  /** The aliases that allow multi-shot (R39), for messages. */
  readonly multiShotModels: readonly string[];
  /** The aliases that allow each scene (R13), for messages. */
  readonly sceneModels: ReadonlyMap<Scene, readonly string[]>;
  /** R72: the tiers that name a family, as model ids. */
  readonly tierModels: ReadonlyMap<string, TierModel>;
}

/** Makes the index of a catalog (the catalog is assumed valid: `createRules` checks it first). */
export function indexCatalog(catalog: Catalog): CatalogIndex {
  const models = new Map(catalog.models.map((m) => [m.alias, m] as const));
  const aliases = catalog.models.map((m) => m.alias);
  const tiers = tiersOf(catalog);
  const tierModels = new Map<string, TierModel>();
  for (const [name, parts] of tiers.byName) {
    if (!('family' in parts) || models.has(name)) continue; // special models stay aliases (R72)
    // The family's model: the alias spelled like the family, or the family's first alias in catalog order.
    const model = models.get(parts.family) ?? catalog.models.find((m) => m.family === parts.family);
    if (model !== undefined) tierModels.set(name, { model, parts });
  }
  return {
    catalog,
    tiers,
    models,
    aliases,
    longestAlias: Math.max(0, ...aliases.map((a) => a.length)),
    multiShotModels: catalog.models.filter((m) => m.multiShot).map((m) => m.alias),
    sceneModels: new Map(
      (['standard', 'motion_control', 'avatar_i2v', 'lip_sync'] as const).map((scene) => [
        scene,
        catalog.models.filter((m) => m.scenes.includes(scene)).map((m) => m.alias),
      ]),
    ),
    tierModels,
  };
}

/** The default catalog's catalogIndex: what the package root's functions read. */
export const DEFAULT_INDEX: CatalogIndex = indexCatalog(defaultCatalog);
