import { describe, expect, it } from 'vitest';
import { MAX_BODY_CHARS, normalizeRequest, normalizeRequestBody } from '../src/index.js';
import { accept, base, issuesOf, refuse, warningsOf } from './helpers.js';

describe('R1: the request is a JSON object', () => {
  it.each([[null], [[]], ['{}'], [42], [true], [undefined], [[{ model: 'kling-2.5' }]]])(
    '%j -> invalid_type at the root',
    (raw) => {
      expect(refuse(raw)).toEqual(['invalid_type@']);
    },
  );
});

describe('R2: null and blank strings count as absent', () => {
  it('null optional fields are absent', () => {
    const { spec, warnings } = accept(
      base({ seconds: null, size: null, image: null, metadata: { output_config: null, audio: null } }),
    );
    expect(spec.seconds).toBe(5);
    expect(spec.sources.seconds).toBe('default');
    expect(spec.generation).toBe('text_to_video');
    expect(warnings).toEqual([]);
  });

  it('empty and whitespace-only strings are absent', () => {
    const { spec } = accept(
      base({ seconds: '', size: '   ', image: '', metadata: { scene_type: ' ', resolution: '' } }),
    );
    expect(spec.seconds).toBe(5);
    expect(spec.resolution).toBe('720P');
    expect(spec.scene).toBe('standard');
    expect(spec.generation).toBe('text_to_video');
  });

  it('an empty string inside an array is not absent: images [""] is invalid_url', () => {
    expect(refuse(base({ images: [''] }))).toEqual(['invalid_url@images.0']);
  });

  it('a whitespace-only prompt is absent, so a text task misses its prompt', () => {
    expect(refuse({ model: 'kling-2.5', prompt: '  \n ' })).toEqual(['missing_field@prompt']);
  });

  it('kept strings are kept as given, not trimmed', () => {
    expect(accept(base({ prompt: '  a cat  ' })).spec.prompt).toBe('  a cat  ');
  });

  it('an empty model is missing (decision: blank counts as absent for the required model too)', () => {
    expect(refuse({ model: '  ', prompt: 'x' })).toEqual(['missing_field@model']);
  });
});

describe('R3: wrong JSON types are invalid_type, nothing is coerced', () => {
  it.each([
    [{ images: 'https://example.com/a.png' }, 'invalid_type@images'],
    [{ image: 42 }, 'invalid_type@image'],
    [{ image: ['https://example.com/a.png'] }, 'invalid_type@image'],
    [{ prompt: 42 }, 'invalid_type@prompt'],
    [{ size: 720 }, 'invalid_type@size'],
    [{ content: { type: 'text', text: 'x' } }, 'invalid_type@content'],
    [{ metadata: 'x' }, 'invalid_type@metadata'],
    [{ metadata: [] }, 'invalid_type@metadata'],
    [{ metadata: { output_config: 'x' } }, 'invalid_type@metadata.output_config'],
    [{ metadata: { audio: 'true' } }, 'invalid_type@metadata.audio'],
    [{ metadata: { scene_type: 1 } }, 'invalid_type@metadata.scene_type'],
    [{ metadata: { file_infos: {} } }, 'invalid_type@metadata.file_infos'],
    [{ metadata: { ext_info: {} } }, 'invalid_type@metadata.ext_info'],
    [{ metadata: { output_config: { resolution: 1080 } } }, 'invalid_type@metadata.output_config.resolution'],
  ])('%j -> %s', (extra, issue) => {
    expect(refuse(base(extra))).toContain(issue);
  });

  it('model must be a string', () => {
    expect(refuse({ model: 2.5, prompt: 'x' })).toEqual(['invalid_type@model']);
  });
});

describe('R4: unknown keys are ignored with a warning and never reach the spec', () => {
  it('at the top level, in metadata and in output_config', () => {
    const raw = base({ n: 1, metadata: { foo: 1, output_config: { bar: 2, resolution: '720P' } } });
    const { spec, warnings } = accept(raw);
    expect(warnings.map((w) => `${w.code}@${w.path}`)).toEqual([
      'unknown_field@metadata.foo',
      'unknown_field@metadata.output_config.bar',
      'unknown_field@n',
    ]);
    expect(JSON.stringify(spec)).not.toMatch(/"(n|foo|bar)"/);
  });

  it('hostile keys are unknown fields and change nothing', () => {
    const raw = JSON.parse(
      '{"model":"kling-2.5","prompt":"x","__proto__":{"seconds":10,"polluted":true},"constructor":{"prototype":{"x":1}}}',
    );
    const { spec, warnings } = accept(raw);
    expect(spec.seconds).toBe(5);
    expect(warnings.map((w) => w.path).sort()).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('inherited properties are not read', () => {
    const raw = Object.create({ seconds: '10', image: 'https://example.com/a.png' }) as Record<string, unknown>;
    raw.model = 'kling-2.5';
    raw.prompt = 'x';
    expect(accept(raw).spec).toMatchObject({ seconds: 5, generation: 'text_to_video' });
  });

  it('inherited properties are not read in metadata and output_config either', () => {
    const metadata = Object.create({ scene_type: 'avatar', audio: true }) as Record<string, unknown>;
    metadata.output_config = Object.assign(Object.create({ resolution: '1080P', junk: 1 }), { aspect_ratio: '9:16' });
    const result = accept({ model: 'kling-2.5', prompt: 'x', metadata });
    expect(result.spec).toMatchObject({ scene: 'standard', resolution: '720P', audio: false, aspectRatio: '9:16' });
    expect(result.warnings).toEqual([]);
  });

  it('a level read by its own keys marks its fields present, in both words of the present set', () => {
    // output_config's pass-through options sit past the first 30 fields; Object.create({...}) takes the Object.keys walk.
    const output_config = Object.assign(Object.create({ junk: 1 }), { storage_mode: 'permanent', duration: '10' });
    const result = accept({ model: 'kling-2.5', prompt: 'x', metadata: { output_config } });
    expect(result.spec).toMatchObject({ seconds: 10, output: { storageMode: 'Permanent' } });
  });

  it('a polluted Object.prototype adds no field and no warning (the reader walks own keys only)', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.seconds = '10';
    proto.polluted = 1;
    try {
      const result = accept({ model: 'kling-2.5', prompt: 'x', metadata: { output_config: { resolution: '1080P' } } });
      expect(result.spec).toMatchObject({ seconds: 5, resolution: '1080P' });
      expect(result.warnings).toEqual([]);
    } finally {
      delete proto.seconds;
      delete proto.polluted;
    }
  });

  it('a class instance is read by its own keys (its methods are not enumerable)', () => {
    class Request {
      model = 'kling-2.5';
      prompt = 'x';
      seconds = '10';
      describe(): string {
        return this.prompt;
      }
    }
    expect(accept(new Request() as unknown as Record<string, unknown>).spec).toMatchObject({ seconds: 10 });
    expect(accept(new Request() as unknown as Record<string, unknown>).warnings).toEqual([]);
  });

  it('prototype-free objects are read like plain ones', () => {
    const level = (entries: Record<string, unknown>) =>
      Object.assign(Object.create(null) as Record<string, unknown>, entries);
    const raw = level({
      model: 'kling-2.5',
      prompt: 'x',
      junk: 1,
      metadata: level({ output_config: level({ duration: '10', odd: 2 }) }),
    });
    const result = accept(raw);
    expect(result.spec).toMatchObject({ seconds: 10, sources: { seconds: 'metadata.output_config.duration' } });
    expect(result.warnings.map((w) => [w.code, w.path])).toEqual([
      ['unknown_field', 'junk'],
      ['unknown_field', 'metadata.output_config.odd'],
    ]);
  });

  it('keys inside ext_info are the upstream business: no warning', () => {
    expect(warningsOf(base({ metadata: { ext_info: '{"anything":1,"AdditionalParameters":{"x":1}}' } }))).toEqual([]);
  });
});

describe('R5: enumerated values are case-insensitive, trimmed, and canonical in the spec', () => {
  it('canonical spellings', () => {
    const { spec } = accept({
      model: 'kling-2.6',
      prompt: 'x',
      mode: ' PRO ',
      metadata: {
        scene_type: 'Motion_Control',
        video_url: 'https://example.com/v.mp4',
        output_config: {
          resolution: '1080p',
          aspect_ratio: ' 9:16 ',
          storage_mode: 'permanent',
          enhance_switch: 'ENABLED',
        },
      },
    });
    expect(spec).toMatchObject({
      scene: 'motion_control',
      motionLevel: 'pro',
      resolution: '1080P',
      aspectRatio: '9:16',
    });
    expect(spec.output).toEqual({ storageMode: 'Permanent', enhanceSwitch: 'Enabled' });
  });

  it('an unknown value lists the allowed ones', () => {
    const [issue] = issuesOf(base({ metadata: { output_config: { audio_generation: 'on' } } }));
    expect(issue).toMatchObject({ code: 'invalid_enum', path: 'metadata.output_config.audio_generation' });
    expect(issue?.message).toContain('Enabled or Disabled');
  });
});

describe('R6: every issue at once, ordered, without repeats', () => {
  it('collects every issue in section order, then by path', () => {
    expect(
      refuse({
        model: 'nope',
        seconds: 'x',
        size: 'huge',
        images: ['https://example.com/1.png', 'ftp://example.com/2.png', 'http://10.0.0.1/3.png'],
        metadata: { audio_generation: 'maybe', output_config: { class_id: -1 } },
      }),
    ).toEqual([
      'unknown_model@model',
      'invalid_duration@seconds',
      'invalid_size@size',
      'invalid_enum@metadata.audio_generation',
      'unsupported_url_scheme@images.1',
      'non_public_url@images.2',
      'invalid_value@metadata.output_config.class_id',
    ]);
  });

  it('skips a range check whose model was refused', () => {
    expect(refuse({ model: 'kling-99', prompt: 'x', seconds: 8 })).toEqual(['unknown_model@model']);
  });

  it('skips a range check whose duration was refused', () => {
    expect(refuse(base({ seconds: '8s' }))).toEqual(['invalid_duration@seconds']);
  });

  it('judges presence from the input even when refused: a bad video URL still makes omni a reference-video task', () => {
    expect(
      refuse({
        model: 'kling-3.0-omni',
        prompt: 'x',
        seconds: 15,
        metadata: { video_url: 'http://example.com/v.mp4' },
      }),
    ).toEqual(['unsupported_duration@seconds', 'insecure_url@metadata.video_url']);
  });

  it('is deterministic', () => {
    const raw = { model: 'x', seconds: 'y', size: 'z', image: 1 };
    expect(normalizeRequest(raw)).toEqual(normalizeRequest(raw));
  });
});

describe('normalizeRequestBody (section 15)', () => {
  it('parses JSON text and normalizes it', () => {
    const result = normalizeRequestBody('{"model":"kling-2.5","prompt":"x","seconds":"10"}');
    expect(result.ok && result.spec.tier).toBe('kling-2.5-720p-mute');
  });

  it('refuses a body over 1 048 576 characters without parsing it, and accepts one at the limit', () => {
    const json = '{"model":"kling-2.5","prompt":"x"}';
    expect(normalizeRequestBody(json + ' '.repeat(MAX_BODY_CHARS - json.length)).ok).toBe(true);
    const over = normalizeRequestBody(json + ' '.repeat(MAX_BODY_CHARS - json.length + 1));
    expect(!over.ok && over.issues.map((i) => `${i.code}@${i.path}`)).toEqual(['body_too_large@']);
  });

  it('invalid JSON and non-string bodies', () => {
    const bad = normalizeRequestBody('{"model":');
    expect(!bad.ok && bad.issues[0]?.code).toBe('invalid_json');
    const notText = normalizeRequestBody({ model: 'kling-2.5' } as never);
    expect(!notText.ok && notText.issues[0]?.code).toBe('invalid_type');
  });
});

describe('R7: hostile inputs', () => {
  it('a 1 MB prompt is refused as too long, quickly', () => {
    expect(refuse(base({ prompt: 'x'.repeat(1_000_000) }))).toEqual(['field_too_long@prompt']);
  });

  it('10 000-deep nesting in an unknown field and in a known one', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = { a: deep };
    expect(accept(base({ deep })).warnings.map((w) => w.code)).toEqual(['unknown_field']);
    expect(refuse(base({ images: [deep] }))).toEqual(['invalid_type@images.0']);
  });

  it('huge numbers and lone surrogates', () => {
    expect(refuse(base({ seconds: 1e308 }))).toEqual(['unsupported_duration@seconds']);
    expect(refuse(base({ seconds: '9'.repeat(400) }))).toEqual(['invalid_duration@seconds']);
    expect(accept(base({ prompt: '\ud800 lone' })).spec.prompt).toBe('\ud800 lone');
  });
});
