/**
 * Audio (R26-R29).
 * @module
 */
import type { CatalogModel } from '../catalog/catalog.js';
import { type Candidate, INVALID, pick, type Pin, pinned, type Resolved } from './chain.js';
import { readEnum, SWITCH } from '../read/enum.js';
import { type Field, FIELD, type Fields, typed } from '../read/fields.js';
import { type Report, Section } from '../messages/notices.js';
import type { Book } from '../catalog/book.js';
import type { NoticeParams, Scene } from '../types.js';

const SWITCH_SOURCES: readonly Field[] = [FIELD['metadata.output_config.audio_generation'], FIELD['metadata.audio_generation']];

/** R26: whether sound is asked for, and by which field; `undefined` when the winning source was refused. */
export function resolveAudio(fields: Fields, report: Report, pin?: Pin<boolean>): Resolved<boolean> | undefined {
  const list: Candidate<boolean>[] = [];
  for (const field of SWITCH_SOURCES) {
    if (fields[field.slot] === undefined) continue;
    const value = readEnum(fields[field.slot], field.path, SWITCH, report, Section.Audio);
    list.push({ value: value === undefined ? INVALID : value === 'Enabled', source: field.path });
  }
  if (fields[FIELD['metadata.audio'].slot] !== undefined) {
    const raw = typed(fields, FIELD['metadata.audio'], report);
    list.push({ value: typeof raw === 'boolean' ? raw : INVALID, source: 'metadata.audio' });
  }
  const display = (on: boolean) => (on ? 'Enabled' : 'Disabled');
  if (pin !== undefined) return pinned(list, pin, report, Section.Audio, display);
  const winner = pick(list, report, Section.Audio, display);
  if (winner === INVALID) return undefined;
  return winner ?? { value: false, source: 'default' };
}

/**
 * R27-R29: sound must be possible for the model, the scene and the inputs. One issue at most, at the field that
 * asked for sound.
 */
export function checkAudio(
  audio: Resolved<boolean>,
  model: CatalogModel | undefined,
  scene: Scene | undefined,
  referenceVideo: boolean,
  book: Book,
  report: Report,
): void {
  if (!audio.value) return;
  let params: NoticeParams | undefined;
  if (model !== undefined && !model.audio) params = { reason: 'model', model: model.alias };
  else if (scene !== undefined && !book.tiers.sceneHas(scene, 'audio')) params = { reason: 'scene', scene };
  else if (model?.withReferenceVideo !== undefined && referenceVideo && !model.withReferenceVideo.audio) {
    params = { reason: 'reference_video', model: model.alias };
  }
  if (params !== undefined) report.issue(Section.Audio, 'unsupported_audio', audio.source, params);
}
