// The main job on the document's examples: each fixture request normalized, with its tier and seconds, then the
// refused fixtures, each sent as its case says (JSON, a body with its content type, or a form), with its issues.
// Runs against the built package (npm run demo builds first; run-ts resolves `kling-video-rules` to dist/).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeRequest } from 'kling-video-rules';
import { refusedCases, runRefusedCase } from '../test/refused-cases.js';

const dir = join(__dirname, '..', 'fixtures');
const rows = [['request', 'tier', 'seconds', 'billed', 'resolution', 'aspect', 'audio', 'ref']];
for (const file of readdirSync(dir)
  .filter((f) => f.startsWith('request-'))
  .sort()) {
  const result = normalizeRequest(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  const name = file.replace(/\.json$/, '');
  if (result.ok) {
    const s = result.spec;
    rows.push([
      name,
      s.tier,
      String(s.seconds),
      String(s.billableSeconds),
      s.resolution,
      s.aspectRatio ?? '-',
      s.audio ? 'on' : 'off',
      s.reference ? 'yes' : 'no',
    ]);
  } else {
    rows.push([name, 'REFUSED', result.issues.map((i) => `${i.code}@${i.path}`).join(', ')]);
  }
}
const widths = (rows[0] as string[]).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
const line = (r: string[]) =>
  r
    .map((c, i) => c.padEnd(widths[i] ?? 0))
    .join('  ')
    .trimEnd();
console.log('The document examples (fixtures/request-*.json):\n');
for (const r of rows) console.log(line(r));

console.log(`\nRefused fixtures (fixtures/refused.json): ${refusedCases.length} requests, one per issue code\n`);
for (const c of refusedCases) {
  const result = runRefusedCase(c);
  const issues = result.ok
    ? ['(accepted!)']
    : result.issues.map((i) => `${i.code} at ${i.path || '(root)'}: ${i.message}`);
  console.log(`${c.name.padEnd(24)} ${issues.join(`\n${' '.repeat(25)}`)}`);
}
