// R81: requestSchema is a Standard Schema (v1) with Standard JSON Schema; a Hono app takes it through
// @hono/standard-validator as it is.
import { sValidator } from '@hono/standard-validator';
import Ajv2020 from 'ajv/dist/2020.js';
import Ajv07 from 'ajv';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { catalog, createRules, normalizeRequest, requestJsonSchema, requestSchema } from '../src/index.js';
import { examples } from './arbitraries.js';

describe('R81: requestSchema', () => {
  const std = requestSchema['~standard'];

  it('is Standard Schema v1: version, vendor, validate', () => {
    expect([std.version, std.vendor, typeof std.validate]).toEqual([1, 'kling-video-rules', 'function']);
  });

  it('validate gives the spec of an accepted request', () => {
    const result = std.validate({ model: 'kling-2.5', prompt: 'a cat', seconds: '10' });
    const spec = normalizeRequest({ model: 'kling-2.5', prompt: 'a cat', seconds: '10' });
    expect(result).toEqual({ value: spec.ok ? spec.spec : undefined });
  });

  it('validate gives the issues with their paths as keys, numbers for array indexes', () => {
    const result = std.validate({
      model: 'kling-3.0-omni',
      prompt: 'x',
      images: ['https://example.com/a.png', 'ftp://x/y'],
      metadata: { file_infos: [{ type: 'Url', category: 'Image' }] },
    });
    expect(result.issues?.map((i) => i.path)).toEqual([
      ['images', 1],
      ['metadata', 'file_infos', 0, 'url'],
    ]);
    expect(result.issues?.[0]?.message).toMatch(/scheme "ftp"/);
    expect(std.validate(null).issues?.map((i) => i.path)).toEqual([[]]);
  });

  it("jsonSchema.input is R74's schema for draft-2020-12 (the default of the spec) and draft-07; output the spec's", () => {
    expect(std.jsonSchema.input({ target: 'draft-2020-12' })).toEqual(requestJsonSchema);
    const d07 = std.jsonSchema.input({ target: 'draft-07' });
    expect(d07.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const validate07 = new Ajv07({ strict: false }).compile(d07);
    for (const example of examples) expect(validate07(example)).toBe(true);
    expect(validate07({ prompt: 'no model' })).toBe(false);
    const output = std.jsonSchema.output({ target: 'draft-2020-12' });
    const validateSpec = new Ajv2020({ strict: false }).compile(output);
    for (const example of examples) {
      const result = normalizeRequest(example);
      expect(validateSpec(result.ok ? result.spec : null), JSON.stringify(validateSpec.errors)).toBe(true);
    }
    expect(validateSpec({ model: 'x' })).toBe(false);
    expect(
      new Ajv07({ strict: false }).compile(std.jsonSchema.output({ target: 'draft-07' }))(
        normalizeRequest(examples[0]).ok ? (normalizeRequest(examples[0]) as { spec: unknown }).spec : null,
      ),
    ).toBe(true);
  });

  it('another target throws a TypeError, as Standard JSON Schema asks (the one exception to R7)', () => {
    expect(() => std.jsonSchema.input({ target: 'openapi-3.0' })).toThrow(TypeError);
    expect(() => std.jsonSchema.output({ target: 'draft-04' })).toThrow(TypeError);
  });

  it('a copy each call: a caller cannot change the next answer', () => {
    const first = std.jsonSchema.input({ target: 'draft-2020-12' });
    first.type = 'array';
    expect(std.jsonSchema.input({ target: 'draft-2020-12' }).type).toBe('object');
  });

  it("rules.requestSchema validates with an operator's catalog", () => {
    const c = JSON.parse(JSON.stringify(catalog));
    c.models.push({
      alias: 'kling-3.5',
      family: 'kling-3.0',
      audio: true,
      durations: { min: 3, max: 20 },
      scenes: ['standard'],
      multiShot: true,
    });
    const made = createRules(c);
    if (!made.ok) throw new Error('catalog');
    expect(
      made.rules.requestSchema['~standard'].validate({ model: 'kling-3.5', prompt: 'x', seconds: 20 }),
    ).toMatchObject({ value: { model: 'kling-3.5', seconds: 20 } });
    expect(std.validate({ model: 'kling-3.5', prompt: 'x' }).issues?.[0]?.message).toMatch(/unknown model/);
  });
});

describe('R81: a Hono app validates with it through @hono/standard-validator', () => {
  const app = new Hono().post('/v1/videos', sValidator('json', requestSchema), (c) => {
    const spec = c.req.valid('json');
    return c.json({ tier: spec.tier, seconds: spec.billableSeconds });
  });

  it('an accepted request reaches the handler as the spec', async () => {
    const response = await app.request('/v1/videos', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'kling-identify-face', image: 'https://example.com/face.png', seconds: 4 }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ tier: 'kling-identify-face', seconds: 5 });
  });

  it("a refused request is the validator's 400, with the issues and their paths", async () => {
    const response = await app.request('/v1/videos', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'kling-2.5', prompt: 'x', seconds: 7 }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { success: boolean; error: { path: unknown[]; message: string }[] };
    expect(body.success).toBe(false);
    expect(body.error.map((i) => i.path)).toEqual([['seconds']]);
  });
});
