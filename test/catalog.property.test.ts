// Laws of operators' catalogs (R70, R71, R46, R47, R54, R57): generated catalogs behave like the default one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  catalog,
  createRules,
  normalizeRequest,
  normalizeRequestBody,
  quoteRequest,
  type Rules,
} from '../src/index.js';
import { requestArb } from './arbitraries.js';

const SCENES = ['standard', 'motion_control', 'avatar_i2v', 'lip_sync'] as const;

// Durations vary, and most sets include 5 seconds so that generated requests are often accepted.
const durationsArb = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 20 }))
    .map(([min, span]) => ({ min, max: Math.max(5, min + span) })),
  fc
    .uniqueArray(fc.integer({ min: 1, max: 30 }), { minLength: 0, maxLength: 3 })
    .map((values) => ({ values: [...new Set([5, ...values])] })),
  fc
    .tuple(fc.integer({ min: 6, max: 30 }), fc.integer({ min: 0, max: 20 }))
    .map(([min, span]) => ({ min, max: min + span })),
);

const FAMILY_NAMES = ['kling-4.0', 'kling-3.5', 'acme-v1', 'k9', 'kling-2.5', 'kling-3.0-omni', 'x-turbo'];

/** A valid catalog: one to four families, one to three aliases each, every model row varied. */
const catalogArb = fc
  .uniqueArray(fc.record({ name: fc.constantFrom(...FAMILY_NAMES), referenceInTier: fc.boolean() }), {
    minLength: 1,
    maxLength: 4,
    selector: (f) => f.name,
  })
  .chain((families) =>
    fc
      .tuple(
        ...families.map((family, i) =>
          fc.array(
            fc
              .record(
                {
                  suffix: fc.constantFrom('', '-pro', '-lite', '-x'),
                  audio: fc.boolean(),
                  durations: durationsArb,
                  scenes: fc.oneof(
                    fc.subarray([...SCENES], { minLength: 1 }),
                    fc.subarray([...SCENES.slice(1)]).map((rest) => ['standard', ...rest]),
                  ),
                  multiShot: fc.boolean(),
                  withReferenceVideo: fc.option(
                    fc.record({ durations: durationsArb, audio: fc.boolean(), multiShot: fc.boolean() }),
                    { nil: undefined },
                  ),
                },
                { requiredKeys: ['suffix', 'audio', 'durations', 'scenes', 'multiShot'] },
              )
              .map((m) => ({ ...m, family: family.name, index: i })),
            { minLength: 1, maxLength: 3, selector: (m: { suffix: string }) => m.suffix } as never,
          ),
        ),
        fc.constantFrom(5, 5, 5, 3, 10),
        fc.dictionary(
          fc.constantFrom('kling-avatar-720p', 'kling-identify-face', 'kling-4.0-720p-mute', 'k9-1080p-audio'),
          fc.integer({ min: 0, max: 12 }),
        ),
      )
      .map(([...all]) => {
        const minimums = all.pop() as Record<string, number>;
        const seconds = all.pop() as number;
        const rows = (all as { suffix: string; family: string; withReferenceVideo?: unknown }[][]).flat();
        const seen = new Set<string>();
        const models = rows
          .map(({ suffix, index: _, ...row }: Record<string, unknown>) => {
            const m: Record<string, unknown> = { ...row, alias: `${String(row.family)}${String(suffix)}` };
            if (m.withReferenceVideo === undefined) delete m.withReferenceVideo;
            return m;
          })
          .filter((m) => !seen.has(m.alias as string) && seen.add(m.alias as string));
        const made = {
          ...JSON.parse(JSON.stringify(catalog)),
          models,
          families,
          defaults: { ...catalog.defaults, seconds },
          minimumBillableSeconds: {},
        } as Record<string, unknown>;
        // R71: a billing minimum names a tier of the catalog; keep the generated ones that do.
        const made0 = createRules(made);
        const tiers = new Set(made0.ok ? made0.rules.listTiers() : []);
        made.minimumBillableSeconds = Object.fromEntries(Object.entries(minimums).filter(([tier]) => tiers.has(tier)));
        return made;
      }),
  );

/** Simple requests, mostly accepted by some model of a generated catalog. */
const simpleArb = fc.record(
  {
    prompt: fc.constantFrom('a cat', 'a city at night'),
    seconds: fc.constantFrom(5, 10, '5'),
    size: fc.constantFrom('720x1280', '1920x1080', '1080P', '720p'),
    images: fc.constant(['https://example.com/a.png']),
    metadata: fc.oneof(
      fc.record({ audio: fc.boolean() }),
      fc.record({ video_url: fc.constant('https://example.com/v.mp4'), mode: fc.constantFrom('std', 'pro') }),
    ),
  },
  { requiredKeys: ['prompt'] },
);

function made(c: unknown): Rules {
  const r = createRules(c);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.rules;
}

describe('R70: the default catalog as data', () => {
  const rules = made(JSON.parse(JSON.stringify(catalog)));
  it('createRules(catalog) agrees with the root functions on generated requests', () => {
    fc.assert(
      fc.property(requestArb, (raw) => {
        expect(rules.normalizeRequest(raw)).toEqual(normalizeRequest(raw));
        const text = JSON.stringify(raw);
        expect(rules.normalizeRequestBody(text)).toEqual(normalizeRequestBody(text));
        const table = {
          currency: 'CNY',
          tiers: Object.fromEntries(rules.listTiers().map((t) => [t, { perSecond: '0.5', perTask: 1 }])),
        };
        expect(rules.quoteRequest(raw, table)).toEqual(quoteRequest(raw, table));
      }),
      { numRuns: 500 },
    );
  });
});

describe('R70, R71: generated catalogs', () => {
  let accepted = 0;
  let runs = 0;
  it('are valid, and every accepted spec bills a listed tier that round-trips and is priced by a table of listTiers()', () => {
    fc.assert(
      fc.property(catalogArb, fc.oneof(simpleArb, requestArb), fc.nat(), fc.boolean(), (c, raw, pick, asTier) => {
        runs++;
        const rules = made(c);
        const tiers = rules.listTiers();
        const listed = new Set(tiers);
        expect(tiers).toEqual([...tiers].sort());
        for (const name of tiers) {
          const parts = rules.parseTier(name);
          expect(parts).toBeDefined();
          expect(rules.formatTier(parts!)).toBe(name);
        }
        const table = { currency: 'CNY', tiers: Object.fromEntries(tiers.map((t) => [t, { perSecond: '0.25' }])) };
        expect(rules.checkPriceTable(table)).toMatchObject({ ok: true, missing: [], unknown: [] });
        const aliases = (c.models as { alias: string }[]).map((m) => m.alias);
        const model = asTier && tiers.length > 0 ? tiers[pick % tiers.length] : aliases[pick % aliases.length];
        const request = { ...raw, model };
        const r = rules.normalizeRequest(request);
        if (r.ok) {
          accepted++;
          expect(listed.has(r.spec.tier)).toBe(true);
          expect(r.spec.billableSeconds).toBeGreaterThanOrEqual(r.spec.seconds);
          expect(aliases).toContain(r.spec.model);
          const q = rules.quoteRequest(request, table);
          expect(q.ok).toBe(true);
          // The canonical request of an accepted spec normalizes back to it (R51).
          const again = rules.normalizeRequest(rules.toCanonicalRequest(r.spec));
          expect(again.ok && again.spec.tier).toBe(r.spec.tier);
        }
        expect(rules.describeModels(table).map((d) => d.id)).toEqual(aliases);
      }),
      { numRuns: 1000 },
    );
    // The law is only worth its name if many requests were accepted.
    expect(accepted).toBeGreaterThan(runs / 20);
  });
});
