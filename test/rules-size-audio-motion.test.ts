import { describe, expect, it } from 'vitest';
import { sizeOf } from '../src/index.js';
import { accept, base, issuesOf, refuse, warningsOf } from './helpers.js';

const IMAGE = 'https://example.com/a.png';
const VIDEO = 'https://example.com/v.mp4';

describe('R20, R21, R22: size forms', () => {
  it.each([
    ['720x1280', '720P', '9:16', false],
    ['1280x720', '720P', '16:9', false],
    ['720x720', '720P', '1:1', false],
    ['1920X1080', '1080P', '16:9', false],
    ['1080*1920', '1080P', '9:16', false],
    ['1080 × 1080', '1080P', '1:1', false],
    [' 720 x 1280 ', '720P', '9:16', false],
    ['1024x1792', '1080P', '9:16', true],
    ['1792x1024', '1080P', '16:9', true],
    ['1024x1024', '1080P', '1:1', true],
    ['1080x1900', '1080P', '9:16', false], // within 2% of 9:16
  ])('%s -> %s %s (snapped: %s)', (size, resolution, aspectRatio, snapped) => {
    const { spec, warnings } = accept(base({ size }));
    expect(spec).toMatchObject({ resolution, aspectRatio, sources: { resolution: 'size', aspectRatio: 'size' } });
    expect(warnings.map((w) => `${w.code}@${w.path}`)).toEqual(snapped ? ['size_snapped@size'] : []);
  });

  it.each([
    ['720P', '720P'],
    ['1080p', '1080P'],
    [' 1080P ', '1080P'],
  ])('%s gives the resolution only', (size, resolution) => {
    const { spec } = accept(base({ size, image: IMAGE }));
    expect(spec.resolution).toBe(resolution);
    expect(spec.aspectRatio).toBeUndefined();
  });

  it.each([
    ['big'],
    ['720'],
    ['1080px'],
    ['a720p'],
    ['720x'],
    ['x720'],
    ['0x720'],
    ['720x0'],
    ['1280x720x1'],
    ['-720x1280'],
    ['720.5x1280'],
    ['720 by 1280'],
    ['4K'],
  ])('%s is invalid_size', (size) => {
    expect(refuse(base({ size }))).toEqual(['invalid_size@size']);
  });

  it.each([['640x480'], ['480x854'], ['720x1000'], ['1080x1440'], ['2160x3840'], ['720x1500']])(
    '%s is unsupported_size listing the sizes',
    (size) => {
      const issues = issuesOf(base({ size }));
      expect(issues.map((i) => `${i.code}@${i.path}`)).toEqual(['unsupported_size@size']);
      expect(issues[0]?.message).toContain('1280x720');
    },
  );
});

describe('R20-R22 with R25: sizes round-trip through sizeOf', () => {
  it.each([['1280x720'], ['720x1280'], ['720x720'], ['1920x1080'], ['1080x1920'], ['1080x1080']])('%s', (size) => {
    expect(sizeOf(accept(base({ size })).spec)).toBe(size);
  });
});

describe('R18, R19, R23, R24: resolution and aspect-ratio precedence', () => {
  it('output_config beats metadata beats size beats the default, with overridden warnings', () => {
    const { spec, warnings } = accept(
      base({
        size: '1280x720',
        metadata: {
          resolution: '1080P',
          aspect_ratio: '1:1',
          output_config: { resolution: '720P', aspect_ratio: '9:16' },
        },
      }),
    );
    expect(spec).toMatchObject({
      resolution: '720P',
      aspectRatio: '9:16',
      sources: { resolution: 'metadata.output_config.resolution', aspectRatio: 'metadata.output_config.aspect_ratio' },
    });
    expect(warnings.map((w) => `${w.code}@${w.path}`)).toEqual([
      'overridden_field@metadata.aspect_ratio',
      'overridden_field@metadata.resolution',
      'overridden_field@size',
    ]);
  });

  it('metadata.resolution beats size; equal values do not warn', () => {
    const { spec, warnings } = accept(base({ size: '1920x1080', metadata: { resolution: '1080P' } }));
    expect(spec).toMatchObject({
      resolution: '1080P',
      aspectRatio: '16:9',
      sources: { resolution: 'metadata.resolution', aspectRatio: 'size' },
    });
    expect(warnings).toEqual([]);
  });

  it('defaults: 720P, and 16:9 for standard text-to-video only', () => {
    expect(accept(base()).spec).toMatchObject({
      resolution: '720P',
      aspectRatio: '16:9',
      sources: { resolution: 'default', aspectRatio: 'default' },
    });
    expect(accept(base({ image: IMAGE })).spec.aspectRatio).toBeUndefined();
    expect(
      accept({ model: 'kling-2.5', image: IMAGE, metadata: { scene_type: 'lip_sync' } }).spec.aspectRatio,
    ).toBeUndefined();
  });

  it('an invalid winning aspect ratio is not replaced by size', () => {
    expect(refuse(base({ size: '1280x720', metadata: { aspect_ratio: '4:3' } }))).toEqual([
      'invalid_enum@metadata.aspect_ratio',
    ]);
  });
});

describe('R26-R29: audio', () => {
  it.each([
    [{ metadata: { output_config: { audio_generation: 'Enabled' } } }, true, 'metadata.output_config.audio_generation'],
    [{ metadata: { audio_generation: 'enabled' } }, true, 'metadata.audio_generation'],
    [{ metadata: { audio: true } }, true, 'metadata.audio'],
    [{ metadata: { audio: false } }, false, 'metadata.audio'],
    [{}, false, 'default'],
  ])('%j -> %s from %s', (extra, audio, source) => {
    const { spec } = accept(base(extra));
    expect(spec.audio).toBe(audio);
    expect(spec.sources.audio).toBe(source);
    expect(spec.tier).toBe(audio ? 'kling-2.5-720p-audio' : 'kling-2.5-720p-mute');
  });

  it('a shadowed differing value warns', () => {
    expect(warningsOf(base({ metadata: { audio: true, output_config: { audio_generation: 'Disabled' } } }))).toEqual([
      'overridden_field@metadata.audio',
    ]);
  });

  it('R27: no audio on a family without it', () => {
    expect(refuse({ model: 'kling-o1', prompt: 'x', metadata: { audio_generation: 'Enabled' } })).toEqual([
      'unsupported_audio@metadata.audio_generation',
    ]);
  });

  it('R28: no audio outside the standard scene', () => {
    expect(refuse({ model: 'kling-2.5', image: IMAGE, metadata: { scene_type: 'lip_sync', audio: true } })).toEqual([
      'unsupported_audio@metadata.audio',
    ]);
    expect(
      refuse({ model: 'kling-2.5', metadata: { scene_type: 'motion_control', video_url: VIDEO, audio: true } }),
    ).toEqual(['unsupported_audio@metadata.audio']);
  });

  it('R29: no audio on omni with a reference video, but yes with reference images', () => {
    expect(refuse({ model: 'kling-3.0-omni', prompt: 'x', metadata: { video_url: VIDEO, audio: true } })).toEqual([
      'unsupported_audio@metadata.audio',
    ]);
    expect(accept({ model: 'kling-3.0-omni', prompt: 'x', images: [IMAGE], metadata: { audio: true } }).spec.tier).toBe(
      'kling-3.0-omni-720p-ref-audio',
    );
  });

  it('R28 needs a scene: with the scene refused, sound on a model that has it is not judged (R6)', () => {
    expect(refuse({ model: 'kling-2.5', prompt: 'x', metadata: { scene_type: 'dance', audio: true } })).toEqual([
      'invalid_enum@metadata.scene_type',
    ]);
  });

  it('one issue where several rules refuse the same sound (R6)', () => {
    expect(refuse({ model: 'kling-1.0', image: IMAGE, metadata: { scene_type: 'lip_sync', audio: true } })).toEqual([
      'unsupported_audio@metadata.audio',
    ]);
  });
});

describe('R30, R31: motion level', () => {
  const motion = (extra: Record<string, unknown>, meta: Record<string, unknown> = {}) => ({
    model: 'kling-2.5',
    ...extra,
    metadata: { scene_type: 'motion_control', video_url: VIDEO, ...meta },
  });

  it.each([
    [motion({}), 'std', 'default', []],
    [motion({ mode: 'pro' }), 'pro', 'mode', []],
    [motion({}, { mode: 'PRO' }), 'pro', 'metadata.mode', []],
    [motion({ mode: 'pro' }, { motion_level: 'std' }), 'std', 'metadata.motion_level', ['overridden_field@mode']],
    [motion({ mode: 'std' }, { mode: 'pro' }), 'std', 'mode', ['overridden_field@metadata.mode']],
  ])('%j -> %s from %s', (raw, level, source, warnings) => {
    const result = accept(raw);
    expect(result.spec.motionLevel).toBe(level);
    expect(result.spec.sources.motionLevel).toBe(source);
    expect(result.spec.tier).toBe(`kling-2.5-motion-${level}-720p`);
    expect(result.warnings.map((w) => `${w.code}@${w.path}`)).toEqual(warnings);
  });

  it('inside motion control an invalid value is invalid_enum', () => {
    expect(refuse(motion({ mode: 'max' }))).toEqual(['invalid_enum@mode']);
    expect(refuse(motion({}, { motion_level: 2 }))).toEqual(['invalid_type@metadata.motion_level']);
  });

  it('outside motion control every given field is ignored with a warning, whatever its value', () => {
    const issuesAndWarnings = accept(base({ mode: 42, metadata: { motion_level: 'pro', mode: 'turbo' } }));
    expect(issuesAndWarnings.spec.motionLevel).toBeUndefined();
    expect(issuesAndWarnings.warnings.map((w) => `${w.code}@${w.path}`)).toEqual([
      'ignored_field@metadata.mode',
      'ignored_field@metadata.motion_level',
      'ignored_field@mode',
    ]);
    expect(issuesAndWarnings.warnings[0]?.message).toContain('resolution');
  });
});
