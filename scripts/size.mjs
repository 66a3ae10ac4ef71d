// npm run size: the package's main entry bundled for a browser with its dependencies (valibot), minified and
// gzipped, in two ways: the whole entry and only what the example gateway imports (GATEWAY_IMPORTS: the whole loop
// of R78, VOD and settlement included). The old budgets (20 KB whole, 15 KB gateway) are reported; CI enforces
// regression guards: 35 KB on the whole entry, 28 KB on the gateway's imports (docs/size.md has the history: the
// guards were 26 / 22 KB until the audit's fixes (+1.4 KB: hostile-value guards, LastFrame, catalog checks) and the
// upstream (+4.3 KB whole: toVodTask, readVodTask, settle, the list page) and the helpers around the gateway (+1.4 KB
// whole: requestSchema with the spec's JSON Schema, pickMessages) joined the entry). Module-level values
// that a gateway does not use must be pure (a `/* @__PURE__ */` call with side-effect-free arguments, or a pure
// IIFE): dist/index.js is one module, so a bundler can drop only what is marked so.
import { gzipSync } from 'node:zlib';
import { bundleForBrowser, GATEWAY_IMPORTS } from './bundle.mjs';

const KB = 1024;
async function measure(contents) {
  const result = await bundleForBrowser(contents);
  const code = result.outputFiles[0].contents;
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
}

const rows = [
  ['whole main entry', "export * from './dist/index.js';", 20 * KB, false],
  ['(regression guard)', "export * from './dist/index.js';", 35 * KB, true],
  [
    'gateway imports',
    `export { ${GATEWAY_IMPORTS} } from './dist/index.js';`,
    15 * KB,
    process.env.SIZE_ENFORCE_GATEWAY === '1',
  ],
  ['(regression guard)', `export { ${GATEWAY_IMPORTS} } from './dist/index.js';`, 28 * KB, true],
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
