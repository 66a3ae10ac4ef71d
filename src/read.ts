/**
 * The reader (R1, R2, R4): one pass over the keys each level actually has. Known fields land in a flat table by
 * dot path; unknown keys are warned about and dropped; absent values (R2) are skipped. Nothing is copied by spread.
 * @module
 */
import { emptyFields, type FieldPath, type Fields, isAbsent, isObject, METADATA, OUTPUT_CONFIG, TOP_LEVEL, typed } from './fields.js';
import { type Report, Section } from './notices.js';

function readLevel(
  object: Record<string, unknown>,
  known: ReadonlyMap<string, FieldPath>,
  prefix: string,
  fields: Fields,
  report: Report,
): void {
  for (const key of Object.keys(object)) {
    const path = known.get(key);
    if (path === undefined) {
      report.warn(Section.General, 'unknown_field', prefix + key, `unknown field \`${prefix}${key}\` was ignored`);
      continue;
    }
    const value = object[key];
    if (!isAbsent(value)) fields[path] = value;
  }
}

/** Reads the known fields of a raw request object (R4). Container fields of the wrong type are `invalid_type` (R3). */
export function readRequest(raw: Record<string, unknown>, report: Report): Fields {
  const fields = emptyFields();
  readLevel(raw, TOP_LEVEL, '', fields, report);
  const metadata = typed(fields, 'metadata', report);
  if (isObject(metadata)) {
    readLevel(metadata, METADATA, 'metadata.', fields, report);
    const output = typed(fields, 'metadata.output_config', report);
    if (isObject(output)) readLevel(output, OUTPUT_CONFIG, 'metadata.output_config.', fields, report);
  }
  return fields;
}
