/**
 * Operators' catalogs (R70, R71): what a catalog must be, every problem of one at its path, and `createRules`.
 * A catalog is plain JSON data in the shape of the exported `catalog`, checked strictly (an unknown key is a typo,
 * not an extension), then copied, deeply frozen, and made into rules. Nothing is thrown; the input is not touched.
 * @module
 */
import type * as v from 'valibot';
import { indexCatalog } from '../catalog/catalog-index.js';
import type { Catalog } from '../catalog/catalog.js';
import { isObject } from '../shared/guard.js';
import { EN_CATALOG, EN_CATALOG_TEMPLATES, ENGLISH } from '../messages/en.js';
import { fill } from '../messages/template.js';
import { noticeOf } from '../report/report.js';
import { readOwn } from '../shared/guard.js';
import { type Rules, rulesOf } from './bind.js';
import { schemaOf } from '../report/schema.js';
import { catalogProblems } from '../catalog/check.js';
import type { Messages, Notice, Problem } from '../shared/types.js';

const english = (p: Problem<'invalid_catalog'>): string =>
  fill(EN_CATALOG_TEMPLATES.invalid_catalog, p.params, p.path.join('.'), ENGLISH);

/**
 * A catalog (R71), checked strictly: unknown keys, unknown family or scene references, aliases equal after trimming
 * and lower-casing, empty or reversed duration sets, tier templates with unknown placeholders, two dimension sets
 * giving one tier name, a special model whose fixed scene is not one of its scenes. Each problem is an issue at its
 * path (`models.3.durations.min`).
 */
export const CatalogSchema: v.GenericSchema<Catalog> = /* @__PURE__ */ schemaOf(catalogProblems, english);

/** A copy of a checked catalog with exactly its known keys, deeply frozen (R70): the operator's object stays theirs. */
function frozenCopy(value: unknown): Catalog {
  const copy = (v: unknown): unknown => {
    if (Array.isArray(v)) return Object.freeze(v.map(copy));
    if (isObject(v)) {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(v)) Object.defineProperty(out, key, { value: copy(v[key]), enumerable: true });
      return Object.freeze(out);
    }
    return v;
  };
  return copy(value) as Catalog;
}

/** What {@link createRules} returns. */
export type CreateRulesResult = { ok: true; rules: Rules } | { ok: false; issues: Notice[] };

/**
 * The rules of an operator's catalog (R70): every catalog-dependent function of the package root, bound to that
 * catalog, or every problem of the catalog as `invalid_catalog` with its path (R71). Cheap enough to call per
 * tenant. Never throws; the input is copied, not kept.
 *
 * @example
 * const made = createRules({ ...catalog, models: [...catalog.models, { alias: 'kling-3.5', family: 'kling-3.5', ... }], families: [...] });
 * if (made.ok) made.rules.normalizeRequest({ model: 'kling-3.5', prompt: 'x' });
 */
export function createRules(catalog: unknown, options?: { messages?: Messages | undefined }): CreateRulesResult {
  const messages = readOwn(options, 'messages');
  let problems = catalogProblems(catalog);
  if (problems.length === 0) {
    try {
      return { ok: true, rules: rulesOf(indexCatalog(frozenCopy(catalog))) };
    } catch {
      problems = [{ path: [], params: { reason: 'unreadable' } }]; // R7: a getter that threw on the second read
    }
  }
  return {
    ok: false,
    issues: problems.map(({ path, params }) =>
      noticeOf('invalid_catalog', path.join('.'), params, messages, EN_CATALOG),
    ),
  };
}
