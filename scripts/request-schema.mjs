// Generates src/read/request.schema.json (R74) from the library's own valibot schema with valibot's official converter.
// Run by `npm run build`; a test checks that the committed file is what this script writes.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// Inside the repository, so that the bundle's imports of valibot resolve to node_modules.
const dir = join(root, 'node_modules', '.cache', `kvr-schema-${process.pid}`);
mkdirSync(dir, { recursive: true });
try {
  const outfile = join(dir, 'schema.mjs');
  await build({
    stdin: {
      contents: "export { RequestSchema } from './src/read/request-schema.ts'; export { requestJsonSchemaOf } from './src/read/request-json-schema.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
    packages: 'external',
  });
  const { RequestSchema, requestJsonSchemaOf } = await import(pathToFileURL(outfile).href);
  const schema = requestJsonSchemaOf(RequestSchema);
  writeFileSync(join(root, 'src', 'read', 'request.schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
