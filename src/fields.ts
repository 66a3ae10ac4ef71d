/**
 * The raw request's shape (R4): every known field, its dot path, the JSON type it must have (a valibot schema),
 * and the SPEC section it belongs to. The reader, the type checks and the exported schema all come from this one
 * table.
 * @module
 */
import * as v from 'valibot';
import { Section } from './notices.js';

/** A JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const STRING = v.string();
const BOOLEAN = v.boolean();
const ARRAY = v.array(v.unknown());
const OBJECT = v.custom<Record<string, unknown>>(isObject, 'Invalid type: Expected object');
/** Durations and `class_id` are read by their own rules (R14, R44), which also name their own error codes. */
const NUMBER_OR_STRING = v.union([v.number(), v.string()]);

interface FieldDef {
  readonly section: Section;
  readonly schema: v.GenericSchema;
  /** What the field must be, for messages. */
  readonly expects: string;
  /** The schema's type test, compiled once from its definition (see {@link guardOf}). */
  readonly accepts: (value: unknown) => boolean;
}

/**
 * A type test equivalent to `v.is(schema, value)` for the few schema kinds this table uses, read from the schema's
 * definition once at load, so the hot path makes no per-field valibot call. Other schemas fall back to `v.is`.
 */
function guardOf(schema: v.GenericSchema): (value: unknown) => boolean {
  switch (schema.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'array':
      return (schema as v.ArraySchema<v.GenericSchema, undefined>).item.type === 'unknown' ? Array.isArray : (value) => v.is(schema, value);
    default:
      return (value) => v.is(schema, value);
  }
}

const f = (section: Section, schema: v.GenericSchema, expects: string): FieldDef => ({ section, schema, expects, accepts: guardOf(schema) });

/** Every known field by its dot path (R4). */
const DEFS = {
  model: f(Section.Model, STRING, 'a string such as "kling-2.5"'),
  prompt: f(Section.Media, STRING, 'a string'),
  seconds: f(Section.Duration, NUMBER_OR_STRING, 'a whole number of seconds'),
  duration: f(Section.Duration, NUMBER_OR_STRING, 'a whole number of seconds'),
  size: f(Section.Size, STRING, 'a string such as "720x1280" or "1080P"'),
  image: f(Section.Media, STRING, 'a URL string'),
  images: f(Section.Media, ARRAY, 'an array of 1 to 3 URL strings'),
  input_reference: f(Section.Media, STRING, 'a URL string'),
  mode: f(Section.Motion, STRING, 'a string: std or pro'),
  content: f(Section.Media, ARRAY, 'an array of content parts'),
  metadata: f(Section.General, OBJECT, 'an object'),
  'metadata.scene_type': f(Section.Scene, STRING, 'a string'),
  'metadata.motion_level': f(Section.Motion, STRING, 'a string: std or pro'),
  'metadata.mode': f(Section.Motion, STRING, 'a string: std or pro'),
  'metadata.video_url': f(Section.Media, STRING, 'a URL string'),
  'metadata.last_frame_url': f(Section.Media, STRING, 'a URL string'),
  'metadata.last_frame_file_id': f(Section.Media, STRING, 'a string'),
  'metadata.file_infos': f(Section.Media, ARRAY, 'an array of 1 to 3 file objects'),
  'metadata.ext_info': f(Section.Media, STRING, 'a string holding a JSON object'),
  'metadata.output_config': f(Section.General, OBJECT, 'an object'),
  'metadata.resolution': f(Section.Size, STRING, 'a string: 720P or 1080P'),
  'metadata.aspect_ratio': f(Section.Size, STRING, 'a string: 16:9, 9:16 or 1:1'),
  'metadata.audio_generation': f(Section.Audio, STRING, 'a string: Enabled or Disabled'),
  'metadata.audio': f(Section.Audio, BOOLEAN, 'a boolean'),
  'metadata.seconds': f(Section.Duration, NUMBER_OR_STRING, 'a whole number of seconds'),
  'metadata.duration': f(Section.Duration, NUMBER_OR_STRING, 'a whole number of seconds'),
  'metadata.video_duration': f(Section.Duration, NUMBER_OR_STRING, 'a whole number of seconds'),
  'metadata.output_config.duration': f(Section.Duration, NUMBER_OR_STRING, 'a whole number of seconds'),
  'metadata.output_config.resolution': f(Section.Size, STRING, 'a string: 720P or 1080P'),
  'metadata.output_config.aspect_ratio': f(Section.Size, STRING, 'a string: 16:9, 9:16 or 1:1'),
  'metadata.output_config.audio_generation': f(Section.Audio, STRING, 'a string: Enabled or Disabled'),
  'metadata.output_config.storage_mode': f(Section.Output, STRING, 'a string: Permanent or Temporary'),
  'metadata.output_config.media_name': f(Section.Output, STRING, 'a string'),
  'metadata.output_config.class_id': f(Section.Output, NUMBER_OR_STRING, 'a whole number >= 0'),
  'metadata.output_config.expire_time': f(Section.Output, STRING, 'an ISO 8601 date-time string'),
  'metadata.output_config.person_generation': f(Section.Output, STRING, 'a string: AllowAdult or Disallowed'),
  'metadata.output_config.input_compliance_check': f(Section.Output, STRING, 'a string: Enabled or Disabled'),
  'metadata.output_config.output_compliance_check': f(Section.Output, STRING, 'a string: Enabled or Disabled'),
  'metadata.output_config.enhance_switch': f(Section.Output, STRING, 'a string: Enabled or Disabled'),
} as const satisfies Record<string, FieldDef>;

/** The dot path of a known field. */
export type FieldPath = keyof typeof DEFS;

/** A known field: where its value sits in a {@link Fields} table, its dot path, and its type rule. */
export interface Field extends FieldDef {
  readonly slot: number;
  readonly path: FieldPath;
}

/** Every known field's descriptor, by dot path. */
export const FIELD = Object.freeze(
  Object.fromEntries((Object.keys(DEFS) as FieldPath[]).map((path, slot) => [path, Object.freeze({ ...DEFS[path], slot, path })])),
) as { readonly [P in FieldPath]: Field };

const FIELD_COUNT = Object.keys(DEFS).length;

/**
 * The present values of a raw request's known fields, by {@link Field.slot} (absent per R2: missing, null or
 * blank, are `undefined`).
 */
export type Fields = unknown[];

/** A new fields table, all absent. */
export function emptyFields(): Fields {
  return EMPTY.slice();
}

const EMPTY: readonly unknown[] = new Array<unknown>(FIELD_COUNT).fill(undefined);

/** The known keys of one level of the request: key -> field. */
function level(prefix: string): ReadonlyMap<string, Field> {
  const map = new Map<string, Field>();
  for (const field of Object.values(FIELD)) {
    if (!field.path.startsWith(prefix)) continue;
    const key = field.path.slice(prefix.length);
    if (!key.includes('.')) map.set(key, field);
  }
  return map;
}

export const TOP_LEVEL = level('');
export const METADATA = level('metadata.');
export const OUTPUT_CONFIG = level('metadata.output_config.');

/**
 * The value of a field when it has the JSON type its schema wants; otherwise an `invalid_type` issue (R3) and
 * `undefined`. Absent fields give `undefined` silently.
 */
export function typed(fields: Fields, field: Field, report: { issue(s: Section, c: string, p: string, m: string): void }): unknown {
  const value = fields[field.slot];
  if (value === undefined || field.accepts(value)) return value;
  report.issue(field.section, 'invalid_type', field.path, `\`${field.path}\` must be ${field.expects}; got ${describeType(value)}`);
  return undefined;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const t = typeof value;
  return t === 'object' ? 'an object' : `a ${t}`;
}

/** R2: `null` (and `undefined`) and empty or whitespace-only strings count as absent. */
export function isAbsent(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== 'string') return false;
  // Fast path: most strings start with a non-space character.
  const first = value.charCodeAt(0);
  if (first > 32 && first !== 160 && first < 0x1680) return false;
  return !/\S/.test(value);
}



const optional = <S extends v.GenericSchema>(schema: S) => v.optional(v.nullable(schema));
const DURATION_INPUT = optional(NUMBER_OR_STRING);

/**
 * The raw request shape as a valibot schema (R4), for services that want to type or document what they accept.
 * It checks JSON types only; {@link normalizeRequest} applies every rule. Unknown keys pass through.
 */
export const RawVideoRequestSchema = v.looseObject({
  model: v.string(),
  prompt: optional(v.string()),
  seconds: DURATION_INPUT,
  duration: DURATION_INPUT,
  size: optional(v.string()),
  image: optional(v.string()),
  images: optional(v.array(v.string())),
  input_reference: optional(v.string()),
  mode: optional(v.string()),
  content: optional(v.array(v.looseObject({ type: v.string() }))),
  metadata: optional(
    v.looseObject({
      scene_type: optional(v.string()),
      motion_level: optional(v.string()),
      mode: optional(v.string()),
      video_url: optional(v.string()),
      last_frame_url: optional(v.string()),
      last_frame_file_id: optional(v.string()),
      file_infos: optional(
        v.array(
          v.looseObject({
            type: v.string(),
            category: v.string(),
            url: optional(v.string()),
            file_id: optional(v.string()),
            usage: optional(v.string()),
            reference_type: optional(v.string()),
          }),
        ),
      ),
      ext_info: optional(v.string()),
      resolution: optional(v.string()),
      aspect_ratio: optional(v.string()),
      audio_generation: optional(v.string()),
      audio: optional(v.boolean()),
      seconds: DURATION_INPUT,
      duration: DURATION_INPUT,
      video_duration: DURATION_INPUT,
      output_config: optional(
        v.looseObject({
          duration: DURATION_INPUT,
          resolution: optional(v.string()),
          aspect_ratio: optional(v.string()),
          audio_generation: optional(v.string()),
          storage_mode: optional(v.string()),
          media_name: optional(v.string()),
          class_id: optional(NUMBER_OR_STRING),
          expire_time: optional(v.string()),
          person_generation: optional(v.string()),
          input_compliance_check: optional(v.string()),
          output_compliance_check: optional(v.string()),
          enhance_switch: optional(v.string()),
        }),
      ),
    }),
  ),
});

/** The raw request as a client may send it (types only; see {@link RawVideoRequestSchema}). */
export type RawVideoRequest = v.InferInput<typeof RawVideoRequestSchema>;
