/**
 * The English messages (R68, R69): one template per code (see `template.ts`), filled from the notice's `params` and
 * `path`. Every message of the library is written here, so another language is a table of the same shape
 * (`messages/zh-CN`).
 * @module
 */
import type { IssueCode, TaskErrorCode, WarningCode } from '../shared/codes.js';
import type { NoticeParams } from '../shared/types.js';
import {
  type CompiledTable,
  compile,
  fill,
  isBodyExpectation,
  type Language,
  oneOf,
  type TemplateTable,
  text,
  word,
} from './template.js';

export { oneOf };

/** A JSON type token (`got`) in English; a string is never named (`{given}` quotes it). */
const TYPE_NAMES: Readonly<Record<string, string>> = {
  number: 'a number',
  boolean: 'a boolean',
  array: 'an array',
  object: 'an object',
  file: 'a file',
  undefined: 'nothing',
  unreadable: 'a value that could not be read (reading it threw)',
};

/** How English writes types, lists and ranges in templates. */
export const ENGLISH: Language = {
  type: (token) => word(TYPE_NAMES, token),
  list: (values) => oneOf(values),
  range: (min, max) => `${min} to ${max}`,
  comma: ', ',
};

/** What a field must be (`invalid_type`'s and `invalid_task`'s `expected`) in English. */
const EXPECTED: Readonly<Record<string, string>> = {
  string: 'a string',
  boolean: 'a boolean',
  array: 'an array',
  object: 'an object',
  number_or_string: 'a number or a string',
  url: 'a URL string',
  url_or_object: 'a URL string or { "url": "..." }',
  input_reference: 'a URL string or an object { image_url } / { file_id }',
  request: 'a JSON object',
  file_info: 'an object with type, category and url or file_id',
  content_part: 'an object with a string `type` (text, image_url or video_url)',
  non_empty_string: 'a non-empty string',
  json_text: 'JSON text',
  form: 'a FormData, URLSearchParams or [name, value] pairs',
  json_body: 'text',
  multipart_body: 'a FormData (from Request.formData())',
  urlencoded_body: 'text or form data',
  task: 'an object { tier, billableSeconds }',
  spec: 'a TaskSpec (the spec of an accepted request)',
  scene: 'a scene: standard, motion_control, avatar_i2v or lip_sync',
  resolution: "one of the catalog's resolutions",
  string_list: 'an array of strings',
  task_file: 'an object { type, category, url or fileId, usage?, referenceType? }',
  last_frame: 'an object { url } or { fileId }',
  sub_app_id: 'a positive whole number',
  class_id: 'a whole number >= 0',
  session_id: 'a string of 1 to 50 characters',
  quote: 'a quote (tier, billableSeconds, currency, amount and its prices)',
  decimal: 'a decimal string such as "7.65"',
  price: 'a quote with perSecond, perTask or both',
  currency: 'a currency code of 3 capital letters',
  status: 'a task status (queued, in_progress, completed or failed, or a spelling of one)',
  output_seconds: 'a finite number >= 0',
  basis: '"output" or "quoted"',
  tier: 'a string, such as "kling-2.5-720p-mute"',
  billable_seconds: 'a whole number >= 1',
};

/** `invalid_price_table`'s message, which also serves as `PriceTableSchema`'s messages. */
export function priceTableMessage(p: NoticeParams): string {
  return fill(EN_TEMPLATES.invalid_price_table, p, '', ENGLISH);
}

const subject = (path: string, p: NoticeParams): string =>
  path !== '' ? `\`${path}\`` : isBodyExpectation(p.expected) ? 'the request body' : 'the request';

/** Every code's English message template (SPEC section 14), one per code: `satisfies` checks it against the codes. */
export const EN_TEMPLATES = {
  invalid_type: (p, path) =>
    `${subject(path, p)} must be ${word(EXPECTED, text(p.expected))}${p.allowed !== undefined ? `: ${oneOf(p.allowed as string[])}` : ''}; got ${fill('{given}', p, path, ENGLISH)}` +
    (p.got === 'file' && p.expected === 'url'
      ? '; a file upload is accepted only at `input_reference`, `image` or `images`'
      : ''),
  missing_field: {
    $: 'what',
    model: '`model` is required; use one of {models}',
    prompt: '`prompt` is required for a text-to-video task (or pass an image, or text parts in `content`)',
    url: '{path} is required: a URL string or { "url": "..." }',
    input_reference: '`input_reference` needs `image_url` (a public URL) or `file_id`',
    _: '{path} is required',
  },
  invalid_enum: '{path} must be {allowed|o}; got {given}',
  unknown_model: (p, path) =>
    p.suggestion !== undefined
      ? fill('unknown model {given}: did you mean {suggestion}?', p, path, ENGLISH)
      : fill('unknown model {given}; known models: {models}', p, path, ENGLISH),
  conflicting_fields: {
    $: 'reason',
    first_frames: '{path} gives a first frame that differs from {other|f}; send one',
    content_images: '{path} is a second content image; a task has one first frame: pass reference images in `images`',
    content_videos: '{path} is a second reference video; send one',
    videos: '{path} gives a reference video that differs from {other|f}; send one',
    file_first_frame: '{path} is a second first frame; a task has one',
    file_last_frame:
      '{path} is a second last frame; a task has one (`metadata.last_frame_url`, `metadata.last_frame_file_id` or one LastFrame entry)',
    last_frames: '`metadata.last_frame_url` and `metadata.last_frame_file_id` both give a last frame; send one',
    reference_keys: '`input_reference` gives both `image_url` and `file_id`; send one',
    model_scene:
      'model {model} is always scene {fixed}, but {path} says {value}; remove {path} or choose another model',
    model_resolution:
      'model {model} always renders {fixed}, but {path} asks for {value}; remove it or use the model for {value}',
    model_dimension:
      'model {model} fixes {dimension} to {fixed}, but {path} says {value}; remove it or choose another model',
    model_reference:
      'model {model} is a tier without reference input, but {path} gives one; remove it or use the -ref tier',
    model_no_reference:
      'model {model} is a tier with reference input; add `images`, a reference video or `metadata.file_infos`',
    form_duplicate: 'the form gives {path} twice, with different values; send it once',
    _: '{path} conflicts with another field; send one of them',
  },
  unsupported_scene: {
    $: 'reason',
    no_tier: 'no billing tier exists for {model} with these options',
    _: 'scene {scene} is not available on {model}; it is available on {models}',
  },
  invalid_duration: '{path} must be a whole number of seconds such as 5 or "10"; got {given}',
  unsupported_duration: {
    $: 'by',
    scene: '{scene} tasks allow {range} seconds; got {seconds} (from {path})',
    reference_video: '{model} tasks with a reference video allow {range} seconds; got {seconds} (from {path})',
    _: '{model} tasks allow {range} seconds; got {seconds} (from {path})',
  },
  invalid_size: '`size` must be WxH (such as 720x1280) or 720P / 1080P; got {given}',
  unsupported_size: '`size` {given} is not supported; use {sizes} ({snapped|o} snap to 1080P), or 720P / 1080P',
  unsupported_audio: (p, path) =>
    fill(
      p.reason === 'model'
        ? '{model} cannot generate sound'
        : p.reason === 'scene'
          ? '{scene} tasks have no sound option'
          : '{model} cannot generate sound when a reference video is given',
      p,
      path,
      ENGLISH,
    ) +
    // R72: sound fixed by a tier used as the model (no `off`): the remedy is another model, not a field to remove.
    (p.off === undefined
      ? '; choose a model whose tier ends in -mute'
      : fill('; remove {path} or set it to {off}', p, path, ENGLISH)),
  invalid_url: {
    $: 'reason',
    too_long: '{path} is longer than {max} characters',
    credentials: '{path} must not contain a user name or password',
    parse: '{path} is not an absolute URL: {given}',
  },
  unsupported_url_scheme: {
    $: 'scheme+upload',
    'data+yes': '{path}: data URIs are not accepted; pass a public http(s) URL or send the image as a file part',
    'data+no': '{path}: data URIs are not accepted; pass a public http(s) URL',
    _: '{path}: scheme {scheme|q} is not accepted; use an http(s) URL',
  },
  insecure_url: '{path} is a video and must be a publicly reachable https URL',
  non_public_url: '{path} points at a private, loopback or local host ({host|q}); use a publicly reachable URL',
  too_many_items: {
    $: 'path',
    images: '{path} holds at most {max} reference images; got {count}',
    _: '{path} holds at most {max} entries; got {count}',
  },
  field_too_long: {
    $: 'path',
    prompt: 'the prompt (`prompt` and `content` texts) is longer than {max} characters',
    _: '{path} is longer than {max} characters',
  },
  invalid_ext_info: {
    $: 'reason',
    too_long: '{path} is longer than {max} characters',
    additional_parameters: 'AdditionalParameters in {path} must be a JSON object or a string holding one',
    not_object: '{path} must be a string holding a JSON object',
  },
  invalid_multi_shot: {
    $: 'reason',
    multi_shot: 'multi_shot must be true or false; got {given}',
    shot_type: 'shot_type must be {allowed|o} when multi_shot is true; got {given}',
    shots: 'multi_prompt must hold 1 to {max} shots { index, prompt, duration } when shot_type is customize',
    shot: '{at} must be an object { index, prompt, duration }',
    index: '{at}.index must be a whole number >= 1; got {given}',
    index_twice: '{at}.index {index} is used twice; shot indexes must be distinct',
    prompt: '{at}.prompt must be a non-empty string',
    prompt_too_long: '{at}.prompt is longer than {max} characters',
    duration: '{at}.duration must be a whole number of seconds >= 1; got {given}',
    sum: 'the shot durations add up to {total} s but the task is {seconds} s; they must be equal',
    _: 'the multi-shot settings in {path} are invalid',
  },
  unsupported_multi_shot: {
    $: 'reason',
    reference_video: '{model} does not support multi-shot with a reference video',
    model: '{model} does not support multi-shot; use {models|o}',
  },
  missing_first_frame: '{path} is a last frame and needs a first frame: set `image`',
  missing_reference_video: '{scene} needs a reference video: set `metadata.video_url` to a public https URL',
  missing_image: {
    $: 'need',
    face: '{scene} needs a face: set `image` (or a video in `metadata.video_url`)',
    _: '{scene} needs an image of the person: set `image` (or `images` / an image in `metadata.file_infos`)',
  },
  invalid_datetime:
    '{path} must be an ISO 8601 date-time with a time zone, such as 2026-12-01T00:00:00+08:00; got {given}',
  invalid_value: {
    $: 'reason',
    first_frame_video: '{path} FirstFrame needs an Image entry: a first frame is an image',
    last_frame_video: '{path} LastFrame needs an Image entry: a last frame is an image',
    empty_file: '{path} is an empty file; upload the image itself',
    whole_number: '{path} must be a whole number >= 0; got {given}',
    unresolved: 'the request could not be resolved',
  },
  invalid_json: {
    $: 'path',
    '': 'the request body is not valid JSON: {detail}',
    _: '{path} looks like JSON but does not parse: {detail}',
  },
  body_too_large: {
    $: 'what',
    form: "the form's names and text add up to more than {max} characters",
    _: 'the request body is larger than {max} characters',
  },
  invalid_form: {
    $: 'reason',
    entries: 'the form has more than {max} entries',
    pair: 'form entry {index} is not a [name, value] pair with a string name',
    value: "the form's value for {name|q} is neither text nor a file",
    name: "the form's field name {name|q} is not a valid field name (use a, a[b], a[] or a[0], at most {max} groups)",
    name_too_long: "the form's field name {name|q} is longer than {max} characters",
    value_and_members: 'the form gives {path} both a value and {kind}; send one or the other',
    object_and_array: 'the form makes {path} both an object and an array',
    gap: "the form's index {index} in {path} leaves a gap; indexes count up from 0",
    read: 'the form could not be read: its entries threw an error',
    _: 'the form could not be read as a request',
  },
  unsupported_media_type: '{path} is a file of type {type|q}; upload a JPEG, PNG or WebP image',
  file_too_large: '{path} is {size} bytes; an image may be at most {max} bytes (10 MB)',
  missing_upload: '{path} is an uploaded file not stored yet; the gateway must store it and pass its URL in `uploads`',
  unsupported_content_type: 'Content-Type {type|q} is not accepted; send {allowed|o}',
  missing_price: 'the price table has no entry for tier {tier}',
  invalid_price_table: {
    $: 'reason',
    table: 'a price table is a JSON object { "currency": "CNY", "tiers": { ... } }',
    unreadable: 'the price table could not be read (reading it threw); a price table is plain JSON data',
    table_key: 'a price table has only currency, tiers and $-annotations such as $comment',
    required: '{key} is required',
    currency: 'currency is 3 capital letters (ISO 4217), such as "CNY"',
    tiers: 'tiers is required: an object of tier name -> price entry',
    entry: 'a price entry is an object { "perSecond": "0.51" } with perSecond, perTask or both',
    entry_key: 'unknown key in a price entry; an entry has only perSecond and perTask',
    entry_empty: 'a price entry needs perSecond, perTask or both',
    price:
      'a price is a decimal string with at most 9 decimal places, no sign and no exponent (such as "0.51"), or a number >= 0 written that way',
  },
  invalid_task: (p) => `${text(p.field)} must be ${word(EXPECTED, text(p.expected))}`,
  unknown_field: 'unknown field {path} was ignored',
  ignored_field: {
    $: 'reason',
    motion:
      '{path} only applies to motion_control and was ignored; ask for 1080P with `metadata.output_config.resolution` or `size`',
    file_url: '{path} does not apply to a File entry (it uses file_id) and was ignored',
    file_id: '{path} does not apply to a Url entry (it uses url) and was ignored',
    reference_type: '{path} only applies to Video entries and was ignored',
    content_part: 'content part type {given} is not used and was ignored',
    _: '{path} was ignored',
  },
  overridden_field: '{path} ({value}) is overridden by {by|f} ({winner})',
  size_snapped: '`size` {given} was snapped to {resolution}',
  notices_truncated:
    'only the first {max} issues and {max} warnings are listed; at least {issues} more issues and {warnings} more warnings were left out',
  no_upstream_model:
    'no upstream model version is configured for {model} ({scene}); the catalog must name its VOD version',
  invalid_upstream_task: {
    $: 'reason',
    api_error: 'the upstream answered with an error: {code} {message}',
    task_type: 'the upstream answer is a task of type {value|q}, not AigcVideoTask',
    event_type: 'the upstream event is {value|q}, not AigcVideoTaskComplete',
    task_id: 'the upstream answer has no task id at {path}',
    status: 'the upstream task status {value|q} at {path} is not WAITING, PROCESSING, FINISH or ABORTED',
    shape: 'the upstream answer at {path} is not an object',
    unreadable: 'the upstream answer could not be read',
  },
} as const satisfies TemplateTable<Exclude<IssueCode | WarningCode, 'invalid_catalog'>>;

/** Every code's English message (R68), but `invalid_catalog`'s (see {@link EN_CATALOG}). */
export const EN = compile(EN_TEMPLATES, ENGLISH);

/**
 * The English messages of an operator's catalog problems (R71), apart from {@link EN}: only `createRules` and
 * `CatalogSchema` write them, so a gateway that never checks a catalog does not carry them (469 bytes gzipped of
 * the gateway's bundle, measured). With {@link EN_TEMPLATES} every code has its English template: each `satisfies`
 * its part of the codes.
 */
export const EN_CATALOG_TEMPLATES = {
  invalid_catalog: {
    $: 'reason',
    catalog: 'the catalog must be an object in the shape of the exported `catalog`',
    unreadable: 'the catalog could not be read (reading it threw); a catalog is plain JSON data',
    object: '{path} must be an object',
    array: '{path} must be an array',
    string: '{path} must be a non-empty string',
    boolean: '{path} must be true or false',
    unknown_key: 'unknown key {path}: a catalog is read strictly, so a typo does not pass',
    required: '{path} is required',
    empty: '{path} must not be empty',
    whole_number: '{path} must be a whole number >= {min}',
    value: '{path} must be {allowed|o}; got {value|q}',
    unknown_scene: '{path} must be a scene: {allowed|o}; got {value|q}',
    reversed: '{path}: the range is reversed (min {min} > max {max})',
    placeholder: '{path} has the unknown placeholder {value}; use {allowed|o}',
    duplicate: '{path}: {value|q} is listed twice',
    duplicate_alias: '{path}: alias {value|q} is the same as {other|f} after trimming and lower-casing',
    alias_case: '{path}: alias {value|q} must be lower case without surrounding spaces',
    unknown_family: '{path}: family {value|q} is not in `families`',
    unknown_tier: '{path}: {value|q} is not a tier of this catalog, so its minimum would never apply',
    fixed_scene: "{path}: the fixed scene {value} is not one of the model's scenes",
    unknown_resolution: '{path}: resolution {value} is not in `resolutions`',
    reference_placeholder: '{path}: {value} belongs in `tierWithReference` only',
    reference_template: '{path} must be `tier` with {value} added: the same other placeholders, and {value}',
    duplicate_tier: '{path}: two different dimension sets give the tier name {value}',
    _: 'the catalog cannot be read',
  },
} as const satisfies TemplateTable<'invalid_catalog'>;

/** `invalid_catalog`'s English message (R71). */
export const EN_CATALOG = /* @__PURE__ */ compile(EN_CATALOG_TEMPLATES, ENGLISH);

/**
 * The English messages of a failed video's `error` (R65, R77): not notice codes, so not in {@link EN}. A message
 * table (R69) may carry the same keys; params `taskId`, and `errCode`, `errCodeExt` when the upstream gave them.
 */
export const EN_TASK_ERRORS: CompiledTable = /* @__PURE__ */ compile(
  {
    task_failed: 'the video could not be generated',
    cancelled: 'the task was cancelled before it finished',
    no_output: 'the task finished without a video',
    content_policy_violation: 'the request was refused by the content policy',
    invalid_input: 'the upstream refused an input of the task (a parameter or a file it could not use)',
    input_not_found: 'an input file of the task could not be found',
    upstream_busy: 'the upstream is busy; try again later',
    timeout: 'the task took too long and was stopped',
    generation_failed: 'the video could not be generated',
  } satisfies TemplateTable<TaskErrorCode>,
  ENGLISH,
);
