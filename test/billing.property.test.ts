import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountText, exactAmountText } from '../src/billing/decimal.js';
import { entryProblemsOf, isWellFormedEntry } from '../src/billing/prices.js';
import { checkPriceTable, listTiers, quote } from '../src/index.js';

/** An independent oracle: schoolbook decimal arithmetic on digit strings, no BigInt, no floats. */
function addDigits(a: string, b: string): string {
  let out = '';
  let carry = 0;
  for (let i = a.length - 1, j = b.length - 1; i >= 0 || j >= 0 || carry; i--, j--) {
    const sum = (i >= 0 ? a.charCodeAt(i) - 48 : 0) + (j >= 0 ? b.charCodeAt(j) - 48 : 0) + carry;
    out = String(sum % 10) + out;
    carry = sum >= 10 ? 1 : 0;
  }
  return out;
}
function timesSmall(a: string, k: number): string {
  let out = '0';
  let addend = a;
  for (let n = k; n > 0; n = Math.floor(n / 2)) {
    if (n % 2 === 1) out = addDigits(out, addend);
    addend = addDigits(addend, addend);
  }
  return out;
}
function oracle(perSecond: string | undefined, perTask: string | undefined, seconds: number): string {
  const decimals = (p: string | undefined) => (p === undefined || !p.includes('.') ? 0 : p.length - p.indexOf('.') - 1);
  const scale = Math.max(decimals(perSecond), decimals(perTask));
  const digits = (p: string | undefined) =>
    p === undefined ? '0' : p.replace('.', '') + '0'.repeat(scale - decimals(p));
  const total = addDigits(timesSmall(digits(perSecond), seconds), digits(perTask)).replace(/^0+(?=\d)/, '');
  if (scale === 0) return total;
  const padded = total.padStart(scale + 1, '0');
  return `${padded.slice(0, -scale)}.${padded.slice(-scale)}`;
}

const price = fc
  .tuple(fc.stringMatching(/^(0|[1-9]\d{0,14})$/), fc.option(fc.stringMatching(/^\d{1,9}$/), { nil: undefined }))
  .map(([int, frac]) => (frac === undefined ? int : `${int}.${frac}`));
const seconds = fc.integer({ min: 1, max: 100_000 });

describe('issue 24: the quote fast paths equal the plain paths', () => {
  // Prices and seconds around 2^53, where the number path must hand over to BigInt.
  const near = fc.oneof(
    price,
    fc.bigInt({ min: 9_007_199_254_000_000n, max: 9_007_199_254_999_999n }).map(String),
    fc.tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.stringMatching(/^\d{1,9}$/)).map(([i, f]) => `${i}.${f}`),
  );
  it('amountText (numbers while exact) equals exactAmountText (BigInt)', () => {
    fc.assert(
      fc.property(
        fc.option(near, { nil: undefined }),
        fc.option(near, { nil: undefined }),
        fc.oneof(seconds, fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER })),
        (perSecond, perTask, s) => {
          expect(amountText(perSecond, perTask, s)).toBe(exactAmountText(perSecond, perTask, s));
        },
      ),
      { numRuns: 5000 },
    );
    // At the edge: 2^53 - 1 units is exact, 2^53 + 1 is not a number at all.
    expect(amountText('9007199254740991', undefined, 1)).toBe('9007199254740991');
    expect(amountText('4503599627370497', undefined, 2)).toBe('9007199254740994');
    expect(amountText('0.000000001', '9007199.254740993', 1)).toBe('9007199.254740994');
    // Each part exact, their sum not: 8 999 999 999 999 991 + 100 000 000 000 000 passes 2^53 at an odd number.
    expect(amountText('999999999999999', '100000000000000', 9)).toBe('9099999999999991');
    // 16 digits: past what a number holds exactly, so the BigInt path.
    expect(amountText('1234567890123456.7', undefined, 1)).toBe('1234567890123456.7');
    expect(amountText('12345678.123456789', undefined, 1)).toBe('12345678.123456789');
    expect(amountText(undefined, '12345678901234567', 1)).toBe('12345678901234567');
  });

  it('isWellFormedEntry says yes exactly when entryProblems finds nothing (R53)', () => {
    const value = fc.oneof(price, fc.double(), fc.integer(), fc.constant(undefined), fc.constant(null), fc.string());
    const entry = fc.oneof(
      fc.record({ perSecond: value, perTask: value }, { requiredKeys: [] }),
      fc.dictionary(fc.constantFrom('perSecond', 'perTask', 'x', '__proto__', 'toString'), value),
      fc.anything(),
    );
    fc.assert(
      fc.property(entry, (e) => {
        expect(isWellFormedEntry(e)).toBe(entryProblemsOf(e).length === 0);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('quote laws (R55)', () => {
  it('equals an independent string-arithmetic oracle', () => {
    fc.assert(
      fc.property(
        fc.option(price, { nil: undefined }),
        fc.option(price, { nil: undefined }),
        seconds,
        (perSecond, perTask, s) => {
          fc.pre(perSecond !== undefined || perTask !== undefined);
          const entry = {
            ...(perSecond === undefined ? {} : { perSecond }),
            ...(perTask === undefined ? {} : { perTask }),
          };
          const result = quote({ tier: 't', billableSeconds: s }, { currency: 'CNY', tiers: { t: entry } });
          expect(result.ok && result.quote.amount).toBe(oracle(perSecond, perTask, s));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never decreases when seconds grow', () => {
    fc.assert(
      fc.property(price, seconds, seconds, (perSecond, a, b) => {
        const at = (s: number) => {
          const r = quote({ tier: 't', billableSeconds: s }, { currency: 'CNY', tiers: { t: { perSecond } } });
          return r.ok ? Number(r.quote.amount) : Number.NaN;
        };
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(at(hi)).toBeGreaterThanOrEqual(at(lo));
      }),
    );
  });

  it('never throws on arbitrary tasks and tables', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (task, table) => {
        const result = quote(task as never, table);
        if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('checkPriceTable laws (R54)', () => {
  const tiers = listTiers();
  const fullTable = fc.array(price, { minLength: tiers.length, maxLength: tiers.length }).map((prices) => ({
    currency: 'CNY',
    tiers: Object.fromEntries(tiers.map((t, i) => [t, { perSecond: prices[i] }])),
  }));

  it('a table built from listTiers() always checks clean', () => {
    fc.assert(
      fc.property(fullTable, (table) => {
        expect(checkPriceTable(table)).toEqual({ ok: true, missing: [], unknown: [], invalid: [] });
      }),
    );
  });

  it('removing one entry is reported as missing; renaming one as missing and unknown', () => {
    fc.assert(
      fc.property(fullTable, fc.nat(tiers.length - 1), fc.constantFrom('x', '-v2', '.', 'X'), (table, i, suffix) => {
        const name = tiers[i] as string;
        const removed = { ...table.tiers };
        delete removed[name];
        expect(checkPriceTable({ currency: 'CNY', tiers: removed })).toMatchObject({
          ok: false,
          missing: [name],
          unknown: [],
        });
        const renamed = { ...removed, [name + suffix]: table.tiers[name] };
        expect(checkPriceTable({ currency: 'CNY', tiers: renamed })).toMatchObject({
          ok: false,
          missing: [name],
          unknown: [name + suffix],
        });
      }),
    );
  });
});
