// npm run bench: the cost of normalizeRequest on each already-parsed document example against JSON.parse of the
// same body, in one run. The last line is the median over the examples of normalize/JSON.parse.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { normalizeRequest } from '../dist/index.js';

const dir = join(import.meta.dirname, '..', 'fixtures');
const examples = readdirSync(dir)
  .filter((f) => f.startsWith('request-'))
  .sort()
  .map((file) => {
    const body = readFileSync(join(dir, file), 'utf8');
    return { name: file.replace(/\.json$/, ''), body, raw: JSON.parse(body) };
  });

const bench = new Bench({ time: Number(process.env.BENCH_MS ?? 300), warmupTime: 100 });
let sink = 0;
for (const { name, body, raw } of examples) {
  bench.add(`normalize ${name}`, () => {
    sink += normalizeRequest(raw).ok ? 1 : 0;
  });
  bench.add(`JSON.parse ${name}`, () => {
    sink += JSON.parse(body) === null ? 0 : 1;
  });
}
await bench.run();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ns = (task) => task.result.latency.p50 * 1e6; // tinybench reports milliseconds
const byName = new Map(bench.tasks.map((t) => [t.name, t]));
const rows = [];
const ratios = [];
for (const { name } of examples) {
  const n = ns(byName.get(`normalize ${name}`));
  const p = ns(byName.get(`JSON.parse ${name}`));
  ratios.push(n / p);
  rows.push([name, n.toFixed(0), p.toFixed(0), (n / p).toFixed(2)]);
}
const head = ['example', 'normalize ns', 'JSON.parse ns', 'ratio'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
for (const r of [head, ...rows]) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
if (sink < 0) console.log(sink);
console.log(`normalize/JSON.parse = ${median(ratios).toFixed(2)}`);
