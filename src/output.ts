/**
 * Output pass-through options (R44): checked, canonicalised, and carried in camelCase when given.
 * @module
 */
import { type Enum, PERSON_GENERATION, STORAGE_MODES, SWITCH } from './enum.js';
import { type FieldPath, type Fields, typed } from './fields.js';
import { type Report, Section, show } from './notices.js';
import { longerThan } from './text.js';
import type { OutputOptions } from './types.js';

const S = Section.Output;
const MAX_MEDIA_NAME = 64;
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

function daysIn(year: number, month: number): number {
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** R44: an ISO 8601 date-time with a time zone and a real calendar date. */
export function isDateTime(text: string): boolean {
  const m = DATETIME.exec(text);
  if (m === null) return false;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as number[];
  const offsetHours = m[8] === undefined ? 0 : Number(m[8]);
  const offsetMinutes = m[9] === undefined ? 0 : Number(m[9]);
  return (
    month! >= 1 && month! <= 12 && day! >= 1 && day! <= daysIn(year!, month!) &&
    hour! <= 23 && minute! <= 59 && second! <= 59 && offsetHours <= 23 && offsetMinutes <= 59
  );
}

const DIGITS = /^\s*\d+\s*$/;

/** R44: reads `metadata.output_config`'s pass-through options. */
export function readOutput(fields: Fields, report: Report): OutputOptions {
  const output: OutputOptions = {};
  const choose = <T extends string>(path: FieldPath, values: Enum<T>): T | undefined => {
    const raw = typed(fields, path, report);
    if (typeof raw !== 'string') return undefined;
    const value = values.match(raw);
    if (value === undefined) report.issue(S, 'invalid_enum', path, `\`${path}\` must be ${values.allowed}; got ${show(raw)}`);
    return value;
  };
  const storageMode = choose('metadata.output_config.storage_mode', STORAGE_MODES);
  if (storageMode !== undefined) output.storageMode = storageMode;

  const mediaName = typed(fields, 'metadata.output_config.media_name', report);
  if (typeof mediaName === 'string') {
    if (longerThan(mediaName, MAX_MEDIA_NAME)) {
      report.issue(S, 'field_too_long', 'metadata.output_config.media_name', `\`metadata.output_config.media_name\` is longer than ${MAX_MEDIA_NAME} characters`);
    } else {
      output.mediaName = mediaName;
    }
  }

  const classPath = 'metadata.output_config.class_id';
  const classId = typed(fields, classPath, report);
  if (classId !== undefined) {
    const n = typeof classId === 'number' ? classId : typeof classId === 'string' && classId.length <= 32 && DIGITS.test(classId) ? Number(classId) : NaN;
    if (Number.isSafeInteger(n) && n >= 0) output.classId = n;
    else report.issue(S, 'invalid_value', classPath, `\`${classPath}\` must be a whole number >= 0; got ${show(classId)}`);
  }

  const expirePath = 'metadata.output_config.expire_time';
  const expireTime = typed(fields, expirePath, report);
  if (typeof expireTime === 'string') {
    if (expireTime.length <= 64 && isDateTime(expireTime.trim())) output.expireTime = expireTime.trim();
    else {
      report.issue(S, 'invalid_datetime', expirePath, `\`${expirePath}\` must be an ISO 8601 date-time with a time zone, such as 2026-12-01T00:00:00+08:00; got ${show(expireTime)}`);
    }
  }

  const personGeneration = choose('metadata.output_config.person_generation', PERSON_GENERATION);
  if (personGeneration !== undefined) output.personGeneration = personGeneration;
  const inputCheck = choose('metadata.output_config.input_compliance_check', SWITCH);
  if (inputCheck !== undefined) output.inputComplianceCheck = inputCheck;
  const outputCheck = choose('metadata.output_config.output_compliance_check', SWITCH);
  if (outputCheck !== undefined) output.outputComplianceCheck = outputCheck;
  const enhance = choose('metadata.output_config.enhance_switch', SWITCH);
  if (enhance !== undefined) output.enhanceSwitch = enhance;
  return output;
}
