// Issue 11: the URL fast path is exactly the WHATWG parser on what it accepts. For 100 000 generated strings
// (ASCII and not, every host class of R32, percent signs, dots, IPv6 literals, ports and user info), whenever
// plainUrl accepts a string, the parser accepts it too and gives the same href, scheme, host and no credentials,
// so every later check of R32 sees the same values and reaches the same verdict.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeRequest } from '../src/index.js';
import { isPublicHost, plainHostIsPublic, plainUrl } from '../src/rules/url.js';

const schemes = fc.constantFrom(
  'http://',
  'https://',
  'HTTP://',
  'Https://',
  'ftp://',
  'http:/',
  'https:',
  'http:\\\\',
  ' https://',
  'https://\t',
  'httpx://',
  'httpss://',
  'https//',
  'http:x/',
  'htt://',
);
const hosts = fc.oneof(
  fc.constantFrom(
    'example.com',
    'a.b',
    'cdn.example.org',
    'EXAMPLE.com',
    'xn--r8jz45g.jp',
    'a.xn--p1ai',
    '例え.jp',
    'é.com',
    '127.0.0.1',
    '1.2.3',
    'a.123',
    'a.0x1f',
    'a.0X1F',
    'a.09',
    'a.1e',
    '[::1]',
    '[2001:db8::1]',
    'localhost',
    'a.localhost',
    'localhost.',
    'a..b',
    '.a.b',
    'a.b.',
    'a-.b-',
    `${'x'.repeat(70)}.com`,
    'user:pw@a.bc',
    ':pw@a.bc',
    'user@a.bc',
    'a.bc:8080',
    'a.bc:443',
    'a.bc:80',
    'a.bc:',
    '10.0.0.1',
    '0x7f.1',
    'a.b%2e',
    'a%2eb.com',
    'a_b.com',
    'a.b_c',
    '-a.com',
    'a.com-',
    'ab',
    'a.B',
    'a.b\u00ad',
    'a.b\u200b',
    'a\u3002b.com',
    'ＥＸＡＭＰＬＥ.com',
    'a.localhost',
    'b.a.localhost',
    'alocalhost.com',
    'a.localhostx',
    'localhost.com',
  ),
  fc.tuple(fc.stringMatching(/^[a-z0-9-]{1,8}$/), fc.stringMatching(/^[a-z0-9-]{1,8}$/)).map(([a, b]) => `${a}.${b}`),
);
const pieces = fc.constantFrom(
  'a',
  'Z',
  '0',
  '-',
  '.',
  '..',
  '_',
  '~',
  '!',
  '$',
  '&',
  "'",
  '(',
  ')',
  '*',
  '+',
  ',',
  ';',
  '=',
  ':',
  '@',
  '/',
  '//',
  '?',
  '#',
  '[',
  ']',
  '%',
  '%4',
  '%41',
  '%2e',
  '%2E',
  '%2e%2e',
  '.%2e',
  '%zz',
  '%%',
  ' ',
  '"',
  '<',
  '>',
  '`',
  '{',
  '}',
  '^',
  '|',
  '\\',
  '\t',
  '\n',
  '\r',
  '\u0000',
  '\u007f',
  'é',
  '猫',
  '\ud800',
  '😀',
  'x.png',
  'index.html',
  '.hidden',
  '...',
  'a.',
  '.a',
);
const tail = fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join(''));
const structured = fc
  .tuple(schemes, hosts, fc.constantFrom('', '/', '/a', '/./', '/../', '/a/.', '/a/..', '/%2e/', '/%2E%2e'), tail)
  .map(([s, h, p, t]) => `${s}${h}${p}${t}`);
const random = fc
  .tuple(fc.constantFrom('http://', 'https://'), fc.string({ unit: 'binary', maxLength: 30 }))
  .map(([s, t]) => s + t);
const asciiRandom = fc
  .tuple(
    fc.constantFrom('http://', 'https://'),
    fc.string({ unit: fc.constantFrom(...'abc.-/%2eE?#:@[]\\ '.split('')), maxLength: 30 }),
  )
  .map(([s, t]) => s + t);

// Mostly clean URLs, with one odd piece now and then: where the fast path's edges are.
const cleanPiece = fc.oneof(
  { weight: 12, arbitrary: fc.stringMatching(/^[A-Za-z0-9._~!$&()*+,;=:@-]{1,6}$/) },
  { weight: 1, arbitrary: pieces },
);
const clean = fc
  .tuple(
    fc.constantFrom('http://', 'https://'),
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc
          .tuple(fc.stringMatching(/^[a-z0-9-]{1,8}$/), fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/))
          .map(([a, b]) => `${a}.${b}`),
      },
      { weight: 1, arbitrary: hosts },
    ),
    fc.array(cleanPiece, { maxLength: 5 }),
    fc.option(fc.array(fc.oneof(cleanPiece, fc.constantFrom('?', '/', '%41')), { maxLength: 4 }), { nil: undefined }),
  )
  .map(([s, h, segments, query]) => `${s}${h}/${segments.join('/')}${query === undefined ? '' : `?${query.join('')}`}`);

describe('plainUrl (issue 11): the fast path agrees with the WHATWG parser', () => {
  it('on 100 000 generated strings, accepts only what the parser serializes unchanged, with the same host', () => {
    let fast = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          { weight: 4, arbitrary: clean },
          { weight: 3, arbitrary: structured },
          { weight: 1, arbitrary: random },
          { weight: 1, arbitrary: asciiRandom },
        ),
        (text) => {
          runs++;
          const hostEnd = plainUrl(text);
          if (hostEnd === 0) return;
          fast++;
          const url = new URL(text); // throws (and fails the property) if the parser refuses what the fast path took
          expect(url.href).toBe(text);
          expect(url.protocol).toBe(text.startsWith('https:') ? 'https:' : 'http:');
          expect(url.hostname).toBe(text.slice(url.protocol.length + 2, hostEnd));
          expect(url.username + url.password).toBe('');
          // R32: the fast path's verdict on the host is the one isPublicHost gives on the parser's host.
          expect(plainHostIsPublic(text, hostEnd)).toBe(isPublicHost(url.hostname));
        },
      ),
      { numRuns: 100_000 },
    );
    // The law says something only if the fast path took a good share of the strings.
    expect(fast).toBeGreaterThan(runs / 5);
  });

  it.each([
    ['https://example.com/a.png', 19],
    ['http://cdn.example.org/x/y.jpg?z=1&w=%41', 22],
    ['https://a-.b-/', 13],
  ])('takes %s (host ends at %i)', (text, end) => {
    expect(plainUrl(text)).toBe(end);
  });

  it.each([
    'https://example.com',
    'HTTPS://example.com/',
    'https://Example.com/',
    'https://example.com:443/',
    'https://u@example.com/',
    'https://example.com/a/../b',
    'https://example.com/%2e/b',
    'https://example.com/a b',
    'https://example.com/é',
    'https://127.0.0.1/',
    'https://a.123/',
    'https://xn--r8jz45g.jp/',
    'https://localhost/',
    'https://example.com/#x',
    "https://example.com/?a='",
  ])('leaves %s to the parser', (text) => {
    expect(plainUrl(text)).toBe(0);
  });

  it('reaches the same verdicts through normalizeRequest (R32)', () => {
    const codes = (image: string) => {
      const r = normalizeRequest({ model: 'kling-2.5', prompt: 'x', image });
      return r.ok ? r.spec.firstFrame : r.issues.map((i) => i.code).join();
    };
    expect(codes('https://example.com/a.png')).toBe('https://example.com/a.png');
    expect(codes('http://api.localhost/a.png')).toBe('non_public_url');
    expect(codes(`https://example.com/${'a'.repeat(2030)}`)).toBe('invalid_url');
    const video = normalizeRequest({
      model: 'kling-2.5',
      prompt: 'x',
      metadata: { scene_type: 'motion_control', video_url: 'http://example.com/v.mp4' },
    });
    expect(!video.ok && video.issues.map((i) => i.code)).toEqual(['insecure_url']);
  });
});
