/**
 * Motion level (R30, R31): only motion-control tasks have one.
 * @module
 */
import type { Facts } from './facts.js';
import { chainOf, enumSource, INVALID, type Pin, resolveChain, type Resolved } from './chain.js';
import { MOTION_LEVELS } from '../read/enum.js';
import { anyPresent, type Field, FIELD, type Fields } from '../read/fields.js';
import { Section } from '../report/report.js';
import type { MotionLevel } from '../shared/types.js';

const FIELDS: readonly Field[] = [FIELD['metadata.motion_level'], FIELD.mode, FIELD['metadata.mode']];
const SOURCES = chainOf(FIELDS.map((field) => enumSource(field, MOTION_LEVELS)));

/**
 * R30, R31: the motion level of a motion-control task, with its source. Outside motion control each given field
 * is ignored with a warning, whatever its value, and the result is `undefined`.
 */
export function resolveMotionLevel(
  fields: Fields,
  facts: Facts,
  pin?: Pin<MotionLevel>,
): Resolved<MotionLevel> | undefined {
  const { scene, catalogIndex, report } = facts;
  if (scene === undefined) return undefined;
  if (!catalogIndex.tiers.sceneHas(scene, 'motionLevel')) {
    // Most requests have none of these fields: one test skips the loop, which would find the same nothing.
    // Stryker disable next-line ConditionalExpression: equivalent (see above)
    if (!anyPresent(fields, SOURCES.reads)) return undefined;
    for (const { slot, path } of FIELDS) {
      if (fields[slot] === undefined) continue;
      report.warn(Section.Motion, 'ignored_field', path, { reason: 'motion', scene });
    }
    return undefined;
  }
  const winner = resolveChain(fields, SOURCES, report, Section.Motion, String, pin);
  if (winner === INVALID) return undefined;
  return winner ?? { value: catalogIndex.catalog.defaults.motionLevel, source: 'default' };
}
