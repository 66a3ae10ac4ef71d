/**
 * Uploaded files (R61): what a file part must be to stand in for an image URL, and where the gateway stored it.
 * The library does no I/O: it checks the file's declared media type and size, and takes the URL the gateway
 * stored it at from `options.uploads`.
 * @module
 */
import type { Report, Section } from '../report/report.js';
import { readOwn } from '../shared/guard.js';

/** The largest image file accepted, in bytes (the upstream's 10 MB image limit, R61). */
export const MAX_IMAGE_BYTES = 10_485_760;

/** The media types an uploaded image may have (R61). */
export const IMAGE_MEDIA_TYPES: readonly string[] = Object.freeze(['image/jpeg', 'image/png', 'image/webp']);

/** R61: a `File` of size 0 with an empty name is what a browser sends for a file input left empty: absent. */
export function isEmptyFileInput(value: Blob): boolean {
  return value.size === 0 && (value as { name?: unknown }).name === '';
}

/** The media type of a file without parameters, lower case (`image/png; q=1` -> `image/png`). */
function mediaTypeOf(file: Blob): string {
  const type = typeof file.type === 'string' ? file.type : '';
  const semicolon = type.indexOf(';');
  return (semicolon < 0 ? type : type.slice(0, semicolon)).trim().toLowerCase();
}

/**
 * R61: checks an uploaded image and reports at most one issue, the first that applies: its media type
 * (`unsupported_media_type`), then its size (`invalid_value` when empty, `file_too_large` over 10 MB).
 */
export function checkImageFile(file: Blob, path: string, report: Report, section: Section): boolean {
  const type = mediaTypeOf(file);
  if (!IMAGE_MEDIA_TYPES.includes(type)) {
    report.issue(section, 'unsupported_media_type', path, { type: type.slice(0, 64), allowed: [...IMAGE_MEDIA_TYPES] });
    return false;
  }
  if (file.size === 0) {
    report.issue(section, 'invalid_value', path, { reason: 'empty_file' });
    return false;
  }
  if (!(file.size <= MAX_IMAGE_BYTES)) {
    report.issue(section, 'file_too_large', path, { size: file.size, max: MAX_IMAGE_BYTES });
    return false;
  }
  return true;
}

/** What a gateway says about where it stored each file: `options.uploads` (R61). */
export type Uploads = ReadonlyMap<Blob, string>;

/** Reads `options.uploads` defensively: an object with a `get` function, or nothing. */
export function uploadsOf(options: unknown): Uploads | undefined {
  const uploads = readOwn(options, 'uploads');
  return typeof uploads === 'object' && uploads !== null && typeof readOwn(uploads, 'get') === 'function'
    ? (uploads as Uploads)
    : undefined;
}

/** The URL a file was stored at, or `undefined` (no entry, not a string, or a `get` that throws: R7). */
export function uploadedUrl(uploads: Uploads | undefined, file: Blob): string | undefined {
  if (uploads === undefined) return undefined;
  try {
    const url = uploads.get(file);
    return typeof url === 'string' ? url : undefined;
  } catch {
    return undefined;
  }
}
