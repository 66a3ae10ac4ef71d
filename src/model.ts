/**
 * Model and scene (R8-R13).
 * @module
 */
import { catalog, type CatalogModel } from './catalog.js';
import { readEnum, SCENES } from './enum.js';
import { FIELD, type Fields, typed } from './fields.js';
import { given, type Report, Section } from './notices.js';
import type { Scene } from './types.js';

const MODELS: ReadonlyMap<string, CatalogModel> = new Map(catalog.models.map((m) => [m.alias, m]));
const ALIASES = catalog.models.map((m) => m.alias);
const LONGEST_ALIAS = Math.max(...ALIASES.map((a) => a.length));

/** Levenshtein distance (names are short: `suggestModel` caps their length). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] as number;
}

/** The closest known alias within edit distance 2 (R10), or `undefined`. */
export function suggestModel(name: string): string | undefined {
  if (name.length > LONGEST_ALIAS + 2) return undefined;
  let best: string | undefined;
  let bestDistance = 3;
  for (const alias of ALIASES) {
    const d = distance(name, alias);
    if (d < bestDistance) {
      best = alias;
      bestDistance = d;
    }
  }
  return best;
}

/** R8, R10: the catalog row of `model`, or `undefined` with an issue. */
export function resolveModel(fields: Fields, report: Report): CatalogModel | undefined {
  if (fields[FIELD.model.slot] === undefined) {
    report.issue(Section.Model, 'missing_field', 'model', { what: 'model', models: [...ALIASES] });
    return undefined;
  }
  const raw = typed(fields, FIELD['model'], report);
  if (typeof raw !== 'string') return undefined;
  const name = raw.length > LONGEST_ALIAS + 64 ? raw : raw.trim().toLowerCase();
  const model = MODELS.get(name);
  if (model !== undefined) return model;
  const suggestion = suggestModel(name);
  const params = { ...given(raw), models: [...ALIASES] };
  report.issue(Section.Model, 'unknown_model', 'model', suggestion === undefined ? params : { ...params, suggestion });
  return undefined;
}

/** The aliases that allow a scene, for messages (R13). */
function aliasesWith(scene: Scene): string[] {
  return catalog.models.filter((m) => m.scenes.includes(scene)).map((m) => m.alias);
}

/**
 * R11-R13: the scene and what decided it, or `undefined` when it cannot be known (an invalid `scene_type` on a
 * model that does not fix the scene).
 */
export function resolveScene(
  fields: Fields,
  model: CatalogModel | undefined,
  report: Report,
): { value: Scene; source: string } | undefined {
  const field = FIELD['metadata.scene_type'];
  const { path } = field;
  const raw = fields[field.slot];
  const named = raw === undefined ? undefined : readEnum(raw, path, SCENES, report, Section.Scene);
  const invalid = raw !== undefined && named === undefined;
  if (model?.fixedScene !== undefined) {
    if (named !== undefined && named !== model.fixedScene) {
      report.issue(Section.Scene, 'conflicting_fields', path, { reason: 'model_scene', model: model.alias, fixed: model.fixedScene, value: named });
    }
    return { value: model.fixedScene, source: 'model' };
  }
  if (invalid) return undefined;
  const scene: Scene = named ?? 'standard';
  if (model !== undefined && !model.scenes.includes(scene)) {
    report.issue(Section.Scene, 'unsupported_scene', path, { scene, model: model.alias, models: aliasesWith(scene) });
  }
  return { value: scene, source: named === undefined ? 'default' : path };
}
