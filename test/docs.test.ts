// docs/rules.md is the rule catalogIndex a user of the package can read: it has every rule R1-R84, and every
// rule id the code and the tests cite is one of them, so citations point inside the repository.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const doc = readFileSync(join(root, 'docs', 'rules.md'), 'utf8');
const defined = new Set(Array.from(doc.matchAll(/^- \*\*(R\d+)\*\* /gm), (m) => m[1] as string));

function cited(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })) {
    if (!/\.(ts|mjs)$/.test(file)) continue;
    const text = readFileSync(join(root, dir, file), 'utf8');
    for (const m of text.matchAll(/\bR(\d{1,3})\b/g)) found.set(`R${m[1]}`, `${dir}/${file}`);
  }
  return found;
}

describe('docs/rules.md', () => {
  it('defines R1 to R84, each once, in order', () => {
    const ids = Array.from(doc.matchAll(/^- \*\*(R\d+)\*\* /gm), (m) => Number((m[1] as string).slice(1)));
    expect(ids).toEqual(Array.from({ length: 84 }, (_, i) => i + 1));
  });

  it.each(['src', 'test', 'scripts'])('every rule id cited in %s/ is defined there', (dir) => {
    for (const [id, file] of cited(dir)) expect(defined.has(id), `${id} cited in ${file}`).toBe(true);
  });

  it('the README sends readers to it, not to a file outside the repository', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toContain('docs/rules.md');
    expect(readme).not.toMatch(/`SPEC\.md`|\.\.\/shared/);
  });
});

describe('every rule is implemented and tested somewhere (issue 21: a rule -> code map)', () => {
  const cites = (dirs: string[], id: string) =>
    dirs.some((dir) =>
      readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).some(
        (file) =>
          /\.(ts|mjs)$/.test(file) && new RegExp(`\\b${id}\\b`).test(readFileSync(join(root, dir, file), 'utf8')),
      ),
    );
  const ids = Array.from({ length: 84 }, (_, i) => `R${i + 1}`);

  it('each rule id is cited by the code that applies it (src/ or examples/)', () => {
    expect(ids.filter((id) => !cites(['src', 'examples'], id))).toEqual([]);
  });

  it('each rule id is cited by a test', () => {
    expect(ids.filter((id) => !cites(['test'], id))).toEqual([]);
  });

  it('each section of docs/rules.md names its code', () => {
    const sections = doc.split(/^## /m).slice(1);
    expect(sections.length).toBeGreaterThanOrEqual(22);
    for (const section of sections) expect(section, section.split('\n')[0]).toMatch(/^Code: /m);
  });

  it('module headers list rule ids one by one, so that grep finds each (no ranges such as R8-R13)', () => {
    const ranges: string[] = [];
    for (const file of readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts')) continue;
      for (const m of readFileSync(join(root, 'src', file), 'utf8').matchAll(/\bR\d+-R?\d+\b/g))
        ranges.push(`${file}: ${m[0]}`);
    }
    expect(ranges).toEqual([]);
  });
});
