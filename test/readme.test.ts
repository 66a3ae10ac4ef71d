// The README's gateway snippet is the compiled file examples/gateway/readme-snippet.ts (npm run typecheck compiles
// it), shown verbatim: the two cannot drift apart. The Quick start stays two lines.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const root = join(__dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('README', () => {
  it('shows the gateway snippet exactly as it is compiled, in at most ~30 lines (R67)', () => {
    const source = readFileSync(join(root, 'examples', 'gateway', 'readme-snippet.ts'), 'utf8');
    const snippet = (source.split('// README:start\n')[1] ?? '').trimEnd();
    expect(snippet.split('\n').length).toBeLessThanOrEqual(32);
    expect(readme).toContain(`\`\`\`ts\n${snippet}\n\`\`\``);
  });

  it('keeps the Quick start to two lines', () => {
    const quick = readme.split('## Quick start')[1]?.split('```sh\n')[1]?.split('```')[0] ?? '';
    expect(quick.trim().split('\n')).toHaveLength(2);
  });

  it("shows the catalog example exactly as it is compiled, and what it prints (R70)", async () => {
    const source = readFileSync(join(root, 'examples', 'catalog', 'kling-3.5.ts'), 'utf8');
    const snippet = (source.split('// README:start\n')[1] ?? '').trimEnd();
    expect(readme).toContain(`\`\`\`ts\n${snippet}\n\`\`\``);
    const printed = readme.split(`${snippet}\n\`\`\`\n\nprints\n\n\`\`\`text\n`)[1]?.split('\n```')[0];
    expect(printed).toBeDefined();
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' ')));
    try {
      await import('../examples/catalog/kling-3.5.js');
    } finally {
      log.mockRestore();
    }
    expect(lines.join('\n')).toBe(printed);
  });
});
