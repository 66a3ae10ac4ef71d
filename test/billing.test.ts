import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { checkPriceTable, listTiers, PriceTableSchema, quote, quoteRequest } from '../src/index.js';

const table = (tiers: Record<string, unknown>, currency: unknown = 'CNY') => ({ currency, tiers });
const amount = (perSecond: unknown, seconds: number, perTask?: unknown) => {
  const entry = perTask === undefined ? { perSecond } : perSecond === undefined ? { perTask } : { perSecond, perTask };
  const result = quote({ tier: 't', billableSeconds: seconds }, table({ t: entry }));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.quote.amount;
};
const sample = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'prices.example.json'), 'utf8')) as {
  tiers: Record<string, unknown>;
};

describe('quote amounts (R55), computed by hand', () => {
  it.each([
    ['0.1', 3, undefined, '0.3'],
    ['0.51', 15, undefined, '7.65'],
    ['0.50', 5, undefined, '2.50'],
    ['5', 3, undefined, '15'],
    ['0', 10, undefined, '0'],
    [0.51, 15, undefined, '7.65'],
    [2, 4, undefined, '8'],
    ['0.000000001', 3, undefined, '0.000000003'],
    ['0.123456789', 10, undefined, '1.234567890'],
    ['0.30', 5, '1.5', '3.00'],
    ['0.35', 10, '0.005', '3.505'],
    [undefined, 10, '2.00', '2.00'],
    ['1.1', 1, '0', '1.1'],
  ])('%j x %i s + %j = %s', (perSecond, seconds, perTask, expected) => {
    expect(amount(perSecond, seconds, perTask)).toBe(expected);
  });

  it('amounts above 2^53 in the smallest unit stay exact', () => {
    // 98765432109.876543210 x 100000 = 9876543210987654.321000000, i.e. 9.9e24 units of 10^-9.
    expect(amount('98765432109.876543210', 100000)).toBe('9876543210987654.321000000');
    expect(amount('9007199254740993', 1)).toBe('9007199254740993');
    expect(amount('0.000000001', 9007199254740991)).toBe('9007199.254740991');
  });

  it('returns the prices and currency with the amount', () => {
    expect(quote({ tier: 't', billableSeconds: 2 }, table({ t: { perSecond: 0.5, perTask: '1' } }, 'USD'))).toEqual({
      ok: true,
      quote: { tier: 't', billableSeconds: 2, currency: 'USD', perSecond: '0.5', perTask: '1', amount: '2.0' },
    });
  });

  it('R57: a 4-second lip-sync task at "0.30" per second costs "1.50" (billed 5 s)', () => {
    const result = quoteRequest(
      { model: 'kling-2.5', image: 'https://example.com/face.png', seconds: 4, metadata: { scene_type: 'lip_sync' } },
      table({ 'kling-identify-face': { perSecond: '0.30' } }),
    );
    expect(result.ok && result.quote).toEqual({
      tier: 'kling-identify-face',
      billableSeconds: 5,
      currency: 'CNY',
      perSecond: '0.30',
      amount: '1.50',
    });
  });
});

describe('quote refusals (R55)', () => {
  it('missing_price for a tier without an entry', () => {
    expect(quote({ tier: 'kling-2.5-720p-mute', billableSeconds: 5 }, table({}))).toEqual({
      ok: false,
      issues: [
        {
          code: 'missing_price',
          path: 'tiers.kling-2.5-720p-mute',
          message: expect.stringContaining('kling-2.5-720p-mute'),
          params: expect.any(Object),
        },
      ],
    });
  });

  it.each([
    [{ tier: 5, billableSeconds: 5 }, ['tier']],
    [{ tier: 't', billableSeconds: 0 }, ['billableSeconds']],
    [{ tier: 't', billableSeconds: 2.5 }, ['billableSeconds']],
    [{ tier: 't', billableSeconds: '5' }, ['billableSeconds']],
    [{ tier: null }, ['tier', 'billableSeconds']],
    [null, ['']],
  ])('invalid_task for %j', (task, paths) => {
    const result = quote(task as never, table({ t: { perSecond: '1' } }));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((i) => `${i.code}@${i.path}`)).toEqual(paths.map((p) => `invalid_task@${p}`));
  });

  it.each([
    [{ perSecond: '-1' }, 'tiers.t.perSecond'],
    [{ perSecond: '+1' }, 'tiers.t.perSecond'],
    [{ perSecond: '1e3' }, 'tiers.t.perSecond'],
    [{ perSecond: '1.' }, 'tiers.t.perSecond'],
    [{ perSecond: '.5' }, 'tiers.t.perSecond'],
    [{ perSecond: '0.1234567891' }, 'tiers.t.perSecond'],
    [{ perSecond: ' 1' }, 'tiers.t.perSecond'],
    [{ perSecond: '' }, 'tiers.t.perSecond'],
    [{ perSecond: '1,5' }, 'tiers.t.perSecond'],
    [{ perSecond: 1e-7 }, 'tiers.t.perSecond'],
    [{ perSecond: 1e21 }, 'tiers.t.perSecond'],
    [{ perSecond: -0.5 }, 'tiers.t.perSecond'],
    [{ perSecond: Number.NaN }, 'tiers.t.perSecond'],
    [{ perSecond: Number.POSITIVE_INFINITY }, 'tiers.t.perSecond'],
    [{ perSecond: 0.1 + 0.2 }, 'tiers.t.perSecond'],
    [{ perSecond: null }, 'tiers.t.perSecond'],
    [{ perSecond: true }, 'tiers.t.perSecond'],
    [{ perTsk: '1' }, 'tiers.t.perTsk'],
    [{ perSecond: '1', per_task: '1' }, 'tiers.t.per_task'],
    [{}, 'tiers.t'],
    ['0.5', 'tiers.t'],
    [['0.5'], 'tiers.t'],
  ])('invalid_price_table for the entry %j', (entry, path) => {
    const result = quote({ tier: 't', billableSeconds: 1 }, table({ t: entry }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => `${i.code}@${i.path}`)).toEqual([`invalid_price_table@${path}`]);
  });

  it.each([['cny'], ['CN'], ['CNYY'], [''], [156], [null]])('invalid_price_table for currency %j', (currency) => {
    const result = quote({ tier: 't', billableSeconds: 1 }, { currency, tiers: { t: { perSecond: '1' } } });
    expect(!result.ok && result.issues.map((i) => `${i.code}@${i.path}`)).toEqual(['invalid_price_table@currency']);
  });

  it('a half-valid table is refused whole, with every problem listed', () => {
    const result = quote(
      { tier: 'good', billableSeconds: 1 },
      { currency: 'eur', tiers: { good: { perSecond: '1' }, bad: { perSecond: 'x' }, worse: {} }, extra: true },
    );
    expect(!result.ok && result.issues.map((i) => `${i.code}@${i.path}`)).toEqual([
      'invalid_price_table@currency',
      'invalid_price_table@tiers.bad.perSecond',
      'invalid_price_table@tiers.worse',
      'invalid_price_table@',
    ]);
  });

  it('a table without currency', () => {
    const result = quote({ tier: 't', billableSeconds: 1 }, { tiers: { t: { perSecond: '1' } } });
    expect(!result.ok && result.issues).toEqual([
      { code: 'invalid_price_table', path: 'currency', message: 'currency is required', params: expect.any(Object) },
    ]);
  });

  it('tables that are not objects', () => {
    for (const t of [null, [], 'x', { currency: 'CNY' }, { currency: 'CNY', tiers: [] }]) {
      const result = quote({ tier: 't', billableSeconds: 1 }, t);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues.every((i) => i.code === 'invalid_price_table')).toBe(true);
    }
  });

  it('an entry under __proto__ is never used unchecked', () => {
    const hostile = JSON.parse('{"currency":"CNY","tiers":{"__proto__":{"perSecond":"x"}}}');
    const result = quote({ tier: '__proto__', billableSeconds: 1 }, hostile);
    expect(result.ok).toBe(false);
  });
});

describe('checkPriceTable (R54)', () => {
  it('finds the sample table complete', () => {
    expect(checkPriceTable(sample)).toEqual({ ok: true, missing: [], unknown: [], invalid: [] });
    expect(v.is(PriceTableSchema, sample)).toBe(true);
  });

  it('lists missing, unknown and invalid separately; an invalid entry is not also missing', () => {
    const tiers = { ...sample.tiers };
    delete tiers['kling-o1-720p-mute'];
    tiers['kling-2.5-720p-mute'] = { perSecond: 'free' };
    tiers['kling-2.6-720p-mute'] = { perSecond: '1' };
    const result = checkPriceTable({ currency: 'CNY', tiers });
    expect(result).toEqual({
      ok: false,
      missing: ['kling-o1-720p-mute'],
      unknown: ['kling-2.6-720p-mute'],
      invalid: [
        {
          code: 'invalid_price_table',
          path: 'tiers.kling-2.5-720p-mute.perSecond',
          message: expect.stringContaining('decimal'),
          params: { reason: 'price' },
        },
      ],
    });
  });

  it('PriceTableSchema (valibot) reports the same problems at the same paths', () => {
    const bad = { currency: 'eur', tiers: { good: { perSecond: '1' }, bad: { perSecond: 'x' } } };
    const result = v.safeParse(PriceTableSchema, bad);
    expect(result.success).toBe(false);
    const issues = result.issues?.map((i) => [v.getDotPath(i), i.message]) ?? [];
    expect(issues).toEqual(checkPriceTable(bad).invalid.map((p) => [p.path, p.message]));
    expect(issues.map(([path]) => path)).toEqual(['currency', 'tiers.bad.perSecond']);
  });

  it('allows $-annotations, refuses other top-level keys', () => {
    expect(checkPriceTable({ ...sample, $schema: 'x', $note: 1 }).ok).toBe(true);
    expect(checkPriceTable({ ...sample, note: 1 }).invalid).toEqual([
      {
        code: 'invalid_price_table',
        path: '',
        message: expect.stringContaining('$comment'),
        params: { reason: 'table_key' },
      },
    ]);
  });

  it('a table that is not an object has every tier missing', () => {
    const result = checkPriceTable(null);
    expect(result.ok).toBe(false);
    expect(result.missing).toEqual(listTiers());
    expect(result.invalid.length).toBeGreaterThan(0);
  });
});

describe('quoteRequest (R56)', () => {
  const prices = sample;

  it('normalizes, then quotes', () => {
    const result = quoteRequest(
      {
        model: 'kling-2.6',
        seconds: '10',
        metadata: { scene_type: 'motion_control', motion_level: 'pro', video_url: 'https://example.com/v.mp4' },
      },
      prices,
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.spec.tier).toBe('kling-2.5-motion-pro-720p');
      expect(result.quote).toEqual({
        tier: 'kling-2.5-motion-pro-720p',
        billableSeconds: 10,
        currency: 'CNY',
        perSecond: '0.60',
        amount: '6.00',
      });
    }
  });

  it('returns the issues of either step', () => {
    const refusedRequest = quoteRequest({ model: 'nope' }, { currency: 'x', tiers: {} });
    expect(!refusedRequest.ok && refusedRequest.issues.map((i) => i.code)).toEqual([
      'unknown_model',
      'missing_field',
      'invalid_price_table',
    ]);
    const unpriced = quoteRequest({ model: 'kling-2.5', prompt: 'x' }, { currency: 'CNY', tiers: {} });
    expect(!unpriced.ok && unpriced.issues.map((i) => i.code)).toEqual(['missing_price']);
  });

  it('keeps the warnings of normalization', () => {
    const result = quoteRequest({ model: 'kling-2.5', prompt: 'x', extra: 1 }, prices);
    expect(result.warnings.map((w) => w.code)).toEqual(['unknown_field']);
  });
});

describe('R55: a table is checked whole the first time it is used, and what a quote reads on every call', () => {
  const tiers = () => Object.fromEntries(listTiers().map((t) => [t, { perSecond: '0.50' }]));
  it('a table edited in place after a quote is not priced from the stale check', () => {
    const table = { currency: 'CNY', tiers: tiers() };
    expect(quote({ tier: 'kling-2.5-720p-mute', billableSeconds: 5 }, table).ok).toBe(true);
    (table.tiers['kling-2.5-720p-mute'] as Record<string, unknown>).perSecond = '-1';
    const edited = quote({ tier: 'kling-2.5-720p-mute', billableSeconds: 5 }, table);
    expect(edited.ok ? [] : edited.issues.map((i) => `${i.code}@${i.path}`)).toEqual([
      'invalid_price_table@tiers.kling-2.5-720p-mute',
    ]);
    table.currency = 'yuan';
    expect(quote({ tier: 'kling-2.5-1080p-mute', billableSeconds: 5 }, table).ok).toBe(false);
  });

  it('a new table object is checked whole: a bad entry elsewhere refuses every quote from it', () => {
    const table = { currency: 'CNY', tiers: { ...tiers(), 'kling-1.0-720p-mute': { perSecnd: '1' } } };
    const r = quote({ tier: 'kling-2.5-720p-mute', billableSeconds: 5 }, table);
    expect(r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path}`)).toEqual([
      'invalid_price_table@tiers.kling-1.0-720p-mute.perSecnd',
    ]);
    expect(quote({ tier: 'kling-2.5-720p-mute', billableSeconds: 5 }, table).ok).toBe(false); // cached, still refused
  });
});
