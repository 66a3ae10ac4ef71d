import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTier, listTiers, parseTier } from '../src/index.js';

describe('tier laws (R47)', () => {
  it('formatTier(parseTier(t)) === t for every listed tier', () => {
    fc.assert(
      fc.property(fc.constantFrom(...listTiers()), (tier) => {
        const parts = parseTier(tier);
        expect(parts).toBeDefined();
        expect(formatTier(parts!)).toBe(tier);
      }),
    );
  });

  it('parseTier never throws and accepts only listed tiers', () => {
    const listed = new Set(listTiers());
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.constantFrom(...listTiers()).map((t) => t + 'x'),
        ),
        (s) => {
          const parts = parseTier(s);
          expect(parts === undefined).toBe(!listed.has(s));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('formatTier never throws on arbitrary values and only yields listed tiers', () => {
    const listed = new Set(listTiers());
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const name = formatTier(value as never);
        if (name !== undefined) expect(listed.has(name)).toBe(true);
      }),
    );
  });
});
