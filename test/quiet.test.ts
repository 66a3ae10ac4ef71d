// issue 24: the parsers that throw are called without a stack trace (src/shared/quiet.ts), and the global they
// lower is left as it was, whatever happens (R7: never throws, never leaves a trace of itself).
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { mayHaveScheme, parseJson, parseJsonObject, parseUrl } from '../src/shared/quiet.js';

const original = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit') as PropertyDescriptor;
afterEach(() => {
  Object.defineProperty(Error, 'stackTraceLimit', original);
});

describe('parseJson and parseUrl without stack traces', () => {
  it('give what the parsers give', () => {
    expect(parseJson('{"a":[1]}')).toEqual({ value: { a: [1] } });
    const failed = parseJson('{"a": tru}');
    expect('detail' in failed && failed.detail.length).toBeGreaterThan(0);
    expect(parseUrl('https://example.com/a b')?.href).toBe('https://example.com/a%20b');
    expect(parseUrl('not a url')).toBeUndefined();
  });

  it('restore Error.stackTraceLimit after every call, failed or not', () => {
    Error.stackTraceLimit = 7;
    parseJson('x');
    parseJson('1');
    parseUrl('nope');
    parseUrl('http://a.example/');
    expect(Error.stackTraceLimit).toBe(7);
  });

  it('lower it during the call (what the capture costs is what is saved)', () => {
    Error.stackTraceLimit = 7;
    const seen: number[] = [];
    const parse = JSON.parse;
    JSON.parse = ((text: string) => {
      seen.push(Error.stackTraceLimit);
      return parse(text);
    }) as typeof JSON.parse;
    try {
      parseJson('{}');
    } finally {
      JSON.parse = parse;
    }
    expect(seen).toEqual([0]);
    expect(Error.stackTraceLimit).toBe(7);
  });

  it('never throw when the limit became a throwing accessor after load', () => {
    Object.defineProperty(Error, 'stackTraceLimit', {
      configurable: true,
      get() {
        throw new Error('no');
      },
      set() {
        throw new Error('no');
      },
    });
    expect(parseJson('[]')).toEqual({ value: [] });
    expect(parseUrl('nope')).toBeUndefined();
  });

  it('change nothing on an engine where the limit is not writable at load', async () => {
    Object.defineProperty(Error, 'stackTraceLimit', { value: 5, writable: false, configurable: true });
    vi.resetModules();
    const fresh = await import('../src/shared/quiet.js');
    expect(fresh.parseJson('x')).toHaveProperty('detail');
    expect(fresh.parseUrl('https://a.example/')?.hostname).toBe('a.example');
    expect(Error.stackTraceLimit).toBe(5);
  });
});

describe('the answers given without the parser (issue 24), held to the parser', () => {
  const chars = fc.constantFrom(...'aZ9+-.:/ \t\n\r\u0000\u001f{}[]"\'éh', 'http', 'https:', '//x.y', 'true', '1');
  const text = fc.array(chars, { maxLength: 12 }).map((parts) => parts.join(''));

  it('a text without a scheme start is one the URL parser refuses', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), (t) => {
        if (!mayHaveScheme(t)) expect(() => new URL(t)).toThrow();
        let href: string | undefined;
        try {
          href = new URL(t).href;
        } catch {
          href = undefined;
        }
        expect(parseUrl(t)?.href).toBe(href);
      }),
      { numRuns: 5_000 },
    );
  });

  it('parseJsonObject is JSON.parse where that gives an object, else undefined', () => {
    const json = fc.oneof(
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.jsonValue().map((v) => ` \n\t${JSON.stringify(v)}`),
      fc.string(),
      text,
    );
    fc.assert(
      fc.property(json, (t) => {
        let expected: unknown;
        try {
          const v: unknown = JSON.parse(t);
          expected = typeof v === 'object' && v !== null && !Array.isArray(v) ? v : undefined;
        } catch {
          expected = undefined;
        }
        expect(parseJsonObject(t)).toEqual(expected);
      }),
      { numRuns: 5_000 },
    );
  });
});

describe("mayHaveScheme on the WHATWG parser's edge cases (R32), written out", () => {
  it.each([
    [' \t http://a.example/', true],
    ['\u0000\u001fhttp://a.example/', true],
    ['ht\ttp://a.example/', true],
    ['h\nttp://a.example/', true],
    ['h\rttp://a.example/', true],
    ['HTTP://A.EXAMPLE/', true],
    ['a1+-.://x', true],
    ['web+app:x', true],
    ['z9:x', true],
    ['Z:x', true],
    ['1http://x', false],
    ['é:x', false],
    ['ht_tp://x', false],
    ['h@ttp://x', false],
    ['http', false],
    ['', false],
    ['   ', false],
    [':x', false],
  ])('%j: %s, as the parser says', (text, may) => {
    expect(mayHaveScheme(text)).toBe(may);
    expect(
      URL.canParse(text) ||
        (() => {
          try {
            return new URL(text) !== undefined;
          } catch {
            return false;
          }
        })(),
    ).toBe(may);
  });
});
