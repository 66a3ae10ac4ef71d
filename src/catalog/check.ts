/**
 * Checking an operator's catalog (R71, R75): every problem of a catalog given as plain JSON data, at its path, as
 * `{ path, params }` (the `invalid_catalog` notice is made from it above this layer). Strict: an unknown key is a
 * typo. Shapes first, part by part; then the checks across fields on the parts whose shape is right; the tier list's
 * checks (names that collide, billing minimums that name no tier) once every part it depends on is well shaped.
 * @module
 */
import type { Catalog } from './catalog.js';
import { isTierPlaceholder, TIER_PLACEHOLDERS, tiersOf } from './tier.js';
import { ASPECT_RATIO_VALUES, MOTION_LEVEL_VALUES, RESOLUTION_VALUES, SCENE_VALUES } from './values.js';
import { isObject } from '../shared/guard.js';
import type { CatalogParams } from '../shared/notice-params.js';
import type { Problem as Problem_ } from '../shared/types.js';

type Problem = Problem_<'invalid_catalog'>;

type Check = (value: unknown, path: string[], problems: Problem[]) => void;

const problem = (problems: Problem[], path: string[], params: CatalogParams) => problems.push({ path, params });

/** A strict object: every key of `required` present, those of `optional` allowed, nothing else (R71). */
function object(required: Record<string, Check>, optional: Record<string, Check> = {}): Check {
  return (value, path, problems) => {
    if (!isObject(value)) return void problem(problems, path, { reason: path.length === 0 ? 'catalog' : 'object' });
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(required, key) && !Object.hasOwn(optional, key))
        problem(problems, [...path, key], { reason: 'unknown_key' });
    }
    for (const [key, check] of Object.entries(required)) {
      if (value[key] === undefined) problem(problems, [...path, key], { reason: 'required' });
      else check(value[key], [...path, key], problems);
    }
    for (const [key, check] of Object.entries(optional))
      if (value[key] !== undefined) check(value[key], [...path, key], problems);
  };
}

function array(each: Check, nonEmpty = true): Check {
  return (value, path, problems) => {
    if (!Array.isArray(value)) return void problem(problems, path, { reason: 'array' });
    if (nonEmpty && value.length === 0) problem(problems, path, { reason: 'empty' });
    for (let i = 0; i < value.length; i++) each(value[i], [...path, String(i)], problems);
  };
}

const text: Check = (value, path, problems) => {
  if (typeof value !== 'string' || value.trim() === '') problem(problems, path, { reason: 'string' });
};
const flag: Check = (value, path, problems) => {
  if (typeof value !== 'boolean') problem(problems, path, { reason: 'boolean' });
};
const whole =
  (min: number): Check =>
  (value, path, problems) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min)
      problem(problems, path, { reason: 'whole_number', min });
  };
const oneOfValues =
  (values: readonly string[], reason: 'value' | 'unknown_scene' = 'value'): Check =>
  (value, path, problems) => {
    if (typeof value !== 'string' || !values.includes(value))
      problem(problems, path, {
        reason,
        allowed: [...values],
        value: typeof value === 'string' ? value.slice(0, 64) : '',
      });
  };
const record =
  (each: Check): Check =>
  (value, path, problems) => {
    if (!isObject(value)) return void problem(problems, path, { reason: 'object' });
    for (const key of Object.keys(value)) each(value[key], [...path, key], problems);
  };

/** R71: `{ min, max }` (not reversed: reported at `min`) or `{ values: [...] }` (not empty), whole seconds >= 1. */
const durations: Check = (value, path, problems) => {
  if (isObject(value) && Object.hasOwn(value, 'values')) {
    object({ values: array(whole(1)) })(value, path, problems);
  } else {
    const before = problems.length;
    object({ min: whole(1), max: whole(1) })(value, path, problems);
    if (problems.length === before && isObject(value) && (value.min as number) > (value.max as number)) {
      problem(problems, [...path, 'min'], { reason: 'reversed', min: value.min as number, max: value.max as number });
    }
  }
};

const scene = /* @__PURE__ */ (() => oneOfValues(SCENE_VALUES, 'unknown_scene'))();
const template: Check = (value, path, problems) => {
  text(value, path, problems);
  if (typeof value !== 'string') return;
  for (const [, name] of value.matchAll(/\{(\w*)\}/g)) {
    if (!isTierPlaceholder(name ?? ''))
      problem(problems, path, {
        reason: 'placeholder',
        value: `{${name ?? ''}}`,
        allowed: TIER_PLACEHOLDERS.map((p) => `{${p}}`),
      });
  }
};

/** R75: `{ version, audioVersion?, sceneVersions? }`, each a non-blank string; `sceneVersions`' keys are scenes. */
const upstream = /* @__PURE__ */ (() =>
  object(
    { version: text },
    { audioVersion: text, sceneVersions: object({}, Object.fromEntries(SCENE_VALUES.map((s) => [s, text]))) },
  ))();

const model = /* @__PURE__ */ (() =>
  object(
    { alias: text, family: text, audio: flag, durations, scenes: array(scene), multiShot: flag },
    {
      withReferenceVideo: object({ durations, audio: flag, multiShot: flag }),
      fixedScene: scene,
      fixedResolution: oneOfValues(RESOLUTION_VALUES),
      upstream,
    },
  ))();

const sceneRules = /* @__PURE__ */ (() =>
  object(
    {
      durations: (value, path, problems) => (value === 'model' ? undefined : durations(value, path, problems)),
      tier: template,
    },
    { tierWithReference: template, requires: oneOfValues(['video', 'image', 'face']) },
  ))();

/** R71: the catalog's parts and their shapes, strictly. */
const PARTS = /* @__PURE__ */ (() => ({
  models: array(model),
  families: array(object({ name: text, referenceInTier: flag })),
  scenes: object(Object.fromEntries(SCENE_VALUES.map((s) => [s, sceneRules]))),
  resolutions: array(oneOfValues(RESOLUTION_VALUES)),
  defaults: object({
    seconds: whole(1),
    resolution: oneOfValues(RESOLUTION_VALUES),
    textToVideoAspectRatio: oneOfValues(ASPECT_RATIO_VALUES),
    motionLevel: oneOfValues(MOTION_LEVEL_VALUES),
  }),
  tierTokens: object({
    resolution: object({ '720P': text, '1080P': text }),
    audio: object({ on: text, off: text }),
    reference: object({ on: text, off: text }),
  }),
  minimumBillableSeconds: record(whole(0)),
}))();

type Part = keyof typeof PARTS;

/** What of a catalog is well shaped: each top-level part, and each model by index (R71: cross checks use these). */
interface Shaped {
  readonly parts: ReadonlySet<Part>;
  readonly models: ReadonlySet<number>;
}

/** R71: checks each part's shape, strictly, and says which parts (and models) are well shaped. */
function shape(value: Record<string, unknown>, problems: Problem[]): Shaped {
  const parts = new Set<Part>();
  const models = new Set<number>();
  for (const key of Object.keys(value))
    if (!Object.hasOwn(PARTS, key)) problem(problems, [key], { reason: 'unknown_key' });
  for (const [key, check] of Object.entries(PARTS) as [Part, Check][]) {
    const before = problems.length;
    if (value[key] === undefined) problem(problems, [key], { reason: 'required' });
    else check(value[key], [key], problems);
    if (problems.length === before) parts.add(key);
  }
  const list = value.models;
  if (Array.isArray(list)) {
    list.forEach((entry, i) => {
      const scratch: Problem[] = [];
      model(entry, ['models', String(i)], scratch);
      if (scratch.length === 0) models.add(i);
    });
  }
  return { parts, models };
}

/** A plain JSON object: its prototype is `Object.prototype` or none (not a `Map`, an array or a class instance). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype;
}

/**
 * R71: the checks across fields, each on the parts whose shape is right (a malformed duration set does not hide an
 * unknown family elsewhere); the tier list's checks only when every part it depends on is well shaped.
 */
function crossProblems(catalog: Catalog, shaped: Shaped): Problem[] {
  const problems: Problem[] = [];
  const has = (part: Part) => shaped.parts.has(part);
  const families = new Set<string>();
  if (has('families')) {
    catalog.families.forEach((f, i) => {
      if (families.has(f.name))
        problem(problems, ['families', String(i), 'name'], { reason: 'duplicate', value: f.name });
      families.add(f.name);
    });
  }
  const aliases = new Map<string, number>();
  (Array.isArray(catalog.models) ? catalog.models : []).forEach((m, i) => {
    if (!shaped.models.has(i)) return;
    const at = (key: string) => ['models', String(i), key];
    const folded = m.alias.trim().toLowerCase();
    const first = aliases.get(folded);
    if (first !== undefined)
      problem(problems, at('alias'), { reason: 'duplicate_alias', value: m.alias, other: `models.${first}.alias` });
    else aliases.set(folded, i);
    if (folded !== m.alias) problem(problems, at('alias'), { reason: 'alias_case', value: m.alias });
    if (has('families') && !families.has(m.family))
      problem(problems, at('family'), { reason: 'unknown_family', value: m.family });
    if (m.fixedScene !== undefined && !m.scenes.includes(m.fixedScene))
      problem(problems, at('fixedScene'), { reason: 'fixed_scene', value: m.fixedScene });
    if (has('resolutions') && m.fixedResolution !== undefined && !catalog.resolutions.includes(m.fixedResolution)) {
      problem(problems, at('fixedResolution'), { reason: 'unknown_resolution', value: m.fixedResolution });
    }
  });
  // R45, R47: `{reference}` belongs to the template of families that bill it, which otherwise says what `tier` says.
  for (const s of has('scenes') ? SCENE_VALUES : []) {
    const { tier, tierWithReference } = catalog.scenes[s];
    const used = (t: string) =>
      [...new Set(Array.from(t.matchAll(/\{(\w+)\}/g), (m) => m[1]))]
        .filter((n) => n !== 'reference')
        .sort()
        .join();
    if (tier.includes('{reference}'))
      problem(problems, ['scenes', s, 'tier'], { reason: 'reference_placeholder', value: '{reference}' });
    if (
      tierWithReference !== undefined &&
      (!tierWithReference.includes('{reference}') || used(tierWithReference) !== used(tier))
    ) {
      problem(problems, ['scenes', s, 'tierWithReference'], { reason: 'reference_template', value: '{reference}' });
    }
  }
  if (has('defaults') && has('resolutions') && !catalog.resolutions.includes(catalog.defaults.resolution)) {
    problem(problems, ['defaults', 'resolution'], { reason: 'unknown_resolution', value: catalog.defaults.resolution });
  }
  const tierParts: readonly Part[] = ['models', 'families', 'scenes', 'resolutions', 'tierTokens'];
  if (!tierParts.every(has)) return problems;
  // R71: one problem per template: a missing placeholder or a token clash can make many names collide; the first
  // names it. A scene's dimensions are the rules', so a motion template without {motionLevel} collides here.
  const clashing = new Set<string>();
  const tiers = tiersOf(catalog);
  for (const { name, scene: s, template: key } of tiers.collisions) {
    if (!clashing.has(`${s}.${key}`)) problem(problems, ['scenes', s, key], { reason: 'duplicate_tier', value: name });
    clashing.add(`${s}.${key}`);
  }
  // R16, R71: a billing minimum names a tier of the catalog (a typo would silently bill nothing extra).
  if (has('minimumBillableSeconds')) {
    for (const name of Object.keys(catalog.minimumBillableSeconds)) {
      if (!tiers.byName.has(name))
        problem(problems, ['minimumBillableSeconds', name], { reason: 'unknown_tier', value: name });
    }
  }
  return problems;
}

/** Every problem of a catalog (R71): shapes, then the cross checks on the well-shaped parts. */
export function catalogProblems(value: unknown): Problem[] {
  const problems: Problem[] = [];
  try {
    if (!isPlainObject(value)) return [{ path: [], params: { reason: 'catalog' } }];
    const shaped = shape(value, problems);
    problems.push(...crossProblems(value as unknown as Catalog, shaped));
  } catch {
    // R7: a getter that throws, a proxy... is a catalog that cannot be read.
    problems.push({ path: [], params: { reason: 'unreadable' } });
  }
  return problems;
}
