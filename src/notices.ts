/**
 * Collecting issues and warnings (R6): never thrown, gathered in one report, then put in a deterministic order
 * (by the SPEC section of the field concerned, then by path).
 * @module
 */
import type { Notice } from './types.js';
import { isBlob } from './upload.js';

/** SPEC sections, used to order notices (R6). */
export const enum Section {
  General = 1,
  Model = 2,
  Scene = 3,
  Duration = 4,
  Size = 5,
  Audio = 6,
  Motion = 7,
  Media = 8,
  Output = 9,
  Billing = 17,
}

interface Entry {
  readonly section: Section;
  readonly seq: number;
  readonly notice: Notice;
}

/** A sort key for a dot path in which array indexes compare by value (`images.2` before `images.10`). */
function pathKey(path: string): string {
  return path.replace(/\d+/g, (digits) => digits.padStart(10, '0'));
}

function order(entries: Entry[]): Notice[] {
  if (entries.length > 1) {
    const keyed = entries.map((e) => ({ e, key: pathKey(e.notice.path) }));
    keyed.sort((a, b) => a.e.section - b.e.section || (a.key < b.key ? -1 : a.key > b.key ? 1 : a.e.seq - b.e.seq));
    return keyed.map((k) => k.e.notice);
  }
  return entries.map((e) => e.notice);
}

/** The issues and warnings of one call. */
export class Report {
  private readonly issueEntries: Entry[] = [];
  private readonly warningEntries: Entry[] = [];
  private seq = 0;

  /** A reason to refuse the request. */
  issue(section: Section, code: string, path: string, message: string): void {
    this.issueEntries.push({ section, seq: this.seq++, notice: { code, path, message, params: {} } });
  }

  /** A note on what was accepted but ignored or overridden. */
  warn(section: Section, code: string, path: string, message: string): void {
    this.warningEntries.push({ section, seq: this.seq++, notice: { code, path, message, params: {} } });
  }

  /** How many issues have been reported so far. */
  get issueCount(): number {
    return this.issueEntries.length;
  }

  /** The issues, in the order of R6. */
  issues(): Notice[] {
    return order(this.issueEntries);
  }

  /** The warnings, in the order of R6. */
  warnings(): Notice[] {
    return order(this.warningEntries);
  }
}

/** A short, safe rendering of a client value for a message: strings quoted and cut, other values by JSON type. */
export function show(value: unknown): string {
  if (typeof value === 'string') {
    const cut = value.length > 64 ? `${value.slice(0, 61)}...` : value;
    return JSON.stringify(cut);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return jsonType(value);
}

/** The JSON type of a value, for messages: `a string`, `a number`, `a boolean`, `null`, `an array`, `an object`. */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (isBlob(value)) return 'a file';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}

/** `a`, `a or b`, `a, b or c`. */
export function oneOf(values: readonly (string | number)[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}
