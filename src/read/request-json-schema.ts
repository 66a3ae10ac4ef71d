/**
 * R74: the request's JSON Schema from its valibot schema, with valibot's official converter. Used by the build
 * (`scripts/request-schema.ts`) and by the test that checks the committed `request.schema.json` is current.
 * @module
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import type * as v from 'valibot';

/** The JSON Schema (draft 2020-12) of a request schema, with the package's `$id`, title and description. */
export function requestJsonSchemaOf(schema: v.GenericSchema): Record<string, unknown> {
  const { $schema, ...rest } = toJsonSchema(schema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $schema,
    $id: 'https://unpkg.com/kling-video-rules/request.schema.json',
    title: 'Kling video request (POST /v1/videos, JSON)',
    description:
      'The shape of a raw Kling video request as kling-video-rules reads it: JSON types only (null counts as absent, enumerations are case-insensitive strings, unknown keys are allowed and warned about). Cross-field rules are checked by normalizeRequest.',
    ...rest,
  };
}

/** R81: the JSON Schema (draft 2020-12) of the `TaskSpec`, the output of `requestSchema`. */
export function specJsonSchemaOf(schema: v.GenericSchema): Record<string, unknown> {
  const { $schema, ...rest } = toJsonSchema(schema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $schema,
    $id: 'https://unpkg.com/kling-video-rules/spec.schema.json',
    title: 'Kling video task spec (the output of normalizeRequest)',
    description:
      'The canonical, fully resolved task kling-video-rules gives for an accepted request, with its billing tier.',
    ...rest,
  };
}
