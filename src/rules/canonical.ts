/**
 * The canonical request (R51): a spec written back as the one raw request that normalizes to it.
 * @module
 */
import { OUTPUT_OPTION_KEYS } from './output.js';
import type { TaskFile, TaskSpec } from '../shared/types.js';

/**
 * A first frame given by file id (R51, R62): a `File` image entry with usage `FirstFrame`, wherever it stands. The
 * spec lists it after every other entry (media.ts), so writing it as `input_reference` keeps the order.
 */
export function isFirstFrameFileId(file: TaskFile): file is TaskFile & { fileId: string } {
  return (
    file.type === 'File' && file.category === 'Image' && file.usage === 'FirstFrame' && typeof file.fileId === 'string'
  );
}

function fileInfo(file: TaskFile): Record<string, unknown> {
  const entry: Record<string, unknown> = { type: file.type, category: file.category };
  if (file.url !== undefined) entry.url = file.url;
  if (file.fileId !== undefined) entry.file_id = file.fileId;
  if (file.usage !== undefined) entry.usage = file.usage;
  if (file.referenceType !== undefined) entry.reference_type = file.referenceType;
  return entry;
}

/**
 * Writes a spec back as a raw request in one canonical form (R51): `model`, `prompt`, `seconds` (a string),
 * `image` / `images`, and `metadata` with `scene_type` (omitted for standard tasks), `motion_level`, `video_url`,
 * the last frame, `file_infos`, `ext_info` and `output_config`. Normalizing it gives back an equal spec (its
 * `sources` aside) and no warning.
 */
export function toCanonicalRequest(spec: TaskSpec): Record<string, unknown> {
  try {
    return canonical(spec);
  } catch {
    return {}; // R7: a value whose getters or Proxies throw is no spec, and writes no request
  }
}

function canonical(spec: TaskSpec): Record<string, unknown> {
  if (typeof spec !== 'object' || spec === null) return {};
  const request: Record<string, unknown> = { model: spec.model };
  if (spec.prompt !== undefined) request.prompt = spec.prompt;
  request.seconds = String(spec.seconds);
  if (spec.firstFrame !== undefined) request.image = spec.firstFrame;
  const images: readonly string[] = Array.isArray(spec.images) ? spec.images : [];
  if (images.length > 0) request.images = [...images];
  // R51, R62: a first frame given by file id is written as input_reference { file_id }, wherever it stands.
  const all: readonly TaskFile[] = Array.isArray(spec.files) ? spec.files : [];
  const first = all.find(isFirstFrameFileId);
  const files = first === undefined ? all : all.filter((file) => file !== first);
  if (first !== undefined) request.input_reference = { file_id: first.fileId };

  const metadata: Record<string, unknown> = {};
  if (spec.scene !== 'standard') metadata.scene_type = spec.scene;
  if (spec.motionLevel !== undefined) metadata.motion_level = spec.motionLevel;
  if (spec.video !== undefined) metadata.video_url = spec.video;
  if (spec.lastFrame !== undefined) {
    if ('url' in spec.lastFrame) metadata.last_frame_url = spec.lastFrame.url;
    else metadata.last_frame_file_id = spec.lastFrame.fileId;
  }
  if (files.length > 0) metadata.file_infos = files.map(fileInfo);
  if (spec.extInfo !== undefined) metadata.ext_info = spec.extInfo;

  const output: Record<string, unknown> = { duration: spec.seconds, resolution: spec.resolution };
  if (spec.aspectRatio !== undefined) output.aspect_ratio = spec.aspectRatio;
  output.audio_generation = spec.audio ? 'Enabled' : 'Disabled';
  const options: TaskSpec['output'] = typeof spec.output === 'object' && spec.output !== null ? spec.output : {};
  for (const [key, name] of OUTPUT_OPTION_KEYS) {
    const value = options[key];
    if (value !== undefined) output[name] = value;
  }
  metadata.output_config = output;
  request.metadata = metadata;
  return request;
}
