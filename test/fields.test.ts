// The reader's type tests (fields.ts) accept exactly what the request's valibot schema says each JSON type is
// (request-schema.ts, from which the JSON Schema of R74 is generated): one shape, two readers that agree (R3).
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { FIELD } from '../src/read/fields.js';
import { KIND_SCHEMAS } from '../src/read/request-schema.js';

const samples: unknown[] = [
  '',
  'x',
  0,
  5,
  -1.5,
  true,
  false,
  null,
  undefined,
  [],
  ['a'],
  {},
  { a: 1 },
  new Blob([]),
  new Date(0),
];

describe('field type tests (R3)', () => {
  it.each(Object.values(FIELD).map((f) => [f.path, f] as const))(
    '%s accepts exactly what its valibot type accepts',
    (_, field) => {
      const schema = KIND_SCHEMAS[field.expects];
      expect(schema, field.expects).toBeDefined();
      for (const value of samples) expect(field.accepts(value), String(value)).toBe(v.is(schema!, value));
    },
  );
});
