/**
 * The raw request's shape (R4): every known field, its dot path, the JSON type it must have (a valibot schema),
 * and the SPEC section it belongs to. The reader, the type checks and the exported schema all come from this one
 * table.
 * @module
 */
import * as v from 'valibot';
import { given, type Report, Section } from '../messages/notices.js';

/** A JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const STRING = v.string();
const BOOLEAN = v.custom<boolean>((value) => typeof value === 'boolean');
const ARRAY = v.custom<unknown[]>(Array.isArray, 'Invalid type: Expected array');
const OBJECT = v.custom<Record<string, unknown>>(isObject, 'Invalid type: Expected object');
/** Durations and `class_id` are read by their own rules (R14, R44), which also name their own error codes. */
/** R62: `input_reference` is a URL string or the SDKs' object `{ image_url }` / `{ file_id }` (a form may send a file). */
const STRING_OR_OBJECT = v.custom<string | Record<string, unknown>>((value) => typeof value === 'string' || isObject(value));
const NUMBER_OR_STRING = v.custom<number | string>((value) => typeof value === 'number' || typeof value === 'string');

interface FieldDef {
  readonly section: Section;
  readonly schema: v.GenericSchema;
  /** What the field must be, as `invalid_type`'s `expected` token (R68): read from the schema. */
  readonly expects: string;
  /** The schema's type test, compiled once from its definition (see {@link guardOf}). */
  readonly accepts: (value: unknown) => boolean;
}

/**
 * A type test equivalent to `v.is(schema, value)` for the two schema kinds this table uses (`string` and `custom`),
 * read from the schema's definition once at load, so the hot path makes no per-field valibot call.
 */
function guardOf(schema: v.GenericSchema): (value: unknown) => boolean {
  return schema.type === 'custom' ? (schema as v.CustomSchema<unknown, undefined>).check : (value) => typeof value === 'string';
}

const EXPECTS = new Map<v.GenericSchema, string>([
  [STRING, 'string'],
  [BOOLEAN, 'boolean'],
  [ARRAY, 'array'],
  [OBJECT, 'object'],
  [NUMBER_OR_STRING, 'number_or_string'],
  [STRING_OR_OBJECT, 'input_reference'],
]);

const f = (section: Section, schema: v.GenericSchema): FieldDef => ({
  section,
  schema,
  expects: EXPECTS.get(schema) ?? schema.expects,
  accepts: guardOf(schema),
});

/** Every known field by its dot path (R4). */
const DEFS = {
  model: f(Section.Model, STRING),
  prompt: f(Section.Media, STRING),
  seconds: f(Section.Duration, NUMBER_OR_STRING),
  duration: f(Section.Duration, NUMBER_OR_STRING),
  size: f(Section.Size, STRING),
  image: f(Section.Media, STRING),
  images: f(Section.Media, ARRAY),
  input_reference: f(Section.Media, STRING_OR_OBJECT),
  mode: f(Section.Motion, STRING),
  content: f(Section.Media, ARRAY),
  metadata: f(Section.General, OBJECT),
  'metadata.scene_type': f(Section.Scene, STRING),
  'metadata.motion_level': f(Section.Motion, STRING),
  'metadata.mode': f(Section.Motion, STRING),
  'metadata.video_url': f(Section.Media, STRING),
  'metadata.last_frame_url': f(Section.Media, STRING),
  'metadata.last_frame_file_id': f(Section.Media, STRING),
  'metadata.file_infos': f(Section.Media, ARRAY),
  'metadata.ext_info': f(Section.Media, STRING),
  'metadata.output_config': f(Section.General, OBJECT),
  'metadata.resolution': f(Section.Size, STRING),
  'metadata.aspect_ratio': f(Section.Size, STRING),
  'metadata.audio_generation': f(Section.Audio, STRING),
  'metadata.audio': f(Section.Audio, BOOLEAN),
  'metadata.seconds': f(Section.Duration, NUMBER_OR_STRING),
  'metadata.duration': f(Section.Duration, NUMBER_OR_STRING),
  'metadata.video_duration': f(Section.Duration, NUMBER_OR_STRING),
  'metadata.output_config.duration': f(Section.Duration, NUMBER_OR_STRING),
  'metadata.output_config.resolution': f(Section.Size, STRING),
  'metadata.output_config.aspect_ratio': f(Section.Size, STRING),
  'metadata.output_config.audio_generation': f(Section.Audio, STRING),
  'metadata.output_config.storage_mode': f(Section.Output, STRING),
  'metadata.output_config.media_name': f(Section.Output, STRING),
  'metadata.output_config.class_id': f(Section.Output, NUMBER_OR_STRING),
  'metadata.output_config.expire_time': f(Section.Output, STRING),
  'metadata.output_config.person_generation': f(Section.Output, STRING),
  'metadata.output_config.input_compliance_check': f(Section.Output, STRING),
  'metadata.output_config.output_compliance_check': f(Section.Output, STRING),
  'metadata.output_config.enhance_switch': f(Section.Output, STRING),
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

/** The known keys of one level of the request, key -> field. */
export type Level = { readonly [key: string]: Field | undefined };

/**
 * The known keys of one level, as a prototype-free object: a property look-up is faster than `Map.get` here, and
 * with no prototype, `__proto__` or `constructor` find nothing.
 */
function level(prefix: string): Level {
  const table: Record<string, Field> = Object.create(null) as Record<string, Field>;
  for (const field of Object.values(FIELD)) {
    if (!field.path.startsWith(prefix)) continue;
    const key = field.path.slice(prefix.length);
    if (!key.includes('.')) table[key] = field;
  }
  return table;
}

export const TOP_LEVEL = level('');
export const METADATA = level('metadata.');
export const OUTPUT_CONFIG = level('metadata.output_config.');

/**
 * The SPEC section of any dot path of the raw request, for ordering notices (R6): the section of the longest known
 * field path it starts with (`metadata.file_infos.1.url` -> media), or general.
 */
export function sectionOf(path: string): Section {
  for (let end = path.length; end > 0; end = path.lastIndexOf('.', end - 1)) {
    const prefix = path.slice(0, end);
    if (Object.hasOwn(FIELD, prefix)) return FIELD[prefix as FieldPath].section;
  }
  return Section.General;
}

/**
 * The value of a field when it has the JSON type its schema wants; otherwise an `invalid_type` issue (R3) and
 * `undefined`. Absent fields give `undefined` silently.
 */
export function typed(fields: Fields, field: Field, report: Report): unknown {
  return checkType(field, fields[field.slot], report);
}

/** {@link typed} for a value already in hand. */
export function checkType(field: Field, value: unknown, report: Report): unknown {
  if (value === undefined || field.accepts(value)) return value;
  report.issue(field.section, 'invalid_type', field.path, { expected: field.expects, ...given(value) });
  return undefined;
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



type Maybe<T> = T | null | undefined;
type Seconds = Maybe<number | string>;

/**
 * The raw request as clients send it (R4), for typing what a gateway accepts. Types only: the library reads any
 * `unknown` value and checks every field itself.
 */
export interface RawVideoRequest {
  model: string;
  prompt?: Maybe<string>;
  seconds?: Seconds;
  duration?: Seconds;
  size?: Maybe<string>;
  image?: Maybe<string>;
  images?: Maybe<string[]>;
  input_reference?: Maybe<string | { image_url?: Maybe<string>; file_id?: Maybe<string> }>;
  mode?: Maybe<string>;
  content?: Maybe<({ type: string } & Record<string, unknown>)[]>;
  metadata?: Maybe<{
    scene_type?: Maybe<string>;
    motion_level?: Maybe<string>;
    mode?: Maybe<string>;
    video_url?: Maybe<string>;
    last_frame_url?: Maybe<string>;
    last_frame_file_id?: Maybe<string>;
    file_infos?: Maybe<
      { type: string; category: string; url?: Maybe<string>; file_id?: Maybe<string>; usage?: Maybe<string>; reference_type?: Maybe<string> }[]
    >;
    ext_info?: Maybe<string>;
    resolution?: Maybe<string>;
    aspect_ratio?: Maybe<string>;
    audio_generation?: Maybe<string>;
    audio?: Maybe<boolean>;
    seconds?: Seconds;
    duration?: Seconds;
    video_duration?: Seconds;
    output_config?: Maybe<{
      duration?: Seconds;
      resolution?: Maybe<string>;
      aspect_ratio?: Maybe<string>;
      audio_generation?: Maybe<string>;
      storage_mode?: Maybe<string>;
      media_name?: Maybe<string>;
      class_id?: Maybe<number | string>;
      expire_time?: Maybe<string>;
      person_generation?: Maybe<string>;
      input_compliance_check?: Maybe<string>;
      output_compliance_check?: Maybe<string>;
      enhance_switch?: Maybe<string>;
    }>;
  }>;
}
