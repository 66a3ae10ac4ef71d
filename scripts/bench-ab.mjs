// The comparison behind scripts/bench-ab.sh: one call of a base build (argv[2]) and of ./dist, each against
// JSON.parse of the compact body, interleaved per example within each round. The figures are medians over examples
// within a round, then medians over rounds, with the spread over rounds. The call (argv[4]): `normalize` (default,
// normalizeRequest on the document examples), `quote` (quoteRequest with the sample table on the examples) or
// `refused` (normalizeRequest on the refused JSON fixtures).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadExamples, median, spread, time } from './bench-common.mjs';

// More rounds than npm run bench: a ratio of two close figures needs them.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 31);

const base = await import(pathToFileURL(process.argv[2]).href);
const head = await import('../dist/index.js');
const label = process.argv[3] ?? 'base';
const what = process.argv[4] ?? 'normalize';
const fixtures = join(import.meta.dirname, '..', 'fixtures');
const TABLE = JSON.parse(readFileSync(join(fixtures, 'prices.example.json'), 'utf8'));
const examples =
  what === 'refused'
    ? JSON.parse(readFileSync(join(fixtures, 'refused.json'), 'utf8'))
        .cases.filter((c) => c.request !== undefined)
        .map((c) => ({ raw: c.request, body: JSON.stringify(c.request) }))
    : loadExamples();
const call =
  what === 'quote' ? (lib, e) => lib.quoteRequest(e.raw, TABLE).ok : (lib, e) => lib.normalizeRequest(e.raw).ok;
let sink = 0;
const candidates = {
  parse: (e) => (sink += JSON.parse(e.body) === null ? 0 : 1),
  base: (e) => (sink += call(base, e) ? 1 : 0),
  head: (e) => (sink += call(head, e) ? 1 : 0),
};
console.log(`${what}: ${examples.length} bodies`);
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
  names.forEach((name, i) => {
    ratios[name].push(median(within[i]));
  });
}
if (sink < 0) console.log(sink);
for (const [name, list] of Object.entries(ratios)) {
  console.log(spread(name, list, 3));
}
