// The README's gateway snippet is the compiled file examples/gateway/readme-snippet.ts (npm run typecheck compiles
// it), shown verbatim: the two cannot drift apart. The Quick start stays two lines.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const root = join(__dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('README', () => {
  it('shows the gateway snippet exactly as it is compiled, in at most 50 lines (R67, R78)', () => {
    const source = readFileSync(join(root, 'examples', 'gateway', 'readme-snippet.ts'), 'utf8');
    const snippet = (source.split('// README:start\n')[1] ?? '').trimEnd();
    expect(snippet.split('\n').length).toBeLessThanOrEqual(50);
    expect(readme).toContain(`\`\`\`ts\n${snippet}\n\`\`\``);
  });

  it('keeps the Quick start to two lines', () => {
    const quick = readme.split('## Quick start')[1]?.split('```sh\n')[1]?.split('```')[0] ?? '';
    expect(quick.trim().split('\n')).toHaveLength(2);
  });

  it('shows the catalog example exactly as it is compiled, and what it prints (R70)', async () => {
    const source = readFileSync(join(root, 'examples', 'catalog', 'kling-3.5.ts'), 'utf8');
    const snippet = (source.split('// README:start\n')[1] ?? '').trimEnd();
    expect(readme).toContain(`\`\`\`ts\n${snippet}\n\`\`\``);
    const printed = readme.split(`${snippet}\n\`\`\`\n\nprints\n\n\`\`\`text\n`)[1]?.split('\n```')[0];
    expect(printed).toBeDefined();
    const lines: string[] = [];
    const log = vi
      .spyOn(console, 'log')
      .mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' ')));
    try {
      await import('../examples/catalog/kling-3.5.js');
    } finally {
      log.mockRestore();
    }
    expect(lines.join('\n')).toBe(printed);
  });
});

describe('README snippets', () => {
  /** The part of each examples/ file between `// README:start` and `// README:end` (or the end), dedented. */
  function regions(): Map<string, string> {
    const found = new Map<string, string>();
    const dir = join(root, 'examples');
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts')) continue;
      const text = readFileSync(join(dir, file), 'utf8');
      if (!text.includes('// README:start\n')) continue;
      const part = (text.split('// README:start\n')[1] ?? '').split(/^\s*\/\/ README:end/m)[0] ?? '';
      const lines = part.trimEnd().split('\n');
      const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)?.[0].length ?? 0));
      found.set(file, lines.map((l) => l.slice(indent)).join('\n'));
    }
    return found;
  }

  it('every ts block of the README is a compiled file of examples/ (npm run typecheck compiles them)', () => {
    const compiled = [...regions().values()];
    const blocks = Array.from(readme.matchAll(/```ts\n([\s\S]*?)\n```/g), (m) => m[1] as string);
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    for (const block of blocks) expect(compiled, block.slice(0, 80)).toContain(block);
  });
});
