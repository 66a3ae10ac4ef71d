// R84: pickMessages, table-tested against RFC 9110's quality values and RFC 4647's lookup.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Messages, pickMessages } from '../src/index.js';
import { zhCN } from '../src/messages/zh-CN.js';

const ja: Messages = { unknown_model: () => 'ja' };
const zhTW: Messages = { unknown_model: () => 'zh-TW' };
const tables = { 'zh-CN': zhCN, ja };
const name = (m: Messages | undefined) =>
  m === undefined ? 'en' : m === zhCN ? 'zh-CN' : m === ja ? 'ja' : m === zhTW ? 'zh-TW' : '?';

describe('R84: pickMessages', () => {
  it.each([
    // R84's own examples: zh, zh-Hans and zh_CN match zh-CN.
    ['zh', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh_CN', 'zh-CN'],
    ['ZH-cn', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    // RFC 9110 quality values: the highest q wins, whatever the order; q=0 excludes; ties keep the header's order.
    ['en;q=0.1,zh-CN', 'zh-CN'],
    ['en;q=0.1, zh-CN;q=0.2', 'zh-CN'],
    ['zh-CN;q=0, ja', 'ja'],
    ['ja, zh-CN', 'ja'],
    ['zh-CN, ja', 'zh-CN'],
    ['ja;q=0.5, zh;q=0.5', 'ja'],
    ['zh;q=0.5, ja;q=0.5', 'zh-CN'],
    ['zh;q=0.500, ja;q=0.499', 'zh-CN'],
    ['zh;q=1.0', 'zh-CN'],
    // English is built in: an English range before every matching table answers English.
    ['en', 'en'],
    ['en-US,zh-CN;q=0.9', 'en'],
    ['en-GB;q=0.8, zh;q=0.9', 'zh-CN'],
    ['zh-CN;q=0.8, en-US;q=0.9', 'en'],
    // No table matches: English. A wildcard: English serves.
    ['fr-FR', 'en'],
    ['de, fr', 'en'],
    ['*', 'en'],
    ['fr, *;q=0.5, zh;q=0.1', 'en'],
    ['', 'en'],
    [' ', 'en'],
    // Malformed ranges and qualities are not read (the rest is).
    ['zh;q=2', 'en'],
    ['zh;q=abc, ja', 'ja'],
    ['zh;q=0.1234, ja;q=0.1', 'ja'],
    ['!!, ja', 'ja'],
    ['zh-, ja', 'ja'],
    ['j@, zh', 'zh-CN'],
  ])('%j -> %s', (header, expected) => {
    expect(name(pickMessages(header, tables))).toBe(expected);
  });

  it('an exact tag wins over a longer one of the same language (lookup, then filtering)', () => {
    expect(name(pickMessages('zh-TW', { 'zh-CN': zhCN, 'zh-TW': zhTW }))).toBe('zh-TW');
    expect(name(pickMessages('zh-Hant-TW', { 'zh-CN': zhCN, 'zh-TW': zhTW }))).toBe('zh-CN');
    expect(name(pickMessages('zh', { 'zh-TW': zhTW, 'zh-CN': zhCN }))).toBe('zh-TW');
  });

  it('a table keyed zh_CN is matched too', () => {
    expect(name(pickMessages('zh-CN', { zh_CN: zhCN }))).toBe('zh-CN');
  });

  it('never throws, on any header or tables', () => {
    fc.assert(
      fc.property(fc.anything(), fc.oneof(fc.constant(tables), fc.anything()), (header, t) => {
        pickMessages(header, t as never);
      }),
      { numRuns: 2000 },
    );
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('x');
        },
      },
    );
    expect(pickMessages('zh', hostile)).toBeUndefined();
    expect(name(pickMessages(`${'x,'.repeat(100_000)}zh`, tables))).toBe('en'); // past the ranges read
  });
});
