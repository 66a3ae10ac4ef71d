// Boundaries and exact forms no other test pinned (issue 10's review): each case states a rule at its edge.
import { describe, expect, it } from 'vitest';
import { catalog, normalizeRequest, quote, toCanonicalRequest } from '../src/index.js';
import { longerThan } from '../src/shared/json.js';
import { accept, base, refuse } from './helpers.js';

const IMG = (n: number) => `https://example.com/${n}.png`;
const file = (n: number) => ({ type: 'Url', category: 'Image', url: IMG(n) });

describe('R36, R34: exactly at the item limits', () => {
  it('3 file_infos are read one by one; 4 are too_many_items', () => {
    expect(
      accept({ model: 'kling-3.0-omni', prompt: 'x', metadata: { file_infos: [file(1), file(2), file(3)] } }).spec
        .files,
    ).toHaveLength(3);
    expect(
      refuse({ model: 'kling-3.0-omni', prompt: 'x', metadata: { file_infos: [file(1), file(2), file(3), file(4)] } }),
    ).toEqual(['too_many_items@metadata.file_infos']);
  });

  it('3 images are accepted; 4 are too_many_items with count and max', () => {
    expect(accept({ model: 'kling-3.0-omni', prompt: 'x', images: [IMG(1), IMG(2), IMG(3)] }).spec.images).toHaveLength(
      3,
    );
    const r = normalizeRequest({ model: 'kling-3.0-omni', prompt: 'x', images: [IMG(1), IMG(2), IMG(3), IMG(4)] });
    expect(!r.ok && r.issues[0]).toMatchObject({
      code: 'too_many_items',
      path: 'images',
      params: { max: 3, count: 4 },
    });
  });
});

describe('R38, R39: ext_info and shots at their limits', () => {
  const ext = (extra: Record<string, unknown>, length?: number) => {
    const text = JSON.stringify({ pad: '', ...extra });
    return length === undefined ? text : JSON.stringify({ pad: 'x'.repeat(length - text.length), ...extra });
  };
  it('ext_info of exactly 16384 units is read; 16385 is invalid_ext_info (too_long)', () => {
    const at = ext({}, 16384);
    expect(at).toHaveLength(16384);
    expect(accept(base({ metadata: { ext_info: at } })).spec.extInfo).toBe(at);
    const over = ext({}, 16385);
    const r = normalizeRequest(base({ metadata: { ext_info: over } }));
    expect(!r.ok && r.issues[0]).toMatchObject({
      code: 'invalid_ext_info',
      params: { reason: 'too_long', max: 16384 },
    });
  });

  const shots = (n: number) =>
    JSON.stringify({
      AdditionalParameters: {
        multi_shot: true,
        shot_type: 'customize',
        multi_prompt: Array.from({ length: n }, (_, i) => ({ index: i + 1, prompt: `p${i}`, duration: 1 })),
      },
    });
  it('6 shots are a multi-shot; 7 and 0 are invalid_multi_shot', () => {
    expect(
      accept({ model: 'kling-3.0', prompt: 'x', seconds: 6, metadata: { ext_info: shots(6) } }).spec.multiShot?.shots,
    ).toHaveLength(6);
    expect(refuse({ model: 'kling-3.0', prompt: 'x', seconds: 7, metadata: { ext_info: shots(7) } })).toEqual([
      'invalid_multi_shot@metadata.ext_info',
    ]);
    expect(refuse({ model: 'kling-3.0', prompt: 'x', seconds: 5, metadata: { ext_info: shots(0) } })).toEqual([
      'invalid_multi_shot@metadata.ext_info',
    ]);
  });

  it('a shot prompt of 512 characters is accepted; 513 is refused', () => {
    const one = (prompt: string) =>
      JSON.stringify({
        AdditionalParameters: {
          multi_shot: true,
          shot_type: 'customize',
          multi_prompt: [{ index: 1, prompt, duration: 5 }],
        },
      });
    expect(
      accept({ model: 'kling-3.0', prompt: 'x', seconds: 5, metadata: { ext_info: one('猫'.repeat(512)) } }).spec
        .multiShot?.shots[0]?.prompt,
    ).toHaveLength(512);
    expect(
      refuse({ model: 'kling-3.0', prompt: 'x', seconds: 5, metadata: { ext_info: one('a'.repeat(513)) } }),
    ).toEqual(['invalid_multi_shot@metadata.ext_info']);
  });
});

describe('R37, R44: lengths in code points, surrogates at the limits', () => {
  it('longerThan counts a pair as one and a lone surrogate as one', () => {
    expect(longerThan('😀'.repeat(3), 3)).toBe(false); // 6 units, 3 code points
    expect(longerThan('😀'.repeat(3) + 'a', 3)).toBe(true);
    expect(longerThan('\ud800'.repeat(3), 3)).toBe(false);
    expect(longerThan('\ud800'.repeat(4), 3)).toBe(true);
    expect(longerThan('\udc00\ud800', 1)).toBe(true); // reversed: two lone surrogates
    expect(longerThan('a\ud83d', 2)).toBe(false); // a high surrogate at the very end counts once
    expect(longerThan('abc', 3)).toBe(false);
    expect(longerThan('abcd', 3)).toBe(true);
  });

  it('the surrogate ranges end where Unicode ends them: D800-DBFF high, DC00-DFFF low', () => {
    for (const pair of ['\ud800\udc00', '\udbff\udfff', '\ud83d\udc00', '\ud83d\udfff']) {
      expect(longerThan(pair.repeat(2), 2), JSON.stringify(pair)).toBe(false); // two code points
      expect(longerThan(pair.repeat(2), 1), JSON.stringify(pair)).toBe(true);
    }
    // Just outside the ranges, each unit is a code point of its own.
    for (const units of ['\ud7ff\udc00', '\udc00\udc00', '\ud800\udbff', '\ud800\ue000']) {
      expect(longerThan(units, 1), JSON.stringify(units)).toBe(true);
    }
  });

  it('a prompt of 2500 emoji (5000 units) is accepted; 2501 is field_too_long', () => {
    expect(accept(base({ prompt: '😀'.repeat(2500) })).spec.prompt).toHaveLength(5000);
    expect(refuse(base({ prompt: '😀'.repeat(2501) }))).toEqual(['field_too_long@prompt']);
    expect(refuse(base({ prompt: 'a'.repeat(2501) }))).toEqual(['field_too_long@prompt']);
  });

  it('media_name of 64 emoji is accepted; 65 is refused', () => {
    const out = (media_name: string) => base({ metadata: { output_config: { media_name } } });
    expect(accept(out('😀'.repeat(64))).spec.output.mediaName).toBe('😀'.repeat(64));
    expect(refuse(out('😀'.repeat(65)))).toEqual(['field_too_long@metadata.output_config.media_name']);
  });
});

describe('R44: expire_time calendar edges', () => {
  const out = (expire_time: string) => base({ metadata: { output_config: { expire_time } } });
  it.each([
    '2024-02-29T00:00:00Z',
    '2000-02-29T00:00:00Z',
    '2026-12-31T23:59:59+14:00',
    '2026-01-31T00:00:00-12:00',
    '2026-04-30T12:00:00Z',
    '2026-06-15T08:30:00.5+05:30',
    '2026-06-15T08:30:00+23:59',
    '2026-06-15T08:30:00-23:59',
  ])('%s is accepted', (value) => {
    expect(accept(out(value)).spec.output.expireTime).toBe(value);
  });
  it.each([
    '1900-02-29T00:00:00Z',
    '2100-02-29T00:00:00Z',
    '2026-02-29T00:00:00Z',
    '2026-06-31T00:00:00Z',
    '2026-09-31T00:00:00Z',
    '2026-11-31T00:00:00Z',
    '2026-00-10T00:00:00Z',
    '2026-01-00T00:00:00Z',
    '2026-01-32T00:00:00Z',
    '2026-01-01T00:60:00Z',
    '2026-01-01T00:00:60Z',
    '2026-01-01T00:00:00+24:00',
    '2026-01-01T00:00:00+08:60',
    '2026-01-01T00:00:00+0800',
    ' 2026-01-01T00:00:00Z x',
  ])('%s is invalid_datetime', (value) => {
    expect(refuse(out(value))).toEqual(['invalid_datetime@metadata.output_config.expire_time']);
  });
});

describe('R53, R55: prices at zero', () => {
  it('a price of numeric 0 and of "0" are prices: the task costs nothing', () => {
    expect(quote({ tier: 't', billableSeconds: 5 }, { currency: 'CNY', tiers: { t: { perSecond: 0 } } })).toEqual({
      ok: true,
      quote: { tier: 't', billableSeconds: 5, currency: 'CNY', perSecond: '0', amount: '0' },
    });
    expect(
      quote({ tier: 't', billableSeconds: 5 }, { currency: 'CNY', tiers: { t: { perTask: '0.00' } } }),
    ).toMatchObject({ ok: true, quote: { amount: '0.00' } });
  });
  it('a negative zero and a negative price are not', () => {
    expect(quote({ tier: 't', billableSeconds: 5 }, { currency: 'CNY', tiers: { t: { perSecond: -1 } } }).ok).toBe(
      false,
    );
    expect(quote({ tier: 't', billableSeconds: 5 }, { currency: 'CNY', tiers: { t: { perSecond: '-0' } } }).ok).toBe(
      false,
    );
  });
});

describe('R51: the exact canonical form', () => {
  it('writes a full image-to-video spec field by field', () => {
    const spec = accept({
      model: 'KLING-3.0',
      prompt: 'a cat',
      duration: 8,
      image: 'HTTPS://Example.com/f.png',
      size: '1920x1080',
      metadata: {
        audio: true,
        last_frame_url: 'https://example.com/l.png',
        output_config: { storage_mode: 'temporary', class_id: '3' },
      },
    }).spec;
    expect(toCanonicalRequest(spec)).toEqual({
      model: 'kling-3.0',
      prompt: 'a cat',
      seconds: '8',
      image: 'https://example.com/f.png',
      metadata: {
        last_frame_url: 'https://example.com/l.png',
        output_config: {
          duration: 8,
          resolution: '1080P',
          aspect_ratio: '16:9',
          audio_generation: 'Enabled',
          storage_mode: 'Temporary',
          class_id: 3,
        },
      },
    });
  });

  it('writes a motion-control spec with its scene, level and video; a text spec without aspect-ratio sources keeps the default', () => {
    const motion = accept({
      model: 'kling-2.6',
      seconds: '10',
      mode: 'PRO',
      metadata: { scene_type: 'motion_control', video_url: 'https://example.com/v.mp4' },
    }).spec;
    expect(toCanonicalRequest(motion)).toEqual({
      model: 'kling-2.6',
      seconds: '10',
      metadata: {
        scene_type: 'motion_control',
        motion_level: 'pro',
        video_url: 'https://example.com/v.mp4',
        output_config: { duration: 10, resolution: '720P', audio_generation: 'Disabled' },
      },
    });
    const text = accept({ model: 'kling-2.5', prompt: 'x' }).spec;
    expect(toCanonicalRequest(text)).toEqual({
      model: 'kling-2.5',
      prompt: 'x',
      seconds: '5',
      metadata: {
        output_config: { duration: 5, resolution: '720P', aspect_ratio: '16:9', audio_generation: 'Disabled' },
      },
    });
  });

  it('writes file_infos and a last file-id first frame as input_reference', () => {
    const spec = accept({
      model: 'kling-3.0-omni',
      prompt: 'x',
      images: [IMG(1)],
      metadata: { file_infos: [{ type: 'File', category: 'Video', file_id: 'v1', reference_type: 'base' }] },
      input_reference: { file_id: 'f1' },
    }).spec;
    const canonical = toCanonicalRequest(spec);
    expect(canonical.input_reference).toEqual({ file_id: 'f1' });
    expect((canonical.metadata as Record<string, unknown>).file_infos).toEqual([
      { type: 'File', category: 'Video', file_id: 'v1', reference_type: 'base' },
    ]);
    expect(canonical.images).toEqual([IMG(1)]);
  });
});

describe('R6: order of notices', () => {
  it('orders by section, then by path with indexes compared as numbers, then by the order found', () => {
    const r = normalizeRequest({
      model: 'kling-3.0-omni',
      prompt: 'x',
      images: [],
      content: Array.from({ length: 12 }, () => 5),
    });
    expect(!r.ok && r.issues.map((i) => i.path)).toEqual(Array.from({ length: 12 }, (_, i) => `content.${i}`));
    const mixed = normalizeRequest({
      model: 'kling-2.5',
      seconds: 'x',
      size: 'big',
      prompt: 5,
      metadata: { output_config: { class_id: 'z' } },
    });
    expect(!mixed.ok && mixed.issues.map((i) => `${i.code}@${i.path}`)).toEqual([
      'invalid_duration@seconds',
      'invalid_size@size',
      'invalid_type@prompt',
      'invalid_value@metadata.output_config.class_id',
    ]);
  });

  it('warnings too, and two notices at one path keep the order they were found', () => {
    const r = normalizeRequest({ model: 'kling-2.5', prompt: 'x', zeta: 1, alpha: 2, metadata: { beta: 1 } });
    expect(r.warnings.map((w) => w.path)).toEqual(['alpha', 'metadata.beta', 'zeta']);
  });
});

describe('R9 via the catalog: every alias normalizes', () => {
  it.each(catalog.models.filter((m) => m.scenes.includes('standard')).map((m) => m.alias))('%s', (alias) => {
    expect(
      accept({
        model: alias,
        prompt: 'x',
        seconds: 'values' in catalog.models.find((m) => m.alias === alias)!.durations ? 5 : 3,
      }).spec.model,
    ).toBe(alias);
  });
});

describe('R68: a value quoted in params is cut at 64 characters', () => {
  const seconds = (value: string) => {
    const r = normalizeRequest(base({ seconds: value }));
    return r.ok ? undefined : r.issues[0]?.params;
  };
  it('64 characters are given whole; 65 are cut to 61 and "..."', () => {
    const x64 = 'x'.repeat(64);
    expect(seconds(x64)).toEqual({ got: 'string', value: x64 });
    expect(seconds(`${x64}y`)).toEqual({ got: 'string', value: `${'x'.repeat(61)}...` });
  });
  it('numbers and booleans are given as the client wrote them, other types by their kind only (R15: all invalid_duration)', () => {
    const params = (value: unknown) => {
      const r = normalizeRequest(base({ seconds: value }));
      return r.ok ? undefined : r.issues.map((i) => [i.code, i.params]);
    };
    expect(params(2.5)).toEqual([['invalid_duration', { got: 'number', value: 2.5 }]]);
    expect(params(true)).toEqual([['invalid_duration', { got: 'boolean', value: 'true' }]]);
    expect(params([5])).toEqual([['invalid_duration', { got: 'array' }]]);
    expect(params({ s: 5 })).toEqual([['invalid_duration', { got: 'object' }]]);
  });
});

describe('R44: class_id and expire_time at their edges', () => {
  const out = (config: Record<string, unknown>) => base({ metadata: { output_config: config } });
  it('class_id: a whole number >= 0 up to 2^53 - 1, as a number or as digits with white space around', () => {
    expect(accept(out({ class_id: ' 12\t' })).spec.output.classId).toBe(12);
    expect(accept(out({ class_id: Number.MAX_SAFE_INTEGER })).spec.output.classId).toBe(Number.MAX_SAFE_INTEGER);
    expect(accept(out({ class_id: String(Number.MAX_SAFE_INTEGER) })).spec.output.classId).toBe(
      Number.MAX_SAFE_INTEGER,
    );
    // R7 amended: no undocumented cap; zero padding of any length is the number it pads.
    expect(accept(out({ class_id: '0'.repeat(31) + '7' })).spec.output.classId).toBe(7);
    expect(accept(out({ class_id: `${' '.repeat(100)}${'0'.repeat(100)}7` })).spec.output.classId).toBe(7);
    for (const value of [
      -1,
      Number.MAX_SAFE_INTEGER + 1,
      '9007199254740992',
      '1'.repeat(33),
      '1 2',
      '+1',
      '0x1',
      '1e3',
      '-0',
    ]) {
      expect(refuse(out({ class_id: value })), String(value)).toEqual([
        'invalid_value@metadata.output_config.class_id',
      ]);
    }
    const r = normalizeRequest(out({ class_id: -1 }));
    expect(!r.ok && r.issues[0]).toMatchObject({
      params: { reason: 'whole_number', got: 'number', value: -1 },
      message: '`metadata.output_config.class_id` must be a whole number >= 0; got -1',
    });
  });
  it('expire_time is trimmed, and read only up to 64 characters', () => {
    expect(accept(out({ expire_time: ' 2026-12-01T00:00:00Z\n' })).spec.output.expireTime).toBe('2026-12-01T00:00:00Z');
    const nine = '2026-12-01T00:00:00.123456789+08:00'; // the most fractional digits there are
    expect(accept(out({ expire_time: nine })).spec.output.expireTime).toBe(nine);
    expect(refuse(out({ expire_time: '2026-12-01T00:00:00.1234567890Z' }))).toEqual([
      'invalid_datetime@metadata.output_config.expire_time',
    ]);
    expect(accept(out({ expire_time: `${' '.repeat(100)}2026-12-01T00:00:00Z` })).spec.output.expireTime).toBe(
      '2026-12-01T00:00:00Z',
    );
    const r = normalizeRequest(out({ expire_time: 'soon' }));
    expect(!r.ok && r.issues[0]?.params).toEqual({ got: 'string', value: 'soon' });
    expect(refuse(out({ expire_time: 5 }))).toEqual(['invalid_type@metadata.output_config.expire_time']);
    expect(refuse(out({ media_name: 5 }))).toEqual(['invalid_type@metadata.output_config.media_name']);
    expect(accept(out({ media_name: 'm'.repeat(64) })).spec.output.mediaName).toBe('m'.repeat(64));
    const long = normalizeRequest(out({ media_name: 'm'.repeat(65) }));
    expect(!long.ok && long.issues).toEqual([
      {
        code: 'field_too_long',
        path: 'metadata.output_config.media_name',
        params: { max: 64 },
        message: '`metadata.output_config.media_name` is longer than 64 characters',
      },
    ]);
  });
});

describe('R5, R7: enumerated values are trimmed and case-folded, whatever their padding', () => {
  const resolution = (value: string) => normalizeRequest(base({ metadata: { resolution: value } }));
  it('1080p padded to 70 characters or to 100 000 is 1080P (R7 amended: no undocumented cap)', () => {
    for (const length of [69, 70, 100_000]) {
      const read = resolution(` 1080p${' '.repeat(length - 6)}`);
      expect(read.ok && read.spec.resolution).toBe('1080P');
    }
    const r = resolution(` 1080x${' '.repeat(64)}`);
    expect(!r.ok && r.issues.map((i) => `${i.code}@${i.path}`)).toEqual(['invalid_enum@metadata.resolution']);
  });
  it('an exact spelling needs no folding, whatever its length limit', () => {
    const r = resolution('720P');
    expect(r.ok && r.spec.resolution).toBe('720P');
  });
});
