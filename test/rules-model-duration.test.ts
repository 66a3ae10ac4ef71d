import { describe, expect, it } from 'vitest';
import { accept, base, issuesOf, refuse, warningsOf } from './helpers.js';
import { catalog, createRules, normalizeRequest } from '../src/index.js';
import { parseWholeSeconds } from '../src/rules/duration.js';
import { distanceWithin } from '../src/rules/model.js';
import fc from 'fast-check';

const VIDEO = 'https://example.com/v.mp4';
const IMAGE = 'https://example.com/a.png';

describe('R8-R10: model', () => {
  it('is trimmed and lower-cased', () => {
    expect(accept({ model: '  KLING-2.5 ', prompt: 'x' }).spec.model).toBe('kling-2.5');
  });

  it('R9: kling-2.6 is billed in the kling-2.5 family and kept as the upstream model', () => {
    expect(accept({ model: 'kling-2.6', prompt: 'x' }).spec).toMatchObject({
      model: 'kling-2.6',
      family: 'kling-2.5',
      tier: 'kling-2.5-720p-mute',
    });
  });

  it('R10: a near miss suggests the closest alias', () => {
    const [issue] = issuesOf({ model: 'kling-25', prompt: 'x' });
    expect(issue).toMatchObject({ code: 'unknown_model', path: 'model' });
    expect(issue?.message).toContain('did you mean kling-2.5?');
  });

  it('R10: a far miss lists the known aliases', () => {
    const [issue] = issuesOf({ model: 'sora-2', prompt: 'x' });
    expect(issue?.message).toContain('kling-1.0');
    expect(issue?.message).toContain('kling-avatar-1080p');
    expect(issue?.message).not.toContain('did you mean');
  });
});

describe('R11-R13: scene', () => {
  it('R12: absent means standard; "standard" may be said explicitly', () => {
    expect(accept(base()).spec).toMatchObject({ scene: 'standard', sources: { scene: 'default' } });
    expect(accept(base({ metadata: { scene_type: 'STANDARD' } })).spec).toMatchObject({
      scene: 'standard',
      sources: { scene: 'metadata.scene_type' },
    });
  });

  it('R12: an unknown scene is invalid_enum', () => {
    expect(refuse(base({ metadata: { scene_type: 'dance' } }))).toEqual(['invalid_enum@metadata.scene_type']);
  });

  it('R9: special models fix their scene', () => {
    expect(accept({ model: 'kling-identify-face', image: IMAGE, seconds: 3 }).spec).toMatchObject({
      scene: 'lip_sync',
      family: 'kling-identify-face',
      tier: 'kling-identify-face',
      billableSeconds: 5,
      sources: { scene: 'model' },
    });
    expect(accept({ model: 'kling-avatar-1080p', image: IMAGE }).spec).toMatchObject({
      scene: 'avatar_i2v',
      resolution: '1080P',
      tier: 'kling-avatar-1080p',
      sources: { resolution: 'model' },
    });
  });

  it('R11: a special model with another scene_type is a conflict', () => {
    expect(refuse({ model: 'kling-identify-face', image: IMAGE, metadata: { scene_type: 'avatar_i2v' } })).toEqual([
      'conflicting_fields@metadata.scene_type',
    ]);
    expect(
      accept({ model: 'kling-identify-face', image: IMAGE, metadata: { scene_type: 'lip_sync' } }).spec.scene,
    ).toBe('lip_sync');
  });

  it('R11: kling-avatar-720p asked for 1080P by the request is a conflict', () => {
    expect(refuse({ model: 'kling-avatar-720p', image: IMAGE, metadata: { resolution: '1080P' } })).toEqual([
      'conflicting_fields@metadata.resolution',
    ]);
    expect(refuse({ model: 'kling-avatar-720p', image: IMAGE, size: '1080x1920' })).toEqual([
      'conflicting_fields@size',
    ]);
  });

  it('R11: a differing resolution that is itself overridden only warns', () => {
    const { spec, warnings } = accept({
      model: 'kling-avatar-720p',
      image: IMAGE,
      metadata: { resolution: '1080P', output_config: { resolution: '720P' } },
    });
    expect(spec.resolution).toBe('720P');
    expect(warnings.map((w) => `${w.code}@${w.path}`)).toEqual(['overridden_field@metadata.resolution']);
  });

  it.each([
    ['kling-3.0', 'motion_control'],
    ['kling-3.0', 'avatar_i2v'],
    ['kling-o1', 'avatar_i2v'],
    ['kling-2.1', 'motion_control'],
    ['kling-3.0-omni', 'motion_control'],
  ])('R13: %s does not allow %s', (model, scene) => {
    const issues = issuesOf({ model, prompt: 'x', image: IMAGE, metadata: { scene_type: scene, video_url: VIDEO } });
    expect(issues.map((i) => `${i.code}@${i.path}`)).toEqual(['unsupported_scene@metadata.scene_type']);
    expect(issues[0]?.message).toContain(scene === 'motion_control' ? 'kling-2.5, kling-2.6' : 'kling-1.0');
  });

  it.each([['kling-1.0'], ['kling-2.1'], ['kling-2.5'], ['kling-3.0'], ['kling-3.0-omni'], ['kling-o1']])(
    'R13: lip_sync is allowed on %s',
    (model) => {
      expect(accept({ model, image: IMAGE, metadata: { scene_type: 'lip_sync' } }).spec.tier).toBe(
        'kling-identify-face',
      );
    },
  );
});

describe('R14: duration sources and values', () => {
  it.each([
    [{ seconds: '10', duration: 5 }, 10, 'seconds', ['overridden_field@duration']],
    [{ duration: '10' }, 10, 'duration', []],
    [{ metadata: { seconds: 10, duration: 10 } }, 10, 'metadata.seconds', []],
    [
      { metadata: { duration: 10, video_duration: 5 } },
      10,
      'metadata.duration',
      ['overridden_field@metadata.video_duration'],
    ],
    [{ metadata: { video_duration: '10' } }, 10, 'metadata.video_duration', []],
    [{ metadata: { output_config: { duration: 10 } } }, 10, 'metadata.output_config.duration', []],
    [
      { seconds: 5, metadata: { output_config: { duration: 10 } } },
      5,
      'seconds',
      ['overridden_field@metadata.output_config.duration'],
    ],
    [{}, 5, 'default', []],
  ])('%j -> %i from %s', (extra, seconds, source, warnings) => {
    const result = accept(base(extra));
    expect(result.spec.seconds).toBe(seconds);
    expect(result.spec.sources.seconds).toBe(source);
    expect(result.warnings.map((w) => `${w.code}@${w.path}`)).toEqual(warnings);
  });

  it.each([[5], [10], ['5'], [' 10 '], ['10.0'], ['5.000'], [10.0], ['05']])('accepts %j', (value) => {
    expect([5, 10]).toContain(accept(base({ seconds: value })).spec.seconds);
  });

  it.each([
    ['5s'],
    [7.5],
    ['abc'],
    [0],
    ['0'],
    [-5],
    ['-5'],
    [true],
    ['8.'],
    ['.5'],
    ['5.5'],
    ['1e1'],
    [[5]],
    [{}],
    ['0x5'],
    [Number.NaN],
  ])('refuses %j as invalid_duration', (value) => {
    expect(refuse(base({ seconds: value }))).toEqual(['invalid_duration@seconds']);
  });

  it('an invalid higher source is not replaced by a lower one', () => {
    expect(refuse(base({ seconds: 'five', duration: 5 }))).toEqual(['invalid_duration@seconds']);
  });

  it('every invalid source is reported', () => {
    expect(refuse(base({ seconds: 'x', metadata: { duration: 'y' } }))).toEqual([
      'invalid_duration@metadata.duration',
      'invalid_duration@seconds',
    ]);
  });
});

describe('R15, R16: allowed durations and billing', () => {
  it.each([
    ['kling-2.5', 5, true],
    ['kling-2.5', 10, true],
    ['kling-2.5', 8, false],
    ['kling-1.0', 15, false],
    ['kling-3.0', 3, true],
    ['kling-3.0', 15, true],
    ['kling-3.0', 2, false],
    ['kling-3.0', 16, false],
    ['kling-3.0-omni', 15, true],
    ['kling-o1', 10, true],
    ['kling-o1', 11, false],
    ['kling-o1', 3, true],
  ])('standard %s %i s allowed: %s', (model, seconds, allowed) => {
    const raw = { model, prompt: 'x', seconds };
    if (allowed) expect(accept(raw).spec.seconds).toBe(seconds);
    else expect(refuse(raw)).toEqual(['unsupported_duration@seconds']);
  });

  it('kling-3.0-omni with a reference video allows 3..10 s', () => {
    expect(
      accept({ model: 'kling-3.0-omni', prompt: 'x', seconds: 10, metadata: { video_url: VIDEO } }).spec.tier,
    ).toBe('kling-3.0-omni-720p-ref-mute');
    const issues = issuesOf({
      model: 'kling-3.0-omni',
      prompt: 'x',
      seconds: 11,
      metadata: { file_infos: [{ type: 'Url', category: 'Video', url: VIDEO }] },
    });
    expect(issues.map((i) => `${i.code}@${i.path}`)).toEqual(['unsupported_duration@seconds']);
    expect(issues[0]?.message).toContain('3 to 10 seconds');
  });

  it('the message names the allowed values', () => {
    expect(issuesOf(base({ seconds: 8 }))[0]?.message).toContain('5 or 10 seconds');
  });

  it.each([
    ['avatar_i2v', 2, true],
    ['avatar_i2v', 300, true],
    ['avatar_i2v', 301, false],
    ['avatar_i2v', 1, false],
    ['lip_sync', 2, true],
    ['lip_sync', 60, true],
    ['lip_sync', 61, false],
    ['lip_sync', 7, true],
  ])('scene %s %i s allowed: %s', (scene, seconds, allowed) => {
    const raw = { model: 'kling-2.5', image: IMAGE, seconds, metadata: { scene_type: scene } };
    if (allowed) expect(accept(raw).spec.seconds).toBe(seconds);
    else expect(refuse(raw)).toEqual(['unsupported_duration@seconds']);
  });

  it('motion control uses the alias durations', () => {
    expect(
      refuse({ model: 'kling-2.6', seconds: 7, metadata: { scene_type: 'motion_control', video_url: VIDEO } }),
    ).toEqual(['unsupported_duration@seconds']);
  });

  it.each([
    [2, 5],
    [4, 5],
    [5, 5],
    [6, 6],
    [60, 60],
  ])('R16: lip-sync %i s bills %i s', (seconds, billable) => {
    expect(
      accept({ model: 'kling-2.5', image: IMAGE, seconds, metadata: { scene_type: 'lip_sync' } }).spec.billableSeconds,
    ).toBe(billable);
  });

  it('R16: other scenes bill the seconds', () => {
    expect(accept({ model: 'kling-3.0', prompt: 'x', seconds: 3 }).spec.billableSeconds).toBe(3);
    expect(
      accept({ model: 'kling-2.5', image: IMAGE, seconds: 2, metadata: { scene_type: 'avatar_i2v' } }).spec
        .billableSeconds,
    ).toBe(2);
  });

  it('warnings on overridden durations use the field paths', () => {
    expect(warningsOf(base({ seconds: 5, duration: '10', metadata: { seconds: 10 } }))).toEqual([
      'overridden_field@duration',
      'overridden_field@metadata.seconds',
    ]);
  });
});

describe('R14: a whole number of seconds, at the edges of its text', () => {
  it.each([
    ['1', 1],
    ['9', 9],
    ['19', 19],
    ['1.0', 1],
    [' 1 ', 1],
    ['07', 7],
    // More digits than the short reading takes: the same number.
    ['000000000000000000005', 5],
    // Past 15 digits, the number the text writes, rounded once (adding digit by digit would round at each step).
    ['7195888250745126529877', 7.195888250745127e21],
    // R7 amended: no undocumented cap; padding of any length (zeros or white space) leaves the number.
    [`${' '.repeat(62)}15`, 15],
    [`${' '.repeat(63)}15`, 15],
    [`${'0'.repeat(69)}5`, 5],
    [`${' '.repeat(100_000)}8.0 `, 8],
    ['0.0', undefined],
    [' 0 ', undefined],
    ['00', undefined],
    ['5x', undefined],
    ['1e3', undefined],
    ['', undefined],
  ])('%j -> %j', (text, seconds) => {
    expect(parseWholeSeconds(text)).toBe(seconds);
  });

  it('R15: a default duration the model does not allow is refused at `seconds`, where the client can set one', () => {
    const c = JSON.parse(JSON.stringify(catalog));
    const row = c.models.find((m: { alias: string }) => m.alias === 'kling-2.5');
    row.durations = { values: [10] };
    const made = createRules(c);
    if (!made.ok) throw new Error(JSON.stringify(made.issues));
    const result = made.rules.normalizeRequest({ model: 'kling-2.5', prompt: 'x' });
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      [
        'unsupported_duration',
        'seconds',
        { by: 'model', model: 'kling-2.5', scene: 'standard', values: ['10'], seconds: 5 },
      ],
    ]);
  });
});

describe('R10-R13: model and scene, at the edges mutation testing found', () => {
  it('R10: of several aliases at the same distance, the first in catalog order is suggested', () => {
    // kling-2.3 is one edit from kling-2.0, kling-2.1, kling-2.5 and kling-2.6 (R9's table order).
    const [issue] = issuesOf({ model: 'kling-2.3', prompt: 'x' });
    expect(issue?.params.suggestion).toBe('kling-2.0');
  });

  it('R12, R13: a scene the model lacks names the models that have it', () => {
    const [issue] = issuesOf({
      model: 'kling-1.0',
      prompt: 'x',
      image: IMAGE,
      metadata: { scene_type: 'motion_control', video_url: VIDEO },
    });
    expect(issue).toEqual(
      expect.objectContaining({
        code: 'unsupported_scene',
        path: 'metadata.scene_type',
        params: { scene: 'motion_control', model: 'kling-1.0', models: ['kling-2.5', 'kling-2.6'] },
      }),
    );
  });

  it('R6, R12: an invalid scene_type leaves the scene unknown: no rule of the default scene runs on it', () => {
    // Without a prompt, a standard task would also be missing_field; the scene is not known to be standard.
    expect(issuesOf({ model: 'kling-2.5', metadata: { scene_type: 'foo' } }).map((i) => `${i.code}@${i.path}`)).toEqual(
      ['invalid_enum@metadata.scene_type'],
    );
  });
});

// The precedence walker (resolveChain) on its own: what it warns about and what it does not (R14, R18, R23, R26, R72).
describe('R14, R18, R26, R72: a lower source is compared with the winner only when both are valid', () => {
  it('an equal lower source gives no warning', () => {
    expect(accept(base({ seconds: 5, duration: '5', metadata: { output_config: { duration: 5 } } })).warnings).toEqual(
      [],
    );
    expect(
      accept(base({ size: '1280x720', metadata: { resolution: '720p', output_config: { resolution: '720P' } } }))
        .warnings,
    ).toEqual([]);
  });

  it('an invalid winner: its issue only, no overridden_field for the valid sources below it', () => {
    const r = normalizeRequest(base({ seconds: 'abc', duration: 5, metadata: { output_config: { duration: 10 } } }));
    expect(r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path}`)).toEqual(['invalid_duration@seconds']);
    expect(r.warnings).toEqual([]);
  });

  it('an invalid lower source: its issue only, no overridden_field for it', () => {
    const r = normalizeRequest(base({ seconds: 5, duration: 'abc' }));
    expect(r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path}`)).toEqual(['invalid_duration@duration']);
    expect(r.warnings).toEqual([]);
    const audio = normalizeRequest(base({ metadata: { audio_generation: 'Enabled', audio: 'yes' } }));
    expect(audio.ok ? [] : audio.issues.map((i) => `${i.code}@${i.path}`)).toEqual(['invalid_type@metadata.audio']);
    expect(audio.warnings).toEqual([]);
  });

  it('R72: an invalid source under a tier used as the model is its own issue, not a conflict', () => {
    const r = normalizeRequest({
      model: 'kling-2.5-720p-mute',
      prompt: 'x',
      size: 'big',
      metadata: { resolution: '4k' },
    });
    expect(r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path}`)).toEqual([
      'invalid_enum@metadata.resolution',
      'invalid_size@size',
    ]);
  });
});

describe('issue 24: the banded edit distance equals the full table (R10)', () => {
  /** The plain Levenshtein table, every cell. */
  function levenshtein(a: string, b: string): number {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const row = [i];
      for (let j = 1; j <= b.length; j++) {
        row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
      prev = row;
    }
    return prev[b.length]!;
  }

  it('is the distance when it is at most max, else max + 1, with rows lent across calls', () => {
    const rows: [number[], number[]] = [[], []];
    const text = fc.string({ unit: fc.constantFrom('k', 'l', 'i', 'n', 'g', '-', '2', '.', '5'), maxLength: 12 });
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        expect(distanceWithin(a, b, max, rows)).toBe(Math.min(levenshtein(a, b), max + 1));
      }),
      { numRuns: 20_000 },
    );
  });
});
