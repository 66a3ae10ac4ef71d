/**
 * Media inputs (R32-R36, R40-R43): first frame, reference images, reference video, last frame, structured files,
 * and the OpenAI-style `content` array. Presence facts are judged from the input alone (R6), so a refused URL
 * still counts as given.
 * @module
 */
import { FILE_CATEGORIES, FILE_TYPES, FILE_USAGES, readEnum, REFERENCE_TYPES } from './enum.js';
import { type Field, FIELD, type Fields, isAbsent, isObject, typed } from './fields.js';
import { jsonType, type Report, Section, show } from './notices.js';
import type { Scene, TaskFile } from './types.js';
import { checkUrl, type UrlKind } from './url.js';

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
  texts: { text: string; path: string }[];
  /** R40: the `ref` billing dimension. */
  reference: boolean;
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
  readonly report: Report;
}


/** The URL of a `content` part's `image_url` / `video_url`: a string or `{ url }` (R35). */
function partUrl(part: Record<string, unknown>, key: string, base: string, kind: UrlKind, ctx: Context): string | undefined {
  const value = part[key];
  if (typeof value === 'string') return checkUrl(value, `${base}.${key}`, kind, ctx.allowPrivate, ctx.report, S);
  if (isObject(value) && Object.hasOwn(value, 'url')) return checkUrl(value.url, `${base}.${key}.url`, kind, ctx.allowPrivate, ctx.report, S);
  ctx.report.issue(S, 'invalid_type', `${base}.${key}`, `\`${base}.${key}\` must be a URL string or { "url": "..." }`);
  return undefined;
}

function conflict(report: Report, path: string, message: string): void {
  report.issue(S, 'conflicting_fields', path, message);
}

const FILE_KEYS = new Set(['type', 'category', 'url', 'file_id', 'usage', 'reference_type']);

/** R36: one `file_infos` entry. Returns the file when valid, and the facts R40-R43 need either way. */
function readFileInfo(entry: unknown, path: string, firstFrameTaken: boolean, ctx: Context): Facts {
  const { report } = ctx;
  if (!isObject(entry)) {
    report.issue(S, 'invalid_type', path, `\`${path}\` must be an object with type, category and url or file_id`);
    return {};
  }
  const issuesBefore = report.issueCount;
  const at = (key: string) => `${path}.${key}`;
  const get = (key: string): unknown => (Object.hasOwn(entry, key) ? entry[key] : undefined);
  for (const key of Object.keys(entry)) {
    if (!FILE_KEYS.has(key)) report.warn(S, 'unknown_field', at(key), `unknown field \`${at(key)}\` was ignored`);
  }
  const need = (key: string): boolean => {
    if (!isAbsent(get(key))) return true;
    report.issue(S, 'missing_field', at(key), `\`${at(key)}\` is required`);
    return false;
  };
  const facts = presence(entry);
  const type = need('type') ? readEnum(get('type'), at('type'), FILE_TYPES, report, S) : undefined;
  const category = need('category') ? readEnum(get('category'), at('category'), FILE_CATEGORIES, report, S) : undefined;
  const usage = isAbsent(get('usage')) ? undefined : readEnum(get('usage'), at('usage'), FILE_USAGES, report, S);
  const file: TaskFile = { type: type ?? 'Url', category: category ?? 'Image' };
  const ignored = (key: string, why: string) => {
    if (!isAbsent(get(key))) report.warn(S, 'ignored_field', at(key), `\`${at(key)}\` ${why} and was ignored`);
  };

  if (type === 'File') {
    ignored('url', 'does not apply to a File entry (it uses file_id)');
    const fileId = get('file_id');
    if (need('file_id')) {
      if (typeof fileId === 'string') file.fileId = fileId;
      else report.issue(S, 'invalid_type', at('file_id'), `\`${at('file_id')}\` must be a non-empty string`);
    }
  } else {
    if (type === 'Url') ignored('file_id', 'does not apply to a Url entry (it uses url)');
    if (type === 'Url' ? need('url') : !isAbsent(get('url'))) {
      const href = checkUrl(get('url'), at('url'), facts.category === 'video' ? 'video' : 'image', ctx.allowPrivate, report, S);
      if (href !== undefined) file.url = href;
    }
  }
  if (usage === 'FirstFrame' && category === 'Video') {
    report.issue(S, 'invalid_value', at('usage'), `\`${at('usage')}\` FirstFrame needs an Image entry: a first frame is an image`);
  }
  if (usage !== undefined) file.usage = usage;
  if (facts.category === 'image') ignored('reference_type', 'only applies to Video entries');
  else if (!isAbsent(get('reference_type'))) {
    const referenceType = readEnum(get('reference_type'), at('reference_type'), REFERENCE_TYPES, report, S);
    if (referenceType !== undefined) file.referenceType = referenceType;
  }
  if (facts.usage === 'firstframe' && firstFrameTaken) {
    conflict(report, path, `\`${path}\` is a second first frame; a task has one (image, input_reference, a content image or one FirstFrame entry)`);
  }
  if (report.issueCount === issuesBefore) facts.file = file;
  return facts;
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

/** Reads and checks every media input (R32-R36, R40-R42). */
export function readMedia(fields: Fields, allowPrivate: boolean, report: Report): Media {
  const ctx: Context = { allowPrivate, report };
  const url = (field: Field, kind: UrlKind) => {
    const raw = fields[field.slot];
    return raw === undefined ? undefined : checkUrl(raw, field.path, kind, allowPrivate, report, S);
  };
  const media: Media = {
    images: [], files: [], texts: [],
    reference: false, referenceVideo: false, hasMedia: false, hasImage: false, hasVideoUrl: false,
  };

  // R33: image and input_reference are the first frame.
  const image = url(FIELD.image, 'image');
  const inputReference = url(FIELD.input_reference, 'image');
  if (image !== undefined && inputReference !== undefined && image !== inputReference) {
    conflict(report, 'input_reference', '`image` and `input_reference` both give a first frame, with different URLs; send one');
  }
  let firstFrame = image ?? inputReference;
  let firstFrameGiven = fields[FIELD.image.slot] !== undefined || fields[FIELD.input_reference.slot] !== undefined;

  // R34: images, 1-3 reference images.
  const images = typed(fields, FIELD['images'], report);
  let imagesGiven = false;
  if (Array.isArray(images) && images.length > 0) {
    imagesGiven = true;
    if (images.length > MAX_IMAGES) {
      report.issue(S, 'too_many_items', 'images', `\`images\` holds at most ${MAX_IMAGES} reference images; got ${images.length}`);
    } else {
      images.forEach((item, i) => {
        const href = checkUrl(item, `images.${i}`, 'image', allowPrivate, report, S);
        if (href !== undefined) media.images.push(href);
      });
    }
  } else if (fields[FIELD.images.slot] !== undefined && !Array.isArray(images)) {
    imagesGiven = true; // refused for its type, but given (R6)
  }

  // Reference video (metadata.video_url), before content so that a content video part can be compared with it.
  let video = url(FIELD['metadata.video_url'], 'video');
  let videoGiven = fields[FIELD['metadata.video_url'].slot] !== undefined;

  // R35: content parts.
  const content = typed(fields, FIELD['content'], report);
  if (Array.isArray(content)) {
    let imageParts = 0;
    let videoParts = 0;
    content.forEach((part, i) => {
      const path = `content.${i}`;
      if (!isObject(part) || typeof part.type !== 'string') {
        report.issue(S, 'invalid_type', path, `\`${path}\` must be an object with a string \`type\` (text, image_url or video_url)`);
        return;
      }
      const type = part.type.length > 32 ? part.type : part.type.trim().toLowerCase();
      if (type === 'text') {
        const text = part.text;
        if (typeof text === 'string') {
          if (/\S/.test(text)) media.texts.push({ text, path: `${path}.text` });
        } else if (text !== undefined && text !== null) {
          report.issue(S, 'invalid_type', `${path}.text`, `\`${path}.text\` must be a string; got ${jsonType(text)}`);
        }
      } else if (type === 'image_url') {
        imageParts++;
        const href = partUrl(part, 'image_url', path, 'image', ctx);
        if (imageParts > 1) {
          conflict(report, path, `\`${path}\` is a second content image; a task has one first frame: pass reference images in \`images\``);
        } else if (firstFrameGiven) {
          if (href !== undefined && firstFrame !== undefined && href !== firstFrame) {
            conflict(report, path, `\`${path}\` gives a first frame that differs from \`image\` / \`input_reference\`; send one`);
          }
        } else if (href !== undefined) {
          firstFrame = href;
        }
        firstFrameGiven = true;
      } else if (type === 'video_url') {
        videoParts++;
        const href = partUrl(part, 'video_url', path, 'video', ctx);
        if (videoParts > 1) {
          conflict(report, path, `\`${path}\` is a second reference video; send one`);
        } else if (videoGiven) {
          if (href !== undefined && video !== undefined && href !== video) {
            conflict(report, path, `\`${path}\` gives a reference video that differs from \`metadata.video_url\`; send one`);
          }
        } else if (href !== undefined) {
          video = href;
        }
        videoGiven = true;
      } else {
        report.warn(S, 'ignored_field', path, `content part type ${show(part.type)} is not used and was ignored`);
      }
    });
  }

  // R41: last frame.
  const lastFrameUrl = url(FIELD['metadata.last_frame_url'], 'image');
  const lastFrameFileId = typed(fields, FIELD['metadata.last_frame_file_id'], report);
  const lastFrameGiven = fields[FIELD['metadata.last_frame_url'].slot] !== undefined || fields[FIELD['metadata.last_frame_file_id'].slot] !== undefined;
  if (fields[FIELD['metadata.last_frame_url'].slot] !== undefined && fields[FIELD['metadata.last_frame_file_id'].slot] !== undefined) {
    conflict(report, 'metadata.last_frame_file_id', '`metadata.last_frame_url` and `metadata.last_frame_file_id` both give a last frame; send one');
  } else if (lastFrameUrl !== undefined) {
    media.lastFrame = { url: lastFrameUrl };
  } else if (typeof lastFrameFileId === 'string') {
    media.lastFrame = { fileId: lastFrameFileId };
  }

  // R36: structured files.
  const fileInfos = typed(fields, FIELD['metadata.file_infos'], report);
  let filesGiven = false;
  let fileReference = false;
  let fileVideo = false;
  let fileImage = false;
  let fileFirstFrame = false;
  if (Array.isArray(fileInfos) && fileInfos.length > 0) {
    filesGiven = true;
    if (fileInfos.length > MAX_FILES) {
      report.issue(S, 'too_many_items', 'metadata.file_infos', `\`metadata.file_infos\` holds at most ${MAX_FILES} entries; got ${fileInfos.length}`);
    }
    const tooMany = fileInfos.length > MAX_FILES;
    fileInfos.forEach((entry, i) => {
      // Too many entries: refused as a whole; the entries are not checked one by one, only their presence counts.
      const facts = tooMany ? presence(entry) : readFileInfo(entry, `metadata.file_infos.${i}`, firstFrameGiven || fileFirstFrame, ctx);
      if (facts.file !== undefined) media.files.push(facts.file);
      if (facts.category === 'video') fileVideo = true;
      if (facts.category === 'image') fileImage = true;
      if (facts.usage === 'firstframe') {
        if (facts.category !== 'video') fileFirstFrame = true;
      } else if (isObject(entry)) {
        fileReference = true;
      }
    });
  } else if (fields[FIELD['metadata.file_infos'].slot] !== undefined && !Array.isArray(fileInfos)) {
    filesGiven = true;
  }

  // R41: a last frame needs a first frame.
  if (lastFrameGiven && !firstFrameGiven && !fileFirstFrame) {
    const path = fields[FIELD['metadata.last_frame_url'].slot] !== undefined ? 'metadata.last_frame_url' : 'metadata.last_frame_file_id';
    report.issue(S, 'missing_first_frame', path, `\`${path}\` is a last frame and needs a first frame: set \`image\``);
  }

  if (firstFrame !== undefined) media.firstFrame = firstFrame;
  if (video !== undefined) media.video = video;
  media.hasVideoUrl = videoGiven;
  media.referenceVideo = videoGiven || fileVideo; // R40
  media.reference = imagesGiven || videoGiven || fileReference; // R40
  media.hasImage = firstFrameGiven || imagesGiven || fileImage; // R43
  media.hasMedia = firstFrameGiven || imagesGiven || lastFrameGiven || videoGiven || filesGiven; // R42
  return media;
}

/** R43: what each scene needs. A `lip_sync` face may come from any image or video input. */
export function checkSceneInputs(scene: Scene, media: Media, report: Report): void {
  if (scene === 'motion_control' && !media.hasVideoUrl) {
    report.issue(S, 'missing_reference_video', 'metadata.video_url', 'motion_control needs a reference video: set `metadata.video_url` to a public https URL');
  } else if (scene === 'avatar_i2v' && !media.hasImage) {
    report.issue(S, 'missing_image', 'image', 'avatar_i2v needs an image of the person: set `image` (or `images` / an image in `metadata.file_infos`)');
  } else if (scene === 'lip_sync' && !media.hasMedia) {
    report.issue(S, 'missing_image', 'image', 'lip_sync needs a face: set `image` (or a video in `metadata.video_url`)');
  }
}
