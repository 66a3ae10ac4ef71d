/**
 * `metadata.ext_info` and multi-shot (R38, R39). The string is the upstream's business and is kept verbatim; the
 * library reads only what billing and validation need: the multi-shot parameters.
 * @module
 */
import { catalog, type CatalogModel } from './catalog.js';
import { parseWholeSeconds } from './duration.js';
import { SHOT_TYPES } from './enum.js';
import { FIELD, type Fields, isObject, typed } from './fields.js';
import { oneOf, type Report, Section, show } from './notices.js';
import { longerThan } from './text.js';
import type { Shot } from './types.js';

const PATH = 'metadata.ext_info';
/** The aliases that allow multi-shot, for messages (R39). */
const MULTI_SHOT_MODELS = oneOf(catalog.models.filter((m) => m.multiShot).map((m) => m.alias));
const MAX_EXT_INFO = 16384;
const MAX_SHOTS = 6;
const MAX_SHOT_PROMPT = 512;

/** A parsed multi-shot request. */
export interface MultiShot {
  shotType: 'customize' | 'intelligence';
  shots: Shot[];
}

/** What `ext_info` gives: the verbatim string and, when asked for, the multi-shot parameters. */
export interface ExtInfo {
  text?: string;
  multiShot?: MultiShot;
  /** Multi-shot was asked for (even if its parameters were refused). */
  multiShotAsked: boolean;
  /** A custom multi-shot was asked for (R37: then no prompt is required). */
  customAsked: boolean;
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function bad(report: Report, message: string): void {
  report.issue(Section.Media, 'invalid_multi_shot', PATH, message);
}

/** R39: the shots of a custom multi-shot, or `undefined` after reporting what is wrong. */
function readShots(value: unknown, report: Report): Shot[] | undefined {
  if (!Array.isArray(value) || value.length < 1 || value.length > MAX_SHOTS) {
    bad(report, `multi_prompt must be an array of 1 to ${MAX_SHOTS} shots { index, prompt, duration } when shot_type is customize`);
    return undefined;
  }
  const shots: Shot[] = [];
  const seen = new Set<number>();
  let ok = true;
  value.forEach((item, i) => {
    const at = `multi_prompt.${i}`;
    if (!isObject(item)) {
      bad(report, `${at} must be an object { index, prompt, duration }`);
      ok = false;
      return;
    }
    const { index, prompt, duration } = item;
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 1) {
      bad(report, `${at}.index must be a whole number >= 1; got ${show(index)}`);
      ok = false;
    } else if (seen.has(index)) {
      bad(report, `${at}.index ${index} is used twice; shot indexes must be distinct`);
      ok = false;
    } else {
      seen.add(index);
    }
    if (typeof prompt !== 'string' || !/\S/.test(prompt)) {
      bad(report, `${at}.prompt must be a non-empty string`);
      ok = false;
    } else if (longerThan(prompt, MAX_SHOT_PROMPT)) {
      bad(report, `${at}.prompt is longer than ${MAX_SHOT_PROMPT} characters`);
      ok = false;
    }
    const seconds = parseWholeSeconds(duration);
    if (seconds === undefined) {
      bad(report, `${at}.duration must be a whole number of seconds >= 1; got ${show(duration)}`);
      ok = false;
    }
    if (ok) shots.push({ index: index as number, prompt: prompt as string, seconds: seconds as number });
  });
  return ok ? shots : undefined;
}

/** R38, R39: reads `metadata.ext_info`. */
export function readExtInfo(fields: Fields, report: Report): ExtInfo {
  const result: ExtInfo = { multiShotAsked: false, customAsked: false };
  const text = typed(fields, FIELD[PATH], report);
  if (typeof text !== 'string') return result;
  const root = text.length > MAX_EXT_INFO ? undefined : parseObject(text);
  if (root === undefined) {
    report.issue(
      Section.Media,
      'invalid_ext_info',
      PATH,
      text.length > MAX_EXT_INFO
        ? `\`${PATH}\` is longer than ${MAX_EXT_INFO} characters`
        : `\`${PATH}\` must be a string holding a JSON object`,
    );
    return result;
  }
  let params: Record<string, unknown> | undefined;
  const additional = Object.hasOwn(root, 'AdditionalParameters') ? root.AdditionalParameters : undefined;
  if (additional !== undefined && additional !== null) {
    params = isObject(additional) ? additional : typeof additional === 'string' ? parseObject(additional) : undefined;
    if (params === undefined) {
      report.issue(Section.Media, 'invalid_ext_info', PATH, 'AdditionalParameters in `metadata.ext_info` must be a JSON object or a string holding one');
      return result;
    }
  }
  result.text = text;
  if (params === undefined || !Object.hasOwn(params, 'multi_shot')) return result;
  const multiShot = params.multi_shot;
  if (typeof multiShot !== 'boolean') {
    bad(report, `multi_shot must be true or false; got ${show(multiShot)}`);
    return result;
  }
  if (!multiShot) return result;
  result.multiShotAsked = true;
  const rawType = params.shot_type;
  const shotType = typeof rawType === 'string' ? SHOT_TYPES.match(rawType) : undefined;
  if (shotType === undefined) {
    bad(report, `shot_type must be ${SHOT_TYPES.allowed} when multi_shot is true; got ${show(rawType)}`);
    return result;
  }
  if (shotType === 'intelligence') {
    result.multiShot = { shotType, shots: [] };
    return result;
  }
  result.customAsked = true;
  const shots = readShots(params.multi_prompt, report);
  if (shots !== undefined) result.multiShot = { shotType, shots };
  return result;
}

/** R39: the shots add up to the task's seconds, and the model allows multi-shot. */
export function checkMultiShot(
  ext: ExtInfo,
  model: CatalogModel | undefined,
  referenceVideo: boolean,
  seconds: number | undefined,
  report: Report,
): void {
  if (!ext.multiShotAsked) return;
  if (model !== undefined) {
    if (!model.multiShot) {
      report.issue(Section.Media, 'unsupported_multi_shot', PATH, `${model.alias} does not support multi-shot; use ${MULTI_SHOT_MODELS}`);
      return;
    }
    if (referenceVideo && model.withReferenceVideo !== undefined && !model.withReferenceVideo.multiShot) {
      report.issue(Section.Media, 'unsupported_multi_shot', PATH, `${model.alias} does not support multi-shot with a reference video`);
      return;
    }
  }
  const shots = ext.multiShot?.shotType === 'customize' ? ext.multiShot.shots : undefined;
  if (shots === undefined || seconds === undefined) return;
  const total = shots.reduce((sum, s) => sum + s.seconds, 0);
  if (total !== seconds) bad(report, `the shot durations add up to ${total} s but the task is ${seconds} s; they must be equal`);
}
