// npm run size:modules [-- whole]: where the gateway's bundle (or, with `whole`, the whole main entry) spends its
// gzipped bytes, by source module. The bundle is built from src/ as `npm run size` builds it from dist/ (esbuild,
// browser, minified); each module's share is what the gzipped bundle loses when that module's output bytes are cut
// out (its marginal cost: text that gzip finds elsewhere in the bundle costs less than its length). The shares add
// up to a little less than the total, since some bytes compress only against others. Source maps attribute the
// output bytes; no dependency beyond esbuild.
import { bundleForBrowser, GATEWAY_IMPORTS } from './bundle.mjs';
import { gzipSync } from 'node:zlib';

const whole = process.argv.includes('whole');
const contents = whole ? "export * from './src/index.ts';" : `export { ${GATEWAY_IMPORTS} } from './src/index.ts';`;
const result = await bundleForBrowser(contents, { loader: 'ts', sourcemap: 'external', outfile: 'bundle.js' });
const js = result.outputFiles.find((f) => f.path.endsWith('.js')).text;
const map = JSON.parse(result.outputFiles.find((f) => f.path.endsWith('.map')).text);

// Base64 VLQ, as source maps write it: each segment is [column, source, line, column(, name)], relative.
const DIGITS = new Map([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));
function decode(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = DIGITS.get(c);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

// The source of each output character: a mapping owns the characters up to the next mapping.
const owner = new Int32Array(js.length).fill(-1);
const lines = js.split('\n');
let offset = 0;
let source = 0;
let previous = -1;
let previousSource = -1;
for (const [index, mappings] of map.mappings.split(';').entries()) {
  let column = 0;
  for (const segment of mappings.split(',')) {
    if (segment === '') continue;
    const [dc, ds] = decode(segment);
    column += dc;
    if (ds !== undefined) source += ds;
    const at = offset + column;
    if (previous >= 0) owner.fill(previousSource, previous, at);
    previous = at;
    previousSource = ds === undefined ? -1 : source;
  }
  offset += (lines[index] ?? '').length + 1;
}
if (previous >= 0) owner.fill(previousSource, previous, js.length);

const gz = (text) => gzipSync(text, { level: 9 }).length;
const total = gz(js);
const rows = map.sources.map((name, index) => {
  let kept = '';
  let bytes = 0;
  for (let i = 0; i < js.length; i++) {
    if (owner[i] === index) bytes++;
    else kept += js[i];
  }
  return { name: name.replace(/^(\.\.\/)+/, ''), bytes, gz: total - gz(kept) };
});
rows.sort((a, b) => b.gz - a.gz);
console.log(`${whole ? 'whole main entry' : "gateway's imports"}: ${js.length} B minified, ${total} B gzipped`);
console.log('  gz B  min B  module');
for (const row of rows)
  if (row.bytes > 0) console.log(`${String(row.gz).padStart(6)} ${String(row.bytes).padStart(6)}  ${row.name}`);
