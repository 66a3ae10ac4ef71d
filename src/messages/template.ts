/**
 * Message templates (R68, R69): text with `{name}` slots filled from a notice's params and path, so a language is a
 * table of strings. `{path}` is the notice's path in backquotes, `{given}` the value the client sent (from `got` and
 * `value`), `{range}` a duration set (`values` or `min`/`max`), any other name a param; `|o` writes a list as
 * `a, b or c`, `|q` quotes, `|f` writes a path in backquotes. A code whose message depends on a param is an object
 * of templates keyed by that param's value: `$` names the param (`path` for the notice's path; `a+b` for two), `_`
 * is the default.
 * @module
 */
import type { MessageKey } from '../shared/codes.js';
import type { ReasonOf } from '../shared/notice-params.js';
import type { MessageFunction, NoticeParams } from '../shared/types.js';

/** A message template (see the module comment). */
export type Template = string | { readonly $: string; readonly [value: string]: string };

/**
 * The template of one key of a table: text, a function of the key's own params, or texts by a param's value. For a
 * code with reasons, texts by `reason`: one for every reason (`_` is optional), and no key that is no reason.
 */
export type TemplateOf<K extends MessageKey> =
  | string
  | MessageFunction<K>
  | ([ReasonOf<K>] extends [never]
      ? { readonly $: string; readonly [value: string]: string }
      : { readonly $: 'reason'; readonly _?: string } & { readonly [R in ReasonOf<K>]: string });

/** A message function as a look-up by code sees it: any notice's params. */
export type Loose = (params: NoticeParams, path: string) => string;

/**
 * A compiled table, as the look-up by code sees it (`messageOf`): any notice's params. Its templates were checked
 * code by code ({@link TemplateTable}); it is a {@link Messages} too.
 */
export type CompiledTable = { readonly [code: string]: Loose | undefined };

/** A table of templates: one for each of its keys. */
export type TemplateTable<K extends MessageKey> = { readonly [C in K]: TemplateOf<C> };

/**
 * How a language writes what templates leave to it: a JSON type token (`got`), a list (`a, b or c`), a range, and
 * the separator of a plain list.
 */
export interface Language {
  type(token: string): string;
  list(values: readonly unknown[]): string;
  range(min: string, max: string): string;
  readonly comma: string;
}

export const text = (value: unknown): string =>
  Array.isArray(value) ? value.join(', ') : value === undefined ? '' : String(value);

/** A word from a language's table, or the token itself when the table has none (never a prototype's key). */
export function word(table: Readonly<Record<string, string>>, token: string): string {
  return Object.hasOwn(table, token) ? (table[token] as string) : token;
}

/** Whether an `invalid_type` at the root is about the request body (the body readers) rather than the parsed request. */
export function isBodyExpectation(expected: unknown): boolean {
  return (
    expected === 'json_text' || expected === 'form' || (typeof expected === 'string' && expected.endsWith('_body'))
  );
}

/** `a`, `a or b`, `a, b or c` in a language. */
export function oneOf(values: readonly unknown[], or = ' or ', comma = ', '): string {
  return values.length <= 1
    ? values.join('')
    : `${values.slice(0, -1).join(comma)}${or}${String(values[values.length - 1])}`;
}

/** A template's text cut into literal text (even places) and slots `[name, format]` (odd places). */
type Compiled = readonly (string | readonly [string, string | undefined])[];

/**
 * Each template text, compiled once into its parts (the texts are the library's own tables, not a client's: a
 * message is written by walking the parts instead of running a regular expression over the text each time).
 */
const COMPILED = new Map<string, Compiled>();

function compiled(text: string): Compiled {
  let parts = COMPILED.get(text);
  if (parts === undefined) {
    const list: (string | readonly [string, string | undefined])[] = [];
    let last = 0;
    for (const m of text.matchAll(/\{(\w+)(?:\|(\w))?\}/g)) {
      list.push(text.slice(last, m.index), [m[1] as string, m[2]]);
      last = m.index + m[0].length;
    }
    list.push(text.slice(last));
    parts = list;
    COMPILED.set(text, parts);
  }
  return parts;
}

/** One slot's text (see the module comment). */
function slot(name: string, format: string | undefined, p: NoticeParams, path: string, language: Language): string {
  if (name === 'path') return `\`${path}\``;
  if (name === 'given') {
    return p.got === 'string'
      ? JSON.stringify(text(p.value))
      : p.value !== undefined
        ? text(p.value)
        : language.type(text(p.got));
  }
  if (name === 'range') {
    return p.values !== undefined ? language.list(p.values as string[]) : language.range(text(p.min), text(p.max));
  }
  const value = p[name];
  if (format === 'o') return language.list(Array.isArray(value) ? value : [text(value)]);
  if (format === 'q') return JSON.stringify(text(value));
  if (format === 'f') return `\`${text(value)}\``;
  return Array.isArray(value) ? value.join(language.comma) : text(value);
}

/** The text of a keyed template that the params and path select, else its default `_` (see the module comment). */
function variant(template: Exclude<Template, string>, p: NoticeParams, path: string): string | undefined {
  const names = template.$;
  const selector = (name: string): string => (name === 'path' ? path : text(p[name]));
  // One name (all but one template): no split, map and join per message.
  const key = names.includes('+') ? names.split('+').map(selector).join('+') : selector(names);
  return key !== '$' && Object.hasOwn(template, key) ? template[key] : template._;
}

/** Fills a template (see the module comment). */
export function fill(template: Template, p: NoticeParams, path: string, language: Language): string {
  const t = typeof template === 'string' ? template : variant(template, p, path);
  if (t === undefined) return `\`${path}\``;
  let out = '';
  for (const part of compiled(t)) out += typeof part === 'string' ? part : slot(part[0], part[1], p, path, language);
  return out;
}

/** Builds a message table (R69) from templates and functions. */
export function compile<K extends MessageKey>(templates: TemplateTable<K>, language: Language): CompiledTable {
  // The table is checked key by key by its type; at run time a key's function receives that key's params (the
  // look-up by code is where the compiler cannot follow a code to its params).
  const messages: Record<string, Loose> = {};
  for (const [code, template] of Object.entries(templates as unknown as Record<string, Template | Loose>)) {
    messages[code] = typeof template === 'function' ? template : (p, path) => fill(template, p, path, language);
  }
  return messages;
}
