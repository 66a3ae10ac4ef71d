// Laws of form bodies (R58-R61): a JSON request sent as the OpenAI SDK sends it normalizes to the same spec, and
// normalizeForm never throws on any entry list. The encoding is the SDK's own: `client.videos.create` is called with
// a fetch that captures the multipart body it built, so no request leaves the process.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForm, normalizeRequest, type NormalizeResult } from '../src/index.js';
import { examples, requestArb } from './arbitraries.js';
import { sdkForm } from './sdk-form.js';

const strip = (result: NormalizeResult) =>
  result.ok
    ? {
        ok: true,
        spec: { ...result.spec, sources: undefined },
        warnings: result.warnings.map((w) => `${w.code}@${w.path}`),
      }
    : { ok: false, issues: result.issues.map((i) => `${i.code}@${i.path}`) };

describe('laws of normalizeForm (R58-R61)', () => {
  it('every document example sent as the SDK sends it gives the same spec and warnings', async () => {
    for (const example of examples) {
      const form = await sdkForm(example);
      expect(form.every(([, value]) => typeof value === 'string')).toBe(true);
      expect(strip(normalizeForm(form))).toEqual(strip(normalizeRequest(example)));
    }
  });

  it('any accepted JSON request, encoded by the SDK, normalizes to the same spec (sources aside) and warnings', async () => {
    let accepted = 0;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(requestArb, async (raw) => {
        runs++;
        const json = normalizeRequest(raw);
        if (!json.ok) return;
        accepted++;
        const form = normalizeForm(await sdkForm(raw));
        expect(strip(form)).toEqual(strip(json));
        // Where a value's source was a JSON path, the form's is the same dot path.
        if (form.ok) expect(form.spec.sources).toEqual(json.spec.sources);
      }),
      { numRuns: 800 },
    );
    expect(accepted).toBeGreaterThan(runs / 20);
  });

  const name = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom(
      'model',
      'prompt',
      'images',
      'images[]',
      'metadata[file_infos][][type]',
      'content[][image_url][url]',
      'a[0]',
      'a[99]',
      'a[100]',
      '__proto__[x]',
      'a][',
    ),
    fc
      .array(
        fc.oneof(
          fc.constant('[]'),
          fc.constant('[0]'),
          fc.string({ maxLength: 4 }).map((k) => `[${k}]`),
        ),
        { maxLength: 9 },
      )
      .map((groups) => `metadata${groups.join('')}`),
    fc.nat(400).map((n) => 'x'.repeat(n)),
  );
  const value = fc.oneof(
    fc.string(),
    fc.constantFrom('', ' ', '{', '[1,2', '{"scene_type":"lip_sync"}', 'true', 'https://example.com/a.png'),
    fc.constant(new File([new Uint8Array(3)], 'a.png', { type: 'image/png' })),
    fc.constant(new File([], '')),
    fc.anything() as fc.Arbitrary<never>,
  );

  it('never throws on arbitrary entry lists (malformed, deep and long names, non-string values)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.tuple(name, value), fc.anything() as fc.Arbitrary<never>), { maxLength: 40 }),
        (entries) => {
          const result = normalizeForm(entries as [string, string][]);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never throws on huge forms: many entries, long values, deep names', () => {
    const many = Array.from({ length: 5000 }, (_, i): [string, string] => [`k${i}`, 'v']);
    expect(normalizeForm(many).ok).toBe(false);
    expect(normalizeForm([['prompt', 'x'.repeat(2_000_000)]]).ok).toBe(false);
    expect(normalizeForm([[`a${'[b]'.repeat(10_000)}`, 'v']]).ok).toBe(false);
    const endless = {
      *[Symbol.iterator]() {
        for (;;) yield ['x[]', 'v'] as [string, string];
      },
    };
    expect(normalizeForm(endless).ok).toBe(false);
  });
});
