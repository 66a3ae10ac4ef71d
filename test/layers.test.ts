// The layout's rules (issue 8): folders are layers, and imports only go the way data flows. Data (the catalog)
// imports no rule; no rule imports the CLI, billing or the wire; messages name no rule.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(__dirname, '..', 'src');
const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));

/** Each file's relative imports, as folders of src ('' for the top level). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(src, file), 'utf8');
  return Array.from(text.matchAll(/from '(\.{1,2}\/[^']+)'/g), (m) => relative(src, resolve(dirname(join(src, file)), m[1] as string)));
}

const layer = (path: string) => (path.includes('/') ? (path.split('/')[0] as string) : '');

const allowed: Record<string, string[]> = {
  catalog: ['catalog', 'types.js'],
  messages: ['messages', 'read', 'types.js'],
  rules: ['rules', 'read', 'catalog', 'messages', 'types.js'],
  read: ['read', 'rules', 'catalog', 'messages', 'types.js'],
  billing: ['billing', 'read', 'rules', 'catalog', 'messages', 'types.js'],
  wire: ['wire', 'billing', 'read', 'rules', 'catalog', 'messages', 'types.js'],
};

describe('layers', () => {
  it('has folders for the layers and a small top level', () => {
    expect(files.filter((f) => !f.includes('/')).sort()).toEqual(['create-rules.ts', 'index.ts', 'rules.ts', 'types.ts']);
  });

  it.each(Object.keys(allowed))('%s/ imports only the layers below it', (folder) => {
    for (const file of files.filter((f) => layer(f) === folder)) {
      for (const target of importsOf(file)) {
        const where = target.includes('/') ? layer(target) : target;
        expect(allowed[folder], `${file} imports ${target}`).toContain(where);
      }
    }
  });

  it('nothing but the CLI imports the CLI', () => {
    for (const file of files.filter((f) => layer(f) !== 'cli')) {
      for (const target of importsOf(file)) expect(layer(target), `${file} imports ${target}`).not.toBe('cli');
    }
  });

  it('the catalog data imports types only', () => {
    const text = readFileSync(join(src, 'catalog', 'catalog.ts'), 'utf8');
    expect(Array.from(text.matchAll(/^import .*$/gm), (m) => m[0])).toEqual(["import type { AspectRatio, MotionLevel, Resolution, Scene } from '../types.js';"]);
  });
});
