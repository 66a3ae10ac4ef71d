// The comparison behind scripts/bench-ab.sh: normalizeRequest of a base build (argv[2]) and of ./dist on the
// document examples, each against JSON.parse of the compact body, interleaved per example within each round. The
// figures are medians over examples within a round, then medians over rounds, with the spread over rounds.
import { pathToFileURL } from 'node:url';
import { loadExamples, median, spread, time } from './bench-common.mjs';

// More rounds than npm run bench: a ratio of two close figures needs them.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 31);

const base = await import(pathToFileURL(process.argv[2]).href);
const head = await import('../dist/index.js');
const label = process.argv[3] ?? 'base';
const examples = loadExamples();
let sink = 0;
const candidates = {
  parse: (e) => (sink += JSON.parse(e.body) === null ? 0 : 1),
  base: (e) => (sink += base.normalizeRequest(e.raw).ok ? 1 : 0),
  head: (e) => (sink += head.normalizeRequest(e.raw).ok ? 1 : 0),
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
  names.forEach((name, i) => {
    ratios[name].push(median(within[i]));
  });
}
if (sink < 0) console.log(sink);
for (const [name, list] of Object.entries(ratios)) {
  console.log(spread(name, list, 3));
}
