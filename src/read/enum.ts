/**
 * Enumerated string values (R5): matched case-insensitively after trimming, returned in their canonical spelling.
 * @module
 */
import type { Report, Section } from '../report/report.js';
import { valueParams } from '../shared/params.js';
import { ASPECT_RATIO_VALUES, MOTION_LEVEL_VALUES, RESOLUTION_VALUES, SCENE_VALUES } from '../catalog/values.js';

/** A closed set of canonical spellings. */
export interface Enum<T extends string> {
  readonly values: readonly T[];
  /** The canonical spelling of `text`, or `undefined`. */
  match(text: string): T | undefined;
}

/** Builds an {@link Enum} with its look-up table. */
export function makeEnum<const T extends string>(values: readonly T[]): Enum<T> {
  const table = new Map<string, T>(values.map((v) => [v.toLowerCase(), v]));
  for (const v of values) table.set(v, v); // exact spellings need no case folding
  return {
    values,
    match(text: string): T | undefined {
      const exact = table.get(text);
      if (exact !== undefined) return exact;
      return table.get(text.trim().toLowerCase());
    },
  };
}

/**
 * R3, R5: reads an enumerated value at `path`: its canonical spelling, or an issue (`invalid_type` for a
 * non-string, `invalid_enum` naming the allowed values) and `undefined`.
 */
export function readEnum<T extends string>(
  value: unknown,
  path: string,
  values: Enum<T>,
  report: Report,
  section: Section,
): T | undefined {
  if (typeof value !== 'string') {
    report.issue(section, 'invalid_type', path, {
      expected: 'string',
      allowed: [...values.values],
      ...valueParams(value),
    });
    return undefined;
  }
  const match = values.match(value);
  if (match === undefined)
    report.issue(section, 'invalid_enum', path, { allowed: [...values.values], ...valueParams(value) });
  return match;
}

export const SCENES = makeEnum(SCENE_VALUES);
export const RESOLUTIONS = makeEnum(RESOLUTION_VALUES);
export const ASPECT_RATIOS = makeEnum(ASPECT_RATIO_VALUES);
export const SWITCH = makeEnum(['Enabled', 'Disabled']);
export const MOTION_LEVELS = makeEnum(MOTION_LEVEL_VALUES);
export const FILE_TYPES = makeEnum(['File', 'Url']);
export const FILE_CATEGORIES = makeEnum(['Image', 'Video']);
export const FILE_USAGES = makeEnum(['FirstFrame', 'Reference', 'LastFrame']);
export const REFERENCE_TYPES = makeEnum(['feature', 'base']);
export const STORAGE_MODES = makeEnum(['Permanent', 'Temporary']);
export const PERSON_GENERATION = makeEnum(['AllowAdult', 'Disallowed']);
export const SHOT_TYPES = makeEnum(['customize', 'intelligence']);
