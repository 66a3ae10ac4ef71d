// npm run layers: the layer table of src/ as the code has it (each folder, what it imports from, and any import
// that goes up), and the import cycles between files and between folders (none expected). test/layers.test.ts
// checks the same; this prints it, so the evidence is one command away.
import { join } from 'node:path';
import { cycles, folderGraph, importGraph, LAYERS, layerOf } from './import-graph.mjs';

const graph = importGraph(join(import.meta.dirname, '..', 'src'));
const folders = folderGraph(graph);
const rank = (layer) => LAYERS.indexOf(layer);
console.log('layer  folder      files  imports from');
for (const layer of LAYERS) {
  const count = graph.files.filter((f) => layerOf(f) === layer).length;
  const below = [...(folders.get(layer) ?? [])].sort((a, b) => rank(a) - rank(b)).map((l) => l || 'index.ts');
  console.log(
    `${String(rank(layer)).padStart(5)}  ${(layer || 'index.ts').padEnd(10)}  ${String(count).padStart(5)}  ${below.join(', ') || '-'}`,
  );
}
const upward = graph.files.flatMap((file) =>
  [...(graph.imports.get(file) ?? [])]
    .filter((t) => rank(layerOf(t)) > rank(layerOf(file)))
    .map((t) => `${file} -> ${t}`),
);
const fileCycles = cycles(graph.imports);
const folderCycles = cycles(folders);
console.log(`\nimports that go up a layer: ${upward.length}${upward.map((u) => `\n  ${u}`).join('')}`);
console.log(
  `import cycles between files (type-only imports included): ${fileCycles.length}${fileCycles.map((c) => `\n  ${c.join(' -> ')}`).join('')}`,
);
console.log(
  `import cycles between folders: ${folderCycles.length}${folderCycles.map((c) => `\n  ${c.join(' -> ')}`).join('')}`,
);
process.exitCode = upward.length + fileCycles.length + folderCycles.length === 0 ? 0 : 1;
