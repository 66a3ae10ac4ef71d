// The document's examples (../shared/seed/examples, copied into fixtures/) and the refused fixtures, each with an
// outcome written by hand from the spec (fixtures/expected.json, fixtures/refused.json).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, normalizeRequest, normalizeRequestBody, normalizeStatus, parseTier, sizeOf } from '../src/index.js';

const dir = join(__dirname, '..', 'fixtures');
const load = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));
const expected = load('expected.json') as {
  requests: Record<string, Record<string, unknown>>;
  responses: Record<string, { status: string; tier: string; size?: string }>;
};
const refused = load('refused.json') as {
  cases: { name: string; rule: string; request?: unknown; body?: string; bodyLength?: number; issues: { code: string; path: string }[] }[];
};

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
    const billing = new Set(['missing_price', 'invalid_price_table', 'invalid_task']);
    const covered = new Set(refused.cases.flatMap((c) => c.issues.map((i) => i.code)));
    expect(ISSUE_CODES.filter((code) => !billing.has(code) && !covered.has(code))).toEqual([]);
  });

  it.each(refused.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const body = c.bodyLength !== undefined ? ' '.repeat(c.bodyLength) : c.body;
    const result = body !== undefined ? normalizeRequestBody(body) : normalizeRequest(c.request);
    expect(result.ok, c.rule).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(({ code, path }) => ({ code, path })), c.rule).toEqual(c.issues);
    for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(10);
  });
});
