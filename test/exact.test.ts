// Exact behaviour at the edges of small functions the rules lean on: blank strings (R2), custom messages (R69),
// price tables (R53, R54) and decimal arithmetic (R55). Each case states what a rule requires there.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
  checkPriceTable,
  listTiers,
  normalizeBody,
  normalizeForm,
  normalizeRequest,
  normalizeRequestBody,
  PriceEntrySchema,
  PriceSchema,
  PriceTableSchema,
  quote,
  type Messages,
} from '../src/index.js';
import { isAbsent } from '../src/read/fields.js';
import { amountOf, formatDecimal, parseDecimal } from '../src/billing/decimal.js';
import { Report, Section } from '../src/report/report.js';
import { refused } from '../src/rules/normalize.js';

describe('R2: blank strings are absent, whatever white space they use', () => {
  it.each(['', ' ', '\t\n', '\u00a0', '\u1680', '\u2000\u200a', '\u2028', '\u3000', '\ufeff', ' \u00a0 '])(
    '%j is absent',
    (text) => {
      expect(isAbsent(text)).toBe(true);
    },
  );
  it.each(['x', ' x', '\u00a0x', '\u1680x', '\u3000猫', '!', '\u200b', '0'])('%j is not', (text) => {
    expect(isAbsent(text)).toBe(false);
  });
  it('every UTF-16 unit alone is absent exactly when it is JavaScript white space or a line terminator', () => {
    // ECMAScript's WhiteSpace and LineTerminator, written out: TAB, LF, VT, FF, CR, SP, NBSP, OGHAM SPACE MARK,
    // EN QUAD..HAIR SPACE, LS, PS, NNBSP, MMSP, IDEOGRAPHIC SPACE, BOM.
    const white = new Set([9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);
    for (let c = 0x2000; c <= 0x200a; c++) white.add(c);
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const unit = String.fromCharCode(c);
      if (isAbsent(unit) !== white.has(c) || isAbsent(unit + unit) !== white.has(c) || isAbsent(`${unit}x`))
        wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
  it('null and undefined are absent; other values are not', () => {
    for (const value of [null, undefined]) expect(isAbsent(value)).toBe(true);
    for (const value of [0, false, [], {}, Number.NaN]) expect(isAbsent(value)).toBe(false);
  });
  it('so a blank nbsp size is absent, and a blank nbsp model is missing', () => {
    expect(normalizeRequest({ model: 'kling-2.5', prompt: 'x', size: '\u00a0' }).ok).toBe(true);
    const r = normalizeRequest({ model: '\u3000', prompt: 'x' });
    expect(!r.ok && r.issues.map((i) => i.code)).toEqual(['missing_field']);
  });
});

describe('R69: custom messages', () => {
  const raw = { model: 'kling-25', prompt: 'x' };
  const english = normalizeRequest(raw);
  const first = (messages: unknown) => {
    const r = normalizeRequest(raw, { messages: messages as Messages });
    return r.ok ? '' : r.issues[0]?.message;
  };
  it('uses a function that returns text, with the params and path', () => {
    expect(first({ unknown_model: (p: { value: string }, path: string) => `${path}=${p.value}` })).toBe(
      'model=kling-25',
    );
  });
  it.each([
    ['returns an empty string', () => ''],
    ['returns a number', () => 5],
    ['returns undefined', () => undefined],
    [
      'throws',
      () => {
        throw new Error('x');
      },
    ],
    ['is not a function', 'text'],
    ['is inherited, not own', Object.create({ unknown_model: () => 'inherited' })],
  ])('keeps English when the entry %s', (_, entry) => {
    const messages = typeof entry === 'object' ? entry : { unknown_model: entry };
    expect(first(messages)).toBe(!english.ok && english.issues[0]?.message);
  });
  it.each([null, 'zh', 5, []])('keeps English when messages is %j', (messages) => {
    expect(first(messages)).toBe(!english.ok && english.issues[0]?.message);
  });
});

describe('R53, R54: price tables, exactly', () => {
  const table = (tiers: unknown, extra: Record<string, unknown> = {}) => ({ currency: 'CNY', tiers, ...extra });
  const problems = (t: unknown) => checkPriceTable(t).invalid.map((p) => p.path);
  it.each([
    ['CNY', true],
    ['USD', true],
    ['cny', false],
    ['CN', false],
    ['CNYX', false],
    [' CNY', false],
    ['C1Y', false],
    [5, false],
  ])('currency %j valid: %s', (currency, valid) => {
    expect(problems({ currency, tiers: {} }).includes('currency')).toBe(!valid);
  });
  it('a missing currency and missing tiers are each named', () => {
    expect(checkPriceTable({}).invalid.map((p) => p.path)).toEqual(['currency', 'tiers']);
    expect(checkPriceTable({ currency: 'CNY', tiers: [] }).invalid.map((p) => p.path)).toEqual(['tiers']);
  });

  // R68: each problem's reason, seen through quote's issues (their params) and checkPriceTable's messages.
  it.each([
    [null, [['', 'table']]],
    [
      {},
      [
        ['currency', 'required'],
        ['tiers', 'required'],
      ],
    ],
    [
      { currency: 'cny', tiers: 5 },
      [
        ['currency', 'currency'],
        ['tiers', 'tiers'],
      ],
    ],
    [{ currency: 'CNY', tiers: {}, note: 1 }, [['', 'table_key']]],
    [{ currency: 'CNY', tiers: { t: 5 } }, [['tiers.t', 'entry']]],
    [{ currency: 'CNY', tiers: { t: { perSecond: '1', x: 1 } } }, [['tiers.t.x', 'entry_key']]],
    [{ currency: 'CNY', tiers: { t: {} } }, [['tiers.t', 'entry_empty']]],
    [{ currency: 'CNY', tiers: { t: { perTask: '-1' } } }, [['tiers.t.perTask', 'price']]],
  ])('table %j: problems %j', (t, expected) => {
    const q = quote({ tier: 't', billableSeconds: 5 }, t);
    expect(q.ok ? [] : q.issues.map((i) => [i.path, i.params.reason])).toEqual(expected);
    expect(q.ok ? [] : q.issues.map((i) => i.code)).toEqual(expected.map(() => 'invalid_price_table'));
    const messages = checkPriceTable(t).invalid.map((p) => p.message);
    expect(new Set(messages).size).toBe(messages.length);
    for (const m of messages) expect(m.length).toBeGreaterThan(15);
  });
  it('$-keys are notes; another top-level key is refused at the root', () => {
    expect(problems(table({}, { $comment: 'x', $version: 2 }))).toEqual([]);
    expect(problems(table({}, { comment: 'x' }))).toEqual(['']);
  });
  it.each([
    [{ perSecond: '0.51' }, []],
    [{ perTask: 1 }, []],
    [{ perSecond: '1', perTask: '2' }, []],
    [{}, ['tiers.t']],
    [{ perSecond: undefined }, ['tiers.t']],
    [{ perTsk: '1' }, ['tiers.t.perTsk']],
    [{ perSecond: '1', extra: 1 }, ['tiers.t.extra']],
    [{ perSecond: '1.1234567890' }, ['tiers.t.perSecond']],
    [{ perSecond: '1.123456789' }, []],
    [{ perSecond: '.5' }, ['tiers.t.perSecond']],
    [{ perSecond: '5.' }, ['tiers.t.perSecond']],
    [{ perSecond: '+1' }, ['tiers.t.perSecond']],
    [{ perSecond: '1e3' }, ['tiers.t.perSecond']],
    [{ perSecond: 1e-7 }, ['tiers.t.perSecond']],
    [{ perSecond: Number.POSITIVE_INFINITY }, ['tiers.t.perSecond']],
    [{ perSecond: Number.NaN }, ['tiers.t.perSecond']],
    [{ perSecond: true }, ['tiers.t.perSecond']],
    ['0.5', ['tiers.t']],
    [null, ['tiers.t']],
    [[], ['tiers.t']],
  ])('entry %j: problems at %j', (entry, paths) => {
    expect(problems(table({ t: entry }))).toEqual(paths);
  });
});

describe('R55: decimal arithmetic', () => {
  it.each([
    ['0', { units: 0n, scale: 0 }],
    ['7', { units: 7n, scale: 0 }],
    ['0.51', { units: 51n, scale: 2 }],
    ['10.050', { units: 10050n, scale: 3 }],
    ['123456789.123456789', { units: 123456789123456789n, scale: 9 }],
  ])('parses %s', (text, decimal) => {
    expect(parseDecimal(text)).toEqual(decimal);
    expect(formatDecimal(parseDecimal(text))).toBe(text);
  });
  it.each([
    [{ units: 5n, scale: 2 }, '0.05'],
    [{ units: 250n, scale: 2 }, '2.50'],
    [{ units: 0n, scale: 3 }, '0.000'],
    [{ units: 12n, scale: 0 }, '12'],
    [{ units: 1n, scale: 9 }, '0.000000001'],
  ])('formats %# as %s', (decimal, text) => {
    expect(formatDecimal(decimal)).toBe(text);
  });
  it('adds perTask to perSecond x seconds at the larger scale', () => {
    expect(formatDecimal(amountOf(parseDecimal('0.5'), parseDecimal('1.25'), 3))).toBe('2.75');
    expect(formatDecimal(amountOf(undefined, parseDecimal('3'), 9))).toBe('3');
    expect(formatDecimal(amountOf(parseDecimal('0.001'), undefined, 1000))).toBe('1.000');
    expect(formatDecimal(amountOf(undefined, undefined, 5))).toBe('0');
  });
  it('quotes huge prices exactly (no floating point)', () => {
    const q = quote(
      { tier: 't', billableSeconds: 300 },
      { currency: 'CNY', tiers: { t: { perSecond: '99999999999.999999999' } } },
    );
    expect(q.ok && q.quote.amount).toBe('29999999999999.999999700');
  });
  it('refuses tasks that are not { tier, whole billableSeconds >= 1 }', () => {
    const t = { currency: 'CNY', tiers: { t: { perSecond: '1' } } };
    for (const task of [
      null,
      {},
      { tier: 't' },
      { tier: 5, billableSeconds: 5 },
      { tier: 't', billableSeconds: 0 },
      { tier: 't', billableSeconds: 1.5 },
      { tier: 't', billableSeconds: '5' },
    ]) {
      const q = quote(task as never, t);
      expect(q.ok, JSON.stringify(task)).toBe(false);
      expect(!q.ok && q.issues.every((i) => i.code === 'invalid_task')).toBe(true);
    }
    expect(quote({ tier: 't', billableSeconds: 1 }, t).ok).toBe(true);
  });
});

describe('R53: the valibot schemas of prices say what checkPriceTable says', () => {
  it.each([
    ['0.51', true],
    [0, true],
    ['1.5', true],
    ['-1', false],
    ['1e3', false],
    [1e-7, false],
    [true, false],
    [null, false],
  ])('PriceSchema %j valid: %s', (price, valid) => {
    const r = v.safeParse(PriceSchema, price);
    expect(r.success).toBe(valid);
    if (!r.success) expect(r.issues[0]?.message).toMatch(/^a price is a decimal string/);
  });
  it.each([
    [{ perSecond: '1' }, []],
    [{ perTask: 2, perSecond: '0.5' }, []],
    [{}, ['']],
    [{ perTsk: '1' }, ['perTsk']],
    [{ perSecond: '-1' }, ['perSecond']],
    ['1', ['']],
  ])('PriceEntrySchema %j: issues at %j', (entry, paths) => {
    const r = v.safeParse(PriceEntrySchema, entry);
    expect((r.issues ?? []).map((i) => (i.path ?? []).map((p) => p.key).join('.'))).toEqual(paths);
  });
  it('PriceTableSchema reports each problem at its path with the message checkPriceTable gives', () => {
    const t = { currency: 'cny', tiers: { 'kling-2.5-720p-mute': { perSecond: 'x' } }, extra: 1 };
    const r = v.safeParse(PriceTableSchema, t);
    const check = checkPriceTable(t);
    expect((r.issues ?? []).map((i) => [(i.path ?? []).map((p) => p.key).join('.'), i.message])).toEqual(
      check.invalid.map((p) => [p.path, p.message]),
    );
    expect(v.safeParse(PriceTableSchema, { currency: 'CNY', tiers: {} }).success).toBe(true);
  });
});

describe('R53-R55: price details', () => {
  const t = (tiers: Record<string, unknown>) => ({ currency: 'CNY', tiers });
  it('an array is neither a currency nor a price, even one whose text would be', () => {
    expect(checkPriceTable({ currency: ['CNY'], tiers: {} }).invalid.map((p) => p.path)).toEqual(['currency']);
    expect(checkPriceTable(t({ x: { perSecond: ['1'] } })).invalid.map((p) => p.path)).toEqual(['tiers.x.perSecond']);
  });
  it('R54: a tier with a malformed entry is invalid, not missing; ok needs all three lists empty', () => {
    const all = Object.fromEntries(listTiers().map((tier) => [tier, { perSecond: '1' }]));
    expect(checkPriceTable(t(all)).ok).toBe(true);
    const broken = checkPriceTable(t({ ...all, 'kling-2.5-720p-mute': { perSecond: 'x' } }));
    expect([broken.ok, broken.missing, broken.unknown, broken.invalid.map((p) => p.path)]).toEqual([
      false,
      [],
      [],
      ['tiers.kling-2.5-720p-mute.perSecond'],
    ]);
    const { 'kling-2.5-720p-mute': _, ...lacking } = all;
    expect(checkPriceTable(t(lacking))).toMatchObject({
      ok: false,
      missing: ['kling-2.5-720p-mute'],
      unknown: [],
      invalid: [],
    });
    expect(checkPriceTable(t({ ...all, 'kling-2.6-720p-mute': { perSecond: '1' } }))).toMatchObject({
      ok: false,
      missing: [],
      unknown: ['kling-2.6-720p-mute'],
      invalid: [],
    });
  });
  it('R55: a quote names only the prices its entry has, as the table writes them', () => {
    const only = quote({ tier: 'x', billableSeconds: 2 }, t({ x: { perTask: 3 } }));
    expect(only.ok && Object.keys(only.quote)).toEqual(['tier', 'billableSeconds', 'currency', 'perTask', 'amount']);
    const both = quote({ tier: 'x', billableSeconds: 2 }, t({ x: { perSecond: '0.10', perTask: 3 } }));
    expect(both.ok && both.quote).toEqual({
      tier: 'x',
      billableSeconds: 2,
      currency: 'CNY',
      perSecond: '0.10',
      perTask: '3',
      amount: '3.20',
    });
    const perSecond = quote({ tier: 'x', billableSeconds: 2 }, t({ x: { perSecond: 0.5 } }));
    expect(perSecond.ok && Object.keys(perSecond.quote)).toEqual([
      'tier',
      'billableSeconds',
      'currency',
      'perSecond',
      'amount',
    ]);
  });
  it('R55: invalid_task names the field and what it must be', () => {
    const params = (task: unknown) => {
      const q = quote(task as never, t({ x: { perSecond: '1' } }));
      return q.ok ? [] : q.issues.map((i) => [i.path, i.params]);
    };
    expect(params(5)).toEqual([['', { field: 'the task', expected: 'task' }]]);
    expect(params({ tier: 1, billableSeconds: '5' })).toEqual([
      ['tier', { field: 'tier', expected: 'tier' }],
      ['billableSeconds', { field: 'billableSeconds', expected: 'billable_seconds' }],
    ]);
    expect(params({ tier: 'x', billableSeconds: 2 ** 53 })).toEqual([
      ['billableSeconds', { field: 'billableSeconds', expected: 'billable_seconds' }],
    ]);
  });
  it('R55: a __proto__ tier in a parsed table is checked like any other', () => {
    const table = JSON.parse('{"currency":"CNY","tiers":{"__proto__":{"perSecond":"x"}}}');
    const q = quote({ tier: '__proto__', billableSeconds: 1 }, table);
    expect(!q.ok && q.issues.map((i) => `${i.code}@${i.path}`)).toEqual([
      'invalid_price_table@tiers.__proto__.perSecond',
    ]);
    const ok = quote(
      { tier: '__proto__', billableSeconds: 2 },
      JSON.parse('{"currency":"CNY","tiers":{"__proto__":{"perSecond":"1"}}}'),
    );
    expect(ok.ok && ok.quote.amount).toBe('2');
  });
});

describe('R6: a refusal always names an issue', () => {
  it("a refusal with nothing reported says the request could not be resolved, in the caller's language", () => {
    const params = { reason: 'unresolved' };
    expect(refused(new Report())).toEqual({
      ok: false,
      issues: [{ code: 'invalid_value', path: '', message: 'the request could not be resolved', params }],
      warnings: [],
    });
    const messages: Messages = { invalid_value: (p) => `unresolved: ${String(p.reason)}` };
    expect(refused(new Report(messages), messages)).toMatchObject({ issues: [{ message: 'unresolved: unresolved' }] });
  });

  it('a refusal with issues keeps them, in order, and the warnings', () => {
    const report = new Report();
    report.issue(Section.Model, 'missing_field', 'model', { what: 'model', models: ['kling-2.5'] });
    report.warn(Section.Model, 'unknown_field', 'foo');
    const result = refused(report);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(['missing_field']);
    expect(result.warnings.map((w) => w.code)).toEqual(['unknown_field']);
  });
});

describe('R7: options that are not an object are no options', () => {
  it.each([[null], [0], ['zh-CN'], [true]])('normalize functions and quoteRequest given %j as options', (options) => {
    const request = { model: 'kling-2.5', prompt: 'x', image: 'http://127.0.0.1/a.png' };
    const bad = options as never;
    expect(normalizeRequest(request, bad)).toMatchObject({
      ok: false,
      issues: [{ code: 'non_public_url', message: expect.stringContaining('private') }],
    });
    expect(normalizeRequestBody(JSON.stringify(request), bad)).toMatchObject({
      ok: false,
      issues: [{ code: 'non_public_url' }],
    });
    expect(normalizeRequestBody('{', bad)).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_json', message: expect.stringContaining('not valid JSON') }],
    });
    expect(
      normalizeForm(
        [
          ['model', 'kling-2.5'],
          ['prompt', 'x'],
        ],
        bad,
      ),
    ).toMatchObject({ ok: true, spec: { tier: 'kling-2.5-720p-mute' } });
    expect(normalizeBody('application/json', '{"model":"kling-2.5","prompt":"x"}', bad)).toMatchObject({ ok: true });
  });
});
