// Runs a TypeScript script of this repository (node has no TypeScript loader here): bundles it with esbuild into
// node_modules/.cache, with `kling-video-rules` resolved to the built package (dist/), and imports it.
// Usage: node scripts/run-ts.mjs scripts/fuzz.ts [args...]
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const [entry, ...args] = process.argv.slice(2);
if (entry === undefined) throw new Error('usage: node scripts/run-ts.mjs FILE.ts [args...]');
const dir = join(root, 'node_modules', '.cache', `kvr-run-${process.pid}`);
mkdirSync(dir, { recursive: true });
const outfile = join(dir, 'script.mjs');
try {
  await build({
    entryPoints: [resolve(entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
    packages: 'external',
    alias: { 'kling-video-rules': join(root, 'dist', 'index.js') },
    // Test helpers written for vitest use __dirname: it is the test folder they live in.
    define: { __dirname: JSON.stringify(join(root, 'test')) },
  });
  process.argv = [process.argv[0], outfile, ...args];
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
