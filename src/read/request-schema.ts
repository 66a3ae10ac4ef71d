/**
 * The raw request's shape as a valibot schema (R74), built from the field table (R4) so that the JSON types of the
 * known fields are written once. It describes shapes (R3), not cross-field rules: every optional field may be
 * `null` (R2), enumerations are strings (R5 folds their case), unknown keys are allowed (R4 only warns), and array
 * elements are described as far as the library reads them whatever the rest of the request says. The build turns
 * it into `request.schema.json` (JSON Schema draft 2020-12) with valibot's official converter; the library itself
 * reads requests with plain checks, so this module is not on the request path.
 * @module
 */
import * as v from 'valibot';
import { FIELD, type Field, type FieldPath } from './fields.js';
import { isBlob } from '../shared/guard.js';

/**
 * An optional field: absent, `null` (R2), or of its JSON type. A blank string counts as absent only where a string
 * belongs (R2), so it needs no case of its own: where an object, an array or a boolean belongs it is `invalid_type`.
 */
const nullable = (schema: v.GenericSchema) => v.optional(schema.type === 'unknown' ? schema : v.nullable(schema));

/** A `{ url }` object or a URL string, where content parts and `input_reference` allow one (R35, R62). */
const INPUT_REFERENCE = v.union([
  v.string(),
  v.looseObject({ image_url: nullable(v.string()), file_id: nullable(v.string()) }),
]);

/** Array elements, by the array's dot path: what the media rules read from each element (R33, R34, R35, R36). */
const ITEMS: Partial<Record<FieldPath, v.GenericSchema>> = {
  images: v.string(),
  content: v.looseObject({ type: v.string() }),
  'metadata.file_infos': v.looseObject({ type: v.string(), category: v.string(), usage: nullable(v.string()) }),
};

/** R31: outside `motion_control` these are ignored whatever their value, so their type depends on the scene. */
const SCENE_DEPENDENT: ReadonlySet<string> = new Set<FieldPath>(['mode', 'metadata.mode', 'metadata.motion_level']);

/**
 * A JSON object. valibot's object schemas also take arrays (and check a copy of the value they build), while JSON
 * Schema's `type: object` does not: the array test comes first. A file is no object (R61).
 */
const JSON_OBJECT = v.pipe(
  v.unknown(),
  v.check((value) => !Array.isArray(value) && !isBlob(value)),
  v.looseObject({}),
);

/**
 * The JSON type of each `expects` of the field table, as valibot: the shape the reader's type tests check (a test
 * holds them to each other). Arrays and objects are refined per field below.
 */
export const KIND_SCHEMAS: Readonly<Record<string, v.GenericSchema>> = {
  string: v.string(),
  url: v.string(),
  boolean: v.boolean(),
  number_or_string: v.union([v.number(), v.string()]),
  input_reference: v.union([v.string(), JSON_OBJECT]),
  array: v.array(v.unknown()),
  object: JSON_OBJECT,
};

/** The JSON type of a field, from its `expects` in the field table, with its elements or members. */
function schemaOfField(field: Field, children: () => Record<string, v.GenericSchema>): v.GenericSchema {
  if (SCENE_DEPENDENT.has(field.path)) return v.unknown();
  switch (field.expects) {
    case 'input_reference':
      return INPUT_REFERENCE;
    case 'array':
      return v.array(ITEMS[field.path] ?? v.unknown());
    case 'object':
      return v.looseObject(children());
    default: {
      const kind = KIND_SCHEMAS[field.expects];
      if (kind === undefined) throw new Error(`request-schema: no JSON type for ${field.path} (${field.expects})`);
      return kind;
    }
  }
}

/** The known keys directly under `prefix`, each typed, optional and nullable (but `model`). */
function entries(prefix: string): Record<string, v.GenericSchema> {
  const out: Record<string, v.GenericSchema> = {};
  for (const field of Object.values(FIELD)) {
    if (!field.path.startsWith(prefix) || field.path.slice(prefix.length).includes('.')) continue;
    const key = field.path.slice(prefix.length);
    const type = schemaOfField(field, () => entries(`${field.path}.`));
    out[key] = prefix === '' && key === 'model' ? type : nullable(type);
  }
  return out;
}

/** The raw JSON request (sections 1-9, R62) as a valibot schema: shapes only (R74). */
export const RequestSchema = v.looseObject(entries(''));
