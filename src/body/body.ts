/**
 * Request bodies by `Content-Type` (R63): one call for whatever a client sent to `POST /v1/videos`.
 * @module
 */
import type { FormInput } from '../read/form.js';
import { normalizeForm } from './form.js';
import type { CatalogIndex } from '../catalog/catalog-index.js';
import { refusedWith, unreadable } from '../rules/normalize.js';
import { MAX_BODY_CHARS } from '../read/limits.js';
import { normalizeRequestBody } from './json.js';
import type { Expected } from '../shared/notice-params.js';
import { valueParams } from '../shared/params.js';
import type { NormalizeOptions, NormalizeResult } from '../shared/types.js';

/** A request body as a gateway has it: JSON or URL-encoded text, a `FormData`, a `URLSearchParams` or form entries. */
export type RequestBody = string | FormInput;

/** A form body: an iterable object (text is not one). */
function isIterable(value: unknown): value is FormInput {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function'
  );
}

/** The media type of a `Content-Type` value: parameters dropped, trimmed, lower case; `''` for none. */
function mediaType(contentType: unknown): string | undefined {
  if (contentType === undefined || contentType === null) return '';
  if (typeof contentType !== 'string') return undefined;
  const semicolon = contentType.indexOf(';');
  return (semicolon < 0 ? contentType : contentType.slice(0, semicolon)).trim().toLowerCase();
}

const wrongKind = (expected: Expected, body: unknown, options: unknown) =>
  refusedWith({ code: 'invalid_type', path: '', params: { expected, ...valueParams(body) } }, options);

/** The media types a body may have (R63), for messages. */
const ACCEPTED = ['application/json', 'multipart/form-data', 'application/x-www-form-urlencoded'];

/**
 * Normalizes a request body by its `Content-Type` header value (R63): JSON (`application/json`, any `+json` type,
 * or no content type) as text; `multipart/form-data` as a `FormData` or form entries (the library does not parse
 * multipart text: use the web `Request.formData()`); `application/x-www-form-urlencoded` as text, a
 * `URLSearchParams`, a `FormData` or entries. Another media type is `unsupported_content_type`; a body of the wrong
 * kind for its type is `invalid_type`. Never throws.
 *
 * @example
 * const type = request.headers.get('content-type');
 * const result = normalizeBody(type, type?.startsWith('multipart/') ? await request.formData() : await request.text());
 */
export function normalizeBody(
  contentType: string | null | undefined,
  body: RequestBody,
  options: NormalizeOptions | undefined,
  catalogIndex: CatalogIndex,
): NormalizeResult {
  try {
    return dispatch(contentType, body, options, catalogIndex);
  } catch {
    return unreadable(options); // R7: a body whose iterator or getters throw
  }
}

function dispatch(
  contentType: unknown,
  body: unknown,
  options: NormalizeOptions | undefined,
  catalogIndex: CatalogIndex,
): NormalizeResult {
  const type = mediaType(contentType);
  if (type === '' || type === 'application/json' || type?.endsWith('+json') === true) {
    return typeof body === 'string'
      ? normalizeRequestBody(body, options, catalogIndex)
      : wrongKind('json_body', body, options);
  }
  if (type === 'multipart/form-data') {
    return isIterable(body) ? normalizeForm(body, options, catalogIndex) : wrongKind('multipart_body', body, options);
  }
  if (type === 'application/x-www-form-urlencoded') {
    if (typeof body === 'string') {
      // R63, R7: the text is measured before it is parsed (an 8 MB body took 155 ms to parse only to be refused).
      if (body.length > MAX_BODY_CHARS)
        return refusedWith(
          { code: 'body_too_large', path: '', params: { what: 'body', max: MAX_BODY_CHARS } },
          options,
        );
      return normalizeForm(new URLSearchParams(body), options, catalogIndex);
    }
    return isIterable(body) ? normalizeForm(body, options, catalogIndex) : wrongKind('urlencoded_body', body, options);
  }
  const params =
    typeof contentType === 'string'
      ? { type: contentType.slice(0, 100), allowed: [...ACCEPTED] }
      : { allowed: [...ACCEPTED] };
  return refusedWith({ code: 'unsupported_content_type', path: '', params }, options);
}
