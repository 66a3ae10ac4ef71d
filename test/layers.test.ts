// The layout's rules (docs/architecture.md): folders are layers, listed bottom first, and a file imports only from
// its own folder or a folder below it; no import cycle between files or folders of src/, type-only imports
// included. `npm run layers` prints the same check's table and cycles for people.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(__dirname, '..', 'src');
const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.split('\\').join('/'));

/** The layers, bottom first: each may import from itself and any layer before it. `''` is the package root. */
const LAYERS = [
  'shared',
  'catalog',
  'messages',
  'report',
  'read',
  'rules',
  'body',
  'billing',
  'vod',
  'wire',
  'api',
  '',
  'cli',
] as const;

/** Each file's relative imports (type-only and dynamic ones too), as paths of src with `.ts`. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(src, file), 'utf8');
  return Array.from(text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g), (m) =>
    relative(src, resolve(dirname(join(src, file)), m[1] as string))
      .split('\\')
      .join('/')
      .replace(/\.js$/, '.ts'),
  ).filter((target) => target.endsWith('.ts'));
}

const layer = (path: string) => (path.includes('/') ? (path.split('/')[0] as string) : '');
const rank = (path: string) => LAYERS.indexOf(layer(path) as (typeof LAYERS)[number]);

/** The cycles of a directed graph (each reported once, from its smallest node), by depth-first search. */
function cycles(edges: Map<string, Set<string>>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...edges.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}

describe('layers (issue 21: folders that stack)', () => {
  it('every folder of src/ is a layer of the table', () => {
    for (const file of files) expect(rank(file), `${file} is in no layer`).toBeGreaterThanOrEqual(0);
    expect(files.filter((f) => !f.includes('/')).sort()).toEqual(['index.ts']);
  });

  it('a file imports only from its own layer or a layer below it (strictly downward)', () => {
    const upward: string[] = [];
    for (const file of files) {
      for (const target of importsOf(file)) if (rank(target) > rank(file)) upward.push(`${file} -> ${target}`);
    }
    expect(upward).toEqual([]);
  });

  it('no import cycle between files, type-only imports included', () => {
    const edges = new Map(files.map((file) => [file, new Set(importsOf(file))]));
    expect(cycles(edges).map((c) => c.join(' -> '))).toEqual([]);
  });

  it('no import cycle between folders', () => {
    const edges = new Map<string, Set<string>>();
    for (const file of files) {
      for (const target of importsOf(file)) {
        if (layer(file) === layer(target)) continue;
        edges.set(layer(file), (edges.get(layer(file)) ?? new Set()).add(layer(target)));
      }
    }
    expect(cycles(edges).map((c) => c.join(' -> '))).toEqual([]);
  });

  it('the cycle finder finds a cycle (so the two checks above can fail)', () => {
    expect(
      cycles(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set(['c'])],
          ['c', new Set(['a'])],
        ]),
      ),
    ).toEqual([['a', 'b', 'c', 'a']]);
    expect(
      cycles(
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
