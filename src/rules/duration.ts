/**
 * Duration (R14, R15, R16): where the seconds come from, what values are valid, what the model and scene allow, and
 * what is billed.
 * @module
 */
import type { CatalogIndex } from '../catalog/catalog-index.js';
import type { CatalogModel, DurationSet } from '../catalog/catalog.js';
import type { Facts } from './facts.js';
import { type Chain, chainOf, INVALID, resolveChain, type Resolved, type Source } from './chain.js';
import { type Field, FIELD, type Fields } from '../read/fields.js';
import { type Report, Section } from '../report/report.js';
import { valueParams } from '../shared/params.js';
import type { Scene } from '../shared/types.js';

/**
 * A whole number of seconds >= 1 (R14): a JSON number that is whole, or a string of digits with optional
 * surrounding spaces and an optional `.0...` fraction. `undefined` for anything else.
 */
export function parseWholeSeconds(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 ? value : undefined;
  // No length cap (R7 amended: a cap would refuse `"000…05"`, which R14 accepts); the pattern below is linear.
  if (typeof value !== 'string') return undefined;
  // Fast path: up to 15 plain digits, the common case ("5", "10"), read without the regular expression.
  // It only short-cuts the pattern below: a mutant that makes it give up early (skip the block or the loop, or stop
  // at once) leaves the answer to the pattern, which gives the same one.
  // Stryker disable next-line BlockStatement: equivalent (see above)
  if (value.length <= 15) {
    let n = 0;
    let i = 0;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent (see above): a loop that never runs, or reads past the end (NaN) and gives up
    for (; i < value.length; i++) {
      // Stryker disable next-line ArithmeticOperator: equivalent (see above)
      const digit = value.charCodeAt(i) - 48;
      // Stryker disable next-line EqualityOperator: equivalent (see above): moving a bound by one gives up on a digit
      if (digit < 0 || digit > 9) break;
      n = n * 10 + digit;
    }
    if (i === value.length && i > 0) return n >= 1 ? n : undefined;
  }
  const match = /^\s*(\d+)(?:\.0+)?\s*$/.exec(value);
  if (match === null) return undefined;
  const n = Number(match[1]);
  return n >= 1 && Number.isFinite(n) ? n : undefined;
}

/** R14: a duration source's value, or `invalid_duration` at its path. */
function readSeconds(raw: unknown, field: Field, report: Report): number | typeof INVALID {
  const value = parseWholeSeconds(raw);
  if (value !== undefined) return value;
  report.issue(Section.Duration, 'invalid_duration', field.path, valueParams(raw));
  return INVALID;
}

/** R14: duration sources, highest first. */
const SOURCES: Chain<number> = chainOf(
  [
    FIELD.seconds,
    FIELD.duration,
    FIELD['metadata.seconds'],
    FIELD['metadata.duration'],
    FIELD['metadata.video_duration'],
    FIELD['metadata.output_config.duration'],
  ].map((field): Source<number> => ({ field, read: readSeconds })),
);

/** R14: the winning duration and its source; `undefined` when the winning source was refused. */
export function resolveSeconds(
  fields: Fields,
  catalogIndex: CatalogIndex,
  report: Report,
): Resolved<number> | undefined {
  const winner = resolveChain(fields, SOURCES, report, Section.Duration, String);
  if (winner === INVALID) return undefined;
  return winner ?? { value: catalogIndex.catalog.defaults.seconds, source: 'default' };
}

function allows(set: DurationSet, seconds: number): boolean {
  return 'values' in set ? set.values.includes(seconds) : seconds >= set.min && seconds <= set.max;
}

/** R68: a duration set as params: `values` (as text) or `min` and `max`. */
function durationParams(set: DurationSet): { values: string[] } | { min: number; max: number } {
  return 'values' in set ? { values: set.values.map(String) } : { min: set.min, max: set.max };
}

/**
 * R15: the durations allowed for a scene on a model, and who sets them (`scene`, `model` or `reference_video`).
 * `undefined` when they depend on a model that is unknown.
 */
function allowedDurations(
  scene: Scene,
  model: CatalogModel | undefined,
  referenceVideo: boolean,
  catalogIndex: CatalogIndex,
): { set: DurationSet; by: 'scene' | 'model' | 'reference_video' } | undefined {
  const rule = catalogIndex.catalog.scenes[scene].durations;
  if (rule !== 'model') return { set: rule, by: 'scene' };
  if (model === undefined) return undefined;
  if (referenceVideo && model.withReferenceVideo !== undefined)
    return { set: model.withReferenceVideo.durations, by: 'reference_video' };
  return { set: model.durations, by: 'model' };
}

/** R15: reports `unsupported_duration` when the seconds are outside what the model and scene allow. */
export function checkDuration(seconds: Resolved<number>, scene: Scene, facts: Facts): void {
  const { model, referenceVideo, catalogIndex, report } = facts;
  const allowed = allowedDurations(scene, model, referenceVideo, catalogIndex);
  if (allowed === undefined || allows(allowed.set, seconds.value)) return;
  const path = seconds.source === 'default' ? 'seconds' : seconds.source;
  // R68: who sets the durations, and the model when it is the model (a scene's own rule names no model).
  const by: { by: typeof allowed.by; scene: Scene; model?: string } =
    allowed.by === 'scene' ? { by: 'scene', scene } : { by: allowed.by, model: (model as CatalogModel).alias, scene };
  // Object.assign, not a spread-first literal (V8's slow path, about 1 us); the keys keep their order.
  report.issue(
    Section.Duration,
    'unsupported_duration',
    path,
    Object.assign(by, durationParams(allowed.set), { seconds: seconds.value }),
  );
}

/** R16: billable seconds, raised to the tier's minimum (catalog data). */
export function billableSeconds(seconds: number, tier: string, catalogIndex: CatalogIndex): number {
  return Math.max(seconds, catalogIndex.tiers.minimum(tier));
}
