// Lists the surviving mutants of the last `npm run mutation` (reports/mutation/mutation.json), by file, worst
// first, with the per-file score: what to read when killing survivors.
//   node scripts/mutation-survivors.mjs [path-filter] [max-per-file]
import { readFileSync } from 'node:fs';

const [filter = '', max = '15'] = process.argv.slice(2);
const report = JSON.parse(readFileSync('reports/mutation/mutation.json', 'utf8'));
const rows = [];
for (const [path, file] of Object.entries(report.files)) {
  const count = (...statuses) => file.mutants.filter((m) => statuses.includes(m.status)).length;
  const detected = count('Killed', 'Timeout');
  const undetected = count('Survived', 'NoCoverage');
  const score = detected + undetected === 0 ? 100 : (100 * detected) / (detected + undetected);
  rows.push({ path, score, detected, undetected, file });
}
rows.sort((a, b) => a.score - b.score);
let detected = 0;
let undetected = 0;
for (const r of rows) {
  detected += r.detected;
  undetected += r.undetected;
}
console.log(
  `overall ${((100 * detected) / (detected + undetected)).toFixed(2)}% (${detected} detected, ${undetected} undetected)`,
);
console.log('| file | score | killed | survived |\n|---|---|---|---|');
for (const r of [...rows].sort((a, b) => a.path.localeCompare(b.path)))
  console.log(`| ${r.path} | ${r.score.toFixed(1)}% | ${r.detected} | ${r.undetected} |`);
for (const r of rows) {
  if (!r.path.includes(filter) || r.undetected === 0) continue;
  console.log(`\n## ${r.path} ${r.score.toFixed(1)}%`);
  const source = r.file.source.split('\n');
  for (const m of r.file.mutants
    .filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')
    .slice(0, Number(max))) {
    const line = m.location.start.line;
    console.log(
      `  ${line}: ${m.mutatorName} -> ${JSON.stringify(m.replacement ?? '').slice(0, 80)}   | ${source[line - 1]?.trim().slice(0, 100)}`,
    );
  }
}
