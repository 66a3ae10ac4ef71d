import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalog } from '../src/index.js';

const fixtures = join(__dirname, '..', 'fixtures');

/** The document's request examples, parsed. */
export const examples: Record<string, unknown>[] = readdirSync(fixtures)
  .filter((f) => f.startsWith('request-'))
  .map((f) => JSON.parse(readFileSync(join(fixtures, f), 'utf8')) as Record<string, unknown>);

const image = fc.constantFrom(
  'https://example.com/a.png',
  'https://cdn.example.org/x/y.jpg?z=1',
  'HTTP://Example.com/A b.png',
  'https://8.8.8.8/i.png',
);
const video = fc.constantFrom('https://example.com/v.mp4', 'HTTPS://Example.com/V.mp4');
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
const seconds = fc.oneof(
  fc.integer({ min: 1, max: 16 }),
  fc.integer({ min: 1, max: 16 }).map(String),
  fc.constantFrom('5.0', ' 10 '),
);

const fileInfo = fc.oneof(
  fc.record(
    {
      type: fc.constantFrom('Url', 'url'),
      category: fc.constant('Image'),
      url: image,
      usage: maybe(fc.constantFrom('FirstFrame', 'Reference')),
    },
    { requiredKeys: ['type', 'category', 'url'] },
  ),
  fc.record(
    {
      type: fc.constant('Url'),
      category: fc.constant('Video'),
      url: video,
      reference_type: maybe(fc.constantFrom('feature', 'base')),
    },
    { requiredKeys: ['type', 'category', 'url'] },
  ),
  fc.record({
    type: fc.constant('File'),
    category: fc.constantFrom('Image', 'Video'),
    file_id: fc.constantFrom('f1', 'file-2'),
  }),
);

const extInfo = fc.oneof(
  fc.constant('{}'),
  fc.constant('{"AdditionalParameters":{"multi_shot":true,"shot_type":"intelligence"}}'),
  fc.integer({ min: 1, max: 6 }).chain((n) =>
    fc.array(fc.integer({ min: 1, max: 3 }), { minLength: n, maxLength: n }).map((durations) =>
      JSON.stringify({
        AdditionalParameters: JSON.stringify({
          multi_shot: true,
          shot_type: 'customize',
          multi_prompt: durations.map((d, i) => ({ index: i + 1, prompt: `shot ${i}`, duration: String(d) })),
        }),
      }),
    ),
  ),
);

/** Requests shaped like real traffic: mostly valid, often accepted, every field optional but the model. */
export const requestArb: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    model: fc.constantFrom(...catalog.models.map((m) => m.alias), 'KLING-2.5 ', 'Kling-3.0-Omni'),
    prompt: maybe(fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.constant('  spaced  '))),
    seconds: maybe(seconds),
    duration: maybe(seconds),
    size: maybe(fc.constantFrom('720x1280', '1920x1080', '1080P', '720p', '1024x1792', '720x720')),
    image: maybe(image),
    images: maybe(fc.array(image, { maxLength: 3 })),
    input_reference: maybe(image),
    mode: maybe(fc.constantFrom('std', 'pro', 'PRO')),
    content: maybe(
      fc.array(
        fc.oneof(
          fc.record({ type: fc.constant('text'), text: fc.string({ minLength: 1, maxLength: 10 }) }),
          fc.record({
            type: fc.constant('image_url'),
            image_url: fc.oneof(
              image,
              image.map((url) => ({ url })),
            ),
          }),
          fc.record({ type: fc.constant('video_url'), video_url: video }),
        ),
        { maxLength: 2 },
      ),
    ),
    metadata: maybe(
      fc.record(
        {
          scene_type: maybe(fc.constantFrom('standard', 'motion_control', 'avatar_i2v', 'lip_sync', 'Lip_Sync')),
          motion_level: maybe(fc.constantFrom('std', 'pro')),
          video_url: maybe(video),
          last_frame_url: maybe(image),
          last_frame_file_id: maybe(fc.constant('last-1')),
          file_infos: maybe(fc.array(fileInfo, { maxLength: 3 })),
          ext_info: maybe(extInfo),
          resolution: maybe(fc.constantFrom('720P', '1080p')),
          aspect_ratio: maybe(fc.constantFrom('16:9', '9:16', '1:1')),
          audio_generation: maybe(fc.constantFrom('Enabled', 'disabled')),
          audio: maybe(fc.boolean()),
          seconds: maybe(seconds),
          output_config: maybe(
            fc.record(
              {
                duration: maybe(seconds),
                resolution: maybe(fc.constantFrom('720P', '1080P')),
                aspect_ratio: maybe(fc.constantFrom('16:9', '9:16', '1:1')),
                audio_generation: maybe(fc.constantFrom('Enabled', 'Disabled')),
                storage_mode: maybe(fc.constantFrom('Permanent', 'temporary')),
                media_name: maybe(fc.string({ minLength: 1, maxLength: 64 })),
                class_id: maybe(fc.oneof(fc.nat(1000), fc.nat(1000).map(String))),
                expire_time: maybe(fc.constantFrom('2026-12-01T00:00:00+08:00', '2030-01-01T12:30:00Z')),
                person_generation: maybe(fc.constantFrom('AllowAdult', 'Disallowed')),
                enhance_switch: maybe(fc.constantFrom('Enabled', 'Disabled')),
              },
              { requiredKeys: [] },
            ),
          ),
        },
        { requiredKeys: [] },
      ),
    ),
  },
  { requiredKeys: ['model'] },
);

const KNOWN_PATHS = [
  ['model'],
  ['prompt'],
  ['seconds'],
  ['duration'],
  ['size'],
  ['image'],
  ['images'],
  ['input_reference'],
  ['mode'],
  ['content'],
  ['metadata'],
  ['metadata', 'scene_type'],
  ['metadata', 'video_url'],
  ['metadata', 'file_infos'],
  ['metadata', 'ext_info'],
  ['metadata', 'output_config'],
  ['metadata', 'output_config', 'duration'],
  ['metadata', 'output_config', 'resolution'],
  ['metadata', 'audio'],
  ['metadata', 'last_frame_url'],
  ['__proto__'],
  ['constructor'],
];

const hostile = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    '',
    ' ',
    'x'.repeat(5000),
    '\ud800',
    'http://127.0.0.1/',
    'data:,x',
    1e308,
    -0,
    Number.MAX_SAFE_INTEGER,
    '1080P',
    '16:9',
  ),
);

function setPath(target: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const [head, ...rest] = path as [string, ...string[]];
  const copy: Record<string, unknown> = { ...target };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head];
    else Object.defineProperty(copy, head, { value, enumerable: true, writable: true, configurable: true });
    return copy;
  }
  const child = copy[head];
  const next =
    typeof child === 'object' && child !== null && !Array.isArray(child) ? (child as Record<string, unknown>) : {};
  Object.defineProperty(copy, head, {
    value: setPath(next, rest, value),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

/** A document example with one to three fields replaced by arbitrary or hostile values (or removed). */
export const mutatedExampleArb: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.constantFrom(...examples),
    fc.array(fc.tuple(fc.constantFrom(...KNOWN_PATHS), fc.option(hostile, { nil: undefined })), {
      minLength: 1,
      maxLength: 3,
    }),
  )
  .map(([example, edits]) => edits.reduce((acc, [path, value]) => setPath(acc, path, value), example));
