// Writes openapi.json (R82) from src/wire/openapi.ts. `npm run build` runs it (through scripts/run-ts.mjs); a test
// checks the committed file is current and valid OpenAPI 3.1.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { version } from '../package.json';
import { openapiDocument } from '../src/wire/openapi.js';

writeFileSync(join(process.cwd(), 'openapi.json'), `${JSON.stringify(openapiDocument(version), null, 2)}\n`);
