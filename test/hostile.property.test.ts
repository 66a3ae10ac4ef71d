// R7: no export throws, whatever JavaScript value it is given: throwing getters, Proxies (revoked ones too), a
// throwing toJSON, Blob subclasses whose getters throw, sparse arrays, in the request, the options, a message table,
// a price table, a catalog or a task. JSON values alone are covered by normalize.property.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import { zhCN } from '../src/messages/zh-CN.js';
import { examples } from './arbitraries.js';

const boom = (): never => {
  throw new Error('hostile');
};

/** Values that throw when they are read, enumerated, compared, converted or iterated. */
function hostileValues(): unknown[] {
  const getter = Object.defineProperty({}, 'model', { get: boom, enumerable: true });
  const everyTrap = new Proxy(
    {},
    {
      get: boom,
      has: boom,
      ownKeys: boom,
      getOwnPropertyDescriptor: boom,
      getPrototypeOf: boom,
      apply: boom,
      defineProperty: boom,
      deleteProperty: boom,
      set: boom,
      isExtensible: boom,
      preventExtensions: boom,
    },
  );
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const arrayProxy = new Proxy([1, 2], { get: boom });
  const toJson = { toJSON: boom, model: 'kling-2.5', prompt: 'x' };
  const toPrimitive = { [Symbol.toPrimitive]: boom, toString: boom, valueOf: boom };
  const iterator = { [Symbol.iterator]: boom };
  const iterNext = { [Symbol.iterator]: () => ({ next: boom }) };
  class EvilBlob extends Blob {}
  Object.defineProperty(EvilBlob.prototype, 'size', { get: boom });
  Object.defineProperty(EvilBlob.prototype, 'type', { get: boom });
  // biome-ignore lint/suspicious/noSparseArray: a sparse array is one of the hostile values R7 names
  const sparse = [, , 'https://example.com/a.png'];
  return [
    getter,
    everyTrap,
    revocable.proxy,
    arrayProxy,
    toJson,
    toPrimitive,
    iterator,
    iterNext,
    new EvilBlob(['x']),
    sparse,
  ];
}

/** A request with a hostile value at one of its known places. */
function requestsWith(value: unknown): unknown[] {
  return [
    value,
    { model: value, prompt: 'x' },
    { model: 'kling-2.5', prompt: value },
    { model: 'kling-2.5', prompt: 'x', seconds: value },
    { model: 'kling-2.5', prompt: 'x', images: [value] },
    { model: 'kling-2.5', prompt: 'x', image: value },
    { model: 'kling-2.5', prompt: 'x', input_reference: value },
    { model: 'kling-2.5', prompt: 'x', content: [value] },
    { model: 'kling-2.5', prompt: 'x', content: value },
    { model: 'kling-2.5', prompt: 'x', metadata: value },
    { model: 'kling-2.5', prompt: 'x', metadata: { file_infos: [value] } },
    { model: 'kling-2.5', prompt: 'x', metadata: { output_config: value } },
    { model: 'kling-2.5', prompt: 'x', metadata: { ext_info: value } },
    { model: 'kling-2.5', prompt: 'x', content: [{ type: 'image_url', image_url: value }] },
  ];
}

const HOSTILE = hostileValues();
// fast-check itself reads the values it generates (a clone method, a printout), which hostile values do not allow:
// the arbitraries give an index or a wrapped value, and the property unwraps it.
type Ref = { readonly hostile: number } | { readonly value: unknown };
const hostile: fc.Arbitrary<Ref> = fc.nat(HOSTILE.length - 1).map((i) => ({ hostile: i }));
const plain = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<Ref> => arb.map((value) => ({ value }));
const unwrap = (ref: Ref): unknown => ('hostile' in ref ? HOSTILE[ref.hostile] : ref.value);
const anything = fc.oneof(hostile, plain(fc.anything()), plain(fc.constantFrom(...examples)));
const spec = (() => {
  const result = lib.normalizeRequest(examples[0]);
  if (!result.ok) throw new Error('example 1 is refused');
  return result.spec;
})();
const table = { currency: 'CNY', tiers: Object.fromEntries(lib.listTiers().map((t) => [t, { perSecond: '0.5' }])) };
const quoted = (() => {
  const result = lib.quote(spec, table);
  if (!result.ok) throw new Error('no quote');
  return result.quote;
})();

/** Every export that takes a value, with the argument positions a caller controls. */
const CALLS: [string, (a: unknown, b: unknown) => unknown][] = [
  ['normalizeRequest', (a, b) => lib.normalizeRequest(a, b as never)],
  ['normalizeRequestBody', (a, b) => lib.normalizeRequestBody(a as never, b as never)],
  ['normalizeForm', (a, b) => lib.normalizeForm(a as never, b as never)],
  ['normalizeBody', (a, b) => lib.normalizeBody(a as never, b as never)],
  [
    'normalizeBody (form)',
    (a, b) =>
      lib.normalizeBody(
        'multipart/form-data',
        [
          ['model', 'kling-2.5'],
          ['image', a],
        ] as never,
        b as never,
      ),
  ],
  ['formUploads', (a) => lib.formUploads(a as never)],
  ['toCanonicalRequest', (a) => lib.toCanonicalRequest(a as never)],
  ['parseTier', (a) => lib.parseTier(a as never)],
  ['formatTier', (a) => lib.formatTier(a as never)],
  ['sizeOf', (a) => lib.sizeOf(a as never)],
  ['normalizeStatus', (a) => lib.normalizeStatus(a)],
  ['quote (task)', (a, b) => lib.quote(a as never, b)],
  ['quote (table)', (a) => lib.quote(spec, a)],
  ['quoteRequest', (a, b) => lib.quoteRequest(a, b, { messages: a } as never)],
  ['checkPriceTable', (a, b) => lib.checkPriceTable(a, b as never)],
  ['describeModels', (a) => lib.describeModels(a)],
  ['createRules', (a) => lib.createRules(a)],
  ['toErrorResponse', (a, b) => lib.toErrorResponse(a as never, b as never)],
  ['toVideoObject', (a) => lib.toVideoObject(a as never)],
  ['toVideoObject (spec)', (a) => lib.toVideoObject({ id: 'v', spec: a, status: 'completed', createdAt: 1 } as never)],
  [
    'toVideoObject (warnings)',
    (a) => lib.toVideoObject({ id: 'v', spec, status: 'queued', createdAt: 1, warnings: a } as never),
  ],
  ['toVodTask', (a, b) => lib.toVodTask(a as never, b as never)],
  ['toVideoPage', (a, b) => lib.toVideoPage(a as never, b as never)],
  ['toDeletedVideo', (a) => lib.toDeletedVideo(a as never)],
  ['notFoundError', (a) => lib.notFoundError(a as never)],
  ['pickMessages', (a, b) => lib.pickMessages(a, b as never)],
  ['requestSchema.validate', (a) => lib.requestSchema['~standard'].validate(a)],
  ['readVodTask', (a, b) => lib.readVodTask(a, b as never)],
  ['settle (quote)', (a, b) => lib.settle(a as never, b as never)],
  ['settle (outcome)', (a, b) => lib.settle(quoted, a as never, b as never)],
];

/** Option objects that are hostile themselves, or carry a hostile message table. */
const optionsArb: fc.Arbitrary<() => unknown> = fc.oneof(
  hostile.map((ref) => () => unwrap(ref)),
  hostile.map((ref) => () => ({ messages: unwrap(ref) })),
  hostile.map((ref) => () => ({ uploads: unwrap(ref) })),
  hostile.map((ref) => () => ({
    messages: { invalid_type: () => unwrap(ref), unknown_model: boom, more_issues: boom },
  })),
  fc.constant(() => ({ messages: zhCN })),
  fc.constant(() => undefined),
);

describe('R7: no export throws on hostile JavaScript values', () => {
  it.each(CALLS)('%s', (_, call) => {
    fc.assert(
      fc.property(anything, optionsArb, (a, b) => {
        call(unwrap(a), b());
      }),
      { numRuns: 300 },
    );
  });

  it.each(HOSTILE.map((v, i) => [i, v] as const))(
    'hostile value %i at every known place of a request, JSON and form',
    (_, value) => {
      for (const raw of requestsWith(value)) {
        const result = lib.normalizeRequest(raw);
        lib.toErrorResponse(result);
        lib.quoteRequest(raw, table);
      }
      for (const name of [
        'model',
        'image',
        'images[]',
        'input_reference',
        'metadata',
        'metadata[file_infos][][url]',
        'content[][text]',
        'x',
      ]) {
        expect(() =>
          lib.normalizeForm([
            ['model', 'kling-2.5'],
            ['prompt', 'x'],
            [name, value],
          ] as never),
        ).not.toThrow();
        expect(() => lib.formUploads([[name, value]] as never)).not.toThrow();
      }
    },
  );

  it('a refusal for an unreadable request names the root and says it could not be read', () => {
    const result = lib.normalizeRequest(new Proxy({}, { ownKeys: boom, getPrototypeOf: boom, get: boom }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => `${i.code}@${i.path}`)).toEqual(['invalid_type@']);
  });
});
