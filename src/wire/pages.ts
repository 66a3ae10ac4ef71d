/**
 * The rest of the OpenAI videos API a gateway serves (R83): the list page `GET /v1/videos` returns, the object
 * `DELETE /v1/videos/{id}` returns, and the 404 body the SDKs raise `NotFoundError` from. The SDK's
 * `videos.list()` pages by cursor: it asks again with `after` set to the page's `last_id` while `has_more` is true.
 * @module
 */
import { readOwn } from '../shared/guard.js';
import type { VideoObject } from '../shared/types.js';
import type { ErrorResponse } from './wire.js';

/** The body of `GET /v1/videos` (R83). */
export interface VideoPage {
  object: 'list';
  data: VideoObject[];
  first_id: string | null;
  last_id: string | null;
  has_more: boolean;
}

/** Options of {@link toVideoPage}, as a query string gives them (`limit` may be a digit string). */
export interface VideoPageOptions {
  /** 1-100, default 20; a digit string is read as its number; out of range it is clamped. */
  limit?: number | string | null | undefined;
  /** The id of the video the page starts after; `''` or `null` is absent. */
  after?: string | null | undefined;
}

const DEFAULT_LIMIT = 20;

/** R83: the page size: a number or a digit string, clamped to 1-100; anything else is the default. */
function limitOf(value: unknown): number {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*\d+\s*$/.test(value)
        ? Number(value)
        : Number.NaN;
  if (!Number.isFinite(n)) return DEFAULT_LIMIT;
  return Math.min(100, Math.max(1, Math.floor(n)));
}

/**
 * R83: one page of the video objects, in the order given (newest first, as the OpenAI API lists them, is the
 * gateway's order to choose). `after` an id not in the list gives an empty page. Never throws.
 *
 * @example
 * const url = new URL(request.url);
 * return Response.json(toVideoPage(videos, { limit: url.searchParams.get('limit'), after: url.searchParams.get('after') }));
 */
export function toVideoPage(videos: readonly VideoObject[], options?: VideoPageOptions): VideoPage {
  let list: readonly VideoObject[] = [];
  try {
    list = Array.isArray(videos) ? videos.slice() : [];
  } catch {
    list = []; // R7: a list that cannot be read is empty
  }
  const limit = limitOf(readOwn(options, 'limit'));
  const after = readOwn(options, 'after');
  let start = 0;
  if (typeof after === 'string' && after !== '') {
    const at = list.findIndex((video) => readOwn(video, 'id') === after);
    start = at < 0 ? list.length : at + 1;
  }
  const data = list.slice(start, start + limit);
  const id = (video: VideoObject | undefined) => {
    const value = readOwn(video, 'id');
    return typeof value === 'string' ? value : null;
  };
  return {
    object: 'list',
    data,
    first_id: id(data[0]),
    last_id: id(data[data.length - 1]),
    has_more: start + limit < list.length,
  };
}

/** The body of `DELETE /v1/videos/{id}` (R83). */
export interface DeletedVideo {
  id: string;
  object: 'video.deleted';
  deleted: true;
}

/** R83: the object `DELETE /v1/videos/{id}` returns, which the SDK's `videos.delete()` reads. */
export function toDeletedVideo(id: string): DeletedVideo {
  // R7: an id that is no string (a caller's mistake) is written as '', never converted (a Proxy may throw).
  return { id: typeof id === 'string' ? id : '', object: 'video.deleted', deleted: true };
}

/**
 * R83: the 404 of an unknown video id, in R64's shape, so the SDKs raise `NotFoundError` with `code`
 * `video_not_found` and `param` `id`. No `issues`: it is no refused request.
 */
export function notFoundError(id: string): ErrorResponse {
  const shown = typeof id === 'string' ? id.slice(0, 200) : '';
  return {
    status: 404,
    body: {
      error: {
        message: `no video with id ${JSON.stringify(shown)} was found`,
        type: 'invalid_request_error',
        param: 'id',
        code: 'video_not_found',
      },
    },
  };
}
