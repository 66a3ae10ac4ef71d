// npm run fuzz: at least 1 000 000 generated and hostile inputs through normalizeRequest, normalizeForm and
// quoteRequest of the built package, checking the laws of the property tests on each, and printing the slowest
// inputs. A script, not a test: it takes a minute or two. Exit 1 on any violation.
//   FUZZ_INPUTS=200000 npm run fuzz     fewer inputs
//   FUZZ_SEED=42 npm run fuzz           another seed (the default is fixed, so runs repeat)
import fc from 'fast-check';
import {
  createRules,
  describeModels,
  ISSUE_CODES,
  toErrorResponse,
  toVideoObject,
  listTiers,
  normalizeForm,
  normalizeRequest,
  parseTier,
  quoteRequest,
  toCanonicalRequest,
  WARNING_CODES,
  type NormalizeResult,
} from 'kling-video-rules';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { examples, mutatedExampleArb, requestArb } from '../test/arbitraries.js';

const TOTAL = Number(process.env.FUZZ_INPUTS ?? 1_000_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261124);
const root = process.cwd(); // npm runs scripts in the package's folder

const TIERS = new Set(listTiers());
const CODES = new Set<string>([...ISSUE_CODES, ...WARNING_CODES]);
const TABLE = {
  currency: 'CNY',
  tiers: Object.fromEntries(listTiers().map((t) => [t, { perSecond: '0.51', perTask: '1' }])),
};

// ---------------------------------------------------------------------------------------------------------------
// Hostile inputs, built once (R7, R32): 1 MB strings and non-ASCII URLs at every field, deep nesting, huge arrays
// and objects, prototype keys, lone surrogates, sparse arrays, and every host class of R32 at every URL field.
const MB = 1_000_000;
const URL_FIELDS: [string, (url: string) => Record<string, unknown>][] = [
  ['image', (u) => ({ model: 'kling-2.5', prompt: 'x', image: u })],
  ['images', (u) => ({ model: 'kling-3.0-omni', prompt: 'x', images: [u] })],
  ['input_reference', (u) => ({ model: 'kling-2.5', prompt: 'x', input_reference: u })],
  ['input_reference.image_url', (u) => ({ model: 'kling-2.5', prompt: 'x', input_reference: { image_url: u } })],
  [
    'metadata.video_url',
    (u) => ({ model: 'kling-2.5', prompt: 'x', metadata: { scene_type: 'motion_control', video_url: u } }),
  ],
  [
    'metadata.last_frame_url',
    (u) => ({ model: 'kling-3.0', prompt: 'x', image: 'https://example.com/a.png', metadata: { last_frame_url: u } }),
  ],
  [
    'file_infos.url',
    (u) => ({
      model: 'kling-3.0-omni',
      prompt: 'x',
      metadata: { file_infos: [{ type: 'Url', category: 'Image', url: u }] },
    }),
  ],
  [
    'content.image_url',
    (u) => ({ model: 'kling-2.5', prompt: 'x', content: [{ type: 'image_url', image_url: { url: u } }] }),
  ],
  [
    'content.video_url',
    (u) => ({ model: 'kling-3.0-omni', prompt: 'x', content: [{ type: 'video_url', video_url: u }] }),
  ],
];
const HOSTS = [
  'localhost',
  'localhost.',
  'localhost..',
  'a.localhost',
  'intranet',
  '127.0.0.1',
  '2130706433',
  '0x7f.1',
  '0177.0.0.1',
  '0.0.0.0',
  '10.0.0.1',
  '100.64.0.1',
  '169.254.169.254',
  '172.16.0.1',
  '192.0.0.1',
  '192.0.2.1',
  '192.168.0.1',
  '198.18.0.1',
  '198.51.100.1',
  '203.0.113.1',
  '224.0.0.1',
  '255.255.255.255',
  '[::]',
  '[::1]',
  '[::a00:1]',
  '[::ffff:127.0.0.1]',
  '[::ffff:0:7f00:1]',
  '[64:ff9b::a00:1]',
  '[64:ff9b:1::a00:1]',
  '[2002:c0a8:101::1]',
  '[2001::1]',
  '[2001:db8::1]',
  '[fc00::1]',
  '[fe80::1]',
  '[fec0::1]',
  '[ff02::1]',
  'example.com',
  '8.8.8.8',
  '[2606:4700::1111]',
  'example.com..',
  'xn--r8jz45g.jp',
  '例え.jp',
  // R32 amended: dots after a numeric host (the parser drops only one before it reads IPv4).
  '127.0.0.1..',
  '169.254.169.254..',
  '10.1..',
  '0x7f.0.0.1..',
  '1.2.3.4.5..',
  '127.1...',
  '0177.0.0.1..',
  '192.168.0.1....',
];
/** R32: hosts that must never be judged public, whichever field they stand in. */
const PRIVATE_HOSTS = HOSTS.filter(
  (h) => !['example.com', '8.8.8.8', '[2606:4700::1111]', 'example.com..', 'xn--r8jz45g.jp', '例え.jp'].includes(h),
);
const hugeObject = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]));
function deep(n: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < n; i++) value = i % 2 ? [value] : { a: value };
  return value;
}
function sparse(n: number, at?: number, value?: unknown): unknown[] {
  const a = new Array<unknown>(n);
  if (at !== undefined) a[at] = value;
  return a;
}

const hostile: [string, unknown][] = [
  ...URL_FIELDS.flatMap(
    ([name, make]) =>
      [
        [`1 MB non-ASCII URL at ${name}`, make(`https://example.com/${'é'.repeat(MB)}`)],
        [`1 MB ASCII URL at ${name}`, make(`https://example.com/${'a'.repeat(MB)}`)],
        [`8192-unit URL at ${name}`, make(`https://example.com/${'a'.repeat(8192 - 20)}`)],
        ...HOSTS.flatMap(
          (host) =>
            [
              [`${host} at ${name}`, make(`http://${host}/a.png`)],
              [`https ${host} at ${name}`, make(`https://${host}/v.mp4`)],
            ] as [string, unknown][],
        ),
      ] as [string, unknown][],
  ),
  ...['model', 'prompt', 'seconds', 'duration', 'size', 'mode'].map(
    (key) =>
      [`1 MB string at ${key}`, { model: 'kling-2.5', prompt: 'x', [key]: '猫'.repeat(MB / 2) }] as [string, unknown],
  ),
  ['1 MB prompt', { model: 'kling-2.5', prompt: 'a'.repeat(MB) }],
  ['1 MB ext_info', { model: 'kling-3.0', prompt: 'x', metadata: { ext_info: JSON.stringify({ a: 'x'.repeat(MB) }) } }],
  ['1 MB media_name', { model: 'kling-2.5', prompt: 'x', metadata: { output_config: { media_name: 'é'.repeat(MB) } } }],
  [
    '1 MB expire_time',
    { model: 'kling-2.5', prompt: 'x', metadata: { output_config: { expire_time: '2'.repeat(MB) } } },
  ],
  ['10 000-deep metadata', { model: 'kling-2.5', prompt: 'x', metadata: deep(10_000) }],
  ['10 000-deep output_config', { model: 'kling-2.5', prompt: 'x', metadata: { output_config: deep(10_000) } }],
  ['10 000-deep request', deep(10_000)],
  ['200 000 bad content parts', { model: 'kling-2.5', prompt: 'x', content: new Array(200_000).fill(1) }],
  [
    '40 000 text parts',
    { model: 'kling-2.5', content: Array.from({ length: 40_000 }, () => ({ type: 'text', text: 'a' })) },
  ],
  [
    '30 000 image parts',
    {
      model: 'kling-2.5',
      prompt: 'x',
      content: Array.from({ length: 30_000 }, () => ({ type: 'image_url', image_url: 'https://example.com/a.png' })),
    },
  ],
  [
    '50 000 unknown content parts',
    { model: 'kling-2.5', prompt: 'x', content: Array.from({ length: 50_000 }, () => ({ type: 'audio' })) },
  ],
  [
    '50 000 images',
    { model: 'kling-3.0-omni', prompt: 'x', images: new Array(50_000).fill('https://example.com/a.png') },
  ],
  [
    '30 000 file_infos',
    {
      model: 'kling-3.0-omni',
      prompt: 'x',
      metadata: {
        file_infos: new Array(30_000).fill({ type: 'Url', category: 'Image', url: 'https://example.com/a.png' }),
      },
    },
  ],
  ['20 000 unknown keys', { model: 'kling-2.5', prompt: 'x', ...hugeObject(20_000) }],
  ['20 000 unknown metadata keys', { model: 'kling-2.5', prompt: 'x', metadata: hugeObject(20_000) }],
  [
    '20 000 unknown file_info keys',
    {
      model: 'kling-3.0-omni',
      prompt: 'x',
      metadata: {
        file_infos: [{ type: 'Url', category: 'Image', url: 'https://example.com/a.png', ...hugeObject(20_000) }],
      },
    },
  ],
  ['sparse images', { model: 'kling-3.0-omni', prompt: 'x', images: sparse(2) }],
  [
    'sparse images, one set',
    { model: 'kling-3.0-omni', prompt: 'x', images: sparse(3, 2, 'https://example.com/a.png') },
  ],
  ['sparse file_infos', { model: 'kling-3.0-omni', prompt: 'x', metadata: { file_infos: sparse(2) } }],
  ['sparse content', { model: 'kling-2.5', prompt: 'x', content: sparse(3, 1, { type: 'text', text: 'y' }) }],
  ['sparse 1e6 images (5 MB as JSON nulls)', { model: 'kling-3.0-omni', prompt: 'x', images: sparse(1_000_000) }],
  ['sparse 1e6 content (5 MB as JSON nulls)', { model: 'kling-2.5', prompt: 'x', content: sparse(1_000_000) }],
  [
    'huge numbers',
    {
      model: 'kling-2.5',
      prompt: 'x',
      seconds: 1e308,
      duration: -1e308,
      metadata: { output_config: { class_id: 2 ** 80 } },
    },
  ],
  ['non-finite numbers', { model: 'kling-2.5', prompt: 'x', seconds: Number.NaN, duration: Number.POSITIVE_INFINITY }],
  [
    'lone surrogates',
    { model: 'kling-2.5\ud800', prompt: '\udfff'.repeat(3000), size: '\ud800', image: 'https://example.com/\ud800' },
  ],
  [
    'prototype keys',
    JSON.parse(
      '{"model":"kling-2.5","prompt":"x","__proto__":{"model":"kling-3.0"},"constructor":{"prototype":{"x":1}},"metadata":{"__proto__":{"scene_type":"lip_sync"}}}',
    ),
  ],
  // R7 amended: keys of digit runs (the notice order once padded each run), padded values once capped.
  [
    'two keys of 250 000 digit runs',
    { model: 'kling-2.5', prompt: 'x', ['1a'.repeat(250_000)]: 1, [`${'1a'.repeat(250_000)}b`]: 2 },
  ],
  [
    '121 content image parts of 8 KB non-ASCII URLs',
    {
      model: 'kling-2.5',
      prompt: 'x',
      content: Array.from({ length: 121 }, () => ({
        type: 'image_url',
        image_url: `https://example.com/${'é'.repeat(4000)}`,
      })),
    },
  ],
  [
    'padded model, duration, size and part type',
    {
      model: `${' '.repeat(90)}kling-2.5`,
      seconds: `${'0'.repeat(69)}5`,
      size: ` ${' '.repeat(100)}720x1280`,
      content: [{ type: `${' '.repeat(40)}text`, text: 'x' }],
    },
  ],
  [
    'multi-shot at its limits',
    {
      model: 'kling-3.0',
      prompt: 'x',
      seconds: 6,
      metadata: {
        ext_info: JSON.stringify({
          AdditionalParameters: JSON.stringify({
            multi_shot: true,
            shot_type: 'customize',
            multi_prompt: Array.from({ length: 7 }, (_, i) => ({ index: i + 1, prompt: 'p', duration: '1' })),
          }),
        }),
      },
    },
  ],
];

// ---------------------------------------------------------------------------------------------------------------
// Forms: the document examples as the SDK sends them, and mutated entry lists (malformed, huge and deep names,
// values that are neither text nor file, files of any kind).
const forms: [string, string][][] = readdirSync(join(root, 'fixtures', 'forms'))
  .filter((f) => f.endsWith('.form'))
  .map((f) =>
    readFileSync(join(root, 'fixtures', 'forms', f), 'utf8')
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );

const nameArb = fc.oneof(
  fc.constantFrom(
    'model',
    'prompt',
    'seconds',
    'images[]',
    'metadata[audio]',
    'metadata[file_infos][][url]',
    'metadata[output_config][duration]',
    'input_reference[image_url]',
    'content[][type]',
    'content[][image_url][url]',
  ),
  fc.string({ maxLength: 12 }),
  fc.stringMatching(/^[a-z_]{1,8}(\[[a-z_]{0,8}\]){0,8}$/),
  fc.constantFrom(
    'a[',
    'a]',
    '[a]',
    'a[[b]]',
    'a[b',
    '__proto__',
    'metadata[__proto__][x]',
    'images[][]',
    `${'a['.repeat(50)}`,
    'x'.repeat(300),
    'metadata[file_infos][0][url]',
  ),
);
/** R61: a file at every known field a form can name (only image fields take one). */
const FILE_FIELDS = [
  'model',
  'prompt',
  'seconds',
  'duration',
  'size',
  'mode',
  'metadata',
  'content',
  'images',
  'images[]',
  'image',
  'input_reference',
  'metadata[scene_type]',
  'metadata[motion_level]',
  'metadata[mode]',
  'metadata[video_url]',
  'metadata[last_frame_url]',
  'metadata[ext_info]',
  'metadata[file_infos]',
  'metadata[file_infos][]',
  'metadata[file_infos][][url]',
  'metadata[output_config]',
  'metadata[output_config][duration]',
  'metadata[audio]',
  'content[][text]',
  'content[][image_url]',
  'input_reference[image_url]',
  'input_reference[file_id]',
];
const IMAGE_FIELDS = new Set(['images', 'images[]', 'image', 'input_reference']);
const valueArb = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom(
        'true',
        'false',
        '',
        ' ',
        '5',
        '10',
        '1080P',
        'https://example.com/a.png',
        'http://10.0.0.1/a.png',
        '{"a":1}',
        '[1,2]',
        '{',
      ),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.oneof(fc.integer(), fc.constant(null), fc.constant(undefined), fc.object({ maxDepth: 1 })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      new Blob(['x'], { type: 'image/png' }),
      new Blob(['GIF89a'], { type: 'image/gif' }),
      new Blob([], { type: '' }),
    ),
  },
);
const formArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...forms),
  fc
    .tuple(fc.constantFrom(...forms), fc.array(fc.tuple(nameArb, valueArb), { maxLength: 6 }), fc.nat())
    .map(([form, extra, at]) => {
      const copy: unknown[] = [...form];
      copy.splice(at % (copy.length + 1), 0, ...extra);
      return copy;
    }),
  fc.array(fc.tuple(nameArb, valueArb), { maxLength: 20 }),
  fc.anything({ maxDepth: 2 }),
  // R60 amended: blank parts at any known name build nothing.
  fc
    .tuple(
      fc.constantFrom(...forms),
      fc.array(fc.tuple(fc.constantFrom(...FILE_FIELDS), fc.constantFrom('', ' ', '\t')), { maxLength: 4 }),
    )
    .map(([form, blanks]) => [...form, ...blanks]),
);

// ---------------------------------------------------------------------------------------------------------------
// Requests: traffic-shaped requests, mutated examples, arbitrary JSON and values, prototype keys, sparse arrays.
const protoKeyed = fc
  .tuple(
    requestArb,
    fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty'),
    fc.jsonValue({ maxDepth: 2 }),
  )
  .map(([raw, key, value]) => {
    const copy = JSON.parse(JSON.stringify(raw)) as Record<string, unknown>;
    Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
    return copy;
  });
const sparseArb = fc
  .tuple(
    requestArb,
    fc.constantFrom('images', 'content', 'file_infos'),
    fc.nat(5),
    fc.option(fc.nat(4), { nil: undefined }),
  )
  .map(([raw, key, length, set]) => {
    const array = sparse(length, set !== undefined && set < length ? set : undefined, 'https://example.com/a.png');
    return key === 'file_infos'
      ? { ...raw, metadata: { ...(raw.metadata as object), file_infos: array } }
      : { ...raw, [key]: array };
  });
const requestInputArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: requestArb },
  { weight: 4, arbitrary: mutatedExampleArb },
  { weight: 1, arbitrary: fc.constantFrom(...examples) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  {
    weight: 1,
    arbitrary: fc.anything({
      maxDepth: 3,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withSparseArray: true,
    }),
  },
  { weight: 1, arbitrary: protoKeyed },
  { weight: 1, arbitrary: sparseArb },
);

// ---------------------------------------------------------------------------------------------------------------
// The laws.
let violations = 0;
const firstViolations: string[] = [];
function violation(law: string, input: unknown, detail: unknown): void {
  violations++;
  if (firstViolations.length < 10) {
    let shown: string;
    try {
      shown = JSON.stringify(input)?.slice(0, 300) ?? String(input);
    } catch {
      shown = String(input).slice(0, 300);
    }
    firstViolations.push(`${law}: ${shown} -> ${String(detail).slice(0, 300)}`);
  }
}

const isParam = (v: unknown) =>
  typeof v === 'string' ||
  (typeof v === 'number' && Number.isFinite(v)) ||
  (Array.isArray(v) && v.every((x) => typeof x === 'string'));

function checkResult(result: NormalizeResult, input: unknown, fn: string): void {
  if (typeof result !== 'object' || result === null || typeof result.ok !== 'boolean') {
    violation(`${fn}: result shape`, input, JSON.stringify(result));
    return;
  }
  const notices = [...(result.ok ? [] : result.issues), ...result.warnings];
  if (!result.ok && result.issues.length === 0) violation(`${fn}: refused without issues`, input, '');
  for (const n of notices) {
    if (!CODES.has(n.code) || typeof n.path !== 'string' || typeof n.message !== 'string' || n.message === '')
      violation(`${fn}: notice shape`, input, JSON.stringify(n));
    for (const value of Object.values(n.params))
      if (!isParam(value)) violation(`${fn}: params are JSON data`, input, JSON.stringify(n));
  }
  if (result.ok) {
    const { spec } = result;
    if (!TIERS.has(spec.tier)) violation(`${fn}: tier in the catalog`, input, spec.tier);
    if (!(spec.billableSeconds >= spec.seconds))
      violation(`${fn}: billable >= seconds`, input, `${spec.billableSeconds} < ${spec.seconds}`);
    if (parseTier(spec.tier) === undefined) violation(`${fn}: tier parses`, input, spec.tier);
  }
}

function snapshot(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined; // 10 000-deep values: compared by reference below
  }
}

interface Slow {
  ms: number;
  fn: string;
  what: string;
  call: () => unknown;
}
const slowest: Slow[] = [];
function timed<T>(fn: string, what: string, call: () => T): T {
  const start = performance.now();
  const result = call();
  const ms = performance.now() - start;
  if (slowest.length < 8 || ms > (slowest[slowest.length - 1]?.ms ?? 0)) {
    slowest.push({ ms, fn, what, call });
    slowest.sort((a, b) => b.ms - a.ms);
    slowest.length = Math.min(slowest.length, 8);
  }
  return result;
}

function runRequest(raw: unknown, what: string): void {
  const before = snapshot(raw);
  let first: NormalizeResult;
  let second: NormalizeResult;
  try {
    first = timed('normalizeRequest', what, () => normalizeRequest(raw));
    second = normalizeRequest(raw);
  } catch (error) {
    violation('normalizeRequest never throws', raw, error);
    return;
  }
  if (snapshot(raw) !== before) violation('input untouched', raw, 'changed');
  checkResult(first, raw, 'normalizeRequest');
  if (JSON.stringify(first) !== JSON.stringify(second)) violation('deterministic', raw, 'two calls differ');
  try {
    const quoted = timed('quoteRequest', what, () => quoteRequest(raw, TABLE));
    if (quoted.ok !== first.ok)
      violation('quoteRequest agrees with normalizeRequest', raw, JSON.stringify(quoted).slice(0, 200));
    if (first.ok) {
      const canonical = toCanonicalRequest(first.spec);
      const again = normalizeRequest(JSON.parse(JSON.stringify(canonical)));
      if (
        !again.ok ||
        again.warnings.length > 0 ||
        again.spec.tier !== first.spec.tier ||
        again.spec.seconds !== first.spec.seconds
      ) {
        violation('canonical round trip', raw, JSON.stringify(again).slice(0, 200));
      }
    }
  } catch (error) {
    violation('quoteRequest and toCanonicalRequest never throw', raw, error);
  }
}

function runForm(form: unknown, what: string): void {
  try {
    const result = timed('normalizeForm', what, () => normalizeForm(form as never));
    checkResult(result, form, 'normalizeForm');
  } catch (error) {
    violation('normalizeForm never throws', form, error);
  }
}

/** R61: a file at a known field that is no image field is refused there, never read as nothing. */
function runFileAt(name: string): void {
  const file = new File(['{"resolution":"1080P"}'], 'meta.json', { type: 'application/json' });
  const result = normalizeForm([
    ['model', 'kling-2.5'],
    ['prompt', 'x'],
    [name, file],
  ]);
  if (!IMAGE_FIELDS.has(name) && result.ok)
    violation('a file where no image belongs is refused (R61)', name, JSON.stringify(result).slice(0, 200));
}

/** R32: a private host at any URL field is never accepted (allowPrivateUrls off). */
function runPrivateHost(host: string): void {
  for (const [field, make] of URL_FIELDS) {
    const result = normalizeRequest(make(`https://${host}/a.png`));
    if (result.ok) violation(`${host} at ${field} is refused (R32)`, host, result.spec.tier);
  }
}

/** R7: hostile JavaScript values at every export (the property test's set, here in bulk). */
const boom = (): never => {
  throw new Error('hostile');
};
const HOSTILE_JS: unknown[] = [
  Object.defineProperty({}, 'model', { get: boom, enumerable: true }),
  new Proxy({}, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom }),
  (() => {
    const r = Proxy.revocable({}, {});
    r.revoke();
    return r.proxy;
  })(),
  { toJSON: boom, model: 'kling-2.5', prompt: 'x' },
  { [Symbol.iterator]: boom },
];
function runHostileJs(value: unknown): void {
  const calls: [string, () => unknown][] = [
    ['normalizeRequest', () => normalizeRequest(value)],
    ['normalizeRequest (metadata)', () => normalizeRequest({ model: 'kling-2.5', prompt: 'x', metadata: value })],
    ['normalizeRequest (options)', () => normalizeRequest({ model: 'kling-2.5' }, value as never)],
    ['normalizeForm', () => normalizeForm(value as never)],
    ['quoteRequest', () => quoteRequest({ model: 'kling-2.5', prompt: 'x' }, value)],
    ['toCanonicalRequest', () => toCanonicalRequest(value as never)],
    ['toErrorResponse', () => toErrorResponse(value as never, { messages: value as never })],
    ['toVideoObject', () => toVideoObject(value as never)],
    ['createRules', () => createRules(value)],
    ['describeModels', () => describeModels(value)],
  ];
  for (const [fn, call] of calls) {
    try {
      call();
    } catch (error) {
      violation(`${fn} never throws on hostile JS values (R7)`, '(hostile value)', error);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
const started = performance.now();
for (const name of FILE_FIELDS) runFileAt(name);
for (const host of PRIVATE_HOSTS) runPrivateHost(host);
for (const value of HOSTILE_JS) runHostileJs(value);
const counts = { generated: 0, forms: 0, hostile: 0 };
const BATCH = 5_000;
let seed = SEED;
while (counts.generated + counts.forms + counts.hostile < TOTAL) {
  for (const raw of fc.sample(requestInputArb, { numRuns: BATCH, seed: seed++ })) {
    runRequest(raw, 'generated request');
    counts.generated++;
  }
  for (const form of fc.sample(formArb, { numRuns: BATCH / 5, seed: seed++ })) {
    runForm(form, 'generated form');
    counts.forms++;
  }
  // Every batch also runs a few hostile inputs, so that all of them run many times over the whole fuzz.
  for (let i = 0; i < 10; i++) {
    const [what, raw] = hostile[(seed * 10 + i) % hostile.length] as [string, unknown];
    runRequest(raw, what);
    let text: string | undefined;
    try {
      text = JSON.stringify(raw);
    } catch {
      text = undefined;
    }
    if (text !== undefined && text.length <= 4 * MB)
      runForm(
        [
          ['model', 'kling-2.5'],
          ['prompt', text.slice(0, MB)],
          ['images[]', text.slice(0, MB)],
        ],
        `${what} (as form text)`,
      );
    counts.hostile++;
  }
  const done = counts.generated + counts.forms + counts.hostile;
  if (done % 100_000 < BATCH + BATCH / 5 + 10) process.stderr.write(`  ${done} inputs, ${violations} violations\n`);
}

const seconds = (performance.now() - started) / 1000;
console.log(
  `inputs: ${counts.generated + counts.forms + counts.hostile} (${counts.generated} generated requests, ${counts.forms} forms, ${counts.hostile} hostile) in ${seconds.toFixed(0)} s, seed ${SEED}`,
);
console.log(`violations: ${violations}`);
for (const line of firstViolations) console.log(`  ${line}`);
// A single slow call can be a garbage collection or a first compilation: each of the slowest is timed again, and
// the median of 7 calls is the figure that R7's bound (5 ms) is about.
console.log('slowest calls: first call ms, median of 7 more calls ms, function, input');
for (const s of slowest) {
  const again: number[] = [];
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    s.call();
    again.push(performance.now() - start);
  }
  again.sort((a, b) => a - b);
  console.log(
    `  ${s.ms.toFixed(2).padStart(8)}  ${(again[3] ?? 0).toFixed(2).padStart(8)}  ${s.fn.padEnd(16)}  ${s.what}`,
  );
}
// And every hostile input, timed the same way: the slowest median.
const hostileTimes = hostile
  .map(([what, raw]) => {
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const start = performance.now();
      normalizeRequest(raw);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return { what, ms: times[3] ?? 0 };
  })
  .sort((a, b) => b.ms - a.ms);
console.log('slowest hostile inputs (median of 7 normalizeRequest calls):');
for (const { what, ms } of hostileTimes.slice(0, 5)) console.log(`  ${ms.toFixed(2).padStart(8)}  ${what}`);
process.exitCode = violations === 0 ? 0 : 1;
