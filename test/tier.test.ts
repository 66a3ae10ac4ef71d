import { describe, expect, it } from 'vitest';
import { catalog, formatTier, listTiers, parseTier } from '../src/index.js';

// R45/R46: the 33 tiers of the default catalog, written out by hand from the grammar and the table of R9.
const EXPECTED_TIERS = [
  'kling-1.0-1080p-mute',
  'kling-1.0-720p-mute',
  'kling-1.5-1080p-mute',
  'kling-1.5-720p-mute',
  'kling-2.0-1080p-mute',
  'kling-2.0-720p-mute',
  'kling-2.1-1080p-mute',
  'kling-2.1-720p-mute',
  'kling-2.5-1080p-audio',
  'kling-2.5-1080p-mute',
  'kling-2.5-720p-audio',
  'kling-2.5-720p-mute',
  'kling-2.5-motion-pro-1080p',
  'kling-2.5-motion-pro-720p',
  'kling-2.5-motion-std-1080p',
  'kling-2.5-motion-std-720p',
  'kling-3.0-1080p-audio',
  'kling-3.0-1080p-mute',
  'kling-3.0-720p-audio',
  'kling-3.0-720p-mute',
  'kling-3.0-omni-1080p-noref-audio',
  'kling-3.0-omni-1080p-noref-mute',
  'kling-3.0-omni-1080p-ref-audio',
  'kling-3.0-omni-1080p-ref-mute',
  'kling-3.0-omni-720p-noref-audio',
  'kling-3.0-omni-720p-noref-mute',
  'kling-3.0-omni-720p-ref-audio',
  'kling-3.0-omni-720p-ref-mute',
  'kling-avatar-1080p',
  'kling-avatar-720p',
  'kling-identify-face',
  'kling-o1-1080p-mute',
  'kling-o1-720p-mute',
];

describe('listTiers (R46)', () => {
  it('lists exactly the 33 tiers of the default catalog, sorted', () => {
    const tiers = listTiers();
    expect(tiers).toHaveLength(33);
    expect(tiers).toEqual([...EXPECTED_TIERS].sort());
  });

  it('returns a fresh array each call, so a caller cannot corrupt it', () => {
    const first = listTiers();
    first.pop();
    expect(listTiers()).toHaveLength(33);
  });
});

describe('parseTier (R45, R47)', () => {
  it.each([
    [
      'kling-3.0-omni-720p-noref-mute',
      { scene: 'standard', family: 'kling-3.0-omni', resolution: '720P', audio: false, reference: false },
    ],
    [
      'kling-3.0-omni-1080p-ref-audio',
      { scene: 'standard', family: 'kling-3.0-omni', resolution: '1080P', audio: true, reference: true },
    ],
    ['kling-2.5-1080p-audio', { scene: 'standard', family: 'kling-2.5', resolution: '1080P', audio: true }],
    ['kling-1.0-720p-mute', { scene: 'standard', family: 'kling-1.0', resolution: '720P', audio: false }],
    ['kling-o1-1080p-mute', { scene: 'standard', family: 'kling-o1', resolution: '1080P', audio: false }],
    ['kling-3.0-720p-audio', { scene: 'standard', family: 'kling-3.0', resolution: '720P', audio: true }],
    [
      'kling-2.5-motion-std-720p',
      { scene: 'motion_control', family: 'kling-2.5', motionLevel: 'std', resolution: '720P' },
    ],
    [
      'kling-2.5-motion-pro-1080p',
      { scene: 'motion_control', family: 'kling-2.5', motionLevel: 'pro', resolution: '1080P' },
    ],
    ['kling-avatar-1080p', { scene: 'avatar_i2v', resolution: '1080P' }],
    ['kling-avatar-720p', { scene: 'avatar_i2v', resolution: '720P' }],
    ['kling-identify-face', { scene: 'lip_sync' }],
  ])('%s', (name, parts) => {
    expect(parseTier(name)).toEqual(parts);
    expect(formatTier(parts as never)).toBe(name);
  });

  it.each([
    ['kling-2.6-720p-mute', 'kling-2.6 is an alias, not a billing family'],
    ['kling-2.6-motion-std-720p', 'alias, not family'],
    ['kling-4.0-720p-mute', 'unknown family'],
    ['kling-identify-face-720p', 'lip-sync has no resolution'],
    ['kling-1.0-720p-audio', 'kling-1.0 has no audio'],
    ['kling-o1-720p-audio', 'kling-o1 has no audio'],
    ['kling-2.5-720p-noref-mute', 'only the omni family has a reference part'],
    ['kling-3.0-omni-720p-mute', 'omni tiers need the reference part'],
    ['kling-3.0-omni-720p-mute-noref', 'wrong order'],
    ['kling-2.5-mute-720p', 'wrong order'],
    ['kling-2.5-motion-720p-std', 'wrong order'],
    ['KLING-2.5-720P-MUTE', 'upper case'],
    ['Kling-avatar-720p', 'upper case'],
    ['kling-3.0-motion-std-720p', 'no motion control on 3.0'],
    ['kling-2.5-480p-mute', 'unknown resolution'],
    [' kling-2.5-720p-mute', 'surrounding space'],
    ['', 'empty'],
    ['__proto__', 'prototype key'],
    ['constructor', 'prototype key'],
  ])('refuses %s (%s)', (name) => {
    expect(parseTier(name)).toBeUndefined();
  });

  it('returns undefined for non-strings rather than throwing', () => {
    for (const value of [undefined, null, 42, {}, [], true]) expect(parseTier(value as never)).toBeUndefined();
  });

  it('returns a copy: mutating it does not change the catalog', () => {
    const parts = parseTier('kling-2.5-720p-mute') as { resolution: string };
    parts.resolution = '1080P';
    expect(parseTier('kling-2.5-720p-mute')).toMatchObject({ resolution: '720P' });
  });
});

describe('formatTier (R45, R48)', () => {
  it('ignores the reference dimension outside the omni family (R48: tiers of other families have none)', () => {
    expect(
      formatTier({ scene: 'standard', family: 'kling-2.5', resolution: '720P', audio: false, reference: true }),
    ).toBe('kling-2.5-720p-mute');
  });

  it.each([
    [{ scene: 'standard', family: 'kling-1.0', resolution: '720P', audio: true }, 'no audio on kling-1.0'],
    [{ scene: 'standard', family: 'kling-2.6', resolution: '720P', audio: false }, 'alias, not family'],
    [{ scene: 'standard', family: 'kling-3.0-omni', resolution: '720P', audio: false }, 'omni without reference'],
    [{ scene: 'standard', family: 'kling-2.5', resolution: '480P', audio: false }, 'unknown resolution'],
    [{ scene: 'standard', family: 'kling-2.5', resolution: '720p', audio: false }, 'resolution spelled in lower case'],
    [{ scene: 'motion_control', family: 'kling-3.0', motionLevel: 'std', resolution: '720P' }, 'no motion on 3.0'],
    [{ scene: 'motion_control', family: 'kling-2.5', motionLevel: 'max', resolution: '720P' }, 'unknown level'],
    [{ scene: 'avatar_i2v', resolution: '4K' }, 'unknown resolution'],
    // A value outside a dimension never borrows another tier's slot.
    [{ scene: 'standard', family: 'kling-2.5', resolution: '480P', audio: true }, 'unknown resolution with sound'],
    [{ scene: 'standard', family: 'kling-2.5', resolution: '720P', audio: 'yes' }, 'sound not a boolean'],
    [{ scene: 'standard', family: 'kling-2.5', resolution: '720P', audio: 1 }, 'sound as a number'],
    [
      { scene: 'standard', family: 'kling-3.0-omni', resolution: '720P', audio: false, reference: 'yes' },
      'reference not a boolean',
    ],
    [{ scene: 'dance' }, 'unknown scene'],
    [{ scene: '__proto__' }, 'prototype key'],
  ])('%j cannot be produced (%s)', (parts: unknown, _why: string) => {
    expect(formatTier(parts as never)).toBeUndefined();
  });

  it('R47: parsed parts hold only the dimensions the tier has, never a key set to undefined', () => {
    for (const name of listTiers()) {
      const parts = parseTier(name) as Record<string, unknown>;
      for (const [key, value] of Object.entries(parts)) expect(value, `${name}.${key}`).not.toBeUndefined();
    }
    expect(Object.keys(parseTier('kling-avatar-720p') as object).sort()).toEqual(['resolution', 'scene']);
    expect(Object.keys(parseTier('kling-2.5-motion-pro-1080p') as object).sort()).toEqual([
      'family',
      'motionLevel',
      'resolution',
      'scene',
    ]);
  });

  it('returns undefined for non-objects', () => {
    for (const value of [undefined, null, 'kling-2.5', 1]) expect(formatTier(value as never)).toBeUndefined();
  });
});

describe('catalog (R9)', () => {
  it('is frozen all the way down', () => {
    expect(Object.isFrozen(catalog)).toBe(true);
    expect(Object.isFrozen(catalog.models)).toBe(true);
    expect(Object.isFrozen(catalog.models[0])).toBe(true);
    expect(Object.isFrozen(catalog.scenes.lip_sync)).toBe(true);
    expect(() => {
      (catalog.models as unknown as unknown[]).push({});
    }).toThrow();
  });

  it('knows the aliases of R9 and their families', () => {
    const families = Object.fromEntries(catalog.models.map((m) => [m.alias, m.family]));
    expect(families).toEqual({
      'kling-1.0': 'kling-1.0',
      'kling-1.5': 'kling-1.5',
      'kling-2.0': 'kling-2.0',
      'kling-2.1': 'kling-2.1',
      'kling-2.5': 'kling-2.5',
      'kling-2.6': 'kling-2.5',
      'kling-3.0': 'kling-3.0',
      'kling-3.0-omni': 'kling-3.0-omni',
      'kling-o1': 'kling-o1',
      'kling-identify-face': 'kling-identify-face',
      'kling-avatar-720p': 'kling-avatar-720p',
      'kling-avatar-1080p': 'kling-avatar-1080p',
    });
  });

  it('sets the lip-sync billing minimum as data (R16)', () => {
    expect(catalog.minimumBillableSeconds).toEqual({ 'kling-identify-face': 5 });
  });
});
