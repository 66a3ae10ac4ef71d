// Bytes allocated per call (issue 24: at most 1 KB per accepted example), run by `npm run bench` in a process of
// its own: node --expose-gc --min-semi-space-size=64 --max-semi-space-size=64 scripts/bench-alloc.mjs
// A young generation of 64 MB holds a whole batch, so no scavenge runs inside it and the growth of `heapUsed` over
// the batch is what the calls allocated (after warm-up, so with the optimizing compiler's escape analysis, as a
// server would run them). Each figure is the least over 7 batches; JSON.parse of the same body is the reference.
import { loadExamples, median } from './bench-common.mjs';
import { normalizeForm, normalizeRequest, normalizeRequestBody, quoteRequest } from '../dist/index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

if (typeof globalThis.gc !== 'function') throw new Error('run with --expose-gc (see the header)');
const N = 1000;
const examples = loadExamples();
const TABLE = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'prices.example.json'), 'utf8'));
let sink = 0;
const candidates = {
  'JSON.parse': (e) => (sink += JSON.parse(e.body) === null ? 0 : 1),
  normalizeRequest: (e) => (sink += normalizeRequest(e.raw).ok ? 1 : 0),
  normalizeRequestBody: (e) => (sink += normalizeRequestBody(e.body).ok ? 1 : 0),
  normalizeForm: (e) => (sink += normalizeForm(e.form).ok ? 1 : 0),
  quoteRequest: (e) => (sink += quoteRequest(e.raw, TABLE).ok ? 1 : 0),
};

/**
 * Bytes allocated per call of `fn(example)`: the least over 7 batches of N calls. What a call allocates is the same
 * each time; what a batch adds on top (the compiler's feedback, a deoptimization) is not, so the least is the figure.
 */
function bytesPerCall(fn, example) {
  for (let i = 0; i < 3 * N; i++) fn(example); // warm up: the optimized code is what is measured
  const samples = [];
  for (let batch = 0; batch < 7; batch++) {
    globalThis.gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < N; i++) fn(example);
    const grown = process.memoryUsage().heapUsed - before;
    if (grown >= 0) samples.push(grown / N); // a scavenge inside the batch (not expected) would shrink the heap
  }
  return samples.length > 0 ? Math.min(...samples) : Number.NaN;
}

const names = Object.keys(candidates);
const perName = Object.fromEntries(names.map((n) => [n, []]));
const rows = [];
for (const e of examples) {
  const row = [e.name];
  for (const name of names) {
    const bytes = bytesPerCall(candidates[name], e);
    perName[name].push(bytes);
    row.push(bytes.toFixed(0));
  }
  rows.push(row);
}
const head = ['bytes per call', ...names];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
for (const r of [head, ...rows])
  console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
console.log('');
for (const name of names) {
  const list = perName[name];
  const budget = name === 'normalizeRequest' ? '  budget 1024 (issue 24)' : '';
  console.log(
    `${`alloc: ${name}`.padEnd(30)} = ${median(list).toFixed(0)} B per call, max ${Math.max(...list).toFixed(0)} B over the examples${budget}`,
  );
}
if (sink < 0) console.log(sink);
