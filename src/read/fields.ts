/**
 * The raw request's shape (R4): every known field, its dot path, the JSON type it must have, and the SPEC section
 * it belongs to. The reader, the type checks and the request's valibot schema (`request-schema.ts`, from which the
 * JSON Schema of R74 is generated) all come from this one table. The type tests are plain functions: the request
 * path makes no valibot call, and bundles that only read requests do not carry valibot's schemas.
 * @module
 */
import { type Report, Section } from '../report/report.js';
import { isObject } from '../shared/guard.js';
import type { Expected } from '../shared/notice-params.js';
import { valueParams } from '../shared/params.js';

/** A JSON type a field may have: its `invalid_type` token (R68) and its test. */
interface Kind {
  readonly expects: Expected;
  readonly accepts: (value: unknown) => boolean;
  /** R2: whether a blank string is absent here (string fields); elsewhere it is a value of the wrong type (R3). */
  readonly text: boolean;
  /** R61: whether an uploaded file may stand here (`image`, `input_reference`); elsewhere a file is `invalid_type`. */
  readonly file: boolean;
}

function isString(value: unknown): boolean {
  return typeof value === 'string';
}
function isBoolean(value: unknown): boolean {
  return typeof value === 'boolean';
}
/** R62: `input_reference` is a URL string or the SDKs' object `{ image_url }` / `{ file_id }` (a form may send a file). */
function isStringOrObject(value: unknown): boolean {
  return typeof value === 'string' || isObject(value);
}
/** Durations and `class_id` are read by their own rules (R14, R44), which also name their own error codes. */
function isNumberOrString(value: unknown): boolean {
  return typeof value === 'number' || typeof value === 'string';
}

const STRING: Kind = { expects: 'string', accepts: isString, text: true, file: false };
const BOOLEAN: Kind = { expects: 'boolean', accepts: isBoolean, text: false, file: false };
const ARRAY: Kind = { expects: 'array', accepts: Array.isArray, text: false, file: false };
const OBJECT: Kind = { expects: 'object', accepts: isObject, text: false, file: false };
/** A URL (R32): a string, whose checks are the URL rule's; a file here is refused saying a URL is expected (R61). */
const URL_TEXT: Kind = { expects: 'url', accepts: isString, text: true, file: false };
/** R61: `image` is a URL or an uploaded file. */
const IMAGE: Kind = { expects: 'url', accepts: isString, text: true, file: true };
const STRING_OR_OBJECT: Kind = { expects: 'input_reference', accepts: isStringOrObject, text: true, file: true };
const NUMBER_OR_STRING: Kind = { expects: 'number_or_string', accepts: isNumberOrString, text: true, file: false };

interface FieldDef extends Kind {
  readonly section: Section;
}

const f = (section: Section, kind: Kind): FieldDef => ({ section, ...kind });

/** Every known field by its dot path (R4). */
const DEFS = {
  model: f(Section.Model, STRING),
  prompt: f(Section.Media, STRING),
  seconds: f(Section.Duration, NUMBER_OR_STRING),
  duration: f(Section.Duration, NUMBER_OR_STRING),
  size: f(Section.Size, STRING),
  image: f(Section.Media, IMAGE),
  images: f(Section.Media, ARRAY),
  input_reference: f(Section.Media, STRING_OR_OBJECT),
  mode: f(Section.Motion, STRING),
  content: f(Section.Media, ARRAY),
  metadata: f(Section.General, OBJECT),
  'metadata.scene_type': f(Section.Scene, STRING),
  'metadata.motion_level': f(Section.Motion, STRING),
  'metadata.mode': f(Section.Motion, STRING),
  'metadata.video_url': f(Section.Media, URL_TEXT),
  'metadata.last_frame_url': f(Section.Media, URL_TEXT),
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

/**
 * A known field: where its value sits in a {@link Fields} table, its dot path, and its type rule; as a
 * {@link FieldSet} of one, it is its own place in the table's set of present fields.
 */
export interface Field extends FieldDef, FieldSet {
  readonly slot: number;
  readonly path: FieldPath;
}

const FIELD_COUNT = Object.keys(DEFS).length;
/**
 * The slots of the two words after the values that say which fields are present: 30 fields each, so that a word
 * stays a small integer (V8's Smi, 31 bits with pointer compression) and marking a field allocates nothing.
 */
const LOW = FIELD_COUNT;
const HIGH = FIELD_COUNT + 1;
const BITS = 30;

/** Every known field's descriptor, by dot path. */
export const FIELD = Object.freeze(
  Object.fromEntries(
    (Object.keys(DEFS) as FieldPath[]).map((path, slot) => [
      path,
      Object.freeze({
        ...DEFS[path],
        slot,
        path,
        low: slot < BITS ? 1 << slot : 0,
        high: slot < BITS ? 0 : 1 << (slot - BITS),
      }),
    ]),
  ),
) as { readonly [P in FieldPath]: Field };

/**
 * The present values of a raw request's known fields, by {@link Field.slot} (absent per R2: missing, null or
 * blank, are `undefined`), followed by the set of the present ones (see {@link FieldSet}). Only the reader writes
 * it: the values, then each level's set with {@link markPresent}. The two mask words are touched only through
 * {@link markPresent} and {@link anyPresent}; values are read as `fields[FIELD.x.slot]`, typed by the field table.
 * Accessor functions for the values were measured 2-3 % slower per request (A/B in one process, 6 runs of 41
 * rounds: the rules' larger functions stop inlining them), past what a restructuring may cost, so they were not kept.
 */
export type Fields = unknown[];

/** A new fields table, all absent. */
export function emptyFields(): Fields {
  return EMPTY.slice();
}

const EMPTY: readonly unknown[] = /* @__PURE__ */ (() => {
  // A shorter array grows to its length when the two words are set, its missing values read as `undefined`.
  // Stryker disable next-line ArrayDeclaration,ArithmeticOperator: equivalent (see above)
  const table = new Array<unknown>(FIELD_COUNT + 2).fill(undefined);
  table[LOW] = 0;
  table[HIGH] = 0;
  return table;
})();

/**
 * Marks the fields of a set, given as its `low` and `high` masks, present. The reader gathers a level's fields in
 * a set of its own and marks them once, so that reading a field costs no more than storing its value.
 */
export function markPresent(fields: Fields, low: number, high: number): void {
  fields[LOW] = (fields[LOW] as number) | low;
  fields[HIGH] = (fields[HIGH] as number) | high;
}

/**
 * A set of known fields as two masks of 30 bits, made once per rule: whether a request has any of them is one test
 * of the table's present set, not a look-up per field (a rule whose fields are all absent, such as the
 * output options or the motion level of most requests, then costs nothing).
 */
export interface FieldSet {
  readonly low: number;
  readonly high: number;
}

/** The {@link FieldSet} of `fields`. */
export function fieldSet(fields: readonly Field[]): FieldSet {
  let low = 0;
  let high = 0;
  for (const field of fields) {
    low |= field.low;
    high |= field.high;
  }
  return { low, high };
}

/** Whether the table holds a present value for any field of `set`. */
export function anyPresent(fields: Fields, set: FieldSet): boolean {
  return ((fields[LOW] as number) & set.low) !== 0 || ((fields[HIGH] as number) & set.high) !== 0;
}

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
  // Stryker disable next-line EqualityOperator: equivalent: the empty prefix is no field, and the loop then ends
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
  report.issue(field.section, 'invalid_type', field.path, { expected: field.expects, ...valueParams(value) });
  return undefined;
}

/** R2: `null` (and `undefined`) and empty or whitespace-only strings count as absent. */
export function isAbsent(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== 'string') return false;
  // Fast path: most strings start with a character that is not white space (JavaScript's white space and line
  // terminators lie in 9-13, 32, 160, 0x1680-0x3000 and 0xFEFF; CJK text starts above 0x3000).
  const first = value.charCodeAt(0);
  // A mutant that makes this test give up more often leaves the answer to the pattern below: equivalent.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent (see above)
  if (first > 32 && first !== 160 && (first < 0x1680 || (first > 0x3000 && first !== 0xfeff))) return false;
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
      {
        type: string;
        category: string;
        url?: Maybe<string>;
        file_id?: Maybe<string>;
        usage?: Maybe<string>;
        reference_type?: Maybe<string>;
      }[]
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
