// The reader's compiled type guards (fields.ts) agree with the valibot schemas they are read from (R3).
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { FIELD } from '../src/read/fields.js';

const samples: unknown[] = ['', 'x', 0, 5, -1.5, true, false, null, [], ['a'], {}, { a: 1 }, new Blob([])];

describe('field type guards (R3)', () => {
  it.each(Object.values(FIELD).map((f) => [f.path, f] as const))('%s accepts exactly what its schema accepts', (_, field) => {
    for (const value of samples) expect(field.accepts(value), String(value)).toBe(v.is(field.schema, value));
  });
});
