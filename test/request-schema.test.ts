// R74: the request's JSON Schema, generated from the library's own valibot schema and checked with Ajv (draft 2020-12).
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeRequest, requestJsonSchema } from '../src/index.js';
import { RequestSchema } from '../src/read/request-schema.js';
import { requestJsonSchemaOf } from '../src/read/request-json-schema.js';
import { examples, mutatedExampleArb, requestArb } from './arbitraries.js';

const root = join(__dirname, '..');
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(JSON.parse(JSON.stringify(requestJsonSchema)) as object);

describe('R74: requestJsonSchema', () => {
  it('is what the build generates from the valibot schema (the committed file is current)', () => {
    expect(JSON.parse(readFileSync(join(root, 'src', 'read', 'request.schema.json'), 'utf8'))).toEqual(
      requestJsonSchemaOf(RequestSchema),
    );
    expect(requestJsonSchema).toEqual(requestJsonSchemaOf(RequestSchema));
  });

  it('is a draft 2020-12 schema that a real validator compiles in strict mode, and it is frozen', () => {
    expect(requestJsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof validate).toBe('function');
    expect(Object.isFrozen(requestJsonSchema)).toBe(true);
    expect(Object.isFrozen(requestJsonSchema.properties)).toBe(true);
  });

  it('ships as kling-video-rules/request.schema.json', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.exports['./request.schema.json']).toBe('./request.schema.json');
    expect(pkg.files).toContain('request.schema.json');
    expect(JSON.parse(readFileSync(join(root, 'request.schema.json'), 'utf8'))).toEqual(requestJsonSchema);
  });

  it.each(examples.map((e, i) => [i + 1, e] as const))('accepts document example %i', (_, example) => {
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts what R2, R4 and R5 make acceptable: nulls, blank strings where strings belong, any case, unknown keys', () => {
    const raw = {
      model: ' KLING-2.5 ',
      prompt: 'x',
      seconds: null,
      size: '  ',
      mode: 'PRO',
      image: '',
      images: null,
      extra: { any: 1 },
      metadata: {
        audio: null,
        audio_generation: 'enabled',
        custom: 1,
        file_infos: null,
        output_config: { storage_mode: null, class_id: ' ', mine: [] },
      },
    };
    expect(validate(raw), JSON.stringify(validate.errors)).toBe(true);
    expect(normalizeRequest(raw).ok).toBe(true);
  });

  it.each([
    ['images', { images: '' }],
    ['content', { content: ' ' }],
    ['metadata', { metadata: '' }],
    ['metadata.file_infos', { metadata: { file_infos: '' } }],
    ['metadata.output_config', { metadata: { output_config: '\t' } }],
    ['metadata.audio', { metadata: { audio: ' ' } }],
  ])('a blank string where %s (no string field) belongs is refused by both (R2, R3)', (path, fields) => {
    const raw = { model: 'kling-2.5', prompt: 'x', ...fields };
    expect(validate(raw)).toBe(false);
    const result = normalizeRequest(raw);
    expect(result.ok ? [] : result.issues.map((i) => `${i.code}@${i.path}`)).toEqual([`invalid_type@${path}`]);
  });

  const wrong: [string, Record<string, unknown>, string][] = [
    ['no model', { prompt: 'x' }, 'missing_field@model'],
    ['model not a string', { model: 25 }, 'invalid_type@model'],
    ['prompt a number', { model: 'kling-2.5', prompt: 5 }, 'invalid_type@prompt'],
    [
      'seconds a boolean (R14 reads durations)',
      { model: 'kling-2.5', prompt: 'x', seconds: true },
      'invalid_duration@seconds',
    ],
    [
      'images a string (R3)',
      { model: 'kling-2.5', prompt: 'x', images: 'https://example.com/a.png' },
      'invalid_type@images',
    ],
    [
      'an image element not a string',
      { model: 'kling-2.5', prompt: 'x', images: [{ url: 'https://example.com/a.png' }] },
      'invalid_type@images.0',
    ],
    [
      'input_reference a number',
      { model: 'kling-2.5', prompt: 'x', input_reference: 5 },
      'invalid_type@input_reference',
    ],
    ['content an object', { model: 'kling-2.5', prompt: 'x', content: { type: 'text' } }, 'invalid_type@content'],
    [
      'a content part without a type',
      { model: 'kling-2.5', prompt: 'x', content: [{ text: 'x' }] },
      'invalid_type@content.0',
    ],
    ['metadata an array', { model: 'kling-2.5', prompt: 'x', metadata: [] }, 'invalid_type@metadata'],
    [
      'metadata.audio as text (JSON)',
      { model: 'kling-2.5', prompt: 'x', metadata: { audio: 'true' } },
      'invalid_type@metadata.audio',
    ],
    [
      'ext_info an object',
      { model: 'kling-2.5', prompt: 'x', metadata: { ext_info: {} } },
      'invalid_type@metadata.ext_info',
    ],
    [
      'a file_infos entry not an object',
      { model: 'kling-3.0-omni', prompt: 'x', metadata: { file_infos: ['https://example.com/a.png'] } },
      'invalid_type@metadata.file_infos.0',
    ],
    [
      'output_config a string',
      { model: 'kling-2.5', prompt: 'x', metadata: { output_config: 'x' } },
      'invalid_type@metadata.output_config',
    ],
    [
      'class_id a boolean',
      { model: 'kling-2.5', prompt: 'x', metadata: { output_config: { class_id: false } } },
      'invalid_type@metadata.output_config.class_id',
    ],
  ];

  it.each(wrong)('refuses %s, as the library does', (_, raw, issue) => {
    expect(validate(raw)).toBe(false);
    const r = normalizeRequest(raw);
    expect(r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path}`)).toContain(issue);
  });

  it('refuses a request that is not an object', () => {
    for (const raw of [null, [], 'x', 1]) expect(validate(raw)).toBe(false);
  });

  it('accepts every request the library accepts (property)', () => {
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.oneof(requestArb, mutatedExampleArb), (raw) => {
        runs++;
        if (!normalizeRequest(raw).ok) return;
        accepted++;
        expect(validate(raw), JSON.stringify(validate.errors)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(runs / 10);
  });
});
