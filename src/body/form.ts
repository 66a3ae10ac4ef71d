/**
 * Form bodies (R58, R59, R60, R61): the `multipart/form-data` (or URL-encoded) body the OpenAI SDKs send, decoded by the form
 * grammar (read/form.ts) and normalized; and the uploaded files a gateway must store.
 * @module
 */
import type { CatalogIndex } from '../catalog/catalog-index.js';
import { type DecodedForm, decodeForm, type FormInput } from '../read/form.js';
import { checkImageFile } from '../read/upload.js';
import { Report, Section } from '../report/report.js';
import { normalizeParsed, refusedWith, unreadable } from '../rules/normalize.js';
import { isBlob } from '../shared/guard.js';
import type { NormalizeOptions, NormalizeResult } from '../shared/types.js';

export type { FormInput };

/**
 * Normalizes a form body (R58): the `multipart/form-data` the OpenAI SDKs send for `POST /v1/videos`, or a
 * URL-encoded one. `form` is a web `FormData`, a `URLSearchParams`, or any iterable of `[name, value]` pairs.
 * The raw request is rebuilt from bracket names (R59) and text values (R60), then every rule applies, with the
 * same result, paths and order as {@link normalizeRequest}. Uploaded files (R61) need `options.uploads`: call once,
 * store the files {@link formUploads} lists when `missing_upload` is the only issue code left, and call again.
 * Never throws.
 *
 * @example
 * const result = normalizeForm(await request.formData());
 */
export function normalizeForm(
  form: FormInput,
  options: NormalizeOptions | undefined,
  catalogIndex: CatalogIndex,
): NormalizeResult {
  let decoded: DecodedForm;
  try {
    decoded = decodeForm(form);
  } catch {
    return unreadable(options); // R7: a form whose entries cannot be read
  }
  if (!decoded.ok) return refusedWith(decoded.issue, options);
  return normalizeParsed(decoded.raw, options, decoded.early, catalogIndex);
}

/** One uploaded file a gateway must store (R61): where it is in the request, and the file. */
export interface FormUpload {
  /** Dot path of the file in the rebuilt request: `input_reference`, `image`, `images.0`. */
  path: string;
  file: Blob;
}

/**
 * The uploaded images of a form that pass their checks (R61), in form order: what a gateway stores before calling
 * {@link normalizeForm} again with `uploads`. Files of an `images` list over 3 are not listed (the list is refused).
 */
export function formUploads(form: FormInput): FormUpload[] {
  try {
    return uploadsIn(form);
  } catch {
    return []; // R7: a form whose files cannot be read has none to store (normalizeForm refuses it)
  }
}

function uploadsIn(form: FormInput): FormUpload[] {
  const decoded = decodeForm(form);
  if (!decoded.ok) return [];
  const { raw, order } = decoded;
  const found: FormUpload[] = [];
  const report = new Report();
  const consider = (value: unknown, path: string) => {
    if (isBlob(value) && checkImageFile(value, path, report, Section.Media)) found.push({ path, file: value });
  };
  consider(raw.input_reference, 'input_reference');
  consider(raw.image, 'image');
  const images = raw.images;
  if (Array.isArray(images) && images.length <= 3) {
    images.forEach((image, i) => {
      consider(image, `images.${i}`);
    });
  }
  return found.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
}
