/**
 * URL safety (R32): the WHATWG parser decides what a URL is, and the host it normalizes decides whether it is
 * public. Text only: a public name that resolves to a private address can only be caught where it is fetched.
 * @module
 */
import { type Report, Section } from '../report/report.js';
import { clip, valueParams } from '../shared/params.js';
import { parseUrl } from '../shared/quiet.js';

/**
 * What kind of media a URL points at: videos must be https; `upload` is an image at a field that also takes an
 * uploaded file (`image`, `input_reference`, `images`: R61), which messages mention.
 */
export type UrlKind = 'image' | 'video' | 'upload';

const MAX_HREF = 2048;
/** R7, R32: longer text is refused before parsing (the parser's percent-encoding can grow a string ninefold). */
const MAX_TEXT = 8192;
/** URLs are media fields: their issues order with the media section (R6). */
const S = Section.Media;

/** What a URL check needs of the request: whether private hosts are allowed (R32), and where to report. */
export interface UrlReader {
  readonly allowPrivate: boolean;
  readonly report: Report;
}

/** A URL's text, read: its serialization, scheme, host (the parser's), credentials, and the fast path's host end. */
interface ReadUrl {
  readonly href: string;
  readonly scheme: string;
  readonly hostname: string;
  readonly credentials: boolean;
  /** > 0 when the fast path read it (the host is `text[scheme.length + 2, hostEnd)`), else 0. */
  readonly hostEnd: number;
}

/** R32's first checks: a string, at most 8192 units, that the WHATWG parser accepts; `undefined` after the issue. */
function readUrlText(value: unknown, path: string, report: Report): ReadUrl | undefined {
  if (typeof value !== 'string') {
    // R61: a file is accepted only where an image may be uploaded; elsewhere a URL is expected (the message says so).
    report.issue(S, 'invalid_type', path, { expected: 'url', ...valueParams(value) });
    return undefined;
  }
  if (value.length > MAX_TEXT) {
    report.issue(S, 'invalid_url', path, { reason: 'too_long', max: MAX_TEXT });
    return undefined;
  }
  // Fast path: a URL the WHATWG parser would serialize unchanged is judged from its own text (see `plainUrl`).
  const hostEnd = plainUrl(value);
  // Stryker disable next-line ConditionalExpression: equivalent: without the fast path every URL goes to the parser
  if (hostEnd > 0) {
    // The host is cut from the text only for a message (see `checkUrl`).
    return {
      href: value,
      scheme: value.charCodeAt(4) === Char.LowerS ? 'https:' : 'http:',
      hostname: '',
      credentials: false,
      hostEnd,
    };
  }
  const url = parseUrl(value);
  if (url === undefined) {
    report.issue(S, 'invalid_url', path, { reason: 'parse', ...valueParams(value) });
    return undefined;
  }
  return {
    href: url.href,
    scheme: url.protocol,
    hostname: url.hostname,
    credentials: url.username !== '' || url.password !== '',
    hostEnd: 0,
  };
}

/**
 * Checks one media URL (R32) and returns its serialization (`href`), or reports the first failing check and
 * returns `undefined`. Order: type, length and parse, scheme, credentials, https for videos, public host.
 */
export function checkUrl(value: unknown, path: string, kind: UrlKind, reader: UrlReader): string | undefined {
  const { report } = reader;
  const url = readUrlText(value, path, report);
  if (url === undefined) return undefined;
  const { href, scheme, hostEnd } = url;
  if (href.length > MAX_HREF) {
    report.issue(S, 'invalid_url', path, { reason: 'too_long', max: MAX_HREF });
    return undefined;
  }
  if (scheme !== 'https:' && scheme !== 'http:') {
    // R62: a data URL's message says to pass a public URL, or, where files are taken, to send a file part.
    report.issue(S, 'unsupported_url_scheme', path, {
      scheme: clip(scheme.slice(0, -1), 32),
      upload: kind === 'upload' ? 'yes' : 'no',
    });
    return undefined;
  }
  if (url.credentials) {
    report.issue(S, 'invalid_url', path, { reason: 'credentials' });
    return undefined;
  }
  if (kind === 'video' && scheme !== 'https:') {
    report.issue(S, 'insecure_url', path);
    return undefined;
  }
  // The fast path's host verdict is isPublicHost's on the same host (property-tested): using the latter is equivalent.
  // Stryker disable next-line ConditionalExpression: equivalent (see above)
  if (!reader.allowPrivate && !(hostEnd > 0 ? plainHostIsPublic(href, hostEnd) : isPublicHost(url.hostname))) {
    const host = hostEnd > 0 ? href.slice(scheme.length + 2, hostEnd) : url.hostname;
    report.issue(S, 'non_public_url', path, { host: clip(host) });
    return undefined;
  }
  return href;
}

/** The character codes the URL scans compare with, by name (inlined by the bundler: no object at run time). */
// biome-ignore lint/suspicious/noConstEnum: inlined where it is used; the scans compare a code per character
const enum Char {
  Percent = 37,
  Hyphen = 45,
  Dot = 46,
  Slash = 47,
  Zero = 48,
  Two = 50,
  Nine = 57,
  Colon = 58,
  Question = 63,
  UpperA = 65,
  UpperF = 70,
  LowerA = 97,
  LowerE = 101,
  LowerF = 102,
  LowerH = 104,
  LowerN = 110,
  LowerP = 112,
  LowerS = 115,
  LowerT = 116,
  LowerX = 120,
  LowerZ = 122,
}

/** The classes of {@link KEEP}: 0 is a character the fast path leaves to the parser. */
const PLAIN = 1;
const SLASH = 2;
const QUESTION = 3;
const PERCENT = 4;

/**
 * The class of each ASCII character in the path and query of an `http(s)` URL (the fast path's table). {@link PLAIN}: what a
 * WHATWG URL keeps as it is: letters, digits and `-._~!$&()*+,;=:@`; `/` and `?` end a path segment (kept as they
 * are in a query); `%` is kept only before two hex digits. 0, left to the parser: what the parser percent-encodes
 * (controls, space, `"<>\\^`{|}` and non-ASCII), `'` (encoded in special queries), `#`, `[`, `]`, `\\` (read as `/`).
 */
// A smaller table only sends more URLs to the parser, which decides them alike: its mutants are equivalent.
// Stryker disable all
const KEEP = /* @__PURE__ */ (() => {
  const table = new Uint8Array(128);
  for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&()*+,;=:@')
    table[c.charCodeAt(0)] = PLAIN;
  table[Char.Slash] = SLASH;
  table[Char.Question] = QUESTION;
  table[Char.Percent] = PERCENT;
  return table;
})();
// Stryker restore all

const isHex = (c: number) =>
  (c >= Char.Zero && c <= Char.Nine) ||
  (c >= Char.LowerA && c <= Char.LowerF) ||
  (c >= Char.UpperA && c <= Char.UpperF);

/**
 * The fast path (a URL the parser would leave as it is needs no parse): the index where the host of `text` ends when `text` is an `http(s)` URL that the WHATWG parser accepts
 * and serializes to exactly `text`, else 0 (then the parser decides). Accepted: a lower-case `http://` or
 * `https://`; a host of two or more non-empty labels of `a-z`, `0-9` and `-`, none starting `xn--`, the last
 * starting with a letter (so it is neither an IPv4 address nor an IDNA name); no user info and no port; a path that
 * starts with `/` and has no `.` or `..` segment (nor a `%2e` spelling of one); an optional query; no fragment; every
 * character of path and query in {@link KEEP}. A property test holds it to the parser on 100 000 generated strings.
 */
export function plainUrl(text: string): number {
  // `http://` or `https://`, compared by character codes (a `startsWith` call per prefix and label cost more than
  // the rest of a short URL's scan).
  if (
    text.charCodeAt(0) !== Char.LowerH ||
    text.charCodeAt(1) !== Char.LowerT ||
    text.charCodeAt(2) !== Char.LowerT ||
    text.charCodeAt(3) !== Char.LowerP
  )
    return 0;
  const secure = text.charCodeAt(4) === Char.LowerS ? 1 : 0;
  if (
    text.charCodeAt(4 + secure) !== Char.Colon ||
    text.charCodeAt(5 + secure) !== Char.Slash ||
    text.charCodeAt(6 + secure) !== Char.Slash
  )
    return 0;
  let i = 7 + secure;
  const n = text.length;
  // Host: labels of [a-z0-9-], separated by single dots.
  let labels = 0;
  let labelStart = i;
  for (;;) {
    const c = text.charCodeAt(i); // NaN past the end, which no test below accepts
    if ((c >= Char.LowerA && c <= Char.LowerZ) || (c >= Char.Zero && c <= Char.Nine) || c === Char.Hyphen) {
      i++;
      continue;
    }
    if (i === labelStart) return 0; // an empty label
    // An IDNA `xn--` label: the parser checks its Punycode.
    if (
      text.charCodeAt(labelStart) === Char.LowerX &&
      text.charCodeAt(labelStart + 1) === Char.LowerN &&
      text.charCodeAt(labelStart + 2) === Char.Hyphen &&
      text.charCodeAt(labelStart + 3) === Char.Hyphen
    )
      return 0;
    labels++;
    if (c === Char.Dot) {
      i++;
      labelStart = i;
      continue;
    }
    if (c !== 47) return 0; // user info, port, or anything else: the parser decides
    // The last label starts with a letter (its characters are a-z, 0-9 and -, so a letter is >= 97).
    if (labels < 2 || text.charCodeAt(labelStart) < Char.LowerA) return 0;
    break;
  }
  const hostEnd = i;
  // Path and query, one class look-up per character. A path segment is checked where it ends.
  let segmentStart = i + 1;
  let inQuery = false;
  // Stryker disable next-line UpdateOperator: equivalent: starting one back rereads the host's last letter
  for (i++; i < n; i++) {
    const c = text.charCodeAt(i);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: past the table is undefined, not a class
    const kind = c < 128 ? KEEP[c] : 0;
    if (kind === PLAIN) continue;
    if (kind === SLASH || kind === QUESTION) {
      // Without this line a query's `/.` or `?..` would only send more URLs to the parser, which decides them alike.
      // Stryker disable next-line ConditionalExpression: equivalent (see above)
      if (inQuery) continue; // `/` and `?` are kept as they are in a query
      if (isDotSegment(text, segmentStart, i)) return 0;
      segmentStart = i + 1;
      inQuery = kind === QUESTION;
      continue;
    }
    if (kind !== PERCENT || !(isHex(text.charCodeAt(i + 1)) && isHex(text.charCodeAt(i + 2)))) return 0;
  }
  if (!inQuery && isDotSegment(text, segmentStart, n)) return 0;
  return hostEnd;
}

/** R32: a name under `localhost` is loopback. */
const LOCALHOST_SUFFIX = '.localhost';

/**
 * {@link isPublicHost} for the host of a URL that {@link plainUrl} took (it ends at `hostEnd`): two or more labels
 * of `a-z0-9-`, the last starting with a letter, so neither an IP address nor a single label nor a trailing dot;
 * only a `*.localhost` name is not public. The property test of the fast path holds it to `isPublicHost`.
 */
export function plainHostIsPublic(text: string, hostEnd: number): boolean {
  return !text.endsWith(LOCALHOST_SUFFIX, hostEnd);
}

/** Whether `text[from, to)` is a `.` or `..` path segment, `%2e` spellings included. */
function isDotSegment(text: string, from: number, to: number): boolean {
  let dots = 0;
  for (let i = from; i < to; ) {
    if (text.charCodeAt(i) === Char.Dot) {
      dots++;
      i++;
    } else if (
      text.charCodeAt(i) === Char.Percent &&
      text.charCodeAt(i + 1) === Char.Two &&
      (text.charCodeAt(i + 2) | 32) === Char.LowerE
    ) {
      dots++;
      i += 3;
    } else {
      return false;
    }
  }
  return dots === 1 || dots === 2;
}

/** Whether `a` is in `first/bits`. */
const inRange = (a: number, first: number, bits: number): boolean => a >>> (32 - bits) === first >>> (32 - bits);

/**
 * Whether an IPv4 address (as a 32-bit unsigned number) is in a non-public range of R32: the special-purpose ranges
 * of the IANA registry that are not globally reachable, and multicast and reserved space (224/4 and above).
 */
export function isPrivateV4(a: number): boolean {
  return (
    inRange(a, 0x00000000, 8) || // 0.0.0.0/8 "this network"
    inRange(a, 0x0a000000, 8) || // 10/8 private
    inRange(a, 0x64400000, 10) || // 100.64/10 shared address space (CGN)
    inRange(a, 0x7f000000, 8) || // 127/8 loopback
    inRange(a, 0xa9fe0000, 16) || // 169.254/16 link-local
    inRange(a, 0xac100000, 12) || // 172.16/12 private
    inRange(a, 0xc0000000, 24) || // 192.0.0/24 IETF protocol assignments
    inRange(a, 0xc0000200, 24) || // 192.0.2/24 documentation (TEST-NET-1)
    inRange(a, 0xc0a80000, 16) || // 192.168/16 private
    inRange(a, 0xc6120000, 15) || // 198.18/15 benchmarking
    inRange(a, 0xc6336400, 24) || // 198.51.100/24 documentation (TEST-NET-2)
    inRange(a, 0xcb007100, 24) || // 203.0.113/24 documentation (TEST-NET-3)
    inRange(a, 0xe0000000, 3) // 224/4 multicast and 240/4 reserved, with 255.255.255.255: 224/3
  );
}

/**
 * The eight 16-bit groups of an IPv6 address as the WHATWG parser serializes it (`url.hostname` without brackets):
 * lower-case hex groups with at most one `::`, always well formed, so nothing here needs checking.
 */
function ipv6Groups(text: string): number[] {
  const parse = (part: string): number[] => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  const split = text.indexOf('::');
  if (split < 0) return parse(text);
  const head = parse(text.slice(0, split));
  const tail = parse(text.slice(split + 2));
  return [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
}

/** R32: whether IPv6 groups are a non-public address, or embed a non-public IPv4 address. */
function isPrivateV6(g: number[]): boolean {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const v4 = (hi: number, lo: number) => isPrivateV4(((hi << 16) | lo) >>> 0);
  const low = v4(g6, g7); // the IPv4 address in the last 32 bits
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0) {
    if (g4 === 0 && g5 === 0) return low; // ::/96 IPv4-compatible, with :: and ::1 (0.0.0.0/8)
    if (g4 === 0 && g5 === 0xffff) return low; // ::ffff:0:0/96 IPv4-mapped
    if (g4 === 0xffff && g5 === 0) return low; // ::ffff:0:0:0/96 IPv4-translated
  }
  if (g0 === 0x64 && g1 === 0xff9b) {
    if (g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return low; // 64:ff9b::/96 NAT64
    if (g2 === 1) return low; // 64:ff9b:1::/48 local-use NAT64
  }
  if (g0 === 0x2002) return v4(g1, g2); // 2002::/16 6to4
  if (g0 === 0x2001 && (g1 === 0 || g1 === 0xdb8)) return true; // 2001::/32 Teredo, 2001:db8::/32 documentation
  if ((g0 & 0xfe00) === 0xfc00) return true; // fc00::/7 unique local
  if ((g0 & 0xffc0) === 0xfe80) return true; // fe80::/10 link-local
  if ((g0 & 0xffc0) === 0xfec0) return true; // fec0::/10 site-local (deprecated)
  if ((g0 & 0xff00) === 0xff00) return true; // ff00::/8 multicast
  return false;
}

/** An IPv4 host as the parser serializes it (four dotted decimals), as a 32-bit number; else `undefined`. */
function dottedV4(host: string): number | undefined {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (v4 === null) return undefined;
  return ((Number(v4[1]) << 24) | (Number(v4[2]) << 16) | (Number(v4[3]) << 8) | Number(v4[4])) >>> 0;
}

/**
 * The WHATWG URL standard's "ends in a number" test on a host without trailing dots: its last label is decimal
 * digits, or `0x` followed by hex digits (possibly none).
 */
function endsInNumber(name: string): boolean {
  const last = name.slice(name.lastIndexOf('.') + 1);
  if (/^\d+$/.test(last)) return true;
  return /^0x[0-9a-f]*$/i.test(last);
}

/** The address the WHATWG parser reads from a host that ends in a number, or `undefined` when it refuses it. */
function reparsedV4(name: string): number | undefined {
  const url = parseUrl(`http://${name}/`);
  return url === undefined ? undefined : dottedV4(url.hostname);
}

/**
 * Whether a host, as the WHATWG parser normalizes it (`url.hostname`), is public (R32). Refused: `localhost`,
 * `*.localhost`, single-label names (every trailing dot dropped first), and the non-public IPv4 and IPv6 ranges,
 * including IPv6 forms that embed such an IPv4 address.
 */
export function isPublicHost(hostname: string): boolean {
  if (hostname.startsWith('[')) {
    return !isPrivateV6(ipv6Groups(hostname.slice(1, -1)));
  }
  // The parser serializes an IPv4 host as exactly four dotted decimals, and a host it keeps as a name never ends
  // in a number: dropping an anchor of this expression is an equivalent mutant (the only two left in this file).
  const v4 = dottedV4(hostname);
  if (v4 !== undefined) return !isPrivateV4(v4);
  let end = hostname.length;
  while (hostname.charCodeAt(end - 1) === Char.Dot) end--; // `localhost..` is `localhost` (before 0: NaN, the loop ends)
  const name = hostname.slice(0, end);
  if (!name.includes('.')) return false; // single-label names (`localhost` among them), and an empty name
  // R32: the parser drops one trailing dot before it reads a host as IPv4, so `127.0.0.1..` stays a name. With every
  // trailing dot gone, a name that ends in a number is read as the parser reads such a host: an IPv4 address
  // (`10.1..` is 10.0.0.1), or, when it is no valid address (`1.2.3.4.5..`), not a public host.
  if (endsInNumber(name)) {
    const address = reparsedV4(name);
    return address !== undefined && !isPrivateV4(address);
  }
  return !name.endsWith(LOCALHOST_SUFFIX);
}
