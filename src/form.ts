/**
 * Form bodies (R58-R61): the `multipart/form-data` (or URL-encoded) body the OpenAI SDKs send, rebuilt into the raw
 * request that the rules read. Bracket names (`metadata[output_config][duration]`, `images[]`,
 * `metadata[file_infos][][type]`) become nested objects and arrays; text values stay text except where R60 says;
 * files stay `Blob`s for the media rules (R61). Nothing is guessed: a malformed name stops the request.
 * @module
 */
import { type EarlyIssue, MAX_BODY_CHARS, normalizeParsed, refusedWith } from './normalize.js';
import { show } from './notices.js';
import { Report, Section } from './notices.js';
import type { NormalizeOptions, NormalizeResult } from './types.js';
import { checkImageFile, isBlob, isEmptyFileInput } from './upload.js';

/** A form as a gateway has it: a web `FormData`, a `URLSearchParams`, or any iterable of `[name, value]` pairs. */
export type FormInput = Iterable<readonly [string, string | Blob]>;

const MAX_ENTRIES = 1000;
const MAX_NAME = 200;
const MAX_GROUPS = 6;
const MAX_INDEX = 99;

/** R60: fields whose JSON type is an object or an array; one text part starting with `{` or `[` is JSON there. */
const JSON_FIELDS: ReadonlySet<string> = new Set([
  'metadata', 'metadata.output_config', 'metadata.file_infos', 'content', 'images', 'input_reference',
]);

/** One `[...]` group of a name: a member key, an array index, or `null` for `[]` (append). */
type Group = string | number | null;

type Leaf = string | Blob;
/** An object being rebuilt. */
class Obj {
  readonly map = new Map<string, Node>();
}
/** An array being rebuilt. */
class Arr {
  readonly items: Node[] = [];
}
type Node = Leaf | Obj | Arr;

/** R59: `base` then `[key]`, `[index]` or `[]` groups; `undefined` for a name that breaks the grammar. */
function parseName(name: string): { base: string; groups: Group[] } | undefined {
  const open = name.indexOf('[');
  const base = open < 0 ? name : name.slice(0, open);
  if (base === '' || base.includes(']')) return undefined;
  const groups: Group[] = [];
  let i = open;
  while (i >= 0 && i < name.length) {
    if (name.charCodeAt(i) !== 91 /* [ */) return undefined; // text after a group: `a[b]c`
    const close = name.indexOf(']', i + 1);
    if (close < 0) return undefined; // `a[b`
    const key = name.slice(i + 1, close);
    if (key.includes('[')) return undefined;
    if (key === '') groups.push(null);
    else if (/^\d+$/.test(key)) {
      if ((key.length > 1 && key.startsWith('0')) || key.length > 2 || Number(key) > MAX_INDEX) return undefined;
      groups.push(Number(key));
    } else groups.push(key);
    if (groups.length > MAX_GROUPS) return undefined;
    i = close + 1;
  }
  return { base, groups };
}

/** R60: blank text is absent (a blank HTML input is not an error). */
function isBlank(leaf: Leaf): boolean {
  return typeof leaf === 'string' && !/\S/.test(leaf);
}

function childOf(container: Obj | Arr, slot: string | number): Node | undefined {
  return container instanceof Obj ? container.map.get(slot as string) : container.items[slot as number];
}

function setChild(container: Obj | Arr, slot: string | number, node: Node): void {
  if (container instanceof Obj) container.map.set(slot as string, node);
  else container.items[slot as number] = node;
}

/**
 * R59's Rack rule: whether `node` already holds a value at the rest of a name (`groups` from `from`), so that an
 * `a[][k]` part starts a new element. A leaf met on the way occupies the position; an append always fits.
 */
function holds(node: Node, groups: readonly Group[], from: number): boolean {
  if (from === groups.length) return true;
  const group = groups[from];
  if (node instanceof Obj && typeof group === 'string') {
    const child = node.map.get(group);
    return child !== undefined && holds(child, groups, from + 1);
  }
  if (node instanceof Arr && typeof group === 'number') {
    const child = node.items[group];
    return child !== undefined && holds(child, groups, from + 1);
  }
  return !(node instanceof Obj || node instanceof Arr);
}

/** What placing one entry found: nothing, an issue to report with the others, or a reason to stop (R59). */
type Placed = undefined | { readonly stop: boolean; readonly issue: EarlyIssue };

const formIssue = (path: string, message: string): Placed => ({ stop: true, issue: { code: 'invalid_form', path, message } });

/** R59: places one value in the tree at the position its name gives. */
function place(root: Obj, base: string, groups: readonly Group[], value: Leaf): Placed {
  let parent: Obj | Arr = root;
  let slot: string | number = base;
  let path = base;
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i] as Group;
    const wantObject = typeof group === 'string';
    let node = childOf(parent, slot);
    if (node === undefined || (!(node instanceof Obj || node instanceof Arr) && isBlank(node))) {
      node = wantObject ? new Obj() : new Arr();
      setChild(parent, slot, node);
    } else if (!(node instanceof Obj || node instanceof Arr)) {
      return formIssue(path, `the form gives \`${path}\` both a value and ${wantObject ? 'members' : 'elements'}; send one or the other`);
    } else if (node instanceof Obj !== wantObject) {
      return formIssue(path, `the form makes \`${path}\` both an object and an array`);
    }
    parent = node;
    if (typeof group === 'string') {
      slot = group;
    } else if (typeof group === 'number') {
      const items = (node as Arr).items;
      if (group > items.length) return formIssue(path, `the form's index ${group} in \`${path}\` leaves a gap; indexes count up from 0`);
      slot = group;
    } else {
      const items = (node as Arr).items;
      const last = items[items.length - 1];
      const nextIsKey = typeof groups[i + 1] === 'string';
      const continues =
        i + 1 < groups.length && last !== undefined &&
        (nextIsKey ? last instanceof Obj : last instanceof Arr) && !holds(last, groups, i + 1);
      slot = continues ? items.length - 1 : items.length;
    }
    path = `${path}.${slot}`;
  }
  const existing = childOf(parent, slot);
  if (existing === undefined || (!(existing instanceof Obj || existing instanceof Arr) && isBlank(existing))) {
    setChild(parent, slot, value);
    return undefined;
  }
  if (isBlank(value) || existing === value) return undefined; // equal values count once (R59)
  if (existing instanceof Obj || existing instanceof Arr) {
    return formIssue(path, `the form gives \`${path}\` both a value and ${existing instanceof Obj ? 'members' : 'elements'}; send one or the other`);
  }
  return { stop: false, issue: { code: 'conflicting_fields', path, message: `the form gives \`${path}\` twice, with different values; send it once` } };
}

/** R60: the raw value of a rebuilt node; text parts of object and array fields are JSON, `metadata.audio` a boolean. */
function toRaw(node: Node, path: string, early: EarlyIssue[]): unknown {
  if (node instanceof Arr) {
    const items: unknown[] = [];
    for (let i = 0; i < node.items.length; i++) items.push(toRaw(node.items[i] as Node, `${path}.${i}`, early));
    return items;
  }
  if (node instanceof Obj) {
    const object: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const [key, child] of node.map) object[key] = toRaw(child, path === '' ? key : `${path}.${key}`, early);
    return object;
  }
  if (typeof node !== 'string') return node;
  if (JSON_FIELDS.has(path) && /^\s*[{[]/.test(node)) {
    try {
      return JSON.parse(node) as unknown;
    } catch (error) {
      const detail = error instanceof Error ? error.message.slice(0, 200) : 'syntax error';
      early.push({ code: 'invalid_json', path, message: `\`${path}\` looks like JSON but does not parse: ${detail}` });
      return undefined;
    }
  }
  if (path === 'metadata.audio') {
    const text = node.trim().toLowerCase();
    if (text === 'true') return true;
    if (text === 'false') return false;
  }
  return node;
}

/** A form rebuilt as a raw request, or the one issue that stopped it (R59: `invalid_form`, `body_too_large`). */
export type DecodedForm =
  | { readonly ok: true; readonly raw: Record<string, unknown>; readonly early: EarlyIssue[]; readonly order: ReadonlyMap<Blob, number> }
  | { readonly ok: false; readonly issue: EarlyIssue };

const stopped = (code: string, message: string): DecodedForm => ({ ok: false, issue: { code, path: '', message } });

/** R58-R60: rebuilds the raw request from a form's entries. Never throws. */
export function decodeForm(form: unknown): DecodedForm {
  if (typeof form !== 'object' || form === null || typeof (form as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function') {
    return { ok: false, issue: { code: 'invalid_type', path: '', message: 'a form is a FormData, a URLSearchParams or an iterable of [name, value] pairs' } };
  }
  const root = new Obj();
  const early: EarlyIssue[] = [];
  const order = new Map<Blob, number>();
  let count = 0;
  let chars = 0;
  try {
    for (const entry of form as Iterable<unknown>) {
      if (++count > MAX_ENTRIES) return stopped('invalid_form', `the form has more than ${MAX_ENTRIES} entries`);
      const name: unknown = Array.isArray(entry) ? entry[0] : undefined;
      const value: unknown = Array.isArray(entry) ? entry[1] : undefined;
      if (typeof name !== 'string') return stopped('invalid_form', `form entry ${count} is not a [name, value] pair with a string name`);
      const text = typeof value === 'string';
      if (!text && !isBlob(value)) return stopped('invalid_form', `the form's value for ${show(name)} is neither text nor a file`);
      chars += name.length + (text ? value.length : 0);
      if (chars > MAX_BODY_CHARS) return stopped('body_too_large', `the form's names and text add up to more than ${MAX_BODY_CHARS} characters`);
      const parsed = name.length > MAX_NAME ? undefined : parseName(name);
      if (parsed === undefined) {
        const why = name.length > MAX_NAME ? `is longer than ${MAX_NAME} characters` : `is not a valid field name (use a, a[b], a[] or a[0], at most ${MAX_GROUPS} groups)`;
        return stopped('invalid_form', `the form's field name ${show(name)} ${why}`);
      }
      if (!text && isEmptyFileInput(value as Blob)) continue; // R61: a file input left empty
      let { groups } = parsed;
      // R60: plain `images` parts are the array's elements (a blank one is absent); one JSON text part is the array.
      if (parsed.base === 'images' && groups.length === 0 && !(text && /^\s*[{[]/.test(value as string))) {
        if (text && isBlank(value as string)) continue;
        groups = [null];
      }
      if (!text && !order.has(value as Blob)) order.set(value as Blob, count);
      const placed = place(root, parsed.base, groups, value as Leaf);
      if (placed !== undefined) {
        if (placed.stop) return { ok: false, issue: placed.issue };
        early.push(placed.issue);
      }
    }
  } catch {
    return stopped('invalid_form', 'the form could not be read: its entries threw an error');
  }
  const raw = toRaw(root, '', early) as Record<string, unknown>;
  return { ok: true, raw, early, order };
}

/**
 * Normalizes a form body (R58): the `multipart/form-data` the OpenAI SDKs send for `POST /v1/videos`, or a
 * URL-encoded one. `form` is a web `FormData`, a `URLSearchParams`, or any iterable of `[name, value]` pairs.
 * The raw request is rebuilt from bracket names (R59) and text values (R60), then every rule applies, with the
 * same result, paths and order as {@link normalizeRequest}. Uploaded files (R61) need `options.uploads`: call once,
 * store the files {@link formUploads} lists when `missing_upload` is the only issue code left, and call again.
 * Never throws.
 *
 * @example
 * const result = normalizeForm(await request.formData());
 */
export function normalizeForm(form: FormInput, options?: NormalizeOptions): NormalizeResult {
  const decoded = decodeForm(form);
  if (!decoded.ok) return refusedWith(decoded.issue.code, decoded.issue.path, decoded.issue.message);
  return normalizeParsed(decoded.raw, options, decoded.early);
}

/** One uploaded file a gateway must store (R61): where it is in the request, and the file. */
export interface FormUpload {
  /** Dot path of the file in the rebuilt request: `input_reference`, `image`, `images.0`. */
  path: string;
  file: Blob;
}

/**
 * The uploaded images of a form that pass their checks (R61), in form order: what a gateway stores before calling
 * {@link normalizeForm} again with `uploads`. Files of an `images` list over 3 are not listed (the list is refused).
 */
export function formUploads(form: FormInput): FormUpload[] {
  const decoded = decodeForm(form);
  if (!decoded.ok) return [];
  const { raw, order } = decoded;
  const found: FormUpload[] = [];
  const report = new Report();
  const consider = (value: unknown, path: string) => {
    if (isBlob(value) && checkImageFile(value, path, report, Section.Media)) found.push({ path, file: value });
  };
  consider(raw.input_reference, 'input_reference');
  consider(raw.image, 'image');
  const images = raw.images;
  if (Array.isArray(images) && images.length <= 3) images.forEach((item, i) => consider(item, `images.${i}`));
  return found.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
}
