/**
 * Media inputs (R32, R33, R34, R35, R36, R40, R41, R42, R43): first frame, reference images, reference video, last frame, structured files,
 * and the OpenAI-style `content` array. Presence facts are judged from the input alone (R6), so a refused URL
 * still counts as given.
 * @module
 */
import { FILE_CATEGORIES, FILE_TYPES, FILE_USAGES, readEnum, REFERENCE_TYPES } from '../read/enum.js';
import { anyPresent, type Field, FIELD, type Fields, fieldSet, isAbsent, typed } from '../read/fields.js';
import { isObject } from '../shared/guard.js';
import { type Report, Section } from '../report/report.js';
import { valueParams } from '../shared/params.js';
import type { CatalogIndex } from '../catalog/catalog-index.js';
import type { IssueParams } from '../shared/notice-params.js';
import type { Scene, TaskFile } from '../shared/types.js';
import { checkImageFile, uploadedUrl, type Uploads } from '../read/upload.js';
import { isBlob } from '../shared/guard.js';
import { checkUrl, type UrlKind } from './url.js';
import { isFirstFrameFileId } from './canonical.js';

const S = Section.Media;
const MAX_IMAGES = 3;
const MAX_FILES = 3;

/** What the media fields hold, after their checks. */
export interface Media {
  firstFrame?: string;
  images: string[];
  video?: string;
  lastFrame?: { url: string } | { fileId: string };
  files: TaskFile[];
  /** Texts of `content` text parts, in order (R35, R37). */
  /** R35: the text parts, by the index of their part (their path is `content.<part>.text`). */
  texts: { text: string; part: number }[];
  /** R40: the `ref` billing dimension. */
  reference: boolean;
  /** R72: the fields that make the task a reference task (`images`, a video URL, `metadata.file_infos`). */
  referencePaths: string[];
  /** R40: a video URL or a `file_infos` video. */
  referenceVideo: boolean;
  /** R42: any media input. */
  hasMedia: boolean;
  /** R43: any image input (first frame, `images`, or a `file_infos` image). */
  hasImage: boolean;
  /** R43: a video URL (`metadata.video_url` or a `content` video part). */
  hasVideoUrl: boolean;
}

interface Context {
  readonly allowPrivate: boolean;
  readonly uploads: Uploads | undefined;
  readonly report: Report;
}

/**
 * The URL of a `content` part's `image_url` / `video_url`: a string or `{ url }` (R35). A missing, `null` or blank
 * URL is `missing_field` at the path of the missing value.
 */
function partUrl(
  part: Record<string, unknown>,
  key: string,
  base: string,
  kind: UrlKind,
  check: boolean,
  ctx: Context,
): string | undefined {
  const value = Object.hasOwn(part, key) ? part[key] : undefined;
  const path = `${base}.${key}`;
  if (isAbsent(value)) {
    ctx.report.issue(S, 'missing_field', path, { what: 'url' });
    return undefined;
  }
  if (typeof value === 'string') return check ? checkUrl(value, path, kind, ctx) : undefined;
  if (isObject(value)) {
    const url = Object.hasOwn(value, 'url') ? value.url : undefined;
    // R7: an unchecked URL that is a string is not parsed; one of the wrong type is still its own issue.
    if (!check && typeof url === 'string' && !isAbsent(url)) return undefined;
    if (!isAbsent(url)) return checkUrl(url, `${path}.url`, kind, ctx);
    ctx.report.issue(S, 'missing_field', `${path}.url`, { what: 'url' });
    return undefined;
  }
  ctx.report.issue(S, 'invalid_type', path, { expected: 'url_or_object', ...valueParams(value) });
  return undefined;
}

/** A first-frame or reference image input: its URL when it passed every check, and what identifies it (R33). */
interface ImageInput {
  /** The URL the upstream gets: the value's `href`, or where an uploaded file was stored. */
  readonly href?: string;
  /** What the input is, for comparing first frames: the `href` of a URL, the file itself, or a file id. */
  readonly identity?: unknown;
}

/**
 * R32, R61: an image given as a URL string or as an uploaded file. A file is checked (media type, size) and then
 * stands for the URL the gateway stored it at (`options.uploads`), checked like any URL but for its host; without
 * one it is `missing_upload`.
 */
function readImage(value: unknown, path: string, ctx: Context): ImageInput {
  if (!isBlob(value)) {
    const href = checkUrl(value, path, 'upload', ctx);
    return href === undefined ? NO_IMAGE : { href, identity: href };
  }
  if (!checkImageFile(value, path, ctx.report, S)) return { identity: value };
  const url = uploadedUrl(ctx.uploads, value);
  if (url === undefined) {
    ctx.report.issue(S, 'missing_upload', path);
    return { identity: value };
  }
  // R61: the URL is the gateway's own storage, trusted for its host (a gateway on an internal network stores there);
  // its syntax and scheme are still checked. Only these URLs are trusted, never a client's.
  const href = checkUrl(url, path, 'image', { allowPrivate: true, report: ctx.report });
  return href === undefined ? { identity: value } : { href, identity: value };
}

/** What `input_reference` gives (R33, R62): an image, or a first frame by file id; and where a conflict is reported. */
interface Reference extends ImageInput {
  readonly fileId?: string;
  readonly conflictAt: string;
}

/** An image input that gives nothing (absent or refused), and an absent `input_reference`. */
const NO_IMAGE: ImageInput = Object.freeze({});
const NO_REFERENCE: Reference = Object.freeze({ conflictAt: 'input_reference' });

const REFERENCE_KEYS = new Set(['image_url', 'file_id']);

/**
 * R62: `input_reference` as a URL string, an uploaded file, or the SDKs' object `{ image_url }` / `{ file_id }`.
 */
function readInputReference(value: unknown, ctx: Context): Reference {
  if (!isObject(value) || isBlob(value))
    return { conflictAt: 'input_reference', ...readImage(value, 'input_reference', ctx) }; // spread last: the fast path
  const { report } = ctx;
  for (const key of Object.keys(value)) {
    if (!REFERENCE_KEYS.has(key)) report.warn(S, 'unknown_field', `input_reference.${key}`);
  }
  const url = Object.hasOwn(value, 'image_url') && !isAbsent(value.image_url) ? value.image_url : undefined;
  const fileId = Object.hasOwn(value, 'file_id') && !isAbsent(value.file_id) ? value.file_id : undefined;
  if (url !== undefined && fileId !== undefined) {
    conflict(report, 'input_reference.file_id', { reason: 'reference_keys' });
    return { conflictAt: 'input_reference.file_id' };
  }
  if (url !== undefined) {
    const href = checkUrl(url, 'input_reference.image_url', 'upload', ctx);
    return href === undefined
      ? { conflictAt: 'input_reference.image_url' }
      : { href, identity: href, conflictAt: 'input_reference.image_url' };
  }
  if (fileId === undefined) {
    report.issue(S, 'missing_field', 'input_reference.image_url', { what: 'input_reference' });
    return { conflictAt: 'input_reference.image_url' };
  }
  if (typeof fileId !== 'string') {
    report.issue(S, 'invalid_type', 'input_reference.file_id', {
      expected: 'non_empty_string',
      ...valueParams(fileId),
    });
    return { identity: fileId, conflictAt: 'input_reference.file_id' };
  }
  return { fileId, identity: { fileId }, conflictAt: 'input_reference.file_id' };
}

function conflict(report: Report, path: string, params: IssueParams['conflicting_fields']): void {
  report.issue(S, 'conflicting_fields', path, params);
}

const FILE_KEYS = new Set(['type', 'category', 'url', 'file_id', 'usage', 'reference_type']);

/** R36: one `file_infos` entry. Returns the file when valid, and the facts R40, R41, R42, R43 need either way. */
function readFileInfo(entry: unknown, path: string, taken: FramesTaken, ctx: Context): Facts {
  const { report } = ctx;
  if (!isObject(entry)) {
    report.issue(S, 'invalid_type', path, { expected: 'file_info', ...valueParams(entry) });
    return {};
  }
  const issuesBefore = report.issueCount;
  const at = (key: string) => `${path}.${key}`;
  const get = (key: string): unknown => (Object.hasOwn(entry, key) ? entry[key] : undefined);
  for (const key of Object.keys(entry)) {
    if (FILE_KEYS.has(key)) continue;
    if (report.keepsWarnings) report.warn(S, 'unknown_field', at(key));
    else report.dropWarning(); // R7: bounded work for an entry with thousands of keys
  }
  const need = (key: string): boolean => {
    if (!isAbsent(get(key))) return true;
    report.issue(S, 'missing_field', at(key), { what: 'value' });
    return false;
  };
  const facts = presence(entry);
  const type = need('type') ? readEnum(get('type'), at('type'), FILE_TYPES, report, S) : undefined;
  const category = need('category') ? readEnum(get('category'), at('category'), FILE_CATEGORIES, report, S) : undefined;
  const usage = isAbsent(get('usage')) ? undefined : readEnum(get('usage'), at('usage'), FILE_USAGES, report, S);
  // Stryker disable next-line StringLiteral: equivalent: a missing type or category is an issue, and an entry with an issue gives no file
  const file: TaskFile = { type: type ?? 'Url', category: category ?? 'Image' };
  const ignored = (key: string, reason: 'file_url' | 'file_id' | 'reference_type') => {
    if (!isAbsent(get(key))) report.warn(S, 'ignored_field', at(key), { reason });
  };

  if (type === 'File') {
    ignored('url', 'file_url');
    const fileId = get('file_id');
    if (need('file_id')) {
      if (typeof fileId === 'string') file.fileId = fileId;
      else report.issue(S, 'invalid_type', at('file_id'), { expected: 'non_empty_string', ...valueParams(fileId) });
    }
  } else {
    if (type === 'Url') ignored('file_id', 'file_id');
    if (type === 'Url' ? need('url') : !isAbsent(get('url'))) {
      const href = checkUrl(get('url'), at('url'), facts.category === 'video' ? 'video' : 'image', ctx);
      if (href !== undefined) file.url = href;
    }
  }
  // R36: a frame is an image.
  if ((usage === 'FirstFrame' || usage === 'LastFrame') && category === 'Video') {
    report.issue(S, 'invalid_value', at('usage'), {
      reason: usage === 'FirstFrame' ? 'first_frame_video' : 'last_frame_video',
    });
  }
  if (usage !== undefined) file.usage = usage;
  if (facts.category === 'image') ignored('reference_type', 'reference_type');
  else if (!isAbsent(get('reference_type'))) {
    const referenceType = readEnum(get('reference_type'), at('reference_type'), REFERENCE_TYPES, report, S);
    if (referenceType !== undefined) file.referenceType = referenceType;
  }
  if (facts.usage === 'firstframe' && taken.firstFrame) {
    conflict(report, path, { reason: 'file_first_frame' });
  }
  // R36: a LastFrame entry is the task's last frame; with another last frame it is a conflict at the entry.
  if (facts.usage === 'lastframe' && taken.lastFrame) {
    conflict(report, path, { reason: 'file_last_frame' });
  }
  if (report.issueCount === issuesBefore) facts.file = file;
  return facts;
}

/** Whether a first frame and a last frame are already given when an entry is read (R33, R36). */
interface FramesTaken {
  readonly firstFrame: boolean;
  readonly lastFrame: boolean;
}

/** What one `file_infos` entry contributes: the file when valid, and its presence facts. */
interface Facts {
  file?: TaskFile;
  category?: string;
  usage?: string;
}

/** The presence facts of a `file_infos` entry, read from its raw text (R6). */
function presence(entry: unknown): Facts {
  if (!isObject(entry)) return {};
  const facts: Facts = {};
  if (typeof entry.category === 'string') facts.category = entry.category.trim().toLowerCase();
  if (typeof entry.usage === 'string') facts.usage = entry.usage.trim().toLowerCase();
  return facts;
}

/** What has been found so far of the first frame and the reference video, shared by the readers below. */
interface Found {
  firstFrame: string | undefined;
  firstFrameGiven: boolean;
  /** What the first frame is, for comparisons (see {@link ImageInput.identity}). */
  firstFrameIdentity: unknown;
  /** R62: where a conflict with `input_reference`'s object form is reported; `undefined` for the other forms. */
  conflictAt: string | undefined;
  /** The field that gave the first frame, for messages. */
  firstFramePath: string;
  video: string | undefined;
  videoGiven: boolean;
  /** The field that gave the video: `metadata.video_url` or the first video part (R72 names it). */
  videoPath: string;
}

/**
 * What the `content` parts have given so far, by kind. R7: once a part's URL is refused, or a second part of its kind
 * makes R35's conflict, the URLs of later parts of that kind are not checked (a request of many refused URLs does
 * not parse each one); their missing or non-string URLs still are.
 */
interface PartCounts {
  images: number;
  videos: number;
  checkImages: boolean;
  checkVideos: boolean;
}

/** R35: the `content` parts: texts into `media.texts`, one image part as first frame, one video part as video. */
function readContent(content: unknown[], found: Found, media: Media, ctx: Context): void {
  const { report } = ctx;
  const counts: PartCounts = { images: 0, videos: 0, checkImages: true, checkVideos: true };
  // R7: by index over the whole length, so a hole of a sparse array is an `undefined` part, refused, not skipped.
  for (let i = 0; i < content.length; i++) {
    const part: unknown = content[i];
    if (!isObject(part) || typeof part.type !== 'string') {
      if (report.keepsIssues)
        report.issue(S, 'invalid_type', `content.${i}`, { expected: 'content_part', ...valueParams(part) });
      else report.dropIssue(); // R7: bounded work for a huge array of bad parts
      continue;
    }
    const type = part.type.trim().toLowerCase(); // R35, R5; no length cap (R7)
    if (type === 'text') readTextPart(part, i, media, report);
    else if (type === 'image_url') readImagePart(part, i, counts, found, ctx);
    else if (type === 'video_url') readVideoPart(part, i, counts, found, ctx);
    else if (report.keepsWarnings)
      report.warn(S, 'ignored_field', `content.${i}`, { reason: 'content_part', ...valueParams(part.type) });
    else report.dropWarning();
  }
}

/** R35, R37: a text part's text joins the prompt; a text of another type is refused. */
function readTextPart(part: Record<string, unknown>, i: number, media: Media, report: Report): void {
  const text = part.text;
  if (typeof text === 'string') {
    if (/\S/.test(text)) media.texts.push({ text, part: i });
  } else if (text !== undefined && text !== null) {
    report.issue(S, 'invalid_type', `content.${i}.text`, { expected: 'string', ...valueParams(text) });
  }
}

/** R33, R35: an image part is the first frame; a second one, or one that differs from `image`, is a conflict. */
function readImagePart(part: Record<string, unknown>, i: number, counts: PartCounts, found: Found, ctx: Context): void {
  const { report } = ctx;
  // R7: a second image part is refused whatever its URL; past the notice limit, count it unparsed.
  if (counts.images > 0 && !report.keepsIssues) {
    report.dropIssue();
    return;
  }
  const path = `content.${i}`;
  const href = partUrl(part, 'image_url', path, 'image', counts.checkImages, ctx);
  if (href === undefined || counts.images > 0) counts.checkImages = false;
  if (++counts.images > 1) {
    conflict(report, path, { reason: 'content_images' });
  } else if (!found.firstFrameGiven) {
    found.firstFrame = href;
    found.firstFrameIdentity = href;
    found.firstFramePath = path;
  } else if (href !== undefined && found.firstFrameIdentity !== undefined && href !== found.firstFrameIdentity) {
    // R62: with input_reference's object form, the conflict is reported there, once.
    if (found.conflictAt === undefined) conflict(report, path, { reason: 'first_frames', other: found.firstFramePath });
    else conflict(report, found.conflictAt, { reason: 'first_frames', other: path });
  }
  found.firstFrameGiven = true;
}

/** R35: a video part is the reference video; a second one, or one that differs from `metadata.video_url`, conflicts. */
function readVideoPart(part: Record<string, unknown>, i: number, counts: PartCounts, found: Found, ctx: Context): void {
  const { report } = ctx;
  if (counts.videos > 0 && !report.keepsIssues) {
    report.dropIssue(); // R7, as for images
    return;
  }
  const path = `content.${i}`;
  const href = partUrl(part, 'video_url', path, 'video', counts.checkVideos, ctx);
  if (href === undefined || counts.videos > 0) counts.checkVideos = false;
  if (++counts.videos > 1) {
    conflict(report, path, { reason: 'content_videos' });
  } else if (!found.videoGiven) {
    found.video = href;
    found.videoPath = path;
  } else if (href !== undefined && found.video !== undefined && href !== found.video) {
    conflict(report, path, { reason: 'videos', other: 'metadata.video_url' });
  }
  found.videoGiven = true;
}

/** What the `file_infos` entries say, for R40, R41, R42, R43. */
interface FileFacts {
  reference: boolean;
  video: boolean;
  image: boolean;
  firstFrame: boolean;
  /** R36: the path of the first `LastFrame` entry, if any. */
  lastFrame: string | undefined;
  /** R72: the entries that make the task a reference task (R40), by path. */
  referencePaths: readonly string[];
}

/** What an absent (or refused) `metadata.file_infos` gives. */
const NO_FILES: FileFacts = Object.freeze({
  reference: false,
  video: false,
  image: false,
  firstFrame: false,
  lastFrame: undefined,
  referencePaths: [],
});

/** R36: the `file_infos` entries, 1-3. More is refused whole; the entries then only count by their presence. */
function readFileInfos(
  entries: unknown[],
  found: Found,
  lastFrameGiven: boolean,
  media: Media,
  ctx: Context,
): FileFacts {
  const referencePaths: string[] = [];
  const facts: FileFacts = {
    reference: false,
    video: false,
    image: false,
    firstFrame: false,
    lastFrame: undefined,
    referencePaths,
  };
  const tooMany = entries.length > MAX_FILES;
  if (tooMany) {
    ctx.report.issue(S, 'too_many_items', 'metadata.file_infos', { max: MAX_FILES, count: entries.length });
  }
  // R51: a first frame given by file id follows every other entry, wherever the request listed it, so that the
  // canonical request (which writes it as input_reference) normalizes back to the same list.
  let firstFrameFile: TaskFile | undefined;
  for (let i = 0; i < entries.length; i++) {
    const entry: unknown = entries[i];
    const path = `metadata.file_infos.${i}`;
    const taken = {
      firstFrame: found.firstFrameGiven || facts.firstFrame,
      lastFrame: lastFrameGiven || facts.lastFrame !== undefined,
    };
    const read = tooMany ? presence(entry) : readFileInfo(entry, path, taken, ctx);
    if (read.file !== undefined && isFirstFrameFileId(read.file)) firstFrameFile = read.file;
    else if (read.file !== undefined) media.files.push(read.file);
    if (read.category === 'video') facts.video = true;
    if (read.category === 'image') facts.image = true;
    // R40: an entry is a reference unless it is a frame (R36: a frame on a video entry is refused, and no reference).
    if (read.usage === 'firstframe') {
      if (read.category !== 'video') facts.firstFrame = true;
    } else if (read.usage === 'lastframe') {
      if (read.category !== 'video') facts.lastFrame ??= path;
    } else if (isObject(entry)) {
      facts.reference = true;
      referencePaths.push(path);
    }
  }
  if (firstFrameFile !== undefined) media.files.push(firstFrameFile);
  return facts;
}

/** A URL field (R32): its `href`, or `undefined` when absent or refused. */
function urlField(fields: Fields, field: Field, kind: UrlKind, ctx: Context): string | undefined {
  const value = fields[field.slot];
  return value === undefined ? undefined : checkUrl(value, field.path, kind, ctx);
}

/** R33, R61, R62: `image` and `input_reference` are the first frame (a URL, an uploaded file, or a file id). */
function readFirstFrames(fields: Fields, ctx: Context): { found: Found; reference: Reference } {
  const imageGiven = fields[FIELD.image.slot] !== undefined;
  const referenceGiven = fields[FIELD.input_reference.slot] !== undefined;
  const image: ImageInput = imageGiven ? readImage(fields[FIELD.image.slot], 'image', ctx) : NO_IMAGE;
  const reference: Reference = referenceGiven
    ? readInputReference(fields[FIELD.input_reference.slot], ctx)
    : NO_REFERENCE;
  if (image.identity !== undefined && reference.identity !== undefined && image.identity !== reference.identity) {
    conflict(ctx.report, reference.conflictAt, { reason: 'first_frames', other: 'image' });
  }
  // The reference video is read before `content`, so that a content video part can be compared with it.
  const found: Found = {
    firstFrame: image.href ?? reference.href,
    firstFrameGiven: imageGiven || referenceGiven,
    firstFrameIdentity: image.identity ?? reference.identity,
    conflictAt: reference.conflictAt === 'input_reference' ? undefined : reference.conflictAt,
    firstFramePath: imageGiven ? 'image' : 'input_reference',
    video: urlField(fields, FIELD['metadata.video_url'], 'video', ctx),
    videoGiven: fields[FIELD['metadata.video_url'].slot] !== undefined,
    videoPath: 'metadata.video_url',
  };

  return { found, reference };
}

/** R34: `images`, 1-3 reference images. Whether they are given, which counts even when refused for its type (R6). */
function readImages(fields: Fields, media: Media, ctx: Context): boolean {
  const { report } = ctx;
  const images = typed(fields, FIELD.images, report);
  const imagesGiven = fields[FIELD.images.slot] !== undefined && (!Array.isArray(images) || images.length > 0);
  if (Array.isArray(images) && images.length > MAX_IMAGES) {
    report.issue(S, 'too_many_items', 'images', { max: MAX_IMAGES, count: images.length });
  } else if (Array.isArray(images)) {
    // R7: by index, so a hole is an `undefined` element, refused like any element of the wrong type.
    for (let i = 0; i < images.length; i++) {
      const { href } = readImage(images[i], `images.${i}`, ctx);
      if (href !== undefined) media.images.push(href);
    }
  }

  return imagesGiven;
}

/** R41: the last frame, a URL or a file id (both: a conflict). Whether one is given. */
function readLastFrame(fields: Fields, media: Media, ctx: Context): boolean {
  const { report } = ctx;
  const lastFrameUrl = urlField(fields, FIELD['metadata.last_frame_url'], 'image', ctx);
  const lastFrameFileId = typed(fields, FIELD['metadata.last_frame_file_id'], report);
  const lastFrameGiven =
    fields[FIELD['metadata.last_frame_url'].slot] !== undefined ||
    fields[FIELD['metadata.last_frame_file_id'].slot] !== undefined;
  if (
    fields[FIELD['metadata.last_frame_url'].slot] !== undefined &&
    fields[FIELD['metadata.last_frame_file_id'].slot] !== undefined
  ) {
    conflict(report, 'metadata.last_frame_file_id', { reason: 'last_frames', other: 'metadata.last_frame_url' });
  } else if (lastFrameUrl !== undefined) {
    media.lastFrame = { url: lastFrameUrl };
  } else if (typeof lastFrameFileId === 'string') {
    media.lastFrame = { fileId: lastFrameFileId };
  }

  return lastFrameGiven;
}

/** R36, R41: a last frame needs a first frame; one issue, at the first of the fields that give a last frame. */
function checkLastFrameNeedsFirst(
  fields: Fields,
  lastFrameGiven: boolean,
  found: Found,
  files: FileFacts,
  report: Report,
): void {
  if ((lastFrameGiven || files.lastFrame !== undefined) && !found.firstFrameGiven && !files.firstFrame) {
    const path =
      fields[FIELD['metadata.last_frame_url'].slot] !== undefined
        ? 'metadata.last_frame_url'
        : fields[FIELD['metadata.last_frame_file_id'].slot] !== undefined
          ? 'metadata.last_frame_file_id'
          : (files.lastFrame as string);
    report.issue(S, 'missing_first_frame', path);
  }
}

/** Every field {@link readMedia} reads (R32, R33, R34, R35, R36, R37, R38, R39, R40, R41, R42, R43); `prompt` is read by the prompt's own rule. */
const MEDIA_FIELDS = fieldSet([
  FIELD.image,
  FIELD.input_reference,
  FIELD.images,
  FIELD.content,
  FIELD['metadata.video_url'],
  FIELD['metadata.last_frame_url'],
  FIELD['metadata.last_frame_file_id'],
  FIELD['metadata.file_infos'],
]);

/** Reads and checks every media input (R32, R33, R34, R35, R36, R40, R41, R42). */
export function readMedia(fields: Fields, allowPrivate: boolean, uploads: Uploads | undefined, report: Report): Media {
  const ctx: Context = { allowPrivate, uploads, report };
  const media: Media = {
    images: [],
    files: [],
    texts: [],
    reference: false,
    referencePaths: [],
    referenceVideo: false,
    hasMedia: false,
    hasImage: false,
    hasVideoUrl: false,
  };
  // A text-to-video request has none of the media fields: nothing to read, nothing to report. A set that
  // says present more often leaves the answer to the full reading, which finds nothing in absent fields; one that
  // misses a field fails the tests that read each media field alone (R42).
  // Stryker disable next-line ConditionalExpression: equivalent: without the short cut the full reading gives the same
  if (!anyPresent(fields, MEDIA_FIELDS)) return media;

  const { found, reference } = readFirstFrames(fields, ctx);
  const imagesGiven = readImages(fields, media, ctx);
  const content = typed(fields, FIELD.content, report);
  if (Array.isArray(content)) readContent(content, found, media, ctx);

  const lastFrameGiven = readLastFrame(fields, media, ctx);
  const fileInfos = typed(fields, FIELD['metadata.file_infos'], report);
  const filesGiven =
    fields[FIELD['metadata.file_infos'].slot] !== undefined && (!Array.isArray(fileInfos) || fileInfos.length > 0);
  const files = Array.isArray(fileInfos) ? readFileInfos(fileInfos, found, lastFrameGiven, media, ctx) : NO_FILES;
  // R62: a first frame given by file id follows the file_infos entries (it is not one of their 3).
  if (reference.fileId !== undefined)
    media.files.push({ type: 'File', category: 'Image', fileId: reference.fileId, usage: 'FirstFrame' });

  checkLastFrameNeedsFirst(fields, lastFrameGiven, found, files, report);
  if (found.firstFrame !== undefined) media.firstFrame = found.firstFrame;
  if (found.video !== undefined) media.video = found.video;
  media.hasVideoUrl = found.videoGiven;
  media.referenceVideo = found.videoGiven || files.video; // R40
  media.reference = imagesGiven || found.videoGiven || files.reference; // R40
  if (imagesGiven) media.referencePaths.push('images');
  if (found.videoGiven) media.referencePaths.push(found.videoPath);
  media.referencePaths.push(...files.referencePaths); // R72: each entry that makes the task a reference task
  media.hasImage = found.firstFrameGiven || imagesGiven || files.image; // R43
  media.hasMedia = found.firstFrameGiven || imagesGiven || lastFrameGiven || found.videoGiven || filesGiven; // R42
  return media;
}

/** R43: what a scene requires (catalog data). A face may come from any image or video input. */
export function checkSceneInputs(scene: Scene, media: Media, catalogIndex: CatalogIndex, report: Report): void {
  const requires = catalogIndex.catalog.scenes[scene].requires;
  if (requires === 'video' && !media.hasVideoUrl) {
    report.issue(S, 'missing_reference_video', 'metadata.video_url', { scene });
  } else if (requires === 'image' && !media.hasImage) {
    report.issue(S, 'missing_image', 'image', { scene, need: 'image' });
  } else if (requires === 'face' && !media.hasMedia) {
    report.issue(S, 'missing_image', 'image', { scene, need: 'face' });
  }
}
