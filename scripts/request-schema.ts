// Generates src/read/request.schema.json (R74) from the library's own valibot schema with valibot's official
// converter. `npm run build` runs it (through scripts/run-ts.mjs); a test checks the committed file is current.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requestJsonSchemaOf } from '../src/read/request-json-schema.js';
import { RequestSchema } from '../src/read/request-schema.js';

writeFileSync(
  join(process.cwd(), 'src', 'read', 'request.schema.json'),
  `${JSON.stringify(requestJsonSchemaOf(RequestSchema), null, 2)}\n`,
);
