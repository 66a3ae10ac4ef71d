// The main job on the document's examples: each fixture request normalized, with its tier and seconds,
// then the refused fixtures with their issues. Runs against the built package (npm run demo builds first).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeRequest, normalizeRequestBody } from '../dist/index.js';

const dir = join(import.meta.dirname, '..', 'fixtures');
const rows = [['request', 'tier', 'seconds', 'billed', 'resolution', 'aspect', 'audio', 'ref']];
for (const file of readdirSync(dir).filter((f) => f.startsWith('request-')).sort()) {
  const result = normalizeRequest(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  const name = file.replace(/\.json$/, '');
  if (result.ok) {
    const s = result.spec;
    rows.push([name, s.tier, String(s.seconds), String(s.billableSeconds), s.resolution, s.aspectRatio ?? '-', s.audio ? 'on' : 'off', s.reference ? 'yes' : 'no']);
  } else {
    rows.push([name, 'REFUSED', result.issues.map((i) => `${i.code}@${i.path}`).join(', ')]);
  }
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
console.log('The document examples (fixtures/request-*.json):\n');
for (const r of rows) console.log(line(r));

const refused = JSON.parse(readFileSync(join(dir, 'refused.json'), 'utf8')).cases;
console.log(`\nRefused fixtures (fixtures/refused.json): ${refused.length} requests, one per issue code\n`);
for (const c of refused) {
  const body = c.bodyLength !== undefined ? ' '.repeat(c.bodyLength) : c.body;
  const result = body !== undefined ? normalizeRequestBody(body) : normalizeRequest(c.request);
  const issues = result.ok ? ['(accepted!)'] : result.issues.map((i) => `${i.code} at ${i.path || '(root)'}: ${i.message}`);
  console.log(`${c.name.padEnd(24)} ${issues.join('\n' + ' '.repeat(25))}`);
}
