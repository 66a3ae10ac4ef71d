/**
 * The request as a Standard Schema (R81): validator-agnostic frameworks (Hono's standard validator, tRPC, oRPC,
 * Elysia) take `requestSchema` as it is. Its `validate` normalizes with the rules it is bound to and gives the
 * `TaskSpec` or the issues, each with its path as keys; its `jsonSchema` gives R74's request schema and the spec's
 * (Standard JSON Schema, for the targets `draft-2020-12` and `draft-07`). The interface types are written here, as
 * the Standard Schema project asks libraries to (no dependency); a type test holds them to `@standard-schema/spec`.
 * @module
 */
import { deepFreeze } from '../catalog/catalog.js';
import { readOwn } from '../shared/guard.js';
import { requestJsonSchema } from '../read/request-json.js';
import type { NormalizeResult, TaskSpec } from '../shared/types.js';
import specSchema from '../wire/spec.schema.json';

/** One issue as the Standard Schema reads it: its message and its path as keys (numbers for array indexes). */
export interface StandardIssue {
  readonly message: string;
  readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined;
}

/** The result of `validate`: the spec, or the issues. */
export type StandardResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: readonly StandardIssue[] };

/** Standard JSON Schema's options: the target draft (`draft-2020-12`, `draft-07`; any other throws). */
export interface JsonSchemaOptions {
  readonly target: 'draft-2020-12' | 'draft-07' | 'openapi-3.0' | (string & {});
  readonly libraryOptions?: Record<string, unknown> | undefined;
}

/** Standard Schema v1 with Standard JSON Schema, of the raw request (input) and the `TaskSpec` (output). */
export interface RequestSchema {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: 'kling-video-rules';
    readonly validate: (value: unknown) => StandardResult<TaskSpec>;
    readonly types?: { readonly input: unknown; readonly output: TaskSpec } | undefined;
    readonly jsonSchema: {
      readonly input: (options: JsonSchemaOptions) => Record<string, unknown>;
      readonly output: (options: JsonSchemaOptions) => Record<string, unknown>;
    };
  };
}

/** A notice's dot path as keys: numbers for array indexes (`metadata.file_infos.1.url` -> `['metadata', 'file_infos', 1, 'url']`). */
export function pathKeys(path: string): (string | number)[] {
  return path === '' ? [] : path.split('.').map((key) => (/^(0|[1-9]\d*)$/.test(key) ? Number(key) : key));
}

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

/**
 * A JSON Schema for a target: the 2020-12 document as generated, or the same for draft-07 (the generated schemas use
 * nothing that differs between the two drafts but `$schema`). Any other target throws a `TypeError`, as Standard JSON
 * Schema asks of a library that lacks it: the one exception to R7.
 */
function forTarget(schema: Readonly<Record<string, unknown>>, options: JsonSchemaOptions): Record<string, unknown> {
  const target = readOwn(options, 'target');
  const copy = JSON.parse(JSON.stringify(schema)) as Record<string, unknown>;
  if (target === 'draft-2020-12') return copy;
  if (target === 'draft-07') return { ...copy, $schema: DRAFT_07 };
  throw new TypeError(
    `kling-video-rules: no JSON Schema for the target ${JSON.stringify(target)}; use draft-2020-12 or draft-07`,
  );
}

const SPEC_SCHEMA: Readonly<Record<string, unknown>> = /* @__PURE__ */ deepFreeze(specSchema);

/** R81: the Standard Schema of the request for one catalog's `normalizeRequest`. */
export function standardSchemaOf(normalize: (raw: unknown) => NormalizeResult): RequestSchema {
  return Object.freeze({
    '~standard': Object.freeze({
      version: 1 as const,
      vendor: 'kling-video-rules' as const,
      validate(value: unknown): StandardResult<TaskSpec> {
        const result = normalize(value);
        if (result.ok) return { value: result.spec };
        return { issues: result.issues.map(({ message, path }) => ({ message, path: pathKeys(path) })) };
      },
      jsonSchema: Object.freeze({
        input: (options: JsonSchemaOptions) => forTarget(requestJsonSchema, options),
        output: (options: JsonSchemaOptions) => forTarget(SPEC_SCHEMA, options),
      }),
    }),
  });
}
