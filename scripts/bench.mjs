// npm run bench: the cost of the library against JSON.parse on the document's examples (fixtures/request-*.json).
// Candidates are interleaved in one process: each round times every candidate on every example in turn, so drift
// of the machine hits them alike. Each ratio is the median over examples within a round; the figure reported is the
// median over rounds, with the spread (min-max) over rounds.
//   normalize/JSON.parse      normalizeRequest(parsed) vs JSON.parse(compact body)      budget 1.0 (issue 24)
//   body/JSON.parse           normalizeRequestBody(text) vs JSON.parse(text)             budget 2.0 (issue 24)
//   form/normalize            normalizeForm(SDK entries) vs normalizeRequest(parsed)     budget 1.6 (issue 24)
//   quote/JSON.parse          quoteRequest(parsed, full table) vs JSON.parse             budget 1.6 (issue 24)
//   bound/root                createRules(catalog).rules.normalizeRequest vs the root    budget 1.05
// Then: normalizeRequest in batches cycling through all 14 examples (budget 1.15), the refused fixtures against
// JSON.parse of their bodies (budget 4),
// Then, reported without a budget, normalizeRequest on sparse requests such as SDK clients send (the document's
// examples carry most fields; these carry few), and createRules(catalog) itself, per call (a gateway may make
// rules per tenant). Last, the bytes allocated per call (scripts/bench-alloc.mjs, in a process of its own; budget
// 1 KB per accepted example for normalizeRequest, issue 24).
// The SDK entries are fixtures/forms/*.form, which a test checks are what the openai package sends.
import { BATCH, loadExamples, median, ROUNDS, spread, time } from './bench-common.mjs';
import {
  catalog,
  createRules,
  listTiers,
  normalizeForm,
  normalizeRequest,
  normalizeRequestBody,
  quoteRequest,
} from '../dist/index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const made = createRules(JSON.parse(JSON.stringify(catalog)));
if (!made.ok) throw new Error('the default catalog is invalid');
const bound = made.rules;

const examples = loadExamples();
const TABLE = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'prices.example.json'), 'utf8'));
if (listTiers().some((t) => TABLE.tiers[t] === undefined)) throw new Error('the sample table must price every tier');
let sink = 0;
const candidates = {
  parse: (e) => (sink += JSON.parse(e.body) === null ? 0 : 1),
  normalize: (e) => (sink += normalizeRequest(e.raw).ok ? 1 : 0),
  body: (e) => (sink += normalizeRequestBody(e.body).ok ? 1 : 0),
  form: (e) => (sink += normalizeForm(e.form).ok ? 1 : 0),
  bound: (e) => (sink += bound.normalizeRequest(e.raw).ok ? 1 : 0),
  quote: (e) => (sink += quoteRequest(e.raw, TABLE).ok ? 1 : 0),
};

// Warm up every candidate on every example.
for (let i = 0; i < 3; i++) for (const e of examples) for (const fn of Object.values(candidates)) time(fn, e);

const perExample = new Map(
  examples.map((e) => [e.name, Object.fromEntries(Object.keys(candidates).map((k) => [k, []]))]),
);
const RATIOS = ['normalize/JSON.parse', 'body/JSON.parse', 'form/normalize', 'quote/JSON.parse', 'bound/root'];
const ratios = Object.fromEntries(RATIOS.map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  const within = Object.fromEntries(RATIOS.map((name) => [name, []]));
  for (const e of examples) {
    const ns = {};
    for (const [name, fn] of Object.entries(candidates)) ns[name] = time(fn, e);
    for (const [name, value] of Object.entries(ns)) perExample.get(e.name)[name].push(value);
    within['normalize/JSON.parse'].push(ns.normalize / ns.parse);
    within['body/JSON.parse'].push(ns.body / ns.parse);
    within['form/normalize'].push(ns.form / ns.normalize);
    within['quote/JSON.parse'].push(ns.quote / ns.parse);
    within['bound/root'].push(ns.bound / ns.normalize);
  }
  for (const [name, list] of Object.entries(within)) ratios[name].push(median(list));
}

const head = ['example', 'JSON.parse ns', 'normalize ns', 'body ns', 'form ns'];
const rows = examples.map((e) => {
  const t = perExample.get(e.name);
  return [e.name, ...['parse', 'normalize', 'body', 'form'].map((k) => median(t[k]).toFixed(0))];
});
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
for (const r of [head, ...rows])
  console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
if (sink < 0) console.log(sink);
console.log('');
for (const [name, list] of Object.entries(ratios)) {
  console.log(spread(name, list));
}

// Sparse requests: nanoseconds per call and the ratio to JSON.parse of the same body, medians over rounds.
const SPARSE = [
  { model: 'kling-2.5', prompt: 'a cat on a sofa' },
  { model: 'kling-2.5', prompt: 'a cat on a sofa', seconds: '10', size: '1280x720' },
  { model: 'kling-3.0', prompt: 'the cat jumps', image: 'https://example.com/cat.png', seconds: '5' },
].map((raw) => ({ raw, body: JSON.stringify(raw) }));
const sparse = { ns: [], ratio: [] };
for (let i = 0; i < 3; i++)
  for (const e of SPARSE) for (const fn of [candidates.parse, candidates.normalize]) time(fn, e);
for (let round = 0; round < ROUNDS; round++) {
  const ns = SPARSE.map((e) => time(candidates.normalize, e));
  sparse.ns.push(median(ns));
  sparse.ratio.push(median(SPARSE.map((e, i) => ns[i] / time(candidates.parse, e))));
}
console.log(
  `${'sparse: normalize'.padEnd(24)} = ${median(sparse.ns).toFixed(0)} ns, ${median(sparse.ratio).toFixed(2)}x JSON.parse  (rounds: ${Math.min(...sparse.ratio).toFixed(2)}-${Math.max(...sparse.ratio).toFixed(2)})`,
);

// Batches cycling through all 14 examples (closer to real traffic than one request repeated), and the refused
// fixtures (JSON requests of fixtures/refused.json), each against JSON.parse of the same bodies.
const cycle = { ratio: [] };
const refusedBodies = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'refused.json'), 'utf8'))
  .cases.filter((c) => c.request !== undefined)
  .map((c) => ({ raw: c.request, body: JSON.stringify(c.request) }));
const refused = { ratio: [] };
const cycled = (fn, list) => {
  const start = process.hrtime.bigint();
  for (let i = 0; i < BATCH; i++) for (const e of list) fn(e);
  return Number(process.hrtime.bigint() - start);
};
for (let i = 0; i < 3; i++)
  for (const list of [examples, refusedBodies])
    for (const fn of [candidates.parse, candidates.normalize]) cycled(fn, list);
for (let round = 0; round < ROUNDS; round++) {
  cycle.ratio.push(cycled(candidates.normalize, examples) / cycled(candidates.parse, examples));
  refused.ratio.push(cycled(candidates.normalize, refusedBodies) / cycled(candidates.parse, refusedBodies));
}
console.log(spread('cycling: normalize/parse', cycle.ratio));
console.log(spread(`refused (${refusedBodies.length})/parse`, refused.ratio));

// createRules per call: a JSON catalog as an operator loads it, checked, copied, frozen and made into rules.
const json = JSON.parse(JSON.stringify(catalog));
const samples = [];
for (let round = 0; round < ROUNDS; round++) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < 50; i++) sink += createRules(json).ok ? 1 : 0;
  samples.push(Number(process.hrtime.bigint() - start) / 50 / 1000);
}
console.log(
  `${'createRules(catalog)'.padEnd(24)} = ${median(samples).toFixed(1)} us per call  (rounds: ${Math.min(...samples).toFixed(1)}-${Math.max(...samples).toFixed(1)})`,
);

// Bytes allocated per call, in a process of its own (it needs a young generation that holds a whole batch).
import { spawnSync } from 'node:child_process';
const alloc = spawnSync(
  process.execPath,
  ['--expose-gc', '--min-semi-space-size=64', '--max-semi-space-size=64', join(import.meta.dirname, 'bench-alloc.mjs')],
  { encoding: 'utf8' },
);
console.log('');
console.log(alloc.status === 0 ? alloc.stdout.trimEnd() : `bench-alloc failed: ${alloc.stderr}`);
