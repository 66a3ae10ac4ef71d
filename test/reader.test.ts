// The reader seen from results (R3, R4, R6): what each field kind says when refused, which keys each level of the
// request reads, and the section a form issue takes from its path. Kept apart from fields.test.ts, which loads the
// request's valibot schema: a broken field table then fails these tests instead of the file's loading.
import { describe, expect, it } from 'vitest';
import { normalizeForm, normalizeRequest } from '../src/index.js';

describe('R3, R4: what each field kind says when refused, and which keys each level reads', () => {
  const IMAGE = 'https://example.com/a.png';
  const issues = (raw: unknown) => {
    const r = normalizeRequest(raw);
    return r.ok ? [] : r.issues.map((i) => ({ code: i.code, path: i.path, params: i.params }));
  };
  it.each([
    ['a string field', { prompt: 5 }, 'prompt', { expected: 'string', got: 'number', value: 5 }],
    ['a boolean field', { prompt: 'x', metadata: { audio: 'yes' } }, 'metadata.audio', { expected: 'boolean', got: 'string', value: 'yes' }],
    ['an object field', { prompt: 'x', metadata: 'x' }, 'metadata', { expected: 'object', got: 'string', value: 'x' }],
    ['an array field', { prompt: 'x', images: IMAGE }, 'images', { expected: 'array', got: 'string', value: IMAGE }],
    ['a number-or-string field', { prompt: 'x', metadata: { output_config: { class_id: true } } }, 'metadata.output_config.class_id', { expected: 'number_or_string', got: 'boolean', value: 'true' }],
  ])('%s: invalid_type names the type it expects (R68)', (_, request, path, params) => {
    expect(issues({ model: 'kling-2.5', ...request })).toEqual([{ code: 'invalid_type', path, params }]);
  });

  it('a level reads only its own keys: a dotted key at the top, a key of another level in metadata, are unknown', () => {
    const top = normalizeRequest({ model: 'kling-2.5', prompt: 'x', 'metadata.scene_type': 'avatar' });
    expect(top.ok && [top.spec.scene, top.warnings.map((w) => `${w.code}@${w.path}`)]).toEqual(['standard', ['unknown_field@metadata.scene_type']]);
    const nested = normalizeRequest({ model: 'kling-2.5', prompt: 'x', metadata: { reference: IMAGE, '': 'kling-3.0', model: 'kling-3.0' } });
    expect(nested.ok && [nested.spec.model, nested.spec.firstFrame, nested.warnings.map((w) => `${w.code}@${w.path}`)]).toEqual([
      'kling-2.5',
      undefined,
      ['unknown_field@metadata.', 'unknown_field@metadata.model', 'unknown_field@metadata.reference'],
    ]);
  });
});

describe('R6: a form issue at a path under a field takes that field\'s section; a name that only starts like one does not', () => {
  it('orders by the section of the longest known field path the issue\'s path starts with', () => {
    const deep = normalizeForm([['model', 'kling-3.0-omni'], ['prompt', 'x'], ['size', 'big'],
      ['metadata[file_infos][0][type]', 'Url'], ['metadata[file_infos][0][category]', 'Image'],
      ['metadata[file_infos][0][url]', 'https://example.com/x.png'], ['metadata[file_infos][0][url]', 'https://example.com/y.png']]);
    // size (section 5) before the media section (8) of metadata.file_infos.0.url
    expect(deep.ok ? [] : deep.issues.map((i) => `${i.code}@${i.path}`)).toEqual(['invalid_size@size', 'conflicting_fields@metadata.file_infos.0.url']);
    const prefixed = normalizeForm([['model', 'nope'], ['modelx', 'a'], ['modelx', 'b'], ['prompt', 'x']]);
    // `modelx` is not `model`: general (1) before the model section (2)
    expect(prefixed.ok ? [] : prefixed.issues.map((i) => `${i.code}@${i.path}`)).toEqual(['conflicting_fields@modelx', 'unknown_model@model']);
  });
});
