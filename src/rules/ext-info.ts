/**
 * `metadata.ext_info` and multi-shot (R38, R39). The string is the upstream's business and is kept verbatim; the
 * library reads only what billing and validation need: the multi-shot parameters.
 * @module
 */
import type { Facts } from './facts.js';
import { parseWholeSeconds } from './duration.js';
import { SHOT_TYPES } from '../read/enum.js';
import { FIELD, type Fields, typed } from '../read/fields.js';
import { isObject } from '../shared/guard.js';
import { type Report, Section } from '../report/report.js';
import { valueParams } from '../shared/params.js';
import { longerThan } from '../shared/json.js';
import { parseJsonObject } from '../shared/quiet.js';
import type { IssueParams } from '../shared/notice-params.js';
import type { Shot } from '../shared/types.js';

const PATH = 'metadata.ext_info';
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

/** R39: a multi-shot problem, at `metadata.ext_info`; `reason` and `at` (the place inside it) say where (R68). */
function bad(report: Report, params: IssueParams['invalid_multi_shot']): void {
  report.issue(Section.Media, 'invalid_multi_shot', PATH, params);
}

/** R39: the shots of a custom multi-shot, or `undefined` after reporting what is wrong. */
function readShots(value: unknown, report: Report): Shot[] | undefined {
  if (!Array.isArray(value) || value.length < 1 || value.length > MAX_SHOTS) {
    bad(report, { reason: 'shots', max: MAX_SHOTS });
    return undefined;
  }
  const shots: Shot[] = [];
  const seen = new Set<number>();
  let ok = true;
  // R7: by index over the whole length (a parsed JSON array has no holes, but the rule is the same everywhere).
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    const at = `multi_prompt.${i}`;
    if (!isObject(item)) {
      bad(report, { reason: 'shot', at });
      ok = false;
      continue;
    }
    const { index, prompt, duration } = item;
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 1) {
      bad(report, { reason: 'index', at, ...valueParams(index) });
      ok = false;
    } else if (seen.has(index)) {
      bad(report, { reason: 'index_twice', at, index });
      ok = false;
    } else {
      seen.add(index);
    }
    if (typeof prompt !== 'string' || !/\S/.test(prompt)) {
      bad(report, { reason: 'prompt', at });
      ok = false;
    } else if (longerThan(prompt, MAX_SHOT_PROMPT)) {
      bad(report, { reason: 'prompt_too_long', at, max: MAX_SHOT_PROMPT });
      ok = false;
    }
    const seconds = parseWholeSeconds(duration);
    if (seconds === undefined) {
      bad(report, { reason: 'duration', at, ...valueParams(duration) });
      ok = false;
    }
    if (ok) shots.push({ index: index as number, prompt: prompt as string, seconds: seconds as number });
  }
  return ok ? shots : undefined;
}

/** What an absent (or refused) `ext_info` gives: no multi-shot, no text. */
const NO_EXT_INFO: ExtInfo = Object.freeze({ multiShotAsked: false, customAsked: false });

/** R38, R39: reads `metadata.ext_info`. */
export function readExtInfo(fields: Fields, report: Report): ExtInfo {
  const text = typed(fields, FIELD[PATH], report);
  if (typeof text !== 'string') return NO_EXT_INFO;
  const result: ExtInfo = { multiShotAsked: false, customAsked: false };
  const root = text.length > MAX_EXT_INFO ? undefined : parseJsonObject(text);
  if (root === undefined) {
    report.issue(
      Section.Media,
      'invalid_ext_info',
      PATH,
      text.length > MAX_EXT_INFO ? { reason: 'too_long', max: MAX_EXT_INFO } : { reason: 'not_object' },
    );
    return result;
  }
  let params: Record<string, unknown> | undefined;
  const additional = Object.hasOwn(root, 'AdditionalParameters') ? root.AdditionalParameters : undefined;
  if (additional !== undefined && additional !== null) {
    params = isObject(additional)
      ? additional
      : typeof additional === 'string'
        ? parseJsonObject(additional)
        : undefined;
    if (params === undefined) {
      report.issue(Section.Media, 'invalid_ext_info', PATH, { reason: 'additional_parameters' });
      return result;
    }
  }
  result.text = text;
  // R39, R2: `multi_shot: null` is absent.
  if (params === undefined || !Object.hasOwn(params, 'multi_shot') || params.multi_shot === null) return result;
  const multiShot = params.multi_shot;
  if (typeof multiShot !== 'boolean') {
    bad(report, { reason: 'multi_shot', ...valueParams(multiShot) });
    return result;
  }
  if (!multiShot) return result;
  result.multiShotAsked = true;
  const rawType = params.shot_type;
  const shotType = typeof rawType === 'string' ? SHOT_TYPES.match(rawType) : undefined;
  if (shotType === undefined) {
    bad(report, { reason: 'shot_type', allowed: [...SHOT_TYPES.values], ...valueParams(rawType) });
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
export function checkMultiShot(ext: ExtInfo, seconds: number | undefined, facts: Facts): void {
  const { model, referenceVideo, catalogIndex, report } = facts;
  if (!ext.multiShotAsked) return;
  if (model !== undefined) {
    if (!model.multiShot) {
      report.issue(Section.Media, 'unsupported_multi_shot', PATH, {
        reason: 'model',
        model: model.alias,
        models: [...catalogIndex.multiShotModels],
      });
      return;
    }
    if (referenceVideo && model.withReferenceVideo !== undefined && !model.withReferenceVideo.multiShot) {
      report.issue(Section.Media, 'unsupported_multi_shot', PATH, {
        reason: 'reference_video',
        model: model.alias,
        models: [...catalogIndex.multiShotModels],
      });
      return;
    }
  }
  const shots = ext.multiShot?.shotType === 'customize' ? ext.multiShot.shots : undefined;
  if (shots === undefined || seconds === undefined) return;
  const total = shots.reduce((sum, s) => sum + s.seconds, 0);
  // R17, R39: the shots add up to the task's seconds.
  if (total !== seconds) bad(report, { reason: 'sum', total, seconds });
}
