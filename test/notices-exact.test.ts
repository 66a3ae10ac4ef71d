// R68: every notice carries the params its message is written from. Each case below is a request and every notice
// it gives, with code, path and params written out from the rules (R32-R43 media, R37 prompt, R25 size, R31
// motion): a check that reports the right code at the right path with the wrong or missing params fails here.
import { describe, expect, it } from 'vitest';
import { normalizeRequest, normalizeRequestBody } from '../src/index.js';

const A = 'https://example.com/a.png';
const B = 'https://example.com/b.png';
const V = 'https://example.com/v.mp4';
const W = 'https://example.com/w.mp4';
const omni = (extra: Record<string, unknown>) => ({ model: 'kling-3.0-omni', prompt: 'x', ...extra });
const files = (...entries: unknown[]) => omni({ metadata: { file_infos: entries } });

type Shown = { code: string; path: string; params: Record<string, unknown> };
const shown = ({ code, path, params }: Shown): Shown => ({ code, path, params });

function notices(raw: unknown): { issues: Shown[]; warnings: Shown[] } {
  const r = normalizeRequest(raw);
  return { issues: r.ok ? [] : r.issues.map(shown), warnings: r.warnings.map(shown) };
}

const issue = (code: string, path: string, params: Record<string, unknown> = {}): Shown => ({ code, path, params });

describe('R35: content parts', () => {
  it.each([
    [
      'an image part without its URL',
      omni({ content: [{ type: 'image_url' }] }),
      [issue('missing_field', 'content.0.image_url', { what: 'url' })],
    ],
    [
      'an image part with a blank url',
      omni({ content: [{ type: 'image_url', image_url: { url: ' ' } }] }),
      [issue('missing_field', 'content.0.image_url.url', { what: 'url' })],
    ],
    [
      'an image part whose URL is a number',
      omni({ content: [{ type: 'image_url', image_url: 5 }] }),
      [issue('invalid_type', 'content.0.image_url', { expected: 'url_or_object', got: 'number', value: 5 })],
    ],
    [
      'a part that is not an object',
      omni({ content: [5] }),
      [issue('invalid_type', 'content.0', { expected: 'content_part', got: 'number', value: 5 })],
    ],
    [
      'a text part whose text is a number',
      omni({ content: [{ type: 'text', text: 5 }] }),
      [issue('invalid_type', 'content.0.text', { expected: 'string', got: 'number', value: 5 })],
    ],
    [
      'two image parts',
      omni({
        content: [
          { type: 'image_url', image_url: A },
          { type: 'image_url', image_url: B },
        ],
      }),
      [issue('conflicting_fields', 'content.1', { reason: 'content_images' })],
    ],
    [
      'two video parts',
      omni({
        content: [
          { type: 'video_url', video_url: V },
          { type: 'video_url', video_url: W },
        ],
      }),
      [issue('conflicting_fields', 'content.1', { reason: 'content_videos' })],
    ],
    [
      'a video part that differs from metadata.video_url',
      omni({ metadata: { video_url: V }, content: [{ type: 'video_url', video_url: W }] }),
      [issue('conflicting_fields', 'content.0', { reason: 'videos', other: 'metadata.video_url' })],
    ],
    [
      'an image part that differs from image',
      omni({ image: A, content: [{ type: 'image_url', image_url: B }] }),
      [issue('conflicting_fields', 'content.0', { reason: 'first_frames', other: 'image' })],
    ],
  ])('%s', (_, raw, issues) => {
    expect(notices(raw).issues).toEqual(issues);
  });

  it('a part of another type is ignored with a warning that quotes its type', () => {
    expect(notices(omni({ content: [{ type: 'audio_url' }] }))).toEqual({
      issues: [],
      warnings: [issue('ignored_field', 'content.0', { reason: 'content_part', got: 'string', value: 'audio_url' })],
    });
  });
});

describe('R62: input_reference as an object', () => {
  it.each([
    [
      'both image_url and file_id',
      omni({ input_reference: { image_url: A, file_id: 'f1' } }),
      [issue('conflicting_fields', 'input_reference.file_id', { reason: 'reference_keys' })],
    ],
    [
      'neither',
      omni({ input_reference: {} }),
      [issue('missing_field', 'input_reference.image_url', { what: 'input_reference' })],
    ],
    [
      'a file_id that is a number',
      omni({ input_reference: { file_id: 5 } }),
      [issue('invalid_type', 'input_reference.file_id', { expected: 'non_empty_string', got: 'number', value: 5 })],
    ],
    [
      'a first frame there and another in image',
      omni({ image: A, input_reference: { image_url: B } }),
      [issue('conflicting_fields', 'input_reference.image_url', { reason: 'first_frames', other: 'image' })],
    ],
  ])('%s', (_, raw, issues) => {
    expect(notices(raw).issues).toEqual(issues);
  });

  it('another key is an unknown field; a file id is a first-frame File entry after the file_infos entries', () => {
    const r = normalizeRequest(
      omni({
        input_reference: { file_id: 'f1', extra: 1 },
        metadata: { file_infos: [{ type: 'Url', category: 'Image', url: A }] },
      }),
    );
    expect(r.warnings.map(shown)).toEqual([issue('unknown_field', 'input_reference.extra')]);
    expect(r.ok && r.spec.files).toEqual([
      { type: 'Url', category: 'Image', url: A },
      { type: 'File', category: 'Image', fileId: 'f1', usage: 'FirstFrame' },
    ]);
  });

  it('a file id conflicts with an image first frame at input_reference.file_id', () => {
    expect(notices(omni({ image: A, input_reference: { file_id: 'f1' } })).issues).toEqual([
      issue('conflicting_fields', 'input_reference.file_id', { reason: 'first_frames', other: 'image' }),
    ]);
  });
});

describe('R36: file_infos entries', () => {
  const at = (key: string) => `metadata.file_infos.0.${key}`;
  it.each([
    [
      'an entry that is not an object',
      files(5),
      [issue('invalid_type', 'metadata.file_infos.0', { expected: 'file_info', got: 'number', value: 5 })],
    ],
    [
      'a Url entry without its url',
      files({ type: 'Url', category: 'Image' }),
      [issue('missing_field', at('url'), { what: 'value' })],
    ],
    [
      'an entry without type and category',
      files({ url: A }),
      [
        issue('missing_field', at('category'), { what: 'value' }),
        issue('missing_field', at('type'), { what: 'value' }),
      ],
    ],
    [
      'a File entry whose file_id is a number',
      files({ type: 'File', category: 'Image', file_id: 7 }),
      [issue('invalid_type', at('file_id'), { expected: 'non_empty_string', got: 'number', value: 7 })],
    ],
    [
      'a video as the first frame',
      files({ type: 'Url', category: 'Video', url: V, usage: 'FirstFrame' }),
      [issue('invalid_value', at('usage'), { reason: 'first_frame_video' })],
    ],
    [
      'two first frames',
      files(
        { type: 'Url', category: 'Image', url: A, usage: 'FirstFrame' },
        { type: 'Url', category: 'Image', url: B, usage: 'FirstFrame' },
      ),
      [issue('conflicting_fields', 'metadata.file_infos.1', { reason: 'file_first_frame' })],
    ],
    [
      'a reference_type that is not one',
      files({ type: 'Url', category: 'Video', url: V, reference_type: 'side' }),
      [issue('invalid_enum', at('reference_type'), { allowed: ['feature', 'base'], got: 'string', value: 'side' })],
    ],
  ])('%s', (_, raw, issues) => {
    expect(notices(raw).issues).toEqual(issues);
  });

  it('keys that do not apply to the entry are ignored with the reason, unknown keys are unknown fields', () => {
    expect(
      notices(files({ type: 'Url', category: 'Image', url: A, file_id: 'f', reference_type: 'base', x: 1 })),
    ).toEqual({
      issues: [],
      warnings: [
        issue('ignored_field', at('file_id'), { reason: 'file_id' }),
        issue('ignored_field', at('reference_type'), { reason: 'reference_type' }),
        issue('unknown_field', at('x')),
      ],
    });
    expect(notices(files({ type: 'File', category: 'Image', file_id: 'f', url: A })).warnings).toEqual([
      issue('ignored_field', at('url'), { reason: 'file_url' }),
    ]);
  });

  it('an entry with an issue contributes no file; a valid one is carried as written', () => {
    const r = normalizeRequest(
      files({ type: 'url', category: 'video', url: V, reference_type: 'FEATURE', usage: 'reference' }),
    );
    expect(r.ok && r.spec.files).toEqual([
      { type: 'Url', category: 'Video', url: V, referenceType: 'feature', usage: 'Reference' },
    ]);
  });
});

describe('R33, R40-R43: frames, references and what scenes require', () => {
  it.each([
    [
      'a last frame without a first frame',
      omni({ metadata: { last_frame_url: B } }),
      [issue('missing_first_frame', 'metadata.last_frame_url')],
    ],
    [
      'two last frames',
      omni({ image: A, metadata: { last_frame_url: B, last_frame_file_id: 'f' } }),
      [
        issue('conflicting_fields', 'metadata.last_frame_file_id', {
          reason: 'last_frames',
          other: 'metadata.last_frame_url',
        }),
      ],
    ],
    [
      'motion control without a video',
      { model: 'kling-2.5', prompt: 'x', image: A, metadata: { scene_type: 'motion_control' } },
      [issue('missing_reference_video', 'metadata.video_url', { scene: 'motion_control' })],
    ],
    [
      'an avatar without an image',
      { model: 'kling-2.5', prompt: 'x', metadata: { scene_type: 'avatar_i2v' } },
      [issue('missing_image', 'image', { scene: 'avatar_i2v', need: 'image' })],
    ],
    [
      'lip sync without a face',
      { model: 'kling-identify-face', prompt: 'x' },
      [issue('missing_image', 'image', { scene: 'lip_sync', need: 'face' })],
    ],
    [
      'four reference images',
      omni({ images: [A, B, A, B] }),
      [issue('too_many_items', 'images', { max: 3, count: 4 })],
    ],
    [
      'four file_infos',
      files(...Array.from({ length: 4 }, () => ({ type: 'Url', category: 'Image', url: A }))),
      [issue('too_many_items', 'metadata.file_infos', { max: 3, count: 4 })],
    ],
  ])('%s', (_, raw, issues) => {
    expect(notices(raw).issues).toEqual(issues);
  });
});

describe('R32: URL checks', () => {
  it.each([
    [
      'credentials',
      { image: 'https://a:b@example.com/x.png' },
      issue('invalid_url', 'image', { reason: 'credentials' }),
    ],
    [
      'only a password',
      { image: 'https://:b@example.com/x.png' },
      issue('invalid_url', 'image', { reason: 'credentials' }),
    ],
    [
      'another scheme',
      { image: 'ftp://example.com/a.png' },
      issue('unsupported_url_scheme', 'image', { scheme: 'ftp', upload: 'yes' }),
    ],
    [
      'a data URI for a video',
      { metadata: { video_url: 'data:video/mp4;base64,AA' } },
      issue('unsupported_url_scheme', 'metadata.video_url', { scheme: 'data', upload: 'no' }),
    ],
    [
      'a plain-http video',
      { metadata: { video_url: 'http://example.com/v.mp4' } },
      issue('insecure_url', 'metadata.video_url'),
    ],
    ['a private host', { image: 'http://10.0.0.1/a.png' }, issue('non_public_url', 'image', { host: '10.0.0.1' })],
    [
      'a name under localhost, plain enough for the fast path',
      { image: 'https://cdn.localhost/a.png' },
      issue('non_public_url', 'image', { host: 'cdn.localhost' }),
    ],
    [
      'the same over http',
      { image: 'http://a-1.b.localhost/x?y=1' },
      issue('non_public_url', 'image', { host: 'a-1.b.localhost' }),
    ],
    [
      'a relative URL',
      { image: 'a.png' },
      issue('invalid_url', 'image', { reason: 'parse', got: 'string', value: 'a.png' }),
    ],
    ['a number', { image: 5 }, issue('invalid_type', 'image', { expected: 'url', got: 'number', value: 5 })],
  ])('%s', (_, extra, expected) => {
    expect(notices(omni(extra)).issues).toEqual([expected]);
  });

  it('a long scheme is cut at 32 characters and a long host at 64', () => {
    const scheme = `s${'x'.repeat(40)}`;
    expect(notices(omni({ image: `${scheme}://example.com/` })).issues[0]?.params).toEqual({
      scheme: `${scheme.slice(0, 29)}...`,
      upload: 'yes',
    });
    const host = `${'a'.repeat(70)}.localhost`;
    expect(notices(omni({ image: `http://${host}/` })).issues[0]?.params).toEqual({ host: `${host.slice(0, 61)}...` });
    const short = `${'a'.repeat(54)}.localhost`; // 64 characters: whole
    expect(notices(omni({ image: `http://${short}/` })).issues[0]?.params).toEqual({ host: short });
  });
});

describe('R37, R25, R31: prompt, size and motion notices', () => {
  it.each([
    [
      'a prompt over 2500 characters',
      { model: 'kling-2.5', prompt: 'x'.repeat(2501) },
      [issue('field_too_long', 'prompt', { max: 2500 })],
    ],
    ['no prompt for text-to-video', { model: 'kling-2.5' }, [issue('missing_field', 'prompt', { what: 'prompt' })]],
  ])('%s', (_, raw, issues) => {
    expect(notices(raw).issues).toEqual(issues);
  });

  it('a snapped size and an ignored motion level are warnings with what decided them', () => {
    expect(notices({ model: 'kling-2.5', prompt: 'x', size: '1024x1792', mode: 'pro' }).warnings).toEqual([
      issue('size_snapped', 'size', { got: 'string', value: '1024x1792', resolution: '1080P' }),
      issue('ignored_field', 'mode', { reason: 'motion', scene: 'standard' }),
    ]);
  });
});

describe('R14-R31: durations, sizes, sound and models, with their params', () => {
  const k25 = (extra: Record<string, unknown>) => ({ model: 'kling-2.5', prompt: 'x', ...extra });
  const ALIASES = [
    'kling-1.0',
    'kling-1.5',
    'kling-2.0',
    'kling-2.1',
    'kling-2.5',
    'kling-2.6',
    'kling-3.0',
    'kling-3.0-omni',
    'kling-o1',
    'kling-identify-face',
    'kling-avatar-720p',
    'kling-avatar-1080p',
  ];
  it.each([
    [
      'a duration that is not whole seconds',
      k25({ seconds: '5s' }),
      [issue('invalid_duration', 'seconds', { got: 'string', value: '5s' })],
    ],
    [
      'a duration the model does not list',
      k25({ seconds: 7 }),
      [
        issue('unsupported_duration', 'seconds', {
          by: 'model',
          model: 'kling-2.5',
          scene: 'standard',
          values: ['5', '10'],
          seconds: 7,
        }),
      ],
    ],
    [
      'a duration outside the model range',
      { model: 'kling-3.0', prompt: 'x', duration: 20 },
      [
        issue('unsupported_duration', 'duration', {
          by: 'model',
          model: 'kling-3.0',
          scene: 'standard',
          min: 3,
          max: 15,
          seconds: 20,
        }),
      ],
    ],
    [
      'a duration over the reference-video range',
      omni({ seconds: 12, metadata: { video_url: V } }),
      [
        issue('unsupported_duration', 'seconds', {
          by: 'reference_video',
          model: 'kling-3.0-omni',
          scene: 'standard',
          min: 3,
          max: 10,
          seconds: 12,
        }),
      ],
    ],
    [
      'a duration over the scene range',
      k25({ image: A, seconds: 301, metadata: { scene_type: 'avatar_i2v' } }),
      [issue('unsupported_duration', 'seconds', { by: 'scene', scene: 'avatar_i2v', min: 2, max: 300, seconds: 301 })],
    ],
    ['a size that is not one', k25({ size: 'big' }), [issue('invalid_size', 'size', { got: 'string', value: 'big' })]],
    [
      'a size of another short side',
      k25({ size: '640x480' }),
      [
        issue('unsupported_size', 'size', {
          got: 'string',
          value: '640x480',
          sizes: ['1280x720', '720x1280', '720x720', '1920x1080', '1080x1920', '1080x1080'],
          snapped: ['1792x1024', '1024x1792'],
        }),
      ],
    ], // landscape first, as in sizes
    [
      'a scene that is not one',
      k25({ metadata: { scene_type: 'dance' } }),
      [
        issue('invalid_enum', 'metadata.scene_type', {
          allowed: ['standard', 'motion_control', 'avatar_i2v', 'lip_sync'],
          got: 'string',
          value: 'dance',
        }),
      ],
    ],
    [
      'a scene the model lacks',
      { model: 'kling-o1', prompt: 'x', image: A, metadata: { scene_type: 'motion_control', video_url: V } },
      [
        issue('unsupported_scene', 'metadata.scene_type', {
          scene: 'motion_control',
          model: 'kling-o1',
          models: ['kling-2.5', 'kling-2.6'],
        }),
      ],
    ],
    ['no model', { prompt: 'x' }, [issue('missing_field', 'model', { what: 'model', models: ALIASES })]],
    [
      'a misspelt model',
      { model: 'kling-25', prompt: 'x' },
      [issue('unknown_model', 'model', { got: 'string', value: 'kling-25', models: ALIASES, suggestion: 'kling-2.5' })],
    ],
    [
      'a scene against a special model',
      { model: 'kling-identify-face', prompt: 'x', image: A, metadata: { scene_type: 'standard' } },
      [
        issue('conflicting_fields', 'metadata.scene_type', {
          reason: 'model_scene',
          model: 'kling-identify-face',
          fixed: 'lip_sync',
          value: 'standard',
        }),
      ],
    ],
    [
      'a resolution against a special model',
      { model: 'kling-avatar-720p', prompt: 'x', image: A, metadata: { resolution: '1080P' } },
      [
        issue('conflicting_fields', 'metadata.resolution', {
          reason: 'model_resolution',
          model: 'kling-avatar-720p',
          fixed: '720P',
          value: '1080P',
        }),
      ],
    ],
    [
      'a resolution against a tier as the model',
      { model: 'kling-2.5-1080p-mute', prompt: 'x', metadata: { output_config: { resolution: '720P' } } },
      [
        issue('conflicting_fields', 'metadata.output_config.resolution', {
          reason: 'model_dimension',
          model: 'kling-2.5-1080p-mute',
          dimension: 'resolution',
          fixed: '1080P',
          value: '720P',
        }),
      ],
    ],
    [
      'sound against a tier as the model',
      { model: 'kling-2.5-720p-mute', prompt: 'x', metadata: { audio_generation: 'Enabled' } },
      [
        issue('conflicting_fields', 'metadata.audio_generation', {
          reason: 'model_dimension',
          model: 'kling-2.5-720p-mute',
          dimension: 'audio',
          fixed: 'Disabled',
          value: 'Enabled',
        }),
      ],
    ],
    [
      'a motion level against a tier as the model',
      { model: 'kling-2.5-motion-pro-720p', prompt: 'x', image: A, mode: 'std', metadata: { video_url: V } },
      [
        issue('conflicting_fields', 'mode', {
          reason: 'model_dimension',
          model: 'kling-2.5-motion-pro-720p',
          dimension: 'motion level',
          fixed: 'pro',
          value: 'std',
        }),
      ],
    ],
    // `off`: the value that turns sound off at the field that asked for it; none for a tier used as the model (R72).
    [
      'sound on a model without it',
      { model: 'kling-2.0', prompt: 'x', metadata: { audio: true } },
      [issue('unsupported_audio', 'metadata.audio', { reason: 'model', model: 'kling-2.0', off: 'false' })],
    ],
    [
      'sound by a switch on a scene without it',
      {
        model: 'kling-2.5',
        image: 'https://example.com/a.png',
        metadata: { scene_type: 'avatar_i2v', output_config: { audio_generation: 'Enabled' } },
      },
      [
        issue('unsupported_audio', 'metadata.output_config.audio_generation', {
          reason: 'scene',
          scene: 'avatar_i2v',
          off: 'Disabled',
        }),
      ],
    ],
    [
      'sound fixed by an -audio tier with a reference video',
      { model: 'kling-3.0-omni-720p-ref-audio', prompt: 'x', metadata: { video_url: 'https://example.com/v.mp4' } },
      [issue('unsupported_audio', 'model', { reason: 'reference_video', model: 'kling-3.0-omni' })],
    ],
  ])('%s', (_, raw, issues) => {
    expect(notices(raw).issues).toEqual(issues);
  });

  it('shadowed values are overridden_field warnings naming the value, the winner and its field', () => {
    expect(
      notices(
        k25({
          seconds: 5,
          duration: '10',
          metadata: { output_config: { audio_generation: 'Enabled' }, audio_generation: 'Disabled', audio: false },
        }),
      ).warnings,
    ).toEqual([
      issue('overridden_field', 'duration', { value: '10', by: 'seconds', winner: '5' }),
      issue('overridden_field', 'metadata.audio', {
        value: 'Disabled',
        by: 'metadata.output_config.audio_generation',
        winner: 'Enabled',
      }),
      issue('overridden_field', 'metadata.audio_generation', {
        value: 'Disabled',
        by: 'metadata.output_config.audio_generation',
        winner: 'Enabled',
      }),
    ]);
    expect(
      notices(k25({ size: '720x1280', metadata: { output_config: { resolution: '1080P', aspect_ratio: '16:9' } } }))
        .warnings,
    ).toEqual([
      issue('overridden_field', 'size', { value: '720P', by: 'metadata.output_config.resolution', winner: '1080P' }),
      issue('overridden_field', 'size', { value: '9:16', by: 'metadata.output_config.aspect_ratio', winner: '16:9' }),
    ]);
  });
});

describe('R38, R39: ext_info and multi-shot notices', () => {
  const P = 'metadata.ext_info';
  const ext = (additional: unknown, extra: Record<string, unknown> = {}) => ({
    model: 'kling-3.0',
    prompt: 'x',
    seconds: 5,
    ...extra,
    metadata: { ext_info: JSON.stringify({ AdditionalParameters: additional }) },
  });
  const custom = (multi_prompt: unknown) => ext({ multi_shot: true, shot_type: 'customize', multi_prompt });
  const shot = (index: unknown, prompt: unknown, duration: unknown) => ({ index, prompt, duration });
  it.each([
    [
      'ext_info that is not an object',
      { model: 'kling-3.0', prompt: 'x', metadata: { ext_info: '[1]' } },
      [issue('invalid_ext_info', P, { reason: 'not_object' })],
    ],
    [
      'ext_info over 16384 characters',
      { model: 'kling-3.0', prompt: 'x', metadata: { ext_info: `{"a":"${'x'.repeat(16379)}"}` } },
      [issue('invalid_ext_info', P, { reason: 'too_long', max: 16384 })],
    ],
    [
      'AdditionalParameters that is not an object',
      ext(5),
      [issue('invalid_ext_info', P, { reason: 'additional_parameters' })],
    ],
    [
      'multi_shot that is not a boolean',
      ext({ multi_shot: 'yes' }),
      [issue('invalid_multi_shot', P, { reason: 'multi_shot', got: 'string', value: 'yes' })],
    ],
    [
      'a shot_type that is not one',
      ext({ multi_shot: true, shot_type: 'auto' }),
      [
        issue('invalid_multi_shot', P, {
          reason: 'shot_type',
          allowed: ['customize', 'intelligence'],
          got: 'string',
          value: 'auto',
        }),
      ],
    ],
    ['no shots', custom([]), [issue('invalid_multi_shot', P, { reason: 'shots', max: 6 })]],
    [
      'a shot that is not an object',
      custom([5]),
      [issue('invalid_multi_shot', P, { reason: 'shot', at: 'multi_prompt.0' })],
    ],
    [
      'a shot index below 1',
      custom([shot(0, 'a', 5)]),
      [issue('invalid_multi_shot', P, { reason: 'index', at: 'multi_prompt.0', got: 'number', value: 0 })],
    ],
    [
      'a shot index used twice',
      custom([shot(1, 'a', 2), shot(1, 'b', 3)]),
      [issue('invalid_multi_shot', P, { reason: 'index_twice', at: 'multi_prompt.1', index: 1 })],
    ],
    [
      'a blank shot prompt',
      custom([shot(1, ' ', 5)]),
      [issue('invalid_multi_shot', P, { reason: 'prompt', at: 'multi_prompt.0' })],
    ],
    [
      'a shot prompt over 512 characters',
      custom([shot(1, 'x'.repeat(513), 5)]),
      [issue('invalid_multi_shot', P, { reason: 'prompt_too_long', at: 'multi_prompt.0', max: 512 })],
    ],
    [
      'a shot duration that is not whole seconds',
      custom([shot(1, 'a', '2.5')]),
      [issue('invalid_multi_shot', P, { reason: 'duration', at: 'multi_prompt.0', got: 'string', value: '2.5' })],
    ],
    [
      'shots that do not add up (R17, R39)',
      custom([shot(1, 'a', 2), shot(2, 'b', 2)]),
      [issue('invalid_multi_shot', P, { reason: 'sum', total: 4, seconds: 5 })],
    ],
  ])('%s', (_, raw, issues) => {
    expect(notices(raw).issues).toEqual(issues);
  });

  it('multi-shot with a reference video is unsupported on omni, naming the models that allow multi-shot', () => {
    const raw = {
      model: 'kling-3.0-omni',
      prompt: 'x',
      metadata: {
        video_url: V,
        ext_info: JSON.stringify({ AdditionalParameters: { multi_shot: true, shot_type: 'intelligence' } }),
      },
    };
    expect(notices(raw).issues).toEqual([
      issue('unsupported_multi_shot', P, {
        reason: 'reference_video',
        model: 'kling-3.0-omni',
        models: ['kling-3.0', 'kling-3.0-omni'],
      }),
    ]);
  });

  it('every bad shot is reported, each at its own place', () => {
    expect(notices(custom([5, shot(0, '', 'x')])).issues).toEqual([
      issue('invalid_multi_shot', P, { reason: 'shot', at: 'multi_prompt.0' }),
      issue('invalid_multi_shot', P, { reason: 'index', at: 'multi_prompt.1', got: 'number', value: 0 }),
      issue('invalid_multi_shot', P, { reason: 'prompt', at: 'multi_prompt.1' }),
      issue('invalid_multi_shot', P, { reason: 'duration', at: 'multi_prompt.1', got: 'string', value: 'x' }),
    ]);
  });
});

describe('R1, R72: the body and tier-reference notices', () => {
  it('a body over 1 MB is body_too_large with what and max; JSON that does not parse gives the parser detail', () => {
    const big = normalizeRequestBody(`"${'x'.repeat(1_048_575)}"`);
    expect(big.ok ? undefined : big.issues.map(shown)).toEqual([
      issue('body_too_large', '', { what: 'body', max: 1_048_576 }),
    ]);
    const at = normalizeRequestBody('{"a":1,');
    expect(at.ok ? undefined : at.issues.map((i) => [i.code, i.path, typeof i.params.detail])).toEqual([
      ['invalid_json', '', 'string'],
    ]);
    const long = normalizeRequestBody(`{"${'k'.repeat(500)}`);
    expect(long.ok ? 0 : String(long.issues[0]?.params.detail).length).toBeLessThanOrEqual(200);
    // Exactly 1 MB is read.
    const exact = normalizeRequestBody(`"${'x'.repeat(1_048_574)}"`);
    expect(!exact.ok && exact.issues[0]?.code).toBe('invalid_type');
  });

  it('a -noref tier with reference input names each reference; a -ref tier without any names the model', () => {
    expect(
      notices({ model: 'kling-3.0-omni-720p-noref-mute', prompt: 'x', images: [A], metadata: { video_url: V } }).issues,
    ).toEqual([
      issue('conflicting_fields', 'images', { reason: 'model_reference', model: 'kling-3.0-omni-720p-noref-mute' }),
      issue('conflicting_fields', 'metadata.video_url', {
        reason: 'model_reference',
        model: 'kling-3.0-omni-720p-noref-mute',
      }),
    ]);
    expect(notices({ model: 'kling-3.0-omni-720p-ref-mute', prompt: 'x' }).issues).toEqual([
      issue('conflicting_fields', 'model', { reason: 'model_no_reference', model: 'kling-3.0-omni-720p-ref-mute' }),
    ]);
  });
});

describe('R6: notices in order of section, then path with indexes as numbers, then as found', () => {
  it("content.9 comes before content.10, and a part's own notices keep the order they were found in", () => {
    const parts = Array.from({ length: 11 }, () => ({ type: 'text', text: 'a' })) as unknown[];
    parts[9] = 5;
    parts[10] = 6;
    parts[2] = 'x';
    expect(notices(omni({ content: parts })).issues.map((i) => i.path)).toEqual([
      'content.2',
      'content.9',
      'content.10',
    ]);
  });

  it('a null element is named as null, a file by its kind', () => {
    expect(notices(omni({ images: [null] })).issues).toEqual([
      issue('invalid_type', 'images.0', { expected: 'url', got: 'null' }),
    ]);
    expect(notices(omni({ images: [A, new Blob(['x'], { type: 'image/gif' })] })).issues).toEqual([
      issue('unsupported_media_type', 'images.1', {
        type: 'image/gif',
        allowed: ['image/jpeg', 'image/png', 'image/webp'],
      }),
    ]);
  });
});

describe('R61: uploaded files at their edges', () => {
  const png = (type: string, bytes = 4) => new File([new Uint8Array(bytes)], 'a.png', { type });
  it('the media type is read before its parameters, trimmed and in any case, and quoted at most 64 characters', () => {
    for (const type of ['image/png; charset=binary', ' IMAGE/JPEG ', 'image/webp;']) {
      expect(notices(omni({ image: png(type) })).issues, type).toEqual([issue('missing_upload', 'image')]);
    }
    const long = `image/${'x'.repeat(70)}`;
    expect(notices(omni({ image: png(long) })).issues[0]?.params).toEqual({
      type: long.slice(0, 64),
      allowed: ['image/jpeg', 'image/png', 'image/webp'],
    });
    expect(notices(omni({ image: png('') })).issues[0]?.params).toEqual({
      type: '',
      allowed: ['image/jpeg', 'image/png', 'image/webp'],
    });
  });

  it('uploads is used only when it is a map-like object; a throwing or non-text look-up is no URL', () => {
    const file = png('image/png');
    const raw = omni({ image: file });
    const firstFrame = (uploads: unknown) => {
      const r = normalizeRequest(raw, { uploads } as never);
      return r.ok ? r.spec.firstFrame : r.issues.map((i) => i.code);
    };
    expect(firstFrame(new Map([[file, 'https://cdn.example.com/a.png']]))).toBe('https://cdn.example.com/a.png');
    expect(firstFrame({ get: () => 'https://cdn.example.com/b.png' })).toBe('https://cdn.example.com/b.png');
    expect(firstFrame({ get: () => 5 })).toEqual(['missing_upload']);
    expect(
      firstFrame({
        get: () => {
          throw new Error('no');
        },
      }),
    ).toEqual(['missing_upload']);
    expect(firstFrame({ get: 'x' })).toEqual(['missing_upload']);
    expect(firstFrame(null)).toEqual(['missing_upload']);
    expect(firstFrame('x')).toEqual(['missing_upload']);
    const noOptions = normalizeRequest(raw, 'x' as never);
    expect(!noOptions.ok && noOptions.issues.map((i) => i.code)).toEqual(['missing_upload']);
  });
});

describe('R36, R35: entries and parts at their edges', () => {
  const at = (key: string) => `metadata.file_infos.0.${key}`;
  it('an entry of an unknown type checks the url it has and asks for none it lacks; no file_id warning', () => {
    expect(notices(files({ type: 'Bad', category: 'Image', file_id: 'f' }))).toEqual({
      issues: [issue('invalid_enum', at('type'), { allowed: ['File', 'Url'], got: 'string', value: 'Bad' })],
      warnings: [],
    });
    expect(notices(files({ type: 'Bad', category: 'Image', url: 'ftp://example.com/a.png' })).issues).toEqual([
      issue('invalid_enum', at('type'), { allowed: ['File', 'Url'], got: 'string', value: 'Bad' }),
      issue('unsupported_url_scheme', at('url'), { scheme: 'ftp', upload: 'no' }),
    ]);
  });

  it('a null entry is named as null; a category in any case decides how its URL is checked', () => {
    expect(notices(files(null)).issues).toEqual([
      issue('invalid_type', 'metadata.file_infos.0', { expected: 'file_info', got: 'null' }),
    ]);
    expect(notices(files({ type: 'Url', category: ' VIDEO ', url: 'http://example.com/v.mp4' })).issues).toEqual([
      issue('insecure_url', at('url')),
    ]);
    expect(
      notices(
        files(
          { type: 'Url', category: ' image ', url: 'http://example.com/a.png', usage: ' firstframe ' },
          { type: 'Url', category: 'Image', url: B, usage: 'FirstFrame' },
        ),
      ).issues,
    ).toEqual([issue('conflicting_fields', 'metadata.file_infos.1', { reason: 'file_first_frame' })]);
  });

  it('a part type is trimmed and case-folded whatever its padding (R7 amended: a padded text part keeps its text)', () => {
    const padded = (length: number) => ` TEXT${' '.repeat(length - 5)}`;
    for (const length of [32, 33, 10_000]) {
      const read = normalizeRequest(omni({ prompt: undefined, content: [{ type: padded(length), text: 'a dog' }] }));
      expect(read.ok && read.spec.prompt).toBe('a dog');
    }
    expect(notices(omni({ content: [{ type: ' texts ', text: 'a dog' }] })).warnings).toEqual([
      issue('ignored_field', 'content.0', { reason: 'content_part', got: 'string', value: ' texts ' }),
    ]);
  });

  it('two different uploaded files are two first frames; the same file twice is one', () => {
    const a = new File([new Uint8Array(4)], 'a.png', { type: 'image/png' });
    const b = new File([new Uint8Array(4)], 'b.png', { type: 'image/png' });
    const uploads = new Map<Blob, string>([
      [a, 'https://cdn.example.com/a.png'],
      [b, 'https://cdn.example.com/b.png'],
    ]);
    const two = normalizeRequest(omni({ image: a, input_reference: b }), { uploads });
    expect(two.ok ? [] : two.issues.map(shown)).toEqual([
      issue('conflicting_fields', 'input_reference', { reason: 'first_frames', other: 'image' }),
    ]);
    const same = normalizeRequest(omni({ image: a, input_reference: a }), { uploads });
    expect(same.ok && same.spec.firstFrame).toBe('https://cdn.example.com/a.png');
    // Not stored yet: still two different files, each missing its upload.
    const unstored = normalizeRequest(omni({ image: a, input_reference: b }));
    expect(unstored.ok ? [] : unstored.issues.map((i) => `${i.code}@${i.path}`)).toEqual([
      'missing_upload@image',
      'missing_upload@input_reference',
      'conflicting_fields@input_reference',
    ]); // R6: one path, in the order found
  });
});
