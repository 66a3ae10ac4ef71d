// The reader seen from results (R3, R4, R6): what each field kind says when refused, which keys each level of the
// request reads, and the section a form issue takes from its path. Kept apart from fields.test.ts, which loads the
// request's valibot schema: a broken field table then fails these tests instead of the file's loading.
import { describe, expect, it } from 'vitest';
import { normalizeForm, normalizeRequest } from '../src/index.js';
import { anyPresent, FIELD, fieldSet } from '../src/read/fields.js';
import { readRequest } from '../src/read/read.js';
import { Report } from '../src/report/report.js';

describe('R3, R4: what each field kind says when refused, and which keys each level reads', () => {
  const IMAGE = 'https://example.com/a.png';
  const issues = (raw: unknown) => {
    const r = normalizeRequest(raw);
    return r.ok ? [] : r.issues.map((i) => ({ code: i.code, path: i.path, params: i.params }));
  };
  it.each([
    ['a string field', { prompt: 5 }, 'prompt', { expected: 'string', got: 'number', value: 5 }],
    [
      'a boolean field',
      { prompt: 'x', metadata: { audio: 'yes' } },
      'metadata.audio',
      { expected: 'boolean', got: 'string', value: 'yes' },
    ],
    ['an object field', { prompt: 'x', metadata: 'x' }, 'metadata', { expected: 'object', got: 'string', value: 'x' }],
    ['an array field', { prompt: 'x', images: IMAGE }, 'images', { expected: 'array', got: 'string', value: IMAGE }],
    [
      'a number-or-string field',
      { prompt: 'x', metadata: { output_config: { class_id: true } } },
      'metadata.output_config.class_id',
      { expected: 'number_or_string', got: 'boolean', value: 'true' },
    ],
  ])('%s: invalid_type names the type it expects (R68)', (_, request, path, params) => {
    expect(issues({ model: 'kling-2.5', ...request })).toEqual([{ code: 'invalid_type', path, params }]);
  });

  it('a level reads only its own keys: a dotted key at the top, a key of another level in metadata, are unknown', () => {
    const top = normalizeRequest({ model: 'kling-2.5', prompt: 'x', 'metadata.scene_type': 'avatar' });
    expect(top.ok && [top.spec.scene, top.warnings.map((w) => `${w.code}@${w.path}`)]).toEqual([
      'standard',
      ['unknown_field@metadata.scene_type'],
    ]);
    const nested = normalizeRequest({
      model: 'kling-2.5',
      prompt: 'x',
      metadata: { reference: IMAGE, '': 'kling-3.0', model: 'kling-3.0' },
    });
    expect(
      nested.ok && [nested.spec.model, nested.spec.firstFrame, nested.warnings.map((w) => `${w.code}@${w.path}`)],
    ).toEqual([
      'kling-2.5',
      undefined,
      ['unknown_field@metadata.', 'unknown_field@metadata.model', 'unknown_field@metadata.reference'],
    ]);
  });
});

describe("R6: a form issue at a path under a field takes that field's section; a name that only starts like one does not", () => {
  it("orders by the section of the longest known field path the issue's path starts with", () => {
    const deep = normalizeForm([
      ['model', 'kling-3.0-omni'],
      ['prompt', 'x'],
      ['size', 'big'],
      ['metadata[file_infos][0][type]', 'Url'],
      ['metadata[file_infos][0][category]', 'Image'],
      ['metadata[file_infos][0][url]', 'https://example.com/x.png'],
      ['metadata[file_infos][0][url]', 'https://example.com/y.png'],
    ]);
    // size (section 5) before the media section (8) of metadata.file_infos.0.url
    expect(deep.ok ? [] : deep.issues.map((i) => `${i.code}@${i.path}`)).toEqual([
      'invalid_size@size',
      'conflicting_fields@metadata.file_infos.0.url',
    ]);
    const prefixed = normalizeForm([
      ['model', 'nope'],
      ['modelx', 'a'],
      ['modelx', 'b'],
      ['prompt', 'x'],
    ]);
    // `modelx` is not `model`: general (1) before the model section (2)
    expect(prefixed.ok ? [] : prefixed.issues.map((i) => `${i.code}@${i.path}`)).toEqual([
      'conflicting_fields@modelx',
      'unknown_model@model',
    ]);
  });
});

// Issue 11: the reader also records which fields a request has, as a set that a rule tests once instead of
// looking up each of its fields (the output options, the media fields, each precedence chain). The set must say
// exactly what the table holds: a field missing from it would be skipped by its rule as if absent.
describe('the set of present fields', () => {
  const sample = (expects: string): unknown =>
    expects === 'boolean'
      ? true
      : expects === 'array'
        ? []
        : expects === 'object'
          ? {}
          : expects === 'number_or_string'
            ? 5
            : 'x';
  const nest = (path: string, value: unknown): Record<string, unknown> =>
    path.split('.').reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as Record<string, unknown>;
  const ancestors = (path: string) =>
    path
      .split('.')
      .slice(0, -1)
      .map((_, i, keys) => keys.slice(0, i + 1).join('.'));
  const all = Object.values(FIELD);

  it('holds at most 60 fields (two words of 30 bits)', () => {
    expect(all.length).toBeLessThanOrEqual(60);
  });

  it.each(all.map((field) => [field.path, field] as const))(
    '%s alone: present, and no other field but its containers',
    (path, field) => {
      const fields = readRequest(nest(path, sample(field.expects)), new Report(undefined));
      expect(anyPresent(fields, fieldSet([field]))).toBe(true);
      const others = all.filter((f) => f !== field && !ancestors(path).includes(f.path));
      expect(anyPresent(fields, fieldSet(others))).toBe(false);
      for (const f of others) expect(fields[f.slot]).toBeUndefined();
    },
  );

  it('absent values (R2) are not present', () => {
    const fields = readRequest(
      { prompt: '  ', size: null, metadata: { output_config: { storage_mode: '' } } },
      new Report(undefined),
    );
    expect(anyPresent(fields, fieldSet([FIELD.prompt, FIELD.size, FIELD['metadata.output_config.storage_mode']]))).toBe(
      false,
    );
    expect(anyPresent(fields, fieldSet([FIELD['metadata.output_config']]))).toBe(true);
  });
});
