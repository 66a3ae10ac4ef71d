/**
 * R74, R81: the JSON Schemas the package ships, from the library's valibot schemas with valibot's official converter.
 * Used by the build (`scripts/request-schema.ts`) and by the tests that check the committed files are current.
 * @module
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import type * as v from 'valibot';

/** A JSON Schema (draft 2020-12) of a valibot schema, with the package's `$id` for `file`, a title and a description. */
function documented(
  schema: v.GenericSchema,
  file: string,
  title: string,
  description: string,
): Record<string, unknown> {
  const { $schema, ...rest } = toJsonSchema(schema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $schema, $id: `https://unpkg.com/kling-video-rules/${file}`, title, description, ...rest };
}

/** R74: the JSON Schema of the raw request. */
export function requestJsonSchemaOf(schema: v.GenericSchema): Record<string, unknown> {
  return documented(
    schema,
    'request.schema.json',
    'Kling video request (POST /v1/videos, JSON)',
    'The shape of a raw Kling video request as kling-video-rules reads it: JSON types only (null counts as absent, enumerations are case-insensitive strings, unknown keys are allowed and warned about). Cross-field rules are checked by normalizeRequest.',
  );
}

/** R81: the JSON Schema of the `TaskSpec`, the output of `requestSchema`. */
export function specJsonSchemaOf(schema: v.GenericSchema): Record<string, unknown> {
  return documented(
    schema,
    'spec.schema.json',
    'Kling video task spec (the output of normalizeRequest)',
    'The canonical, fully resolved task kling-video-rules gives for an accepted request, with its billing tier.',
  );
}
