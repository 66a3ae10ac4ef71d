// The layout's rules (docs/architecture.md): folders are layers, listed bottom first, and a file imports only from
// its own folder or a folder below it; no import cycle between files or folders of src/, type-only imports
// included. `npm run layers` prints the same graph for people (scripts/import-graph.mjs is shared).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles as findCycles, folderGraph, importGraph, LAYERS, layerOf as layer } from '../scripts/import-graph.mjs';

const src = join(__dirname, '..', 'src');
const graph = importGraph(src);
const rank = (path: string) => LAYERS.indexOf(layer(path));

describe('layers (issue 21: folders that stack)', () => {
  it('every folder of src/ is a layer of the table, and the root holds the entry alone', () => {
    for (const file of graph.files) expect(rank(file), `${file} is in no layer`).toBeGreaterThanOrEqual(0);
    expect(graph.files.filter((f) => !f.includes('/')).sort()).toEqual(['index.ts']);
  });

  it('a file imports only from its own layer or a layer below it (strictly downward)', () => {
    const upward: string[] = [];
    for (const file of graph.files) {
      for (const target of graph.imports.get(file) ?? [])
        if (rank(target) > rank(file)) upward.push(`${file} -> ${target}`);
    }
    expect(upward).toEqual([]);
  });

  it('no import cycle between files, type-only imports included', () => {
    expect(findCycles(graph.imports).map((c) => c.join(' -> '))).toEqual([]);
  });

  it('no import cycle between folders', () => {
    expect(findCycles(folderGraph(graph)).map((c) => c.join(' -> '))).toEqual([]);
  });

  it('the cycle finder finds a cycle (so the two checks above can fail)', () => {
    expect(
      findCycles(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set(['c'])],
          ['c', new Set(['a'])],
        ]),
      ),
    ).toEqual([['a', 'b', 'c', 'a']]);
    expect(
      findCycles(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set<string>()],
        ]),
      ),
    ).toEqual([]);
  });

  it('the catalog data imports types only', () => {
    const text = readFileSync(join(src, 'catalog', 'catalog.ts'), 'utf8');
    expect(Array.from(text.matchAll(/^import .*$/gm), (m) => m[0])).toEqual([
      "import type { AspectRatio, MotionLevel, Resolution, Scene } from '../shared/types.js';",
    ]);
  });
});
