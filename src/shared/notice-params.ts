/**
 * The params of each code (R68), as types: what every issue, warning and task error names, one type per code and,
 * where a code has cases, one per `reason`. `Report.issue`, the configuration checks and every message table
 * (English, zh-CN, an operator's) are written against these, so the compiler finds a param a message reads that its
 * code does not carry, a reason no table writes, or a reason a table writes that no code has. Types only: nothing
 * here exists at run time.
 * @module
 */
import type { IssueCode, MessageKey, TaskErrorCode, WarningCode } from './codes.js';

/** A value's type as `got` names it (R68): a JSON type, `file`, or `unreadable` (reading it threw, R7). */
export type ValueType =
  | 'string'
  | 'number'
  | 'boolean'
  | 'null'
  | 'array'
  | 'object'
  | 'file'
  | 'undefined'
  | 'unreadable'
  | 'bigint'
  | 'symbol'
  | 'function';

/** The params that name a value a client gave (R68): its type, and the value when short text, a number or a boolean. */
export type Given = { got: ValueType; value?: string | number };

/** A resolved value as a message shows it: its text, or a number as it is. */
export type Shown = string | number;

/** No params: the path says it all. */
export type NoParams = { [name: string]: never };

/** What a field of a request or body must be (`invalid_type`'s `expected`). */
export type Expected =
  | 'string'
  | 'boolean'
  | 'array'
  | 'object'
  | 'number_or_string'
  | 'url'
  | 'url_or_object'
  | 'input_reference'
  | 'request'
  | 'file_info'
  | 'content_part'
  | 'non_empty_string'
  | 'json_text'
  | 'form'
  | 'json_body'
  | 'multipart_body'
  | 'urlencoded_body';

/** What a field of a task, spec, quote or outcome must be (`invalid_task`'s `expected`). */
export type TaskExpected =
  | Expected
  | 'task'
  | 'spec'
  | 'scene'
  | 'resolution'
  | 'string_list'
  | 'task_file'
  | 'last_frame'
  | 'sub_app_id'
  | 'class_id'
  | 'session_id'
  | 'quote'
  | 'decimal'
  | 'price'
  | 'currency'
  | 'status'
  | 'output_seconds'
  | 'basis'
  | 'tier'
  | 'billable_seconds';

/** A case of a code with no params of its own. */
type Case<R extends string> = { reason: R };

/** `invalid_catalog`'s params: one case per `reason` (README "Operators' catalogs"). */
export type CatalogParams =
  | Case<'catalog' | 'unreadable' | 'object' | 'array' | 'string' | 'boolean' | 'unknown_key' | 'required' | 'empty'>
  | { reason: 'whole_number'; min: number }
  | { reason: 'reversed'; min: number; max: number }
  | { reason: 'value' | 'unknown_scene' | 'placeholder'; value: string; allowed: string[] }
  | { reason: 'duplicate_alias'; value: string; other: string }
  | {
      reason:
        | 'duplicate'
        | 'alias_case'
        | 'unknown_family'
        | 'unknown_tier'
        | 'fixed_scene'
        | 'unknown_resolution'
        | 'reference_placeholder'
        | 'reference_template'
        | 'duplicate_tier';
      value: string;
    };

/** `invalid_price_table`'s params: one case per `reason`. */
export type PriceTableParams =
  | Case<'table' | 'table_key' | 'currency' | 'tiers' | 'entry' | 'entry_key' | 'entry_empty' | 'price' | 'unreadable'>
  | { reason: 'required'; key: 'currency' | 'tiers' };

/** The params of each issue code (R68; README "Params and languages"). */
export type IssueParams = {
  invalid_type: Given & { expected: Expected; allowed?: string[] };
  missing_field: { what: 'model'; models: string[] } | { what: 'prompt' | 'url' | 'input_reference' | 'value' };
  invalid_enum: Given & { allowed: string[] };
  unknown_model: Given & { models: string[]; suggestion?: string };
  conflicting_fields:
    | Case<
        | 'content_images'
        | 'content_videos'
        | 'file_first_frame'
        | 'file_last_frame'
        | 'reference_keys'
        | 'form_duplicate'
      >
    | { reason: 'first_frames' | 'videos' | 'last_frames'; other: string }
    | { reason: 'model_scene' | 'model_resolution'; model: string; fixed: string; value: string }
    | { reason: 'model_dimension'; model: string; dimension: string; fixed: Shown; value: Shown }
    | { reason: 'model_reference' | 'model_no_reference'; model: string };
  unsupported_scene:
    | { reason?: never; scene: string; model: string; models: string[] }
    | { reason: 'no_tier'; model: string; scene: string };
  invalid_duration: Given;
  unsupported_duration: {
    seconds: number;
    by: 'model' | 'reference_video' | 'scene';
    model?: string;
    scene: string;
  } & ({ values: string[] } | { min: number; max: number });
  invalid_size: Given;
  unsupported_size: Given & { sizes: string[]; snapped: string[] };
  unsupported_audio: ({ reason: 'model' | 'reference_video'; model: string } | { reason: 'scene'; scene: string }) & {
    off?: string;
  };
  invalid_url: ({ reason: 'parse' } & Given) | { reason: 'too_long'; max: number } | Case<'credentials'>;
  unsupported_url_scheme: { scheme: string; upload: 'yes' | 'no' };
  insecure_url: NoParams;
  non_public_url: { host: string };
  too_many_items: { max: number; count: number };
  field_too_long: { max: number };
  invalid_ext_info: { reason: 'too_long'; max: number } | Case<'not_object' | 'additional_parameters'>;
  invalid_multi_shot:
    | ({ reason: 'multi_shot' } & Given)
    | ({ reason: 'shot_type'; allowed: string[] } & Given)
    | { reason: 'shots'; max: number }
    | { reason: 'shot' | 'prompt'; at: string }
    | ({ reason: 'index' | 'duration'; at: string } & Given)
    | { reason: 'index_twice'; at: string; index: number }
    | { reason: 'prompt_too_long'; at: string; max: number }
    | { reason: 'sum'; total: number; seconds: number };
  unsupported_multi_shot: { reason: 'model' | 'reference_video'; model: string; models: string[] };
  missing_first_frame: NoParams;
  missing_reference_video: { scene: string };
  missing_image: { scene: string; need: 'image' | 'face' };
  invalid_datetime: Given;
  invalid_value:
    | ({ reason: 'whole_number' } & Given)
    | Case<'first_frame_video' | 'last_frame_video' | 'empty_file' | 'unresolved'>;
  invalid_json: { detail: string };
  body_too_large: { max: number; what: 'body' | 'form' };
  invalid_form:
    | Case<'object_and_array' | 'read'>
    | { reason: 'entries'; max: number }
    | { reason: 'pair' | 'gap'; index: number }
    | { reason: 'value'; name: string }
    | { reason: 'name' | 'name_too_long'; name: string; max: number }
    | { reason: 'value_and_members'; kind: 'members' | 'elements' };
  unsupported_media_type: { type: string; allowed: string[] };
  file_too_large: { size: number; max: number };
  missing_upload: NoParams;
  unsupported_content_type: { type?: string; allowed: string[] };
  missing_price: { tier: string };
  invalid_price_table: PriceTableParams;
  invalid_task: { field: string; expected: TaskExpected };
  invalid_catalog: CatalogParams;
  no_upstream_model: { model: string; scene: string };
  invalid_upstream_task:
    | Case<'task_id' | 'shape' | 'unreadable'>
    | { reason: 'api_error'; code: string; message: string }
    | { reason: 'task_type' | 'event_type' | 'status'; value: string };
};

/** The params of each warning code (R68). */
export type WarningParams = {
  unknown_field: NoParams;
  ignored_field:
    | { reason: 'motion'; scene: string }
    | Case<'file_url' | 'file_id' | 'reference_type'>
    | ({ reason: 'content_part' } & Given);
  overridden_field: { value: Shown; by: string; winner: Shown };
  size_snapped: Given & { resolution: string };
  notices_truncated: { issues: number; warnings: number; max: number };
};

/** The params of a failed video's error (R65, R77). */
export type TaskErrorParams = { taskId: string; errCode?: number; errCodeExt?: string };

/** The params of every entry of a message table: each code's, and the two entries of R64. */
export type MessageParams = IssueParams &
  WarningParams & { [C in TaskErrorCode]: TaskErrorParams } & {
    more_issues: { count: number };
    server_error: { reason: 'configuration' | 'no_issues' };
  };

/** The params of one code or table entry. */
export type ParamsOf<K extends MessageKey> = MessageParams[K];

/** The `reason`s of a code's params (never, for a code without reasons). */
export type ReasonOf<K extends MessageKey> =
  ParamsOf<K> extends infer P ? (P extends { reason: infer R } ? R : never) : never;

/** The params of one case of a code: those whose `reason` is `R`. */
export type CaseOf<K extends MessageKey, R extends ReasonOf<K>> =
  ParamsOf<K> extends infer P
    ? P extends { reason: infer Q }
      ? R extends Q
        ? P & { reason: R }
        : never
      : never
    : never;

/**
 * One code's messages by `reason`: a function for every reason of the code, each of its own case's params. A reason
 * the table lacks, or a key that is no reason, is a compile error.
 */
export type ByReason<K extends MessageKey> = {
  readonly [R in ReasonOf<K>]: (params: CaseOf<K, R>, path: string) => string;
};

/**
 * Something wrong at a path before its message is written: the one shape of the library's problems. A request's
 * findings have dot paths (R6); a configuration's keep the keys apart ({@link Problem}); a {@link Notice} is a
 * finding with its message.
 */
export type FindingOf<C extends IssueCode | WarningCode, Path = string> = {
  readonly code: C;
  readonly path: Path;
  readonly params: (IssueParams & WarningParams)[C];
};
