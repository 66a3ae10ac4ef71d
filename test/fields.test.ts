// The reader's type tests (fields.ts) accept exactly what the request's valibot schema says each JSON type is
// (request-schema.ts, from which the JSON Schema of R74 is generated): one shape, two readers that agree (R3).
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { FIELD } from '../src/read/fields.js';
import { normalizeForm, normalizeRequest } from '../src/index.js';
import { KIND_SCHEMAS } from '../src/read/request-schema.js';

const samples: unknown[] = ['', 'x', 0, 5, -1.5, true, false, null, undefined, [], ['a'], {}, { a: 1 }, new Blob([]), new Date(0)];

describe('field type tests (R3)', () => {
  it.each(Object.values(FIELD).map((f) => [f.path, f] as const))('%s accepts exactly what its valibot type accepts', (_, field) => {
    const schema = KIND_SCHEMAS[field.expects];
    expect(schema, field.expects).toBeDefined();
    for (const value of samples) expect(field.accepts(value), String(value)).toBe(v.is(schema!, value));
  });
});

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
