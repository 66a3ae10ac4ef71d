/**
 * A request body given as JSON text (R7, R63): measured before it is parsed, then normalized.
 * @module
 */
import type { CatalogIndex } from '../catalog/catalog-index.js';
import { MAX_BODY_CHARS } from '../read/limits.js';
import { normalizeParsed, refusedWith, unreadable } from '../rules/normalize.js';
import { parseJson } from '../shared/quiet.js';
import { valueParams } from '../shared/params.js';
import type { NormalizeOptions, NormalizeResult } from '../shared/types.js';

/**
 * {@link normalizeRequest} on a request body given as JSON text. Over {@link MAX_BODY_CHARS} characters is
 * `body_too_large` (not parsed); text that is not JSON is `invalid_json`.
 */
export function normalizeRequestBody(
  body: string,
  options: NormalizeOptions | undefined,
  catalogIndex: CatalogIndex,
): NormalizeResult {
  try {
    return normalizeText(body, options, catalogIndex);
  } catch {
    return unreadable(options); // R7
  }
}

function normalizeText(
  body: string,
  options: NormalizeOptions | undefined,
  catalogIndex: CatalogIndex,
): NormalizeResult {
  if (typeof body !== 'string')
    return refusedWith(
      { code: 'invalid_type', path: '', params: { expected: 'json_text', ...valueParams(body) } },
      options,
    );
  if (body.length > MAX_BODY_CHARS)
    return refusedWith({ code: 'body_too_large', path: '', params: { what: 'body', max: MAX_BODY_CHARS } }, options);
  const parsed = parseJson(body);
  if ('detail' in parsed)
    return refusedWith({ code: 'invalid_json', path: '', params: { detail: parsed.detail } }, options);
  return normalizeParsed(parsed.value, options, undefined, catalogIndex);
}
