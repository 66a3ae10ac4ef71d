// The comparison behind scripts/bench-ab.sh: normalizeRequest of a base build (argv[2]) and of ./dist on the
// document examples, each against JSON.parse of the compact body, interleaved per example within each round. The
// figures are medians over examples within a round, then medians over rounds, with the spread over rounds.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const base = await import(pathToFileURL(process.argv[2]).href);
const head = await import('../dist/index.js');
const label = process.argv[3] ?? 'base';
const dir = join(import.meta.dirname, '..', 'fixtures');
const examples = readdirSync(dir)
  .filter((f) => f.startsWith('request-'))
  .sort()
  .map((f) => {
    const raw = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    return { raw, body: JSON.stringify(raw) };
  });

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 31);
const BATCH = Number(process.env.BENCH_BATCH ?? 400);
let sink = 0;
const candidates = {
  parse: (e) => (sink += JSON.parse(e.body) === null ? 0 : 1),
  base: (e) => (sink += base.normalizeRequest(e.raw).ok ? 1 : 0),
  head: (e) => (sink += head.normalizeRequest(e.raw).ok ? 1 : 0),
};
function time(fn, example) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < BATCH; i++) fn(example);
  return Number(process.hrtime.bigint() - start) / BATCH;
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

for (let i = 0; i < 3; i++) for (const e of examples) for (const fn of Object.values(candidates)) time(fn, e);
const ratios = { [`${label}/JSON.parse`]: [], 'this/JSON.parse': [], [`this/${label}`]: [] };
const names = Object.keys(ratios);
for (let round = 0; round < ROUNDS; round++) {
  const within = names.map(() => []);
  for (const e of examples) {
    const p = time(candidates.parse, e);
    const b = time(candidates.base, e);
    const h = time(candidates.head, e);
    within[0].push(b / p);
    within[1].push(h / p);
    within[2].push(h / b);
  }
  names.forEach((name, i) => ratios[name].push(median(within[i])));
}
if (sink < 0) console.log(sink);
for (const [name, list] of Object.entries(ratios)) {
  console.log(`${name.padEnd(24)} = ${median(list).toFixed(3)}  (rounds: ${Math.min(...list).toFixed(2)}-${Math.max(...list).toFixed(2)}, ${list.length} rounds)`);
}
