// npm run size: the package's main entry bundled for a browser with its dependencies (valibot), minified and
// gzipped. Budget: 15 KB (issue 3). Exits 1 over budget.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const BUDGET = 15 * 1024;
const result = await build({
  entryPoints: ['dist/index.js'],
  bundle: true,
  minify: true,
  platform: 'browser',
  format: 'esm',
  write: false,
  logLevel: 'silent',
});
const code = result.outputFiles[0].contents;
const gz = gzipSync(code, { level: 9 }).length;
console.log(`browser bundle: ${(code.length / 1024).toFixed(1)} KB minified, ${(gz / 1024).toFixed(2)} KB gzipped (budget ${BUDGET / 1024} KB)`);
process.exitCode = gz <= BUDGET ? 0 : 1;
