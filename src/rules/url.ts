/**
 * URL safety (R32): the WHATWG parser decides what a URL is, and the host it normalizes decides whether it is
 * public. Text only: a public name that resolves to a private address can only be caught where it is fetched.
 * @module
 */
import { given, type Report, type Section } from '../messages/notices.js';

/**
 * What kind of media a URL points at: videos must be https; `upload` is an image at a field that also takes an
 * uploaded file (`image`, `input_reference`, `images`: R61), which messages mention.
 */
export type UrlKind = 'image' | 'video' | 'upload';

const MAX_HREF = 2048;

/**
 * Checks one media URL (R32) and returns its serialization (`href`), or reports the first failing check and
 * returns `undefined`. Order: type, length and parse, scheme, credentials, https for videos, public host.
 */
export function checkUrl(
  value: unknown,
  path: string,
  kind: UrlKind,
  allowPrivate: boolean,
  report: Report,
  section: Section,
): string | undefined {
  if (typeof value !== 'string') {
    // R61: a file is accepted only where an image may be uploaded; elsewhere a URL is expected (the message says so).
    report.issue(section, 'invalid_type', path, { expected: 'url', ...given(value) });
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    report.issue(section, 'invalid_url', path, { reason: 'parse', ...given(value) });
    return undefined;
  }
  const href = url.href;
  if (href.length > MAX_HREF) {
    report.issue(section, 'invalid_url', path, { reason: 'too_long', max: MAX_HREF });
    return undefined;
  }
  const scheme = url.protocol;
  if (scheme !== 'https:' && scheme !== 'http:') {
    // R62: a data URL's message says to pass a public URL, or, where files are taken, to send a file part.
    const name = scheme.slice(0, -1);
    report.issue(section, 'unsupported_url_scheme', path, { scheme: name.length > 32 ? `${name.slice(0, 29)}...` : name, upload: kind === 'upload' ? 'yes' : 'no' });
    return undefined;
  }
  if (url.username !== '' || url.password !== '') {
    report.issue(section, 'invalid_url', path, { reason: 'credentials' });
    return undefined;
  }
  if (kind === 'video' && scheme !== 'https:') {
    report.issue(section, 'insecure_url', path);
    return undefined;
  }
  if (!allowPrivate && !isPublicHost(url.hostname)) {
    report.issue(section, 'non_public_url', path, { host: url.hostname.length > 64 ? `${url.hostname.slice(0, 61)}...` : url.hostname });
    return undefined;
  }
  return href;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** Whether an IPv4 address (as a 32-bit unsigned number) is in a non-public range of R32. */
function isPrivateV4(a: number): boolean {
  const o1 = a >>> 24;
  const o2 = (a >>> 16) & 0xff;
  return (
    o1 === 0 || // 0.0.0.0/8
    o1 === 10 || // 10/8
    (o1 === 100 && o2 >= 64 && o2 <= 127) || // 100.64/10
    o1 === 127 || // 127/8
    (o1 === 169 && o2 === 254) || // 169.254/16
    (o1 === 172 && o2 >= 16 && o2 <= 31) || // 172.16/12
    (o1 === 192 && o2 === 168) || // 192.168/16
    o1 >= 224 // 224/4 and above
  );
}

/** The eight 16-bit groups of a serialized IPv6 address (the parser's compressed hex form), or `undefined`. */
function ipv6Groups(text: string): number[] | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const parse = (part: string): number[] => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  const head = parse(halves[0] ?? '');
  const tail = halves.length === 2 ? parse(halves[1] ?? '') : [];
  const fill = 8 - head.length - tail.length;
  if (fill < 0 || (halves.length === 1 && fill !== 0)) return undefined;
  const groups = [...head, ...new Array<number>(fill).fill(0), ...tail];
  return groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : undefined;
}

function isPrivateV6(g: number[]): boolean {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const v4 = (hi: number, lo: number) => isPrivateV4(((hi << 16) | lo) >>> 0);
  const zero4 = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (zero4 && g5 === 0) return v4(g6, g7) || (g6 === 0 && g7 <= 1); // ::, ::1, IPv4-compatible ::/96
  if (zero4 && g5 === 0xffff) return v4(g6, g7); // IPv4-mapped ::ffff:0:0/96
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return v4(g6, g7); // NAT64
  if (g0 === 0x2002) return v4(g1, g2); // 6to4 2002::/16
  if ((g0 & 0xfe00) === 0xfc00) return true; // fc00::/7 unique local
  if ((g0 & 0xffc0) === 0xfe80) return true; // fe80::/10 link-local
  if ((g0 & 0xff00) === 0xff00) return true; // ff00::/8 multicast
  return false;
}

/**
 * Whether a host, as the WHATWG parser normalizes it (`url.hostname`), is public (R32). Refused: `localhost`,
 * `*.localhost`, single-label names, and the private, loopback, link-local, shared, multicast and reserved
 * address ranges, including IPv6 forms that embed such an IPv4 address.
 */
export function isPublicHost(hostname: string): boolean {
  if (hostname.startsWith('[')) {
    const groups = ipv6Groups(hostname.slice(1, -1));
    return groups !== undefined && !isPrivateV6(groups);
  }
  const v4 = IPV4.exec(hostname);
  if (v4 !== null) {
    const value = ((Number(v4[1]) << 24) | (Number(v4[2]) << 16) | (Number(v4[3]) << 8) | Number(v4[4])) >>> 0;
    return !isPrivateV4(value);
  }
  const name = hostname.endsWith('.') ? hostname.slice(0, -1) : hostname;
  if (name === '' || !name.includes('.')) return false; // single-label names, localhost
  return !(name === 'localhost' || name.endsWith('.localhost'));
}
