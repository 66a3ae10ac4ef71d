// Readings of SPEC.md where it leaves room (README "Readings of the spec"), each pinned here.
import { describe, expect, it } from 'vitest';
import { accept, base, issuesOf, refuse } from './helpers.js';

const IMAGE = 'https://example.com/a.png';

describe('readings of the spec', () => {
  it('R39: a shot index must be a JSON number (only durations may be digit strings)', () => {
    const ext = JSON.stringify({
      AdditionalParameters: {
        multi_shot: true,
        shot_type: 'customize',
        multi_prompt: [{ index: '1', prompt: 'a', duration: '5' }],
      },
    });
    const issues = issuesOf({ model: 'kling-3.0', prompt: 'x', metadata: { ext_info: ext } });
    expect(issues.map((i) => `${i.code}@${i.path}`)).toEqual(['invalid_multi_shot@metadata.ext_info']);
    expect(issues[0]?.message).toContain('multi_prompt.0.index');
  });

  it('R38: AdditionalParameters: null counts as absent', () => {
    const text = '{"AdditionalParameters":null}';
    expect(accept({ model: 'kling-3.0', prompt: 'x', metadata: { ext_info: text } }).spec).toMatchObject({
      extInfo: text,
    });
  });

  it('R33: image and input_reference are compared after URL serialization', () => {
    expect(accept(base({ image: 'HTTPS://Example.com/a.png', input_reference: IMAGE })).spec.firstFrame).toBe(IMAGE);
    expect(refuse(base({ image: IMAGE, input_reference: 'https://example.com/A.png' }))).toEqual([
      'conflicting_fields@input_reference',
    ]);
  });

  it('R9/R12: the scene of a special model is decided by the model, even when scene_type agrees', () => {
    const { spec } = accept({ model: 'kling-identify-face', image: IMAGE, metadata: { scene_type: 'lip_sync' } });
    expect(spec.sources.scene).toBe('model');
  });

  it('R22: the 2% tolerance is relative to the target ratio', () => {
    // 1080x1940: 0.5567 is 1.0% from 9/16 -> 9:16; 1080x1990: 0.5427 is 3.5% from 9/16 -> refused.
    expect(accept(base({ size: '1080x1940' })).spec.aspectRatio).toBe('9:16');
    expect(refuse(base({ size: '1080x1990' }))).toEqual(['unsupported_size@size']);
  });
});
