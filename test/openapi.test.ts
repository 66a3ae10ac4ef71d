// R82: kling-video-rules/openapi.json is valid OpenAPI 3.1, generated from the schemas the library ships (not written
// twice), and its schemas describe what the library gives out.
import { validate } from '@readme/openapi-parser';
import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { version } from '../package.json';
import {
  normalizeRequest,
  notFoundError,
  requestJsonSchema,
  toDeletedVideo,
  toErrorResponse,
  toVideoObject,
  toVideoPage,
} from '../src/index.js';
import { specJsonSchemaOf } from '../src/read/request-json-schema.js';
import { openapiDocument } from '../src/wire/openapi.js';
import { TaskSpecSchema } from '../src/wire/schemas.js';
import { examples } from './arbitraries.js';

const root = join(__dirname, '..');
const committed = JSON.parse(readFileSync(join(root, 'openapi.json'), 'utf8')) as Record<string, any>;

describe('R82: openapi.json', () => {
  it('is valid OpenAPI 3.1 (@readme/openapi-parser)', async () => {
    const result = await validate(JSON.parse(JSON.stringify(committed)));
    expect(result.valid, JSON.stringify(result)).toBe(true);
    expect(committed.openapi).toBe('3.1.0');
  });

  it("is current: the build generates exactly the committed file from the library's schemas", () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(openapiDocument(version))));
  });

  it("has R78's five routes, the JSON and multipart bodies, and the error body with its codes", () => {
    expect(Object.keys(committed.paths)).toEqual(['/v1/videos', '/v1/videos/{id}', '/v1/videos/{id}/content']);
    expect(Object.keys(committed.paths['/v1/videos'])).toEqual(['post', 'get']);
    expect(Object.keys(committed.paths['/v1/videos/{id}'])).toEqual(['get', 'delete']);
    expect(Object.keys(committed.paths['/v1/videos'].post.requestBody.content)).toEqual([
      'application/json',
      'multipart/form-data',
    ]);
    const { $schema: _, $id: __, ...request } = requestJsonSchema as Record<string, unknown>;
    expect(committed.components.schemas.VideoRequest).toEqual(request);
    expect(committed.components.schemas.ErrorCode.enum).toContain('unsupported_duration');
    expect(committed.components.schemas.ErrorCode.enum).toContain('video_not_found');
  });

  it('its schemas accept what the library gives out', () => {
    const ajv = new Ajv2020({ strict: false });
    const { schemas } = committed.components;
    for (const [name, schema] of Object.entries(schemas))
      ajv.addSchema(schema as object, `#/components/schemas/${name}`);
    const check = (name: string, value: unknown) => {
      const valid = ajv.validate({ $ref: `#/components/schemas/${name}` }, value);
      expect(valid, `${name}: ${JSON.stringify(ajv.errors)}`).toBe(true);
    };
    for (const example of examples) {
      check('VideoRequest', example);
      const result = normalizeRequest(example);
      if (!result.ok) throw new Error('example refused');
      const video = toVideoObject({
        id: 'video_1',
        spec: result.spec,
        status: 'completed',
        createdAt: 1,
        videoUrl: 'https://v.example.com/1.mp4',
        warnings: result.warnings,
      });
      check('Video', video);
      check('VideoPage', toVideoPage([video]));
    }
    check('DeletedVideo', toDeletedVideo('video_1'));
    check('ErrorBody', toErrorResponse(normalizeRequest({ model: 'kling-25', seconds: 'x' })).body);
    check('ErrorBody', notFoundError('video_1').body);
    expect(ajv.validate({ $ref: '#/components/schemas/Video' }, { id: 1 })).toBe(false);
  });
});

describe('R81: spec.schema.json is current', () => {
  it("the build generates exactly the committed file from the TaskSpec's valibot schema", () => {
    const committedSpec = JSON.parse(readFileSync(join(root, 'src', 'wire', 'spec.schema.json'), 'utf8'));
    expect(committedSpec).toEqual(JSON.parse(JSON.stringify(specJsonSchemaOf(TaskSpecSchema))));
  });
});
