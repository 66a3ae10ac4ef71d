/**
 * Form bodies (R58, R59, R60, R61): the `multipart/form-data` (or URL-encoded) body the OpenAI SDKs send, rebuilt into the raw
 * request that the rules read. Bracket names (`metadata[output_config][duration]`, `images[]`,
 * `metadata[file_infos][][type]`) become nested objects and arrays; text values stay text except where R60 says;
 * files stay `Blob`s for the media rules (R61). Nothing is guessed: a malformed name stops the request.
 * @module
 */
import { MAX_BODY_CHARS } from './limits.js';
import type { Finding } from '../report/report.js';
import { clip, valueParams } from '../shared/params.js';
import { FIELD, isAbsent } from './fields.js';
import type { IssueParams } from '../shared/notice-params.js';
import { isEmptyFileInput } from './upload.js';
import { isBlob } from '../shared/guard.js';
import { parseJson } from '../shared/quiet.js';

/** A form as a gateway has it: a web `FormData`, a `URLSearchParams`, or any iterable of `[name, value]` pairs. */
export type FormInput = Iterable<readonly [string, string | Blob]>;

const MAX_ENTRIES = 1000;
const MAX_NAME = 200;
const MAX_GROUPS = 6;

/** One `[...]` group of a name: a member key, an array index, or `null` for `[]` (append). */
type Group = string | number | null;

const NO_GROUPS: readonly Group[] = Object.freeze([]);

/** A field name read by R59's grammar: its base and its groups. */
export interface ParsedName {
  readonly base: string;
  readonly groups: readonly Group[];
}

/** R59: `base` then `[key]`, `[index]` or `[]` groups; `undefined` for a name that breaks the grammar. */
export function parseName(name: string): ParsedName | undefined {
  const open = name.indexOf('[');
  if (open < 0) return name === '' || name.includes(']') ? undefined : { base: name, groups: NO_GROUPS };
  const base = name.slice(0, open);
  if (base === '' || base.includes(']')) return undefined;
  const groups: Group[] = [];
  let i = open;
  while (i < name.length) {
    if (name.charCodeAt(i) !== 91 /* [ */ || groups.length === MAX_GROUPS) return undefined; // `a[b]c`, too deep
    const close = name.indexOf(']', i + 1);
    // Without this line `a[b` would read from the start of the name again, which is not `[`: refused alike.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent (see above)
    if (close < 0) return undefined; // `a[b`
    if (close === i + 1) {
      groups.push(null);
    } else {
      const key = name.slice(i + 1, close);
      if (key.includes('[')) return undefined;
      const index = indexOf(key);
      if (index === -1) return undefined; // an index of 100 or more, or with a leading zero
      groups.push(index === undefined ? key : index);
    }
    i = close + 1;
  }
  return { base, groups };
}

/**
 * A key of digits is an index: its value (0-99: at most two digits, no leading zero), or -1 when malformed;
 * `undefined` for a member key.
 */
function indexOf(key: string): number | undefined {
  // Stryker disable next-line EqualityOperator: equivalent: the code past the end is NaN, which is no digit test's
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  if (key.length > 2 || (key.length === 2 && key.charCodeAt(0) === 48)) return -1;
  return Number(key);
}

/** An object or array this reader built (values are text or files). */
type Container = Record<string, unknown> | unknown[];

/**
 * The objects this reader builds inherit nothing: their prototype is an empty object with a `null` prototype. So a
 * plain property read is an own-key read, and `__proto__` or `constructor` is an ordinary key the rules then warn
 * about (R4, R7). Unlike `Object.create(null)`, such objects stay in V8's fast mode.
 */
const Members = function Members() {} as unknown as new () => Record<string, unknown>;
Members.prototype = Object.create(null) as object;

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null && !isBlob(value);
}

function get(container: Container, slot: string | number): unknown {
  return (container as Record<string | number, unknown>)[slot];
}

function put(container: Container, slot: string | number, value: unknown): void {
  (container as Record<string | number, unknown>)[slot] = value;
}

/**
 * The names the SDKs send for the request's known fields (`metadata[output_config][duration]`,
 * `metadata[file_infos][][type]`, `content[][image_url][url]`...), parsed once at load. Looking a whole name up
 * here replaces slicing and hashing each of its groups (measured: most of the decoder's time); any other name is
 * parsed as it comes. Derived from the field table, so it holds no name the rules do not know.
 */
export const KNOWN_NAMES: ReadonlyMap<string, ParsedName> = (() => {
  const names = new Map<string, { base: string; groups: readonly Group[] }>();
  const add = (base: string, groups: Group[]) => {
    const name = base + groups.map((g) => (g === null ? '[]' : `[${g}]`)).join('');
    names.set(name, { base, groups: Object.freeze(groups) });
  };
  for (const path of Object.keys(FIELD)) {
    const [base, ...keys] = path.split('.') as [string, ...string[]];
    add(base, keys);
  }
  add('images', [null]);
  for (const key of ['image_url', 'file_id']) add('input_reference', [key]);
  for (const key of ['type', 'category', 'url', 'file_id', 'usage', 'reference_type'])
    add('metadata', ['file_infos', null, key]);
  for (const key of ['type', 'text', 'image_url', 'video_url']) add('content', [null, key]);
  for (const part of ['image_url', 'video_url']) for (const key of ['url', 'detail']) add('content', [null, part, key]);
  return names;
})();

/**
 * R59's Rack rule: whether `node` already holds a value at the rest of a name (`groups` from `from`), so that an
 * `a[][k]` part starts a new element. A value met on the way occupies the position; an append always fits.
 */
function holds(node: unknown, groups: readonly Group[], from: number): boolean {
  if (from === groups.length) return true;
  if (!isContainer(node)) return true;
  const group = groups[from];
  if (group === null || Array.isArray(node) === (typeof group === 'string')) return false;
  const child = get(node, group as string | number);
  return child !== undefined && holds(child, groups, from + 1);
}

/** What placing one entry found: nothing, an issue to report with the others, or a reason to stop (R59). */
type Placed = undefined | { readonly stop: boolean; readonly issue: Finding };

function formIssue(path: string, params: IssueParams['invalid_form']): Placed {
  return { stop: true, issue: { code: 'invalid_form', path, params } };
}
function valueAndMembers(path: string, members: boolean): Placed {
  return formIssue(path, { reason: 'value_and_members', kind: members ? 'members' : 'elements' });
}

/** R59: places one value in the request at the position its name gives. */
function place(root: Record<string, unknown>, base: string, groups: readonly Group[], value: string | Blob): Placed {
  let parent: Container = root;
  let slot: string | number = base;
  let path = base;
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i] as Group;
    const wantObject = typeof group === 'string';
    let node = get(parent, slot);
    if (isAbsent(node)) {
      // nothing there yet, or blank text (R60)
      node = wantObject ? new Members() : [];
      put(parent, slot, node);
    } else if (!isContainer(node)) {
      return valueAndMembers(path, wantObject);
    } else if (Array.isArray(node) === wantObject) {
      return formIssue(path, { reason: 'object_and_array' });
    }
    const container = node as Container;
    if (group === null) {
      const items = container as unknown[];
      const last = items[items.length - 1];
      const next = groups[i + 1];
      const continues =
        next !== undefined &&
        isContainer(last) &&
        Array.isArray(last) !== (typeof next === 'string') &&
        !holds(last, groups, i + 1);
      slot = continues ? items.length - 1 : items.length;
    } else {
      if (typeof group === 'number' && group > (container as unknown[]).length) {
        return formIssue(path, { reason: 'gap', index: group });
      }
      slot = group;
    }
    parent = container;
    path = `${path}.${slot}`;
  }
  const existing = get(parent, slot);
  if (isAbsent(existing)) {
    put(parent, slot, value);
    return undefined;
  }
  if (existing === value || isAbsent(value)) return undefined; // equal values count once (R59)
  if (isContainer(existing)) return valueAndMembers(path, !Array.isArray(existing));
  return { stop: false, issue: { code: 'conflicting_fields', path, params: { reason: 'form_duplicate' } } };
}

/** Text that starts like a JSON object or array (R60). */
function looksLikeJson(text: string): boolean {
  return /^\s*[{[]/.test(text);
}

/** R60: one text part at an object or array field that starts with `{` or `[` is JSON. */
function parseJsonAt(container: Record<string, unknown>, key: string, path: string, early: Finding[]): void {
  const value = container[key];
  if (typeof value !== 'string' || !looksLikeJson(value)) return;
  const parsed = parseJson(value);
  if ('detail' in parsed) {
    early.push({ code: 'invalid_json', path, params: { detail: parsed.detail } });
    container[key] = undefined;
  } else {
    container[key] = parsed.value;
  }
}

/** R60: the values that are not kept as text: JSON text parts of object and array fields, `metadata.audio`. */
function convertValues(raw: Record<string, unknown>, early: Finding[]): void {
  // Inside metadata that was itself one JSON part, values are JSON already: only bracket-built metadata is converted.
  const metadata = raw.metadata;
  for (const key of TOP_LEVEL_JSON) parseJsonAt(raw, key, key, early);
  if (!(metadata instanceof Members)) return;
  parseJsonAt(metadata, 'output_config', 'metadata.output_config', early);
  parseJsonAt(metadata, 'file_infos', 'metadata.file_infos', early);
  const audio = metadata.audio;
  if (typeof audio === 'string') {
    const text = audio.trim().toLowerCase();
    if (text === 'true' || text === 'false') metadata.audio = text === 'true';
  }
}

const TOP_LEVEL_JSON = ['metadata', 'content', 'images', 'input_reference'] as const;

/** A form rebuilt as a raw request, or the one issue that stopped it (R59: `invalid_form`, `body_too_large`). */
export type DecodedForm =
  | {
      readonly ok: true;
      readonly raw: Record<string, unknown>;
      readonly early: Finding[];
      readonly order: ReadonlyMap<Blob, number>;
    }
  | { readonly ok: false; readonly issue: Finding };

function stopped(params: IssueParams['invalid_form']): DecodedForm {
  return { ok: false, issue: { code: 'invalid_form', path: '', params } };
}

/** R58, R59, R60: rebuilds the raw request from a form's entries. Never throws; its work is bounded by R59's limits. */
export function decodeForm(form: unknown): DecodedForm {
  if (
    typeof form !== 'object' ||
    form === null ||
    typeof (form as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function'
  ) {
    return { ok: false, issue: { code: 'invalid_type', path: '', params: { expected: 'form', ...valueParams(form) } } };
  }
  const raw = new Members();
  const early: Finding[] = [];
  let order: Map<Blob, number> | undefined; // made at the first file: most forms have none
  let count = 0;
  let chars = 0;
  try {
    for (const entry of form as Iterable<unknown>) {
      if (++count > MAX_ENTRIES) return stopped({ reason: 'entries', max: MAX_ENTRIES });
      const name: unknown = Array.isArray(entry) ? entry[0] : undefined;
      const value: unknown = Array.isArray(entry) ? entry[1] : undefined;
      if (typeof name !== 'string') return stopped({ reason: 'pair', index: count });
      const text = typeof value === 'string';
      if (!text && !isBlob(value)) return stopped({ reason: 'value', name: clip(name) });
      chars += name.length + (text ? value.length : 0);
      if (chars > MAX_BODY_CHARS) {
        return {
          ok: false,
          issue: { code: 'body_too_large', path: '', params: { what: 'form', max: MAX_BODY_CHARS } },
        };
      }
      const parsed = KNOWN_NAMES.get(name) ?? (name.length > MAX_NAME ? undefined : parseName(name));
      if (parsed === undefined) {
        return stopped(
          name.length > MAX_NAME
            ? { reason: 'name_too_long', name: clip(name), max: MAX_NAME }
            : { reason: 'name', name: clip(name), max: MAX_GROUPS },
        );
      }
      if (!text && isEmptyFileInput(value as Blob)) continue; // R61: a file input left empty
      let { groups } = parsed;
      // R60: blank text is absent and builds nothing (`input_reference[image_url]=` is no `input_reference`), except
      // as an array element (`images[]=` is an empty URL, refused as `images: [""]` is).
      if (text && isAbsent(value) && !isElement(groups)) continue;
      // R60: plain `images` parts are the array's elements (a blank one is absent); one JSON text part is the array.
      if (groups.length === 0 && parsed.base === 'images' && !(text && looksLikeJson(value as string))) {
        if (isAbsent(value)) continue;
        groups = APPEND;
      }
      if (!text && !(order ??= new Map()).has(value as Blob)) order.set(value as Blob, count);
      const placed = place(raw, parsed.base, groups, value as string | Blob);
      if (placed !== undefined) {
        if (placed.stop) return { ok: false, issue: placed.issue };
        early.push(placed.issue);
      }
    }
  } catch {
    return stopped({ reason: 'read' });
  }
  convertValues(raw, early);
  return { ok: true, raw, early, order: order ?? NO_FILE_ORDER };
}

const APPEND: readonly Group[] = Object.freeze([null]);

/** Whether a name's last group is an array element (`a[]`, `a[0]`), where blank text is a value (R60). */
function isElement(groups: readonly Group[]): boolean {
  const last = groups[groups.length - 1];
  return last === null || typeof last === 'number';
}
const NO_FILE_ORDER: ReadonlyMap<Blob, number> = new Map();
