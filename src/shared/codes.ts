/**
 * Issue and warning codes (SPEC section 14). Codes are public API: adding one is minor, renaming one is breaking.
 * The lists are data; the English table (en.ts) `satisfies` a record of exactly these codes, so a code cannot exist
 * without its message, nor a message without its code.
 * @module
 */

/** Every issue code the library reports. */
export const ISSUE_CODES = /* @__PURE__ */ Object.freeze([
  'invalid_type',
  'missing_field',
  'invalid_enum',
  'unknown_model',
  'conflicting_fields',
  'unsupported_scene',
  'invalid_duration',
  'unsupported_duration',
  'invalid_size',
  'unsupported_size',
  'unsupported_audio',
  'invalid_url',
  'unsupported_url_scheme',
  'insecure_url',
  'non_public_url',
  'too_many_items',
  'field_too_long',
  'invalid_ext_info',
  'invalid_multi_shot',
  'unsupported_multi_shot',
  'missing_first_frame',
  'missing_reference_video',
  'missing_image',
  'invalid_datetime',
  'invalid_value',
  'invalid_json',
  'body_too_large',
  'invalid_form',
  'unsupported_media_type',
  'file_too_large',
  'missing_upload',
  'unsupported_content_type',
  'missing_price',
  'invalid_price_table',
  'invalid_task',
  'invalid_catalog',
  'no_upstream_model',
  'invalid_upstream_task',
] as const);

/**
 * The issue codes that are the operator's configuration, not the client's request (R64): a 500 with no details. They
 * come from price tables, catalogs, tasks and the upstream, never from a request body. They are the last six of
 * {@link ISSUE_CODES}, written again on purpose: deriving either list from the other (a slice, a spread) keeps the
 * whole list in every bundle that answers errors (+640 bytes gzipped of the gateway's, measured); a test checks
 * the two agree.
 */
export const CONFIGURATION_CODES: ReadonlySet<string> = new Set<IssueCode>([
  'missing_price',
  'invalid_price_table',
  'invalid_task',
  'invalid_catalog',
  'no_upstream_model',
  'invalid_upstream_task',
]);

/** Every warning code the library reports. */
export const WARNING_CODES = /* @__PURE__ */ Object.freeze([
  'unknown_field',
  'ignored_field',
  'overridden_field',
  'size_snapped',
  'notices_truncated',
] as const);

/** The codes of a failed video's `error` (R65, R77): not notices, but a message table writes them too. */
export const TASK_ERROR_CODES = /* @__PURE__ */ Object.freeze([
  'task_failed',
  'cancelled',
  'no_output',
  'content_policy_violation',
  'invalid_input',
  'input_not_found',
  'upstream_busy',
  'timeout',
  'generation_failed',
] as const);

/** A message table's entries that are no code (R64): the error body's suffix and its 500 messages. */
export const TABLE_ENTRIES = /* @__PURE__ */ Object.freeze(['more_issues', 'server_error'] as const);

/** An issue code. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/** A warning code. */
export type WarningCode = (typeof WARNING_CODES)[number];

/** A task error code (R65, R77). */
export type TaskErrorCode = (typeof TASK_ERROR_CODES)[number];

/**
 * Every key a complete message table has: each issue and warning code, each task error code, and the two entries of
 * R64. The zh-CN table `satisfies` a record of exactly these, so the compiler finds a code a language lacks.
 */
export type MessageKey = IssueCode | WarningCode | TaskErrorCode | (typeof TABLE_ENTRIES)[number];
