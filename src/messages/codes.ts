/**
 * Issue and warning codes (SPEC section 14). Codes are public API: adding one is minor, renaming one is breaking.
 * The lists are read from the English message table, which must have exactly one message per code (the types below
 * are checked against it), so a code cannot exist without its message.
 * @module
 */
import { EN } from './en.js';

/** An issue code. */
export type IssueCode =
  | 'invalid_type' | 'missing_field' | 'invalid_enum' | 'unknown_model' | 'conflicting_fields' | 'unsupported_scene'
  | 'invalid_duration' | 'unsupported_duration' | 'invalid_size' | 'unsupported_size' | 'unsupported_audio' | 'invalid_url'
  | 'unsupported_url_scheme' | 'insecure_url' | 'non_public_url' | 'too_many_items' | 'field_too_long' | 'invalid_ext_info'
  | 'invalid_multi_shot' | 'unsupported_multi_shot' | 'missing_first_frame' | 'missing_reference_video' | 'missing_image'
  | 'invalid_datetime' | 'invalid_value' | 'invalid_json' | 'body_too_large'
  | 'invalid_form' | 'unsupported_media_type' | 'file_too_large' | 'missing_upload' | 'unsupported_content_type'
  | 'missing_price' | 'invalid_price_table' | 'invalid_task' | 'invalid_catalog'
  | 'no_upstream_model' | 'invalid_upstream_task';

/** A warning code. */
export type WarningCode = 'unknown_field' | 'ignored_field' | 'overridden_field' | 'size_snapped' | 'notices_truncated';

const WARNINGS: readonly string[] = ['unknown_field', 'ignored_field', 'overridden_field', 'size_snapped', 'notices_truncated'];

/** Every issue code the library reports. */
export const ISSUE_CODES: readonly IssueCode[] = /* @__PURE__ */ (() =>
  Object.freeze(Object.keys(EN).filter((code) => !WARNINGS.includes(code)) as IssueCode[]))();

/** Every warning code the library reports. */
export const WARNING_CODES: readonly WarningCode[] = /* @__PURE__ */ (() => Object.freeze([...WARNINGS] as WarningCode[]))();
