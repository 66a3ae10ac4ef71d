/**
 * Resolution and aspect ratio (R11, R18, R19, R20, R21, R22, R23, R24): three request sources each, with `size` shared between them.
 * @module
 */
import type { Facts } from './facts.js';
import type { CatalogIndex } from '../catalog/catalog-index.js';
import { chainOf, enumSource, INVALID, type Pin, resolveChain, type Resolved } from './chain.js';
import { ASPECT_RATIOS, RESOLUTIONS } from '../read/enum.js';
import { FIELD, type Fields, typed } from '../read/fields.js';
import { type Report, Section } from '../report/report.js';
import { givenWith, valueParams } from '../shared/params.js';
import { parseSize, SNAPPED_SIZES, SUPPORTED_SIZES } from './size.js';
import type { AspectRatio, Resolution } from '../shared/types.js';

/** R18, R23: the request's fields for each, highest first; `size` ranks below them. */
const RESOLUTION_SOURCES = chainOf(
  [FIELD['metadata.output_config.resolution'], FIELD['metadata.resolution']].map((f) => enumSource(f, RESOLUTIONS)),
);
const ASPECT_RATIO_SOURCES = chainOf(
  [FIELD['metadata.output_config.aspect_ratio'], FIELD['metadata.aspect_ratio']].map((f) =>
    enumSource(f, ASPECT_RATIOS),
  ),
);

/** What `size` contributes: a resolution, maybe an aspect ratio; or INVALID; or nothing when absent. */
export interface SizeFacts {
  readonly resolution?: Resolution | typeof INVALID;
  readonly aspectRatio?: AspectRatio | typeof INVALID;
}

const NO_SIZE: SizeFacts = Object.freeze({});

/** R20, R21, R22: reads `size` once, reporting its issue or its snap warning once. */
export function readSizeField(fields: Fields, report: Report): SizeFacts {
  const raw = typed(fields, FIELD['size'], report);
  if (fields[FIELD.size.slot] === undefined) return NO_SIZE;
  if (typeof raw !== 'string') return { resolution: INVALID, aspectRatio: INVALID };
  const parsed = parseSize(raw); // R20: trimmed, whatever its padding (its patterns are linear, R7)
  if (!parsed.ok) {
    report.issue(
      Section.Size,
      parsed.code,
      'size',
      parsed.code === 'invalid_size'
        ? valueParams(raw)
        : givenWith(raw, { sizes: [...SUPPORTED_SIZES], snapped: [...SNAPPED_SIZES] }),
    );
    // A WxH form that fails would also have named an aspect ratio; a bad value is no source of it either way.
    return { resolution: INVALID, aspectRatio: INVALID };
  }
  if (parsed.snapped) {
    report.warn(Section.Size, 'size_snapped', 'size', givenWith(raw, { resolution: parsed.resolution }));
  }
  return parsed.aspectRatio === undefined
    ? { resolution: parsed.resolution }
    : { resolution: parsed.resolution, aspectRatio: parsed.aspectRatio };
}

/**
 * R11, R18: the resolution and its source; `undefined` when the winning source was refused. A `kling-avatar-*`
 * model's fixed resolution ranks below the request's sources; a request value that differs is a conflict.
 */
export function resolveResolution(
  fields: Fields,
  size: SizeFacts,
  facts: Facts,
  pin?: Pin<Resolution>,
): Resolved<Resolution> | undefined {
  const { model, catalogIndex, report } = facts;
  const winner = resolveChain(fields, RESOLUTION_SOURCES, report, Section.Size, String, pin, size.resolution);
  if (pin !== undefined) return winner as Resolved<Resolution>; // R72: the tier's resolution, source 'model'
  if (winner === INVALID) return undefined;
  const fixed = model?.fixedResolution;
  if (winner === undefined)
    return fixed !== undefined
      ? { value: fixed, source: 'model' }
      : { value: catalogIndex.catalog.defaults.resolution, source: 'default' };
  if (fixed !== undefined && winner.value !== fixed) {
    report.issue(Section.Size, 'conflicting_fields', winner.source, {
      reason: 'model_resolution',
      model: model?.alias ?? '',
      fixed,
      value: winner.value,
    });
    return undefined;
  }
  return winner;
}

/**
 * R23, R24: the aspect ratio and its source. Without a source, `16:9` for a standard text-to-video task and
 * none otherwise (the upstream follows the first frame or reference).
 */
export function resolveAspectRatio(
  fields: Fields,
  size: SizeFacts,
  defaultsTo16x9: boolean,
  catalogIndex: CatalogIndex,
  report: Report,
): Resolved<AspectRatio> | typeof INVALID | undefined {
  const winner = resolveChain(fields, ASPECT_RATIO_SOURCES, report, Section.Size, String, undefined, size.aspectRatio);
  if (winner !== undefined) return winner;
  return defaultsTo16x9
    ? { value: catalogIndex.catalog.defaults.textToVideoAspectRatio, source: 'default' }
    : undefined;
}
