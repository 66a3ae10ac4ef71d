/**
 * Model and scene (R8, R9, R10, R11, R12, R13).
 * @module
 */
import type { CatalogIndex } from '../catalog/catalog-index.js';
import type { CatalogModel } from '../catalog/catalog.js';
import { readEnum, SCENES } from '../read/enum.js';
import { FIELD, type Fields, typed } from '../read/fields.js';
import { type Report, Section } from '../report/report.js';
import type { IssueParams } from '../shared/notice-params.js';
import { givenWith } from '../shared/params.js';
import type { Scene, TierParts } from '../shared/types.js';

/**
 * Levenshtein distance when it is at most `max`, else `max + 1`. Only the band of cells within `max` of the
 * diagonal is computed (a cell outside it is more than `max` away), into two rows the caller lends, and a row whose
 * smallest entry passes `max` ends the walk: an unknown model is compared with every alias, and most are far. The
 * band and the lent rows took `suggestModel` from 12 % to 3 % of the refused fixtures' time (--cpu-prof); a property
 * test pins the answer to the full table's.
 */
export function distanceWithin(a: string, b: string, max: number, rows: [number[], number[]]): number {
  const n = a.length;
  const m = b.length;
  const far = max + 1;
  if (Math.abs(n - m) > max) return far;
  let [prev, row] = rows;
  for (let j = 0; j <= m; j++) prev[j] = j <= max ? j : far;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    const first = lo === 1 && i <= max ? i : far; // the cell left of the band: column 0, or outside the band
    row[lo - 1] = first;
    let smallest = first;
    const c = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const d = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + (c === b.charCodeAt(j - 1) ? 0 : 1),
      );
      row[j] = d;
      if (d < smallest) smallest = d;
    }
    if (hi < m) row[hi + 1] = far; // the next row's band reaches one cell further
    if (smallest > max) return far;
    const swap = prev;
    prev = row;
    row = swap;
  }
  return Math.min(prev[m] as number, far);
}

/** The closest known alias within edit distance 2 (R10), or `undefined`. */
export function suggestModel(name: string, catalogIndex: CatalogIndex): string | undefined {
  // R7: a name this long is more than 2 edits from every alias; without the bound its distances say so, slower.
  // Stryker disable next-line ConditionalExpression: equivalent (see above)
  if (name.length > catalogIndex.longestAlias + 2) return undefined;
  let best: string | undefined;
  let bestDistance = 3;
  // Filled to their length once: rows that grew by writes past their end turned holey and slow (10 us a name).
  const width = catalogIndex.longestAlias + 2;
  const rows: [number[], number[]] = [new Array<number>(width).fill(0), new Array<number>(width).fill(0)];
  for (const alias of catalogIndex.aliases) {
    // Only a closer alias than the best so far matters: the bound shrinks as better ones are found.
    const d = distanceWithin(name, alias, bestDistance - 1, rows);
    if (d < bestDistance) {
      best = alias;
      bestDistance = d;
    }
  }
  return best;
}

/** The model a request names: its catalog row, and for a tier name used as a model id (R72) that tier. */
export interface ModelChoice {
  readonly row: CatalogModel;
  readonly tier?: { readonly name: string; readonly parts: TierParts };
}

/** R8, R10, R72: the model a request names, or `undefined` with an issue. */
export function resolveModel(fields: Fields, catalogIndex: CatalogIndex, report: Report): ModelChoice | undefined {
  if (fields[FIELD.model.slot] === undefined) {
    report.issue(Section.Model, 'missing_field', 'model', { what: 'model', models: [...catalogIndex.aliases] });
    return undefined;
  }
  const raw = typed(fields, FIELD['model'], report);
  if (typeof raw !== 'string') return undefined;
  // An alias as the catalog spells it needs no case folding (most requests); then R8's trimmed, lower-cased name.
  const exact = catalogIndex.models.get(raw);
  // Stryker disable next-line ConditionalExpression: equivalent: the lower-cased look-up below finds the same row
  if (exact !== undefined) return { row: exact };
  const name = raw.trim().toLowerCase(); // R8; no length cap (trimming is linear, R7)
  const model = catalogIndex.models.get(name);
  if (model !== undefined) return { row: model };
  const tier = catalogIndex.tierModels.get(name);
  if (tier !== undefined) return { row: tier.model, tier: { name, parts: tier.parts } };
  const suggestion = suggestModel(name, catalogIndex);
  const params: IssueParams['unknown_model'] = givenWith(raw, { models: [...catalogIndex.aliases] });
  if (suggestion !== undefined) params.suggestion = suggestion;
  report.issue(Section.Model, 'unknown_model', 'model', params);
  return undefined;
}

/**
 * R11, R12, R13: the scene and what decided it, or `undefined` when it cannot be known (an invalid `scene_type` on a
 * model that does not fix the scene).
 */
export function resolveScene(
  fields: Fields,
  choice: ModelChoice | undefined,
  catalogIndex: CatalogIndex,
  report: Report,
): { value: Scene; source: string } | undefined {
  const model = choice?.row;
  const field = FIELD['metadata.scene_type'];
  const { path } = field;
  const raw = fields[field.slot];
  const named = raw === undefined ? undefined : readEnum(raw, path, SCENES, report, Section.Scene);
  const invalid = raw !== undefined && named === undefined;
  // R11, R72: a special model, or a tier used as a model id, fixes the scene.
  const fixed = choice?.tier?.parts.scene ?? model?.fixedScene;
  if (fixed !== undefined && model !== undefined) {
    if (named !== undefined && named !== fixed) {
      report.issue(Section.Scene, 'conflicting_fields', path, {
        reason: 'model_scene',
        model: choice?.tier?.name ?? model.alias,
        fixed,
        value: named,
      });
    }
    if (!model.scenes.includes(fixed))
      report.issue(Section.Scene, 'unsupported_scene', path, {
        scene: fixed,
        model: model.alias,
        models: [...(catalogIndex.sceneModels.get(fixed) ?? [])],
      });
    return { value: fixed, source: 'model' };
  }
  if (invalid) return undefined;
  const scene: Scene = named ?? 'standard';
  if (model !== undefined && !model.scenes.includes(scene)) {
    report.issue(Section.Scene, 'unsupported_scene', path, {
      scene,
      model: model.alias,
      models: [...(catalogIndex.sceneModels.get(scene) ?? [])],
    });
  }
  return { value: scene, source: named === undefined ? 'default' : path };
}
