// npm run size: the package's main entry bundled for a browser with its dependencies (valibot), minified and
// gzipped, in two ways: the whole entry (budget 20 KB, issue 7) and only what a gateway imports (normalizeBody,
// formUploads, toErrorResponse, toVideoObject, quote), the figure issue 11 budgets at 15 KB. Exits 1 over a budget
// that is enforced.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const KB = 1024;
async function measure(contents) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
}

const rows = [
  ['whole main entry', "export * from './dist/index.js';", 20 * KB, true],
  [
    'gateway imports',
    "export { normalizeBody, formUploads, toErrorResponse, toVideoObject, quote } from './dist/index.js';",
    15 * KB,
    process.env.SIZE_ENFORCE_GATEWAY === '1',
  ],
];
let failed = false;
for (const [name, entry, budget, enforced] of rows) {
  const { min, gz } = await measure(entry);
  const over = gz > budget;
  if (over && enforced) failed = true;
  console.log(
    `${name.padEnd(17)} ${(min / KB).toFixed(1)} KB minified, ${gz} bytes (${(gz / KB).toFixed(2)} KB) gzipped; budget ${budget / KB} KB${enforced ? '' : ' (reported)'}${over ? ' OVER' : ''}`,
  );
}
process.exitCode = failed ? 1 : 0;
