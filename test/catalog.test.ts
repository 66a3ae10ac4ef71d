// Operators' catalogs (R70, R71), tier names as model ids (R72), the model list (R73).
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  catalog,
  CatalogSchema,
  checkPriceTable,
  createRules,
  defaultRules,
  describeModels,
  formatTier,
  listTiers,
  normalizeRequest,
  type Catalog,
  type Rules,
} from '../src/index.js';
import { zhCN } from '../src/messages/zh-CN.js';
import { examples } from './arbitraries.js';
import { tiersOf } from '../src/catalog/tier.js';

/** The default catalog as plain JSON data, as an operator would load it from a file. */
const json = (): Record<string, any> => JSON.parse(JSON.stringify(catalog));

/** The README's worked example: a kling-3.5 row and its family (R70). */
function withKling35(): Record<string, any> {
  const c = json();
  c.models.push({
    alias: 'kling-3.5',
    family: 'kling-3.5',
    audio: true,
    durations: { min: 3, max: 20 },
    scenes: ['standard'],
    multiShot: true,
  });
  c.families.push({ name: 'kling-3.5', referenceInTier: false });
  c.minimumBillableSeconds['kling-3.5-1080p-audio'] = 5;
  return c;
}

function rulesOf(c: unknown): Rules {
  const made = createRules(c);
  if (!made.ok) throw new Error(JSON.stringify(made.issues));
  return made.rules;
}

const problems = (c: unknown): string[] => {
  const made = createRules(c);
  return made.ok ? [] : made.issues.map((i) => `${i.path}:${String(i.params.reason)}`);
};

describe('R70: createRules', () => {
  it('accepts the default catalog, and its rules are the root functions', () => {
    const rules = rulesOf(json());
    expect(rules.listTiers()).toEqual(listTiers());
    for (const example of examples) expect(rules.normalizeRequest(example)).toEqual(normalizeRequest(example));
    expect(rules.describeModels()).toEqual(describeModels());
  });

  it('binds every catalog-dependent function of the root', () => {
    const rules = rulesOf(json());
    for (const name of [
      'normalizeRequest',
      'normalizeRequestBody',
      'normalizeForm',
      'normalizeBody',
      'toCanonicalRequest',
      'listTiers',
      'parseTier',
      'formatTier',
      'quote',
      'quoteRequest',
      'checkPriceTable',
      'describeModels',
    ] as const) {
      expect(typeof rules[name], name).toBe('function');
    }
  });

  it('a new Kling version is a row of data: its tiers, its durations, its billing minimum', () => {
    const rules = rulesOf(withKling35());
    expect(rules.listTiers().filter((t) => t.startsWith('kling-3.5'))).toEqual([
      'kling-3.5-1080p-audio',
      'kling-3.5-1080p-mute',
      'kling-3.5-720p-audio',
      'kling-3.5-720p-mute',
    ]);
    expect(rules.listTiers()).toHaveLength(listTiers().length + 4);
    const r = rules.normalizeRequest({
      model: 'KLING-3.5',
      prompt: 'x',
      seconds: '18',
      size: '1080P',
      metadata: { audio: true },
    });
    expect(r.ok && r.spec).toMatchObject({
      model: 'kling-3.5',
      family: 'kling-3.5',
      seconds: 18,
      billableSeconds: 18,
      tier: 'kling-3.5-1080p-audio',
    });
    const short = rules.normalizeRequest({
      model: 'kling-3.5',
      prompt: 'x',
      seconds: 3,
      size: '1080P',
      metadata: { audio: true },
    });
    expect(short.ok && short.spec.billableSeconds).toBe(5); // R16/R57 minimum from the catalog row
    expect(rules.normalizeRequest({ model: 'kling-3.5', prompt: 'x', seconds: 21 }).ok).toBe(false);
    expect(rules.parseTier('kling-3.5-720p-mute')).toEqual({
      scene: 'standard',
      family: 'kling-3.5',
      resolution: '720P',
      audio: false,
    });
  });

  it('a second catalog leaks nothing into the root or into other rules', () => {
    const rules = rulesOf(withKling35());
    expect(rules.normalizeRequest({ model: 'kling-3.5', prompt: 'x' }).ok).toBe(true);
    expect(normalizeRequest({ model: 'kling-3.5', prompt: 'x' }).ok).toBe(false);
    expect(formatTier({ scene: 'standard', family: 'kling-3.5', resolution: '720P', audio: false })).toBeUndefined();
    const retired = json();
    retired.models = retired.models.filter((m: { alias: string }) => m.alias !== 'kling-1.0');
    retired.families = retired.families.filter((f: { name: string }) => f.name !== 'kling-1.0');
    const other = rulesOf(retired);
    expect(other.normalizeRequest({ model: 'kling-1.0', prompt: 'x' }).ok).toBe(false);
    expect(other.normalizeRequest({ model: 'kling-3.5', prompt: 'x' }).ok).toBe(false);
    expect(rules.normalizeRequest({ model: 'kling-1.0', prompt: 'x' }).ok).toBe(true);
    expect(normalizeRequest({ model: 'kling-1.0', prompt: 'x' }).ok).toBe(true);
  });

  it('a changed duration list and minimum are data too', () => {
    const c = json();
    c.models[4].durations = { values: [5, 10, 15] };
    c.minimumBillableSeconds['kling-2.5-720p-mute'] = 8;
    const rules = rulesOf(c);
    const r = rules.normalizeRequest({ model: 'kling-2.5', prompt: 'x', seconds: 15 });
    expect(r.ok && [r.spec.seconds, r.spec.billableSeconds]).toEqual([15, 15]);
    const five = rules.normalizeRequest({ model: 'kling-2.5', prompt: 'x', seconds: 5 });
    expect(five.ok && five.spec.billableSeconds).toBe(8);
    expect(normalizeRequest({ model: 'kling-2.5', prompt: 'x', seconds: 15 }).ok).toBe(false);
  });

  it('copies and deeply freezes the catalog; the operator’s object is neither kept nor touched', () => {
    const input = withKling35();
    const before = JSON.stringify(input);
    const rules = rulesOf(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input.models[0])).toBe(false);
    expect(rules.catalog).not.toBe(input);
    expect(rules.catalog).toEqual(input);
    const frozen = (x: unknown): boolean =>
      typeof x !== 'object' || x === null || (Object.isFrozen(x) && Object.values(x).every(frozen));
    expect(frozen(rules.catalog)).toBe(true);
    input.models.push({
      alias: 'kling-9',
      family: 'kling-3.5',
      audio: false,
      durations: { min: 1, max: 2 },
      scenes: ['standard'],
      multiShot: false,
    });
    expect(rules.normalizeRequest({ model: 'kling-9', prompt: 'x' }).ok).toBe(false);
    expect(Object.isFrozen(rules)).toBe(true);
  });

  it('never throws, even on a catalog whose getters throw', () => {
    const hostile = new Proxy(json(), {
      get: (t, k) => {
        if (k === 'models') throw new Error('boom');
        return Reflect.get(t, k);
      },
    });
    expect(problems(hostile)).toEqual([':unreadable']);
    expect(problems(null)).toEqual([':catalog']);
    expect(problems([])).toEqual([':catalog']);
  });
});

describe('R71: every problem of a catalog, at its path', () => {
  const cases: [string, (c: Record<string, any>) => void, string[]][] = [
    [
      'unknown key (a typo does not pass)',
      (c) => {
        c.models[0].multishot = true;
      },
      ['models.0.multishot:unknown_key'],
    ],
    [
      'unknown top-level key',
      (c) => {
        c.model = [];
      },
      ['model:unknown_key'],
    ],
    [
      'missing key',
      (c) => {
        delete c.models[0].audio;
      },
      ['models.0.audio:required'],
    ],
    [
      'blank alias',
      (c) => {
        c.models[0].alias = ' ';
      },
      ['models.0.alias:string'],
    ],
    [
      'boolean as text',
      (c) => {
        c.models[0].audio = 'yes';
      },
      ['models.0.audio:boolean'],
    ],
    [
      'reversed range, at its min',
      (c) => {
        c.models[6].durations = { min: 15, max: 3 };
      },
      ['models.6.durations.min:reversed'],
    ],
    [
      'empty value list',
      (c) => {
        c.models[0].durations = { values: [] };
      },
      ['models.0.durations.values:empty'],
    ],
    [
      'zero seconds',
      (c) => {
        c.models[0].durations = { values: [5, 0] };
      },
      ['models.0.durations.values.1:whole_number'],
    ],
    [
      'fractional seconds',
      (c) => {
        c.models[6].durations = { min: 2.5, max: 3 };
      },
      ['models.6.durations.min:whole_number'],
    ],
    [
      'range and list mixed',
      (c) => {
        c.models[0].durations = { values: [5], min: 1 };
      },
      ['models.0.durations.min:unknown_key'],
    ],
    [
      'empty scene list',
      (c) => {
        c.models[0].scenes = [];
      },
      ['models.0.scenes:empty'],
    ],
    [
      'unknown scene',
      (c) => {
        c.models[0].scenes = ['standard', 'lipsync'];
      },
      ['models.0.scenes.1:unknown_scene'],
    ],
    [
      'unknown family',
      (c) => {
        c.models[0].family = 'kling-one';
      },
      ['models.0.family:unknown_family'],
    ],
    [
      'duplicate family',
      (c) => {
        c.families[1].name = 'kling-1.0';
      },
      ['families.1.name:duplicate', 'models.1.family:unknown_family'],
    ],
    [
      'aliases equal after trimming and lower-casing',
      (c) => {
        c.models[1].alias = ' KLING-1.0';
      },
      ['models.1.alias:duplicate_alias', 'models.1.alias:alias_case'],
    ],
    [
      'alias not lower case',
      (c) => {
        c.models[0].alias = 'Kling-1.0';
      },
      ['models.0.alias:alias_case'],
    ],
    [
      'fixed scene that is not a scene',
      (c) => {
        c.models[9].fixedScene = 'dubbing';
      },
      ['models.9.fixedScene:unknown_scene'],
    ],
    [
      'fixed scene the model does not allow',
      (c) => {
        c.models[9].fixedScene = 'avatar_i2v';
      },
      ['models.9.fixedScene:fixed_scene'],
    ],
    [
      'fixed resolution not in resolutions',
      (c) => {
        c.resolutions = ['720P'];
      },
      ['models.11.fixedResolution:unknown_resolution'],
    ],
    [
      'resolution not a resolution',
      (c) => {
        c.resolutions = ['720P', '4K'];
      },
      ['resolutions.1:value'],
    ],
    [
      'unknown placeholder',
      (c) => {
        c.scenes.standard.tier = '{family}-{res}-{audio}';
      },
      ['scenes.standard.tier:placeholder'],
    ],
    [
      'scene missing',
      (c) => {
        delete c.scenes.lip_sync;
      },
      ['scenes.lip_sync:required'],
    ],
    [
      'unknown scene key',
      (c) => {
        c.scenes.dubbing = c.scenes.lip_sync;
      },
      ['scenes.dubbing:unknown_key'],
    ],
    [
      'requires of another kind',
      (c) => {
        c.scenes.avatar_i2v.requires = 'audio';
      },
      ['scenes.avatar_i2v.requires:value'],
    ],
    [
      'scene durations reversed',
      (c) => {
        c.scenes.lip_sync.durations = { min: 60, max: 2 };
      },
      ['scenes.lip_sync.durations.min:reversed'],
    ],
    [
      'negative minimum',
      (c) => {
        c.minimumBillableSeconds['kling-identify-face'] = -1;
      },
      ['minimumBillableSeconds.kling-identify-face:whole_number'],
    ],
    [
      'default outside resolutions',
      (c) => {
        c.resolutions = ['1080P'];
        c.models.splice(10, 1);
      },
      ['defaults.resolution:unknown_resolution'],
    ],
    [
      'two dimension sets giving one tier name',
      (c) => {
        c.scenes.motion_control.tier = '{family}-{resolution}-mute';
      },
      ['scenes.motion_control.tier:duplicate_tier'],
    ],
    // R71: every template they make collide is a problem of its own (the omni family's reference template too).
    [
      'audio tokens that collide',
      (c) => {
        c.tierTokens.audio.on = 'mute';
      },
      ['scenes.standard.tier:duplicate_tier', 'scenes.standard.tierWithReference:duplicate_tier'],
    ],
    // R71 amended: a scene's dimensions are the rules'; a template that drops one bills two tasks under one name.
    [
      'a motion template without {motionLevel}',
      (c) => {
        c.scenes.motion_control.tier = '{family}-motion-{resolution}';
      },
      ['scenes.motion_control.tier:duplicate_tier'],
    ],
    [
      'an avatar template without {resolution}',
      (c) => {
        c.scenes.avatar_i2v.tier = 'kling-avatar';
      },
      ['scenes.avatar_i2v.tier:duplicate_tier'],
    ],
    [
      'a standard template without {audio}, even for families with no sound',
      (c) => {
        c.scenes.standard.tier = '{family}-{resolution}';
        c.scenes.standard.tierWithReference = '{family}-{resolution}-{reference}';
      },
      ['scenes.standard.tier:duplicate_tier', 'scenes.standard.tierWithReference:duplicate_tier'],
    ],
  ];

  it.each(cases)('%s', (_, mutate, expected) => {
    const c = json();
    mutate(c);
    expect(problems(c)).toEqual(expected);
  });

  it('reports every shape problem at once, each with a message that names its path', () => {
    const c = json();
    c.models[0].extra = 1;
    c.models[2].durations = { min: 9, max: 3 };
    c.defaults.seconds = 0;
    const made = createRules(c);
    expect(made.ok).toBe(false);
    if (made.ok) return;
    expect(made.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_catalog', 'models.0.extra'],
      ['invalid_catalog', 'models.2.durations.min'],
      ['invalid_catalog', 'defaults.seconds'],
    ]);
    expect(made.issues[1]?.message).toBe('`models.2.durations.min`: the range is reversed (min 9 > max 3)');
    expect(made.issues[1]?.params).toEqual({ reason: 'reversed', min: 9, max: 3 });
  });

  it('writes its messages in the language asked (R69)', () => {
    const c = json();
    c.models[0].family = 'kling-one';
    const made = createRules(c, { messages: zhCN });
    expect(!made.ok && made.issues[0]?.message).toBe(
      '模型目录中 `models.0.family` 的计费系列 "kling-one" 不在 `families` 中',
    );
  });

  it('CatalogSchema (valibot) agrees with createRules: same paths, same messages', () => {
    expect(v.safeParse(CatalogSchema, json()).success).toBe(true);
    for (const [, mutate] of cases) {
      const c = json();
      mutate(c);
      const made = createRules(c);
      const parsed = v.safeParse(CatalogSchema, c);
      expect(parsed.success).toBe(false);
      const fromSchema = (parsed.issues ?? []).map((i) => [
        (i.path ?? []).map((p) => String(p.key)).join('.'),
        i.message,
      ]);
      expect(fromSchema).toEqual(made.ok ? [] : made.issues.map((i) => [i.path, i.message]));
    }
  });

  it('the exported catalog is a valid catalog (its own shape)', () => {
    expect(createRules(catalog).ok).toBe(true);
    const typed: Catalog = rulesOf(catalog).catalog;
    expect(typed.models).toHaveLength(12);
  });
});

describe('R72: tier names as model ids', () => {
  const accepted: [string, Record<string, unknown>, Record<string, unknown>][] = [
    [
      'a standard tier fixes resolution and audio',
      { model: 'kling-2.5-1080p-audio', prompt: 'x' },
      {
        model: 'kling-2.5',
        family: 'kling-2.5',
        tier: 'kling-2.5-1080p-audio',
        resolution: '1080P',
        audio: true,
        scene: 'standard',
      },
    ],
    [
      'any case, trimmed; agreeing fields give no warning',
      { model: ' KLING-2.5-720P-MUTE ', prompt: 'x', size: '720x1280', metadata: { audio_generation: 'Disabled' } },
      { model: 'kling-2.5', tier: 'kling-2.5-720p-mute', resolution: '720P', audio: false, aspectRatio: '9:16' },
    ],
    [
      'a motion tier fixes scene and motion level',
      { model: 'kling-2.5-motion-pro-1080p', prompt: 'x', metadata: { video_url: 'https://example.com/v.mp4' } },
      {
        model: 'kling-2.5',
        scene: 'motion_control',
        motionLevel: 'pro',
        resolution: '1080P',
        tier: 'kling-2.5-motion-pro-1080p',
      },
    ],
    [
      'the omni -ref tier with a reference image',
      { model: 'kling-3.0-omni-720p-ref-mute', prompt: 'x', images: ['https://example.com/a.png'] },
      { model: 'kling-3.0-omni', reference: true, tier: 'kling-3.0-omni-720p-ref-mute' },
    ],
    [
      'the family’s model is the alias spelled like it (kling-2.6 bills as kling-2.5)',
      { model: 'kling-2.5-720p-mute', prompt: 'x' },
      { model: 'kling-2.5' },
    ],
    // A tier whose family does not bill references fixes nothing about them: reference images are simply used.
    [
      'a tier without a reference dimension takes reference images',
      { model: 'kling-2.5-720p-mute', prompt: 'x', images: ['https://example.com/a.png'] },
      { model: 'kling-2.5', tier: 'kling-2.5-720p-mute', reference: true, images: ['https://example.com/a.png'] },
    ],
  ];

  it.each(accepted)('%s', (_, raw, expected) => {
    const r = normalizeRequest(raw);
    expect(r.ok ? r.warnings : r.issues).toEqual([]);
    expect(r.ok && r.spec).toMatchObject(expected);
  });

  it("sources say 'model' for every dimension the tier fixes", () => {
    const r = normalizeRequest({
      model: 'kling-2.5-motion-std-720p',
      prompt: 'x',
      seconds: 10,
      metadata: { video_url: 'https://example.com/v.mp4' },
    });
    expect(r.ok && r.spec.sources).toMatchObject({
      scene: 'model',
      resolution: 'model',
      motionLevel: 'model',
      seconds: 'seconds',
    });
    const s = normalizeRequest({ model: 'kling-2.5-720p-mute', prompt: 'x', size: '720P', metadata: { audio: false } });
    expect(s.ok && s.spec.sources).toMatchObject({ scene: 'model', resolution: 'model', audio: 'model' });
  });

  const conflicts: [string, Record<string, unknown>, string[]][] = [
    [
      'another scene',
      {
        model: 'kling-2.5-720p-mute',
        prompt: 'x',
        metadata: { scene_type: 'motion_control', video_url: 'https://example.com/v.mp4' },
      },
      ['conflicting_fields@metadata.scene_type'],
    ],
    [
      'a 1080P with a -720p model',
      { model: 'kling-2.5-720p-mute', prompt: 'x', size: '1080P' },
      ['conflicting_fields@size'],
    ],
    [
      'every source that says otherwise, not only the winner',
      {
        model: 'kling-2.5-720p-mute',
        prompt: 'x',
        size: '1920x1080',
        metadata: { resolution: '1080p', output_config: { resolution: '1080P' } },
      },
      [
        'conflicting_fields@metadata.output_config.resolution',
        'conflicting_fields@metadata.resolution',
        'conflicting_fields@size',
      ],
    ],
    [
      'sound on a -mute model',
      { model: 'kling-3.0-720p-mute', prompt: 'x', metadata: { audio: true } },
      ['conflicting_fields@metadata.audio'],
    ],
    [
      'silence on an -audio model',
      { model: 'kling-3.0-720p-audio', prompt: 'x', metadata: { audio_generation: 'disabled' } },
      ['conflicting_fields@metadata.audio_generation'],
    ],
    [
      'mode: pro on a -motion-std- model',
      {
        model: 'kling-2.5-motion-std-720p',
        prompt: 'x',
        mode: 'pro',
        metadata: { video_url: 'https://example.com/v.mp4' },
      },
      ['conflicting_fields@mode'],
    ],
    [
      'a reference image on a -noref model',
      { model: 'kling-3.0-omni-720p-noref-mute', prompt: 'x', images: ['https://example.com/a.png'] },
      ['conflicting_fields@images'],
    ],
    [
      'a reference video on a -noref model',
      { model: 'kling-3.0-omni-720p-noref-mute', prompt: 'x', metadata: { video_url: 'https://example.com/v.mp4' } },
      ['conflicting_fields@metadata.video_url'],
    ],
    [
      'a -ref model with no reference input, at model',
      { model: 'kling-3.0-omni-1080p-ref-mute', prompt: 'x' },
      ['conflicting_fields@model'],
    ],
    [
      'R29 still applies: sound with a reference video on an omni -audio model',
      { model: 'kling-3.0-omni-720p-ref-audio', prompt: 'x', metadata: { video_url: 'https://example.com/v.mp4' } },
      ['unsupported_audio@model'],
    ],
  ];

  it.each(conflicts)('%s', (_, raw, expected) => {
    const r = normalizeRequest(raw);
    expect(r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path}`)).toEqual(expected);
  });

  it('a conflict names the model and says what it fixes', () => {
    const r = normalizeRequest({ model: 'kling-2.5-720p-mute', prompt: 'x', size: '1080P' });
    expect(!r.ok && r.issues[0]).toEqual({
      code: 'conflicting_fields',
      path: 'size',
      message:
        'model kling-2.5-720p-mute fixes resolution to 720P, but `size` says 1080P; remove it or choose another model',
      params: {
        reason: 'model_dimension',
        model: 'kling-2.5-720p-mute',
        dimension: 'resolution',
        fixed: '720P',
        value: '1080P',
      },
    });
    const audio = normalizeRequest({
      model: 'kling-3.0-omni-720p-ref-audio',
      prompt: 'x',
      metadata: { video_url: 'https://example.com/v.mp4' },
    });
    expect(!audio.ok && audio.issues[0]?.message).toBe(
      'kling-3.0-omni cannot generate sound when a reference video is given; choose a model whose tier ends in -mute',
    );
  });

  it('special models stay aliases; avatar and lip-sync tiers select nothing unless they are aliases', () => {
    const avatar = normalizeRequest({ model: 'kling-avatar-720p', prompt: 'x', image: 'https://example.com/a.png' });
    expect(avatar.ok && [avatar.spec.model, avatar.spec.family, avatar.spec.tier]).toEqual([
      'kling-avatar-720p',
      'kling-avatar-720p',
      'kling-avatar-720p',
    ]);
    const c = json();
    c.models = c.models.filter((m: { fixedScene?: string }) => m.fixedScene === undefined);
    c.families = c.families.filter((f: { name: string }) => !/avatar|identify/.test(f.name));
    const rules = rulesOf(c);
    expect(rules.listTiers()).toContain('kling-avatar-720p');
    const r = rules.normalizeRequest({ model: 'kling-avatar-720p', prompt: 'x', image: 'https://example.com/a.png' });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['unknown_model']);
  });

  it("unknown_model's suggestion considers aliases only", () => {
    const r = normalizeRequest({ model: 'kling-2.5-720p-mut', prompt: 'x' });
    // A near miss of a tier name suggests no tier: the known models listed are the aliases, and nothing else.
    expect(!r.ok && r.issues[0]?.params).toEqual({
      got: 'string',
      value: 'kling-2.5-720p-mut',
      models: catalog.models.map((m) => m.alias),
    });
  });

  it('an operator’s own tier names are model ids too', () => {
    const rules = rulesOf(withKling35());
    const r = rules.normalizeRequest({ model: 'kling-3.5-1080p-mute', prompt: 'x', seconds: 20 });
    expect(r.ok && [r.spec.model, r.spec.tier, r.spec.seconds]).toEqual(['kling-3.5', 'kling-3.5-1080p-mute', 20]);
  });
});

describe('R73: describeModels', () => {
  it('one entry per alias in catalog order, with what each can do', () => {
    const list = describeModels();
    expect(list.map((m) => m.id)).toEqual(catalog.models.map((m) => m.alias));
    expect(list.find((m) => m.id === 'kling-3.0-omni')).toEqual({
      id: 'kling-3.0-omni',
      family: 'kling-3.0-omni',
      scenes: ['standard', 'lip_sync'],
      // R73: per scene; lip-sync allows 2-60 s on every alias (R15).
      durations: { standard: { min: 3, max: 15 }, lip_sync: { min: 2, max: 60 } },
      withReferenceVideo: { durations: { min: 3, max: 10 }, audio: false, multiShot: false },
      resolutions: ['720P', '1080P'],
      aspectRatios: ['16:9', '9:16', '1:1'],
      audio: true,
      multiShot: true,
      upstream: { version: '3.0-Omni' },
      tiers: [
        'kling-3.0-omni-1080p-noref-audio',
        'kling-3.0-omni-1080p-noref-mute',
        'kling-3.0-omni-1080p-ref-audio',
        'kling-3.0-omni-1080p-ref-mute',
        'kling-3.0-omni-720p-noref-audio',
        'kling-3.0-omni-720p-noref-mute',
        'kling-3.0-omni-720p-ref-audio',
        'kling-3.0-omni-720p-ref-mute',
        'kling-identify-face',
      ].map((name) => ({ name })),
    });
    expect(list.find((m) => m.id === 'kling-avatar-1080p')).toEqual({
      id: 'kling-avatar-1080p',
      family: 'kling-avatar-1080p',
      scenes: ['avatar_i2v'],
      durations: { avatar_i2v: { min: 2, max: 300 } },
      resolutions: ['1080P'],
      aspectRatios: ['16:9', '9:16', '1:1'],
      audio: false,
      multiShot: false,
      tiers: [{ name: 'kling-avatar-1080p' }],
      upstream: null,
    });
    // R73, R75: the lip-sync model reports the lip-sync scene's 2-60 s, not its row's 5 or 10.
    expect(list.find((m) => m.id === 'kling-identify-face')?.durations).toEqual({ lip_sync: { min: 2, max: 60 } });
    expect(list.find((m) => m.id === 'kling-2.5')).toMatchObject({
      durations: {
        standard: { values: [5, 10] },
        motion_control: { values: [5, 10] },
        avatar_i2v: { min: 2, max: 300 },
        lip_sync: { min: 2, max: 60 },
      },
      upstream: { version: '2.5', audioVersion: '2.6', sceneVersions: { motion_control: '2.6' } },
    });
    expect(list.map((m) => m.upstream?.version ?? null)).toEqual([
      null,
      null,
      '2.0',
      '2.1',
      '2.5',
      '2.6',
      '3.0',
      '3.0-Omni',
      'O1',
      null,
      null,
      null,
    ]);
    expect(list.find((m) => m.id === 'kling-1.0')?.tiers.map((t) => t.name)).toEqual([
      'kling-1.0-1080p-mute',
      'kling-1.0-720p-mute',
      'kling-avatar-1080p',
      'kling-avatar-720p',
      'kling-identify-face',
    ]);
  });

  it('with a price table, each tier carries its prices as the table writes them', () => {
    const list = describeModels({
      currency: 'CNY',
      tiers: { 'kling-2.5-720p-mute': { perSecond: '0.50' }, 'kling-identify-face': { perTask: 2, perSecond: 0.1 } },
    });
    const k26 = list.find((m) => m.id === 'kling-2.6');
    expect(k26?.family).toBe('kling-2.5');
    expect(k26?.tiers.find((t) => t.name === 'kling-2.5-720p-mute')).toEqual({
      name: 'kling-2.5-720p-mute',
      perSecond: '0.50',
    });
    expect(k26?.tiers.find((t) => t.name === 'kling-identify-face')).toEqual({
      name: 'kling-identify-face',
      perSecond: '0.1',
      perTask: '2',
    });
    expect(k26?.tiers.find((t) => t.name === 'kling-2.5-720p-audio')).toEqual({ name: 'kling-2.5-720p-audio' });
  });

  it('a copy each call: a caller cannot corrupt the next answer', () => {
    const first = describeModels();
    first[0]?.scenes.pop();
    (first[0]?.durations.standard as { values: number[] } | undefined)?.values.pop();
    const k25 = first.find((m) => m.id === 'kling-2.5');
    if (k25?.upstream?.sceneVersions !== undefined) k25.upstream.sceneVersions.motion_control = 'x';
    expect(describeModels()[0]?.scenes).toEqual(['standard', 'avatar_i2v', 'lip_sync']);
    expect(describeModels()[0]?.durations.standard).toEqual({ values: [5, 10] });
    expect(describeModels().find((m) => m.id === 'kling-2.5')?.upstream?.sceneVersions).toEqual({
      motion_control: '2.6',
    });
  });

  it('a price table that prices exactly listTiers() checks ok, and describes every alias tier with a price', () => {
    const table = { currency: 'CNY', tiers: Object.fromEntries(listTiers().map((t) => [t, { perSecond: '1' }])) };
    expect(checkPriceTable(table).ok).toBe(true);
    for (const m of describeModels(table)) for (const t of m.tiers) expect(t.perSecond).toBe('1');
  });
});

describe('R70 laws', () => {
  it('createRules never throws on mutated catalogs and never touches them', () => {
    const paths: (string | number)[][] = [];
    const walk = (x: unknown, at: (string | number)[]) => {
      paths.push(at);
      if (typeof x === 'object' && x !== null)
        for (const [k, val] of Object.entries(x)) walk(val, [...at, Array.isArray(x) ? Number(k) : k]);
    };
    walk(json(), []);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything(), fc.boolean(), (path, value, remove) => {
        const c = json();
        let parent: any = c;
        for (const key of path.slice(0, -1)) parent = parent[key];
        const last = path[path.length - 1];
        if (last === undefined) return;
        if (remove) delete parent[last];
        else parent[last] = value;
        const before = JSON.stringify(c);
        const made = createRules(c);
        expect(JSON.stringify(c)).toBe(before);
        if (made.ok) {
          // Whatever a mutated catalog allows, its tiers stay a round trip.
          for (const name of made.rules.listTiers()) {
            const parts = made.rules.parseTier(name);
            expect(parts && made.rules.formatTier(parts)).toBe(name);
          }
        } else {
          for (const issue of made.issues) {
            expect(issue.code).toBe('invalid_catalog');
            expect(issue.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('R71: reference templates', () => {
  it.each([
    [
      'tierWithReference without {reference}',
      (c: Record<string, any>) => {
        c.scenes.standard.tierWithReference = '!';
      },
      ['scenes.standard.tierWithReference:reference_template', 'scenes.standard.tierWithReference:duplicate_tier'],
    ],
    [
      'tierWithReference with other placeholders than tier',
      (c: Record<string, any>) => {
        c.scenes.standard.tierWithReference = '{family}-{reference}-{audio}';
      },
      ['scenes.standard.tierWithReference:reference_template', 'scenes.standard.tierWithReference:duplicate_tier'],
    ],
    [
      '{reference} in a plain tier template',
      (c: Record<string, any>) => {
        c.scenes.motion_control.tier = '{family}-motion-{motionLevel}-{resolution}-{reference}';
      },
      ['scenes.motion_control.tier:reference_placeholder'],
    ],
  ])('%s', (_, mutate, expected) => {
    const c = json();
    mutate(c);
    expect(problems(c)).toEqual(expected);
    const made = createRules(c);
    expect(!made.ok && made.issues[0]?.message).toContain('{reference}');
  });
});

describe('R70: defaultRules', () => {
  it('is the root functions and the default catalog, as one object', () => {
    expect(defaultRules.catalog).toBe(catalog);
    expect(defaultRules.normalizeRequest).toBe(normalizeRequest);
    expect(defaultRules.listTiers).toBe(listTiers);
    expect(defaultRules.describeModels).toBe(describeModels);
    expect(Object.isFrozen(defaultRules)).toBe(true);
  });
});

describe("R10, R13, R39, R72: the lists in messages and look-ups are the catalog's own", () => {
  /** The default catalog with a family `kling-x` whose aliases are not spelled like it, and a long alias. */
  function withKlingX(): Record<string, any> {
    const c = json();
    c.models.push(
      {
        alias: 'kling-x-fast',
        family: 'kling-x',
        audio: false,
        durations: { values: [5] },
        scenes: ['standard', 'avatar_i2v'],
        multiShot: true,
      },
      {
        alias: 'kling-x-slow',
        family: 'kling-x',
        audio: false,
        durations: { values: [5] },
        scenes: ['standard'],
        multiShot: false,
      },
      {
        alias: `kling-${'l'.repeat(34)}`,
        family: 'kling-x',
        audio: false,
        durations: { values: [5] },
        scenes: ['standard'],
        multiShot: false,
      },
    );
    c.families.push({ name: 'kling-x', referenceInTier: false });
    return c;
  }
  const multiShot = {
    ext_info: JSON.stringify({ AdditionalParameters: { multi_shot: true, shot_type: 'intelligence' } }),
  };

  it('R39: unsupported_multi_shot lists the aliases that allow multi-shot, in catalog order', () => {
    const r = rulesOf(withKlingX()).normalizeRequest({ model: 'kling-2.5', prompt: 'x', metadata: multiShot });
    expect(!r.ok && r.issues[0]).toMatchObject({
      code: 'unsupported_multi_shot',
      params: { reason: 'model', model: 'kling-2.5', models: ['kling-3.0', 'kling-3.0-omni', 'kling-x-fast'] },
    });
    const d = normalizeRequest({ model: 'kling-2.5', prompt: 'x', metadata: multiShot });
    expect(!d.ok && d.issues[0]?.params.models).toEqual(['kling-3.0', 'kling-3.0-omni']);
  });

  it('R13: unsupported_scene lists the aliases that allow the scene, special models included', () => {
    const r = rulesOf(withKlingX()).normalizeRequest({
      model: 'kling-x-slow',
      prompt: 'x',
      image: 'https://example.com/a.png',
      metadata: { scene_type: 'avatar_i2v' },
    });
    expect(!r.ok && r.issues[0]).toMatchObject({
      code: 'unsupported_scene',
      path: 'metadata.scene_type',
      params: {
        scene: 'avatar_i2v',
        model: 'kling-x-slow',
        models: [
          'kling-1.0',
          'kling-1.5',
          'kling-2.0',
          'kling-2.1',
          'kling-2.5',
          'kling-2.6',
          'kling-avatar-720p',
          'kling-avatar-1080p',
          'kling-x-fast',
        ],
      },
    });
  });

  it("R72: a tier of a family without an alias of its name selects the family's first alias in catalog order", () => {
    const rules = rulesOf(withKlingX());
    const r = rules.normalizeRequest({ model: 'kling-x-720p-mute', prompt: 'x' });
    expect(r.ok && [r.spec.model, r.spec.tier, r.spec.sources.resolution]).toEqual([
      'kling-x-fast',
      'kling-x-720p-mute',
      'model',
    ]);
    // A family with an alias of its own name selects that alias, wherever it stands (kling-2.6 is also kling-2.5).
    const d = normalizeRequest({ model: 'kling-2.5-720p-mute', prompt: 'x' });
    expect(d.ok && d.spec.model).toBe('kling-2.5');
  });

  it('R8: a model id is trimmed and lower-cased whatever its padding (R7 amended: no undocumented cap)', () => {
    const padded = (length: number) => ` KLING-2.5${' '.repeat(length - 10)}`;
    for (const length of [83, 84, 100, 100_000])
      expect(normalizeRequest({ model: padded(length), prompt: 'x' }).ok).toBe(true);
    const rules = rulesOf(withKlingX());
    expect(rules.normalizeRequest({ model: padded(105), prompt: 'x' }).ok).toBe(true);
    const d = normalizeRequest({ model: ` KLING-2.5x${' '.repeat(90)}`, prompt: 'x' });
    expect(!d.ok && d.issues.map((i) => i.code)).toEqual(['unknown_model']);
  });

  it("R10: suggestions come from the catalog's aliases, for names up to 2 characters longer than the longest", () => {
    const rules = rulesOf(withKlingX());
    const r = rules.normalizeRequest({ model: 'kling-x-fst', prompt: 'x' });
    expect(!r.ok && r.issues[0]?.params.suggestion).toBe('kling-x-fast');
    const long = `kling-${'l'.repeat(34)}`;
    const near = rules.normalizeRequest({ model: `${long}ab`, prompt: 'x' }); // 42 characters: within reach
    expect(!near.ok && near.issues[0]?.params.suggestion).toBe(long);
    const far = rules.normalizeRequest({ model: `${long}abc`, prompt: 'x' }); // 43: too long to be a typo
    expect(!far.ok && far.issues[0]?.params.suggestion).toBeUndefined();
  });
});

describe('R70: every bound function reads its own catalog', () => {
  const raw = { model: 'kling-3.5', prompt: 'x', seconds: 20 };
  const tierOf = (r: { ok: boolean; spec?: { tier: string } }) => (r.ok ? r.spec?.tier : undefined);
  it('the body readers too: JSON text, forms, and by Content-Type', () => {
    const rules = rulesOf(withKling35());
    const form: [string, string][] = [
      ['model', 'kling-3.5'],
      ['prompt', 'x'],
      ['seconds', '20'],
    ];
    expect(tierOf(rules.normalizeRequestBody(JSON.stringify(raw)))).toBe('kling-3.5-720p-mute');
    expect(tierOf(rules.normalizeForm(form))).toBe('kling-3.5-720p-mute');
    expect(tierOf(rules.normalizeBody('application/json', JSON.stringify(raw)))).toBe('kling-3.5-720p-mute');
    expect(
      tierOf(rules.normalizeBody('application/x-www-form-urlencoded', 'model=kling-3.5&prompt=x&seconds=20')),
    ).toBe('kling-3.5-720p-mute');
    // The root functions read the default catalog, which has no kling-3.5.
    expect(defaultRules.normalizeRequestBody(JSON.stringify(raw)).ok).toBe(false);
    expect(defaultRules.normalizeForm(form).ok).toBe(false);
  });

  it('listTiers is a fresh copy each call, of that catalog', () => {
    const rules = rulesOf(withKling35());
    const tiers = rules.listTiers();
    expect(tiers).toContain('kling-3.5-1080p-audio');
    tiers.length = 0;
    expect(rules.listTiers()).toContain('kling-3.5-1080p-audio');
    const root = listTiers();
    root.length = 0;
    expect(listTiers()).toContain('kling-2.5-720p-mute');
  });
});

describe('R71: each kind of catalog problem, at its path, with its params', () => {
  const issuesOf = (c: unknown) => {
    const made = createRules(c);
    return made.ok ? [] : made.issues.map((i) => ({ path: i.path, params: i.params }));
  };
  it.each([
    [
      'a default resolution that is not one',
      (c: Record<string, any>) => {
        c.defaults.resolution = '4K';
      },
      [{ path: 'defaults.resolution', params: { reason: 'value', allowed: ['720P', '1080P'], value: '4K' } }],
    ],
    [
      'a requirement that is not one',
      (c: Record<string, any>) => {
        c.scenes.lip_sync.requires = 'audio';
      },
      [
        {
          path: 'scenes.lip_sync.requires',
          params: { reason: 'value', allowed: ['video', 'image', 'face'], value: 'audio' },
        },
      ],
    ],
    [
      'a scene that is not one',
      (c: Record<string, any>) => {
        c.models[0].scenes = ['standard', 'dance'];
      },
      [
        {
          path: 'models.0.scenes.1',
          params: {
            reason: 'unknown_scene',
            allowed: ['standard', 'motion_control', 'avatar_i2v', 'lip_sync'],
            value: 'dance',
          },
        },
      ],
    ],
    [
      'a default duration of 0',
      (c: Record<string, any>) => {
        c.defaults.seconds = 0;
      },
      [{ path: 'defaults.seconds', params: { reason: 'whole_number', min: 1 } }],
    ],
    [
      'a blank alias',
      (c: Record<string, any>) => {
        c.models[0].alias = ' ';
      },
      [{ path: 'models.0.alias', params: { reason: 'string' } }],
    ],
    [
      'models that are not an array',
      (c: Record<string, any>) => {
        c.models = {};
      },
      [{ path: 'models', params: { reason: 'array' } }],
    ],
    [
      'scenes that are not an object',
      (c: Record<string, any>) => {
        c.scenes = [];
      },
      [{ path: 'scenes', params: { reason: 'object' } }],
    ],
    [
      'a flag that is not a boolean',
      (c: Record<string, any>) => {
        c.families[0].referenceInTier = 'yes';
      },
      [{ path: 'families.0.referenceInTier', params: { reason: 'boolean' } }],
    ],
    [
      'a reversed range',
      (c: Record<string, any>) => {
        c.models[6].durations = { min: 10, max: 5 };
      },
      [{ path: 'models.6.durations.min', params: { reason: 'reversed', min: 10, max: 5 } }],
    ],
    [
      'an unknown placeholder',
      (c: Record<string, any>) => {
        c.scenes.standard.tier = '{family}-{size}-{resolution}-{audio}';
      },
      [
        {
          path: 'scenes.standard.tier',
          params: {
            reason: 'placeholder',
            value: '{size}',
            allowed: ['{family}', '{resolution}', '{audio}', '{reference}', '{motionLevel}'],
          },
        },
      ],
    ],
  ])('%s', (_, mutate, expected) => {
    const c = json();
    mutate(c);
    expect(issuesOf(c)).toEqual(expected);
  });

  it('a catalog that is not an object is one problem at the root', () => {
    expect(issuesOf(5)).toEqual([{ path: '', params: { reason: 'catalog' } }]);
    expect(issuesOf([])).toEqual([{ path: '', params: { reason: 'catalog' } }]);
  });
});

describe('R71 amended: what a catalog is, and every problem at once', () => {
  const only = (value: unknown) => {
    const made = createRules(value);
    return made.ok ? [] : made.issues.map((i) => `${i.path}:${String(i.params.reason)}`);
  };
  class Catalogish {
    models = [];
  }
  it.each([
    ['a Map', new Map(Object.entries(json()))],
    ['a class instance', new Catalogish()],
    ['an array', [json()]],
    ['null', null],
    ['a string', 'catalog'],
  ])('%s is one invalid_catalog at the root', (_, value) => {
    expect(only(value)).toEqual([':catalog']);
  });

  it('a prototype-free object is a plain object, read like any other', () => {
    const c = Object.assign(Object.create(null) as Record<string, unknown>, json());
    expect(createRules(c).ok).toBe(true);
  });

  it('a malformed duration set does not hide an unknown family elsewhere', () => {
    const c = json();
    c.models[0].durations = { min: 0, max: 5 };
    c.models[3].family = 'kling-9';
    expect(only(c)).toEqual(['models.0.durations.min:whole_number', 'models.3.family:unknown_family']);
  });

  it('a billing minimum for a name that is no tier of the catalog is refused at its key', () => {
    const c = json();
    c.minimumBillableSeconds['kling-identify-fase'] = 5;
    expect(only(c)).toEqual(['minimumBillableSeconds.kling-identify-fase:unknown_tier']);
  });

  it('billing-minimum keys are judged only when the parts the tier list depends on are well shaped', () => {
    const c = json();
    c.minimumBillableSeconds['not-a-tier'] = 5;
    c.tierTokens.audio = 'mute';
    expect(only(c)).toEqual(['tierTokens.audio:object']);
  });
});

describe('R48: the tier key is a mixed-radix number, so no two dimension sets share one by construction', () => {
  it('with a third resolution every tier still maps back to its own name', () => {
    const c = json();
    c.resolutions = ['720P', '1080P', '4K'];
    c.tierTokens.resolution['4K'] = '4k';
    const tiers = tiersOf(c as never);
    expect(tiers.names.filter((n) => n.includes('4k')).length).toBeGreaterThan(0);
    for (const name of tiers.names) {
      const p = tiers.byName.get(name) as Record<string, unknown>;
      expect(tiers.tierOf(p.scene as never, p.family as string | undefined, p), name).toBe(name);
    }
  });

  it("with many families, each family's tiers stay its own", () => {
    const c = json();
    for (let i = 0; i < 40; i++) {
      c.families.push({ name: `f${i}`, referenceInTier: i % 2 === 0 });
      c.models.push({
        alias: `f${i}`,
        family: `f${i}`,
        audio: true,
        durations: { values: [5] },
        scenes: ['standard', 'motion_control'],
        multiShot: false,
      });
    }
    const tiers = tiersOf(c as never);
    for (const name of tiers.names) {
      const p = tiers.byName.get(name) as Record<string, unknown>;
      expect(tiers.tierOf(p.scene as never, p.family as string | undefined, p), name).toBe(name);
    }
  });
});

describe('R75: upstream versions are catalog data, checked like every other part (R71)', () => {
  const only = (c: unknown) => {
    const made = createRules(c);
    return made.ok ? [] : made.issues.map((i) => `${i.path}:${String(i.params.reason)}`);
  };
  it('the default catalog: VOD has no 1.0, 1.5 or special models; 2.5 with sound and its motion control run on 2.6', () => {
    const by = Object.fromEntries(catalog.models.map((m) => [m.alias, m.upstream ?? null]));
    expect(by).toEqual({
      'kling-1.0': null,
      'kling-1.5': null,
      'kling-2.0': { version: '2.0' },
      'kling-2.1': { version: '2.1' },
      'kling-2.5': { version: '2.5', audioVersion: '2.6', sceneVersions: { motion_control: '2.6' } },
      'kling-2.6': { version: '2.6' },
      'kling-3.0': { version: '3.0' },
      'kling-3.0-omni': { version: '3.0-Omni' },
      'kling-o1': { version: 'O1' },
      'kling-identify-face': null,
      'kling-avatar-720p': null,
      'kling-avatar-1080p': null,
    });
  });
  it.each([
    ['a blank version', { version: ' ' }, ['models.0.upstream.version:string']],
    ['no version', { audioVersion: '2.6' }, ['models.0.upstream.version:required']],
    ['an unknown key', { version: '1', sceneVersion: {} }, ['models.0.upstream.sceneVersion:unknown_key']],
    [
      'a scene that is none',
      { version: '1', sceneVersions: { motion: '2' } },
      ['models.0.upstream.sceneVersions.motion:unknown_key'],
    ],
    [
      'a version that is no string',
      { version: '1', sceneVersions: { lip_sync: 2 } },
      ['models.0.upstream.sceneVersions.lip_sync:string'],
    ],
    ['not an object', 'v1', ['models.0.upstream:object']],
  ])('%s', (_, upstream, expected) => {
    const c = json();
    c.models[0].upstream = upstream;
    expect(only(c)).toEqual(expected);
  });
  it('an operator who runs kling-1.0 somewhere says so in its catalog', () => {
    const c = json();
    c.models[0].upstream = { version: '1.6' };
    const made = createRules(c);
    expect(made.ok && made.rules.describeModels()[0]?.upstream).toEqual({ version: '1.6' });
  });
});
