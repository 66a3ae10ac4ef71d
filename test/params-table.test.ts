// R68: params are public API, like codes; the README's params table lists every param of every code. This test
// gathers the notices that a wide corpus makes (the refused fixtures, the document examples with fields replaced by
// arbitrary and hostile values, forms, price tables, catalogs) and holds each param name, and each `reason` value,
// to the README row of its code.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  catalog,
  checkPriceTable,
  createRules,
  listTiers,
  normalizeBody,
  normalizeForm,
  normalizeRequest,
  quote,
  type Notice,
} from '../src/index.js';
import { examples, mutatedExampleArb, requestArb } from './arbitraries.js';
import { refusedCases, runRefusedCase } from './refused-cases.js';

const root = join(__dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The README's table, code -> every backticked word of its row (param names and documented values). */
function table(): Map<string, Set<string>> {
  const rows = new Map<string, Set<string>>();
  const section = readme.split('| code | params |')[1]?.split('\n\n')[0] ?? '';
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 3 || cells[1] === '---') continue;
    const words = new Set(Array.from(cells[2]?.matchAll(/`([^`]+)`/g) ?? [], (m) => m[1] as string));
    for (const code of Array.from(cells[1]?.matchAll(/`([^`]+)`/g) ?? [], (m) => m[1] as string)) rows.set(code, words);
  }
  return rows;
}

/** Every notice of a wide corpus. */
function corpus(): Notice[] {
  const notices: Notice[] = [];
  const add = (result: { issues?: readonly Notice[]; warnings?: readonly Notice[] } | { ok: boolean }) => {
    const r = result as { issues?: readonly Notice[]; warnings?: readonly Notice[] };
    notices.push(...(r.issues ?? []), ...(r.warnings ?? []));
  };
  for (const c of refusedCases) add(runRefusedCase(c));
  for (const raw of [
    ...examples,
    ...fc.sample(mutatedExampleArb, { numRuns: 4000, seed: 68 }),
    ...fc.sample(requestArb, { numRuns: 1500, seed: 68 }),
  ]) {
    add(normalizeRequest(raw));
  }
  const img = 'https://example.com/a.png';
  const last = { type: 'Url', category: 'Image', url: img, usage: 'LastFrame' };
  const ref = { type: 'Url', category: 'Image', url: img };
  const targeted: unknown[] = [
    { model: 'kling-3.0-omni-720p-noref-mute', prompt: 'x', images: [img], metadata: { file_infos: [ref] } },
    { model: 'kling-3.0-omni-720p-ref-mute', prompt: 'x' },
    {
      model: 'kling-2.5-motion-std-720p',
      mode: 'pro',
      metadata: { video_url: 'https://example.com/v.mp4', resolution: '1080P', scene_type: 'lip_sync' },
    },
    { model: 'kling-2.5-720p-mute', prompt: 'x', metadata: { audio: true } },
    {
      model: 'kling-3.0',
      prompt: 'x',
      metadata: { file_infos: [last, last, { ...last, category: 'Video' }], last_frame_file_id: 'f' },
    },
    {
      model: 'kling-3.0',
      image: img,
      input_reference: { image_url: img, file_id: 'f' },
      metadata: { file_infos: [{ type: 'File', category: 'Image', file_id: 'x', usage: 'FirstFrame' }] },
    },
    { model: 'kling-avatar-720p', metadata: { scene_type: 'lip_sync', resolution: '1080P' } },
    Object.defineProperty({}, 'model', {
      get: () => {
        throw new Error('x');
      },
      enumerable: true,
    }),
    {
      model: 'kling-2.5',
      prompt: 'x',
      content: [
        { type: 'image_url', image_url: img },
        { type: 'image_url', image_url: 'https://example.com/b.png' },
        { type: 'video_url', video_url: img },
        { type: 'video_url', video_url: 'https://e.com/v' },
        { type: 'audio', x: 1 },
      ],
    },
    {
      model: 'kling-3.0',
      prompt: 'x',
      metadata: {
        ext_info:
          '{"AdditionalParameters":{"multi_shot":true,"shot_type":"customize","multi_prompt":[{"index":1,"prompt":"","duration":9}]}}',
      },
    },
  ];
  for (const raw of targeted) add(normalizeRequest(raw));
  add(
    quote(
      { tier: 'kling-2.5-720p-mute', billableSeconds: 5 },
      new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error('x');
          },
        },
      ),
    ),
  );
  const bad = [
    '',
    'metadata=x&metadata[a]=y',
    'a[b=1',
    'images[0]=x&images[2]=y',
    'metadata[file_infos][][type]=Url&metadata[file_infos]=x',
    'model=a&model=b',
  ];
  for (const body of bad) add(normalizeBody('application/x-www-form-urlencoded', body));
  add(
    normalizeForm([
      ['model', 'kling-2.5'],
      ['image', new File(['x'], 'a.gif', { type: 'image/gif' })],
      ['metadata', new File(['{}'], 'm.json')],
    ]),
  );
  const tiers = Object.fromEntries(listTiers().map((t) => [t, { perSecond: '0.5' }]));
  for (const table of [
    null,
    {},
    { currency: 'cny', tiers },
    { currency: 'CNY', tiers: { x: { perSecnd: 1 } }, y: 1 },
    { currency: 'CNY', tiers: { a: {}, b: 5, c: { perSecond: '-1' } } },
  ]) {
    add(quote({ tier: 'kling-2.5-720p-mute', billableSeconds: 5 }, table));
    notices.push(...checkPriceTable(table).invalid);
  }
  add(quote({ tier: 5, billableSeconds: 0 } as never, { currency: 'CNY', tiers }));
  add(quote({ tier: 'kling-2.5-720p-mute', billableSeconds: 5 }, { currency: 'CNY', tiers: {} }));
  const json = () => JSON.parse(JSON.stringify(catalog)) as Record<string, any>;
  const catalogs: Record<string, any>[] = [];
  for (let i = 0; i < 12; i++) catalogs.push(json());
  catalogs[0]!.models[0].alias = 'Kling-1.0';
  catalogs[1]!.models[1].family = 'nope';
  catalogs[2]!.models[2].durations = { min: 9, max: 1 };
  catalogs[3]!.scenes.standard.tier = '{family}-{size}';
  catalogs[4]!.families.push({ name: 'kling-1.0', referenceInTier: false });
  catalogs[5]!.models[9].fixedScene = 'standard';
  catalogs[6]!.minimumBillableSeconds.nope = 5;
  catalogs[7]!.extra = 1;
  catalogs[8]!.scenes.motion_control.tier = '{family}-motion-{resolution}';
  catalogs[9]!.models.push({ ...catalogs[9]!.models[0] });
  catalogs[10]!.scenes.standard.tierWithReference = '{family}';
  catalogs[11]!.models[0].upstream = { version: '' };
  for (const c of [...catalogs, [], null]) add(createRules(c));
  return notices;
}

describe('R68: the README lists every param of every code the library emits', () => {
  const rows = table();
  const notices = corpus();

  it('the corpus reaches most codes (so the check below means something)', () => {
    const seen = new Set(notices.map((n) => n.code));
    expect(seen.size).toBeGreaterThanOrEqual(35);
  });

  it('every emitted code has a row, and every param name and reason value is in it', () => {
    const missing = new Set<string>();
    for (const { code, params } of notices) {
      const row = rows.get(code);
      if (row === undefined) {
        missing.add(`${code}: no row`);
        continue;
      }
      for (const [name, value] of Object.entries(params)) {
        if (!row.has(name)) missing.add(`${code}: param ${name}`);
        if (name === 'reason' && typeof value === 'string' && !row.has(value) && code !== 'invalid_catalog')
          missing.add(`${code}: reason ${value}`);
      }
    }
    expect([...missing].sort()).toEqual([]);
  });
});

describe('R68: params keep their key order where issue 24 rebuilt them without spreads', () => {
  const keysOf = (raw: Record<string, unknown>, code: string, kind: 'issues' | 'warnings' = 'issues') => {
    const result = normalizeRequest(raw);
    const list = kind === 'warnings' ? result.warnings : result.ok ? [] : result.issues;
    return Object.keys(list.find((n) => n.code === code)?.params ?? {});
  };
  it('unknown_model, unsupported_size, size_snapped, unsupported_duration', () => {
    expect(keysOf({ model: 'kling-2.6x', prompt: 'x' }, 'unknown_model')).toEqual([
      'got',
      'value',
      'models',
      'suggestion',
    ]);
    expect(keysOf({ model: 'sora-2-pro', prompt: 'x' }, 'unknown_model')).toEqual(['got', 'value', 'models']);
    expect(keysOf({ model: 'kling-2.5', prompt: 'x', size: '100x100' }, 'unsupported_size')).toEqual([
      'got',
      'value',
      'sizes',
      'snapped',
    ]);
    expect(keysOf({ model: 'kling-2.5', prompt: 'x', size: '1024x1792' }, 'size_snapped', 'warnings')).toEqual([
      'got',
      'value',
      'resolution',
    ]);
    expect(keysOf({ model: 'kling-2.5', prompt: 'x', seconds: 7 }, 'unsupported_duration')).toEqual([
      'by',
      'model',
      'scene',
      'values',
      'seconds',
    ]);
  });
});
