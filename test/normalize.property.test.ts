import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ISSUE_CODES,
  listTiers,
  normalizeRequest,
  normalizeRequestBody,
  type NormalizeResult,
  toCanonicalRequest,
  WARNING_CODES,
} from '../src/index.js';
import { examples, mutatedExampleArb, requestArb } from './arbitraries.js';

const TIERS = new Set(listTiers());
const ISSUES = new Set<string>(ISSUE_CODES);
const WARNINGS = new Set<string>(WARNING_CODES);

/** The result has the documented shape; an accepted spec obeys the billing laws. */
function wellFormed(result: NormalizeResult): void {
  expect(Array.isArray(result.warnings)).toBe(true);
  for (const w of result.warnings) {
    expect(WARNINGS.has(w.code)).toBe(true);
    expect(typeof w.path).toBe('string');
    expect(w.message.length).toBeGreaterThan(0);
  }
  if (result.ok) {
    const { spec } = result;
    expect(TIERS.has(spec.tier)).toBe(true);
    expect(spec.billableSeconds).toBeGreaterThanOrEqual(spec.seconds);
    expect(Number.isInteger(spec.seconds) && spec.seconds >= 1).toBe(true);
    if (spec.scene === 'lip_sync') expect(spec.billableSeconds).toBeGreaterThanOrEqual(5);
    if (spec.scene === 'motion_control') expect(spec.motionLevel).toBeDefined();
    else expect(spec.motionLevel).toBeUndefined();
  } else {
    expect(result.issues.length).toBeGreaterThan(0);
    for (const i of result.issues) {
      expect(ISSUES.has(i.code), i.code).toBe(true);
      expect(typeof i.path).toBe('string');
      expect(i.message.length).toBeGreaterThan(0);
    }
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

const anyInput = fc.oneof(fc.jsonValue(), fc.anything(), requestArb, mutatedExampleArb);

describe('laws of normalizeRequest (R7, R46, R16, R51)', () => {
  it('never throws and returns a well-formed result on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        wellFormed(normalizeRequest(raw));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on anything at all', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (raw) =>
        wellFormed(normalizeRequest(raw)),
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on mutated document examples', () => {
    fc.assert(
      fc.property(mutatedExampleArb, (raw) => wellFormed(normalizeRequest(raw))),
      { numRuns: 1000 },
    );
  });

  it('never throws on realistic requests, and accepts a good share of them', () => {
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(requestArb, (raw) => {
        runs++;
        const result = normalizeRequest(raw);
        wellFormed(result);
        if (result.ok) accepted++;
      }),
      { numRuns: 1000 },
    );
    expect(accepted).toBeGreaterThan(runs / 20);
  });

  it('never throws on arbitrary body text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), (body) =>
        wellFormed(normalizeRequestBody(body)),
      ),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyInput, (raw) => {
        expect(normalizeRequest(raw)).toEqual(normalizeRequest(raw));
      }),
      { numRuns: 300 },
    );
  });

  it('never mutates its input (deep-frozen input, compared before and after)', () => {
    fc.assert(
      fc.property(fc.oneof(requestArb, mutatedExampleArb, fc.jsonValue()), (raw) => {
        const before = JSON.stringify(raw);
        wellFormed(normalizeRequest(deepFreeze(raw)));
        expect(JSON.stringify(raw)).toBe(before);
      }),
      { numRuns: 300 },
    );
  });

  it('prototype keys never change the result beyond an unknown_field warning', () => {
    fc.assert(
      fc.property(
        fc.oneof(requestArb, fc.constantFrom(...examples)),
        fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'),
        fc.jsonValue(),
        (raw, key, value) => {
          const hostile = JSON.parse(JSON.stringify(raw)) as Record<string, unknown>;
          Object.defineProperty(hostile, key, { value, enumerable: true, configurable: true, writable: true });
          const plain = normalizeRequest(raw);
          const withKey = normalizeRequest(hostile);
          expect(withKey.ok).toBe(plain.ok);
          if (plain.ok && withKey.ok) expect(withKey.spec).toEqual(plain.spec);
          if (!plain.ok && !withKey.ok) expect(withKey.issues).toEqual(plain.issues);
          expect(withKey.warnings.filter((w) => w.path !== key)).toEqual(plain.warnings);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('toCanonicalRequest round trip: the same spec (sources aside) and no warning', () => {
    let checked = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.oneof(requestArb, mutatedExampleArb, fc.constantFrom(...examples)), (raw) => {
        runs++;
        const first = normalizeRequest(raw);
        if (!first.ok) return;
        checked++;
        const canonical = toCanonicalRequest(first.spec);
        const second = normalizeRequest(JSON.parse(JSON.stringify(canonical)));
        if (!second.ok) throw new Error(`canonical request refused: ${JSON.stringify(second.issues)}`);
        expect(second.warnings).toEqual([]);
        const { sources: _a, ...a } = first.spec;
        const { sources: _b, ...b } = second.spec;
        expect(b).toEqual(a);
      }),
      { numRuns: 1500 },
    );
    expect(checked).toBeGreaterThan(runs / 15);
  });
});

/** Paths of every own property whose value is `undefined`, at any depth. */
function undefinedKeys(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const found: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    if (child === undefined) found.push(`${path}${key}`);
    else found.push(...undefinedKeys(child, `${path}${key}.`));
  }
  return found;
}

describe('laws: absent means absent (exactOptionalPropertyTypes, R51)', () => {
  it('a spec, its notices and its canonical request hold no key whose value is undefined', () => {
    fc.assert(
      fc.property(fc.oneof(requestArb, mutatedExampleArb), (raw) => {
        const result = normalizeRequest(raw);
        expect(undefinedKeys(result)).toEqual([]);
        if (result.ok) expect(undefinedKeys(toCanonicalRequest(result.spec))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  const rich: Record<string, unknown>[] = [
    {
      model: 'kling-3.0',
      prompt: 'x',
      image: 'https://example.com/a.png',
      seconds: 5,
      metadata: {
        last_frame_url: 'https://example.com/b.png',
        ext_info: JSON.stringify({
          AdditionalParameters: {
            multi_shot: true,
            shot_type: 'customize',
            multi_prompt: [
              { index: 1, prompt: 'a', duration: 2 },
              { index: 2, prompt: 'b', duration: 3 },
            ],
          },
        }),
        output_config: {
          storage_mode: 'Temporary',
          media_name: 'n',
          class_id: 3,
          expire_time: '2026-12-01T00:00:00Z',
          person_generation: 'AllowAdult',
          input_compliance_check: 'Enabled',
          output_compliance_check: 'Disabled',
          enhance_switch: 'Enabled',
          aspect_ratio: '9:16',
        },
      },
    },
    {
      model: 'kling-3.0-omni',
      prompt: 'x',
      input_reference: { file_id: 'f1' },
      metadata: {
        video_url: 'https://example.com/v.mp4',
        file_infos: [
          { type: 'Url', category: 'Image', url: 'https://example.com/c.png', usage: 'Reference' },
          { type: 'File', category: 'Video', file_id: 'v2', reference_type: 'base' },
        ],
      },
    },
    {
      model: 'kling-2.5',
      prompt: 'x',
      image: 'https://example.com/a.png',
      mode: 'pro',
      metadata: { scene_type: 'motion_control', video_url: 'https://example.com/v.mp4', last_frame_file_id: 'lf' },
    },
  ];

  it('so every document example and request with every optional part survives a JSON round trip unchanged', () => {
    for (const example of [...examples, ...rich]) {
      const result = normalizeRequest(example);
      expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
      if (result.ok) {
        const canonical = toCanonicalRequest(result.spec);
        expect(JSON.parse(JSON.stringify(canonical))).toStrictEqual(canonical);
        const again = normalizeRequest(canonical); // R51: the same spec (sources aside), no warning
        expect(again.ok && again.warnings).toEqual([]);
        const { sources: _a, ...before } = result.spec;
        const { sources: _b, ...after } = again.ok ? again.spec : result.spec;
        expect(after).toStrictEqual(before);
      }
    }
    // The rich requests are accepted, so the round trip above covered their optional parts.
    expect(rich.map((raw) => normalizeRequest(raw).ok)).toEqual([true, true, true]);
  });
});
