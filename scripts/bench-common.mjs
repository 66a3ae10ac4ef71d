// What the bench scripts share: the document examples (fixtures/request-*.json, compact, with their SDK forms from
// fixtures/forms), a batch timer and a median.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The document examples: name, parsed request, compact JSON body, and the form the `openai` package sends. */
export function loadExamples() {
  const dir = join(import.meta.dirname, '..', 'fixtures');
  return readdirSync(dir)
    .filter((f) => f.startsWith('request-'))
    .sort()
    .map((file) => {
      const raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      const body = JSON.stringify(raw);
      const form = readFileSync(join(dir, 'forms', file.replace(/\.json$/, '.form')), 'utf8')
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]);
      return { name: file.replace(/\.json$/, ''), raw, body, form };
    });
}

/** Rounds and batch size, from BENCH_ROUNDS and BENCH_BATCH. */
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
export const BATCH = Number(process.env.BENCH_BATCH ?? 400);

/** Nanoseconds per call of `fn(example)`, over one batch. */
export function time(fn, example) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < BATCH; i++) fn(example);
  return Number(process.hrtime.bigint() - start) / BATCH;
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** `name = median  (rounds: min-max, n rounds)`. */
export const spread = (name, list, digits = 2) =>
  `${name.padEnd(24)} = ${median(list).toFixed(digits)}  (rounds: ${Math.min(...list).toFixed(2)}-${Math.max(...list).toFixed(2)}, ${list.length} rounds)`;
