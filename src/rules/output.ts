/**
 * Output pass-through options (R44): checked, canonicalised, and carried in camelCase when given.
 * @module
 */
import { type Enum, PERSON_GENERATION, readEnum, STORAGE_MODES, SWITCH } from '../read/enum.js';
import { anyPresent, checkType, type Field, FIELD, type Fields, fieldSet } from '../read/fields.js';
import { type Report, Section } from '../report/report.js';
import { valueParams } from '../shared/params.js';
import { longerThan } from '../shared/json.js';
import type { OutputOptions } from '../shared/types.js';

const S = Section.Output;
const MAX_MEDIA_NAME = 64;

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** R44: an ISO 8601 date-time with a time zone and a real calendar date. */
export function isDateTime(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/.exec(text);
  if (m === null) return false;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = [
    m[1],
    m[2],
    m[3],
    m[4],
    m[5],
    m[6],
    m[8],
    m[9],
  ].map((part) => Number(part ?? '0')) as [number, number, number, number, number, number, number, number];
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysIn(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 23 &&
    offsetMinutes <= 59
  );
}

type Reader = (value: unknown, field: Field, report: Report) => OutputOptions[keyof OutputOptions] | undefined;

function choice<T extends string>(values: Enum<T>): Reader {
  return (raw, field, report) => readEnum(raw, field.path, values, report, S);
}

const mediaName: Reader = (value, field, report) => {
  const raw = checkType(field, value, report);
  if (typeof raw !== 'string') return undefined;
  if (!longerThan(raw, MAX_MEDIA_NAME)) return raw;
  report.issue(S, 'field_too_long', field.path, { max: MAX_MEDIA_NAME });
  return undefined;
};

const classId: Reader = (value, field, report) => {
  const raw = checkType(field, value, report);
  if (raw === undefined) return undefined;
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN;
  if (Number.isSafeInteger(n) && n >= 0) return n;
  report.issue(S, 'invalid_value', field.path, { reason: 'whole_number', ...valueParams(raw) });
  return undefined;
};

const expireTime: Reader = (value, field, report) => {
  const raw = checkType(field, value, report);
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  if (text.length <= 64 && isDateTime(text)) return text;
  report.issue(S, 'invalid_datetime', field.path, valueParams(raw));
  return undefined;
};

/** The R44 options: field, spec key, reader (objects, not tuples: a tuple's destructuring costs twice as much). */
const OPTIONS: readonly { readonly field: Field; readonly key: keyof OutputOptions; readonly read: Reader }[] = [
  { field: FIELD['metadata.output_config.storage_mode'], key: 'storageMode', read: choice(STORAGE_MODES) },
  { field: FIELD['metadata.output_config.media_name'], key: 'mediaName', read: mediaName },
  { field: FIELD['metadata.output_config.class_id'], key: 'classId', read: classId },
  { field: FIELD['metadata.output_config.expire_time'], key: 'expireTime', read: expireTime },
  {
    field: FIELD['metadata.output_config.person_generation'],
    key: 'personGeneration',
    read: choice(PERSON_GENERATION),
  },
  { field: FIELD['metadata.output_config.input_compliance_check'], key: 'inputComplianceCheck', read: choice(SWITCH) },
  {
    field: FIELD['metadata.output_config.output_compliance_check'],
    key: 'outputComplianceCheck',
    read: choice(SWITCH),
  },
  { field: FIELD['metadata.output_config.enhance_switch'], key: 'enhanceSwitch', read: choice(SWITCH) },
];

/** R44 options as `[spec key, output_config key]`, for writing a spec back (R51). */
export const OUTPUT_OPTION_KEYS: readonly (readonly [keyof OutputOptions, string])[] = OPTIONS.map(({ field, key }) => [
  key,
  field.path.slice('metadata.output_config.'.length),
]);

/** The options' fields: most requests have none of them. */
const OPTION_FIELDS = fieldSet(OPTIONS.map(({ field }) => field));

/** R44: reads `metadata.output_config`'s pass-through options; only those given appear. */
export function readOutput(fields: Fields, report: Report): OutputOptions {
  const output: Record<string, unknown> = {};
  // One test instead of eight look-ups; without it the loop finds the same nothing.
  // Stryker disable next-line ConditionalExpression: equivalent (see above)
  if (!anyPresent(fields, OPTION_FIELDS)) return output;
  for (const { field, key, read } of OPTIONS) {
    if (fields[field.slot] === undefined) continue;
    const value = read(fields[field.slot], field, report);
    // Stryker disable next-line ConditionalExpression: equivalent: a refused option is an issue, and a refused request has no spec to show it in
    if (value !== undefined) output[key] = value;
  }
  return output as OutputOptions;
}
