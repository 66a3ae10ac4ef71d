// The import graph of src/ (files and folders as layers), shared by test/layers.test.ts and `npm run layers`: each
// file's relative imports (type-only and dynamic ones too), the layer table, and the cycles of a graph.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** The layers, bottom first: each may import from itself and any layer before it. `''` is the package root. */
export const LAYERS = [
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
];

/** Every .ts file of `src` (paths relative to it, with `/`), and each one's imports as such paths. */
export function importGraph(src) {
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.split('\\').join('/'));
  const imports = new Map(
    files.map((file) => {
      const text = readFileSync(join(src, file), 'utf8');
      const targets = Array.from(text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g), (m) =>
        relative(src, resolve(dirname(join(src, file)), m[1]))
          .split('\\')
          .join('/')
          .replace(/\.js$/, '.ts'),
      ).filter((target) => target.endsWith('.ts'));
      return [file, new Set(targets)];
    }),
  );
  return { files, imports };
}

/** The layer (folder) of a path of src; `''` for the root. */
export const layerOf = (path) => (path.includes('/') ? path.split('/')[0] : '');

/** The cycles of a directed graph (each reported once, from where the search met it), by depth-first search. */
export function cycles(edges) {
  const found = [];
  const state = new Map();
  const stack = [];
  const visit = (node) => {
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

/** The folder graph: which layers each layer imports from. */
export function folderGraph({ files, imports }) {
  const edges = new Map();
  for (const file of files) {
    for (const target of imports.get(file) ?? []) {
      if (layerOf(file) === layerOf(target)) continue;
      edges.set(layerOf(file), (edges.get(layerOf(file)) ?? new Set()).add(layerOf(target)));
    }
  }
  return edges;
}
