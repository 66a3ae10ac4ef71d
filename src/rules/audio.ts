/**
 * Audio (R26, R27, R28, R29).
 * @module
 */
import type { Facts } from './facts.js';
import {
  type Chain,
  chainOf,
  enumSource,
  INVALID,
  type Pin,
  resolveChain,
  type Resolved,
  type Source,
} from './chain.js';
import { SWITCH } from '../read/enum.js';
import { checkType, type Field, FIELD, type Fields } from '../read/fields.js';
import { type Report, Section } from '../report/report.js';
import type { IssueParams } from '../shared/notice-params.js';

/** R26: an `Enabled` / `Disabled` switch (R5) as sound on or off. */
function switchSource(field: Field): Source<boolean> {
  const { read } = enumSource(field, SWITCH);
  return {
    field,
    read: (raw, at, report) => {
      const value = read(raw, at, report);
      return value === INVALID ? INVALID : value === 'Enabled';
    },
  };
}

/** R26, R3: `metadata.audio`, a JSON boolean. */
function readBoolean(raw: unknown, field: Field, report: Report): boolean | typeof INVALID {
  const value = checkType(field, raw, report);
  return typeof value === 'boolean' ? value : INVALID;
}

/** R26: audio sources, highest first. */
const SOURCES: Chain<boolean> = chainOf<boolean>([
  switchSource(FIELD['metadata.output_config.audio_generation']),
  switchSource(FIELD['metadata.audio_generation']),
  { field: FIELD['metadata.audio'], read: readBoolean },
]);

const display = (on: boolean) => (on ? 'Enabled' : 'Disabled');

/** R26: whether sound is asked for, and by which field; `undefined` when the winning source was refused. */
export function resolveAudio(fields: Fields, report: Report, pin?: Pin<boolean>): Resolved<boolean> | undefined {
  const winner = resolveChain(fields, SOURCES, report, Section.Audio, display, pin);
  if (winner === INVALID) return undefined;
  return winner ?? { value: false, source: 'default' };
}

/**
 * R27, R28, R29: sound must be possible for the model, the scene and the inputs. One issue at most, at the field that
 * asked for sound.
 */
export function checkAudio(audio: Resolved<boolean>, facts: Facts): void {
  const { model, scene, referenceVideo, catalogIndex, report } = facts;
  if (!audio.value) return;
  let params: IssueParams['unsupported_audio'] | undefined;
  if (model !== undefined && !model.audio) params = { reason: 'model', model: model.alias };
  else if (scene !== undefined && !catalogIndex.tiers.sceneHas(scene, 'audio')) params = { reason: 'scene', scene };
  else if (model?.withReferenceVideo !== undefined && referenceVideo && !model.withReferenceVideo.audio) {
    params = { reason: 'reference_video', model: model.alias };
  }
  if (params === undefined) return;
  // R68: the value that turns sound off at the field that asked for it, so that a message can offer it; a tier
  // used as the model (R72) has none (the remedy is another model).
  const field = audio.source === 'model' ? undefined : FIELD[audio.source as keyof typeof FIELD];
  if (field !== undefined) params.off = field.expects === 'boolean' ? String(false) : display(false);
  report.issue(Section.Audio, 'unsupported_audio', audio.source, params);
}
