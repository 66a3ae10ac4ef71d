// The document's examples (../shared/seed/examples, copied into fixtures/) and the refused fixtures, each with an
// outcome written by hand from the spec (fixtures/expected.json, fixtures/refused.json).
import { readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, normalizeForm, normalizeRequest, normalizeStatus, parseTier, sizeOf } from '../src/index.js';
import { CONFIGURATION_CODES } from '../src/shared/codes.js';
import { parseFormLines } from '../src/cli/form-lines.js';
import { sdkForm } from './sdk-form.js';
import { refusedCases, runRefusedCase } from './refused-cases.js';

const dir = join(__dirname, '..', 'fixtures');
const load = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));
const expected = load('expected.json') as {
  requests: Record<string, Record<string, unknown>>;
  responses: Record<string, { status: string; tier: string; size?: string }>;
};
const refused = { cases: refusedCases };
const run = runRefusedCase;

describe('document examples (fixtures/request-*.json)', () => {
  const files = readdirSync(dir).filter((f) => f.startsWith('request-'));

  it('has all 14 examples, each with an expectation', () => {
    expect(files).toHaveLength(14);
    expect(Object.keys(expected.requests).sort()).toEqual(files.sort());
  });

  it.each(Object.entries(expected.requests))('%s', (file, want) => {
    const result = normalizeRequest(load(file));
    expect(result.warnings).toEqual([]);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const { spec } = result;
    for (const [key, value] of Object.entries(want)) {
      expect(spec[key as keyof typeof spec] ?? null, key).toEqual(value);
    }
  });
});

describe('document examples sent as the OpenAI SDK sends them (fixtures/forms/*.form, R58-R60)', () => {
  const forms = readdirSync(join(dir, 'forms'));

  it('has one form for each of the 14 examples', () => {
    expect(forms.map((f) => f.replace(/\.form$/, '.json')).sort()).toEqual(Object.keys(expected.requests).sort());
  });

  it.each(Object.entries(expected.requests))('%s as a form', async (file, want) => {
    const lines = parseFormLines(readFileSync(join(dir, 'forms', file.replace(/\.json$/, '.form')), 'utf8'));
    const entries = lines.map((l): [string, string] => [l.name, 'value' in l ? l.value : '']);
    // The fixture is what the SDK sends for the JSON example: bracket names, [] arrays, every value as text.
    expect(entries).toEqual(await sdkForm(load(file) as Record<string, unknown>));
    const result = normalizeForm(entries);
    expect(result.warnings).toEqual([]);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    for (const [key, value] of Object.entries(want))
      expect(result.spec[key as keyof typeof result.spec] ?? null, key).toEqual(value);
  });
});

describe('document responses (fixtures/response-*.json, R49, R50)', () => {
  it.each(Object.entries(expected.responses))('%s', (file, want) => {
    const response = load(file) as { status: unknown; model: string; size?: string; object: string };
    expect(response.object).toBe('video');
    expect(normalizeStatus(response.status)).toBe(want.status);
    expect(response.model).toBe(want.tier);
    expect(parseTier(response.model)).toBeDefined();
    if (want.size !== undefined) {
      const parts = parseTier(response.model) as { resolution: '720P' | '1080P' };
      expect(sizeOf({ resolution: parts.resolution, aspectRatio: '9:16' })).toBe(want.size);
    }
  });
});

describe('refused fixtures (fixtures/refused.json)', () => {
  it('has a refused request for every normalization issue code', () => {
    // The operator's configuration codes (R64) are no request's: billing, catalogs and the upstream.
    const covered = new Set(refused.cases.flatMap((c) => c.issues.map((i) => i.code)));
    expect(ISSUE_CODES.filter((code) => !CONFIGURATION_CODES.has(code) && !covered.has(code))).toEqual([]);
  });

  it('R64: the configuration codes are the last six issue codes, written twice on purpose (codes.ts)', () => {
    expect([...CONFIGURATION_CODES]).toEqual(ISSUE_CODES.slice(-6));
    expect(CONFIGURATION_CODES).toEqual(
      new Set([
        'missing_price',
        'invalid_price_table',
        'invalid_task',
        'invalid_catalog',
        'no_upstream_model',
        'invalid_upstream_task',
      ]),
    );
  });

  it.each(refused.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = run(c);
    expect(result.ok, c.rule).toBe(false);
    if (result.ok) return;
    expect(
      result.issues.map(({ code, path }) => ({ code, path })),
      c.rule,
    ).toEqual(c.issues);
    for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(10);
  });
});

describe("npm run demo (the Quick start's second command)", () => {
  it('prints each refused fixture with its own first issue, sent as its case says', () => {
    const out = execFileSync(
      process.execPath,
      [join(__dirname, '..', 'scripts', 'run-ts.mjs'), join(__dirname, '..', 'scripts', 'demo.ts')],
      { encoding: 'utf8', timeout: 60_000 },
    );
    for (const c of refusedCases) {
      const first = c.issues[0] as { code: string; path: string };
      expect(out, c.name).toContain(`${c.name.padEnd(24)} ${first.code} at ${first.path || '(root)'}: `);
    }
    expect(out).not.toContain('(accepted!)');
    expect(out).not.toContain('REFUSED');
  }, 60_000);
});
