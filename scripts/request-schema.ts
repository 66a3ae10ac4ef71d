// Generates the JSON Schemas the package ships from the library's own valibot schemas, with valibot's official
// converter: src/read/request.schema.json (the raw request, R74) and src/wire/spec.schema.json (the TaskSpec, the
// output of requestSchema, R81). `npm run build` runs it (through scripts/run-ts.mjs); a test checks the committed
// files are current.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requestJsonSchemaOf, specJsonSchemaOf } from '../src/read/request-json-schema.js';
import { RequestSchema } from '../src/read/request-schema.js';
import { TaskSpecSchema } from '../src/wire/schemas.js';

const write = (path: string[], value: unknown) =>
  writeFileSync(join(process.cwd(), ...path), `${JSON.stringify(value, null, 2)}\n`);
write(['src', 'read', 'request.schema.json'], requestJsonSchemaOf(RequestSchema));
write(['src', 'wire', 'spec.schema.json'], specJsonSchemaOf(TaskSpecSchema));
