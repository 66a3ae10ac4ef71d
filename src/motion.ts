/**
 * Motion level (R30, R31): only motion-control tasks have one.
 * @module
 */
import { type Candidate, INVALID, pick, type Resolved } from './chain.js';
import { MOTION_LEVELS } from './enum.js';
import { type Field, FIELD, type Fields, typed } from './fields.js';
import { type Report, Section, show } from './notices.js';
import type { MotionLevel, Scene } from './types.js';

const SOURCES: readonly Field[] = [FIELD['metadata.motion_level'], FIELD.mode, FIELD['metadata.mode']];

/**
 * R30, R31: the motion level of a motion-control task, with its source. Outside motion control each given field
 * is ignored with a warning, whatever its value, and the result is `undefined`.
 */
export function resolveMotionLevel(
  fields: Fields,
  scene: Scene | undefined,
  report: Report,
): Resolved<MotionLevel> | undefined {
  if (scene === undefined) return undefined;
  if (scene !== 'motion_control') {
    for (const { slot, path } of SOURCES) {
      if (fields[slot] === undefined) continue;
      report.warn(
        Section.Motion,
        'ignored_field',
        path,
        `\`${path}\` only applies to scene_type motion_control and was ignored; to ask for 1080P, set \`metadata.output_config.resolution\` (or \`size\`), not \`mode\``,
      );
    }
    return undefined;
  }
  const list: Candidate<MotionLevel>[] = [];
  for (const field of SOURCES) {
    if (fields[field.slot] === undefined) continue;
    const { path } = field;
    const raw = typed(fields, field, report);
    const value = typeof raw === 'string' ? MOTION_LEVELS.match(raw) : undefined;
    if (typeof raw === 'string' && value === undefined) {
      report.issue(Section.Motion, 'invalid_enum', path, `\`${path}\` must be ${MOTION_LEVELS.allowed}; got ${show(raw)}`);
    }
    list.push({ path, value: value ?? INVALID });
  }
  const winner = pick(list, report, Section.Motion);
  if (winner === INVALID) return undefined;
  return winner ?? { value: 'std', source: 'default' };
}
