// R68: every English template, each variant of each code, writes a message that names what its params say. A law
// over the whole table: a template that loses a placeholder, or is emptied, fails here.
import { describe, expect, it } from 'vitest';
import {
  EN as EN_CORE,
  EN_CATALOG,
  EN_CATALOG_TEMPLATES,
  EN_TEMPLATES as EN_CORE_TEMPLATES,
  ENGLISH,
} from '../src/messages/en.js';

// The English table is two (the catalog's messages apart, for the gateway's bundle): here, every code's.
const EN_TEMPLATES = { ...EN_CORE_TEMPLATES, ...EN_CATALOG_TEMPLATES };
const EN = { ...EN_CORE, ...EN_CATALOG };
import { compile, fill, type Loose, oneOf } from '../src/messages/template.js';
import { zhCN } from '../src/messages/zh-CN.js';
import type { NoticeParams } from '../src/shared/types.js';

// These tests feed every variant synthesized params, so they call zh-CN as the look-up by code does (any params).
const zhByCode = zhCN as unknown as Readonly<Record<string, Loose | undefined>>;

type Variants = { readonly $: string; readonly [key: string]: string };

/** Params that fill every placeholder of `template` with a recognisable value. */
function paramsFor(template: string, selector: Record<string, string>): NoticeParams {
  const params: Record<string, string | string[]> = { ...selector };
  for (const [, name] of template.matchAll(/\{(\w+)(?:\|\w)?\}/g)) {
    if (name === undefined || name === 'path' || name in params) continue;
    if (name === 'given') Object.assign(params, { got: 'string', value: 'GIVEN' });
    else if (name === 'range') Object.assign(params, { min: '111', max: '222' });
    else params[name] = `P_${name}`;
  }
  return params;
}

const cases: [string, string, string, NoticeParams, string][] = [];
for (const [code, template] of Object.entries(EN_TEMPLATES)) {
  if (typeof template === 'string') {
    cases.push([code, '', template, paramsFor(template, {}), 'some.path']);
  } else if (typeof template === 'object') {
    const variants = template as Variants;
    const names = variants.$.split('+');
    for (const [key, text] of Object.entries(variants)) {
      if (key === '$') continue;
      const values = key === '_' ? names.map(() => 'OTHER') : key.split('+');
      const selector: Record<string, string> = {};
      let path = 'some.path';
      names.forEach((name, i) => {
        if (name === 'path') path = values[i] ?? path;
        else selector[name] = values[i] ?? '';
      });
      cases.push([code, key, text, paramsFor(text, selector), path]);
    }
  }
}

describe('R68: every English template names its params', () => {
  it('covers every template variant of the table', () => {
    expect(cases.length).toBeGreaterThan(100);
  });

  it.each(cases)('%s / %s', (code, _, template, params, path) => {
    const message = EN[code]?.(params, path) ?? '';
    expect(message).toBe(fill(template, params, path, ENGLISH));
    expect(message.length).toBeGreaterThan(15);
    expect(message).not.toMatch(/\{\w+(\|\w)?\}|undefined/);
    for (const [, name] of template.matchAll(/\{(\w+)(?:\|\w)?\}/g)) {
      if (name === 'path') expect(message).toContain(`\`${path}\``);
      else if (name === 'given') expect(message).toContain('"GIVEN"');
      else if (name === 'range') expect(message).toMatch(/111 to 222/);
      else expect(message).toContain(String(params[name ?? '']));
    }
  });
});

/** invalid_form's `kind` is `members` or `items`; zh-CN writes it as a word of its own. */
const p_kind = (params: NoticeParams) => (params.kind === 'members' ? /子字段/ : /数组元素/);

describe('R69: the zh-CN table writes every variant, in Chinese, each its own', () => {
  it.each(cases)('%s / %s', (code, _, __, params, path) => {
    const write = zhByCode[code];
    expect(typeof write).toBe('function');
    const message = write!(params, path);
    expect(message).toMatch(/[\u4e00-\u9fff]/);
    expect(message).not.toMatch(/undefined|\[object/);
  });

  it.each(cases)('%s / %s names what the English message names', (code, _, template, params, path) => {
    const message = zhByCode[code]!(params, path);
    for (const [, name] of template.matchAll(/\{(\w+)(?:\|\w)?\}/g)) {
      if (name === 'path') expect(message).toContain(path);
      else if (name === 'given') expect(message).toContain('GIVEN');
      else if (name === 'range') expect(message).toMatch(/111.*222/);
      else if (name === 'kind')
        expect(message).toMatch(p_kind(params)); // a word of the form, translated
      else expect(message, name).toContain(String(params[name ?? '']));
    }
  });

  it('writes the two kinds of a form conflict with words of their own', () => {
    expect(zhCN.invalid_form!({ reason: 'value_and_members', kind: 'members' }, 'metadata')).toBe(
      '表单中 `metadata` 既是一个值又有子字段，请只用一种写法',
    );
    expect(zhCN.invalid_form!({ reason: 'value_and_members', kind: 'elements' }, 'images')).toBe(
      '表单中 `images` 既是一个值又有数组元素，请只用一种写法',
    );
  });

  it('gives different messages for different variants of a code, as English does', () => {
    const byCode = new Map<string, [string, string][]>();
    for (const [code, , , params, path] of cases) {
      const list = byCode.get(code) ?? [];
      list.push([EN[code]!(params, path), zhByCode[code]!(params, path)]);
      byCode.set(code, list);
    }
    for (const [code, list] of byCode) {
      const english = new Set(list.map(([en]) => en));
      const chinese = new Set(list.map(([, zh]) => zh));
      expect(chinese.size, code).toBe(english.size);
    }
  });
});

describe('R68: the template helpers', () => {
  it('a variant that is missing, with no default, writes the path alone', () => {
    expect(fill({ $: 'reason', a: 'A {path}' }, { reason: 'b' }, 'x.y', ENGLISH)).toBe('`x.y`');
    expect(fill({ $: 'reason', a: 'A {path}' }, { reason: 'a' }, 'x.y', ENGLISH)).toBe('A `x.y`');
  });

  it('lists: one value alone, two with or, more with commas then or; a plain list param joins with commas', () => {
    expect(oneOf([])).toBe('');
    expect(oneOf(['a'])).toBe('a');
    expect(oneOf(['a', 'b'])).toBe('a or b');
    expect(oneOf(['a', 'b', 'c'])).toBe('a, b or c');
    expect(fill('{xs}', { xs: ['a', 'b'] }, '', ENGLISH)).toBe('a, b');
    expect(fill('{xs|o}', { xs: 'a' }, '', ENGLISH)).toBe('a');
    expect(fill('{x|q} {x|f}', { x: 'v' }, '', ENGLISH)).toBe('"v" `v`');
    expect(fill('[{missing}]', {}, '', ENGLISH)).toBe('[]');
  });

  it('compile keeps functions and fills templates', () => {
    const table = compile({ insecure_url: 'A {path}', missing_price: (p, path) => `B ${path} ${p.tier}` }, ENGLISH);
    expect(table.insecure_url!({}, 'x')).toBe('A `x`');
    expect(table.missing_price!({ tier: 't' }, 'y')).toBe('B y t');
  });
});
