// The rules amended after the independent audit (R2, R3, R32, R36, R39, R40, R49, R51, R60, R61, R64, R65, R69, R72):
// each class the audit found, pinned by the rule that settles it. Expected values are written from SPEC.md.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  normalizeBody,
  normalizeForm,
  normalizeRequest,
  normalizeRequestBody,
  settle,
  toCanonicalRequest,
  toDeletedVideo,
  toErrorResponse,
  toVideoObject,
} from '../src/index.js';
import { zhCN } from '../src/messages/zh-CN.js';
import { comparePaths } from '../src/report/report.js';
import { accept, base, refuse } from './helpers.js';

const codes = (result: ReturnType<typeof normalizeRequest>): string[] =>
  result.ok ? [] : result.issues.map((i) => `${i.code}@${i.path}`);
const file = (text = '{}', name = 'meta.json', type = 'application/json') => new File([text], name, { type });

describe('R61: a file where an object, an array or text belongs is invalid_type, never read as nothing', () => {
  // Every known field that is no image field, as the form name a client would use for it.
  const names: [string, string][] = [
    ['metadata', 'metadata'],
    ['content', 'content'],
    ['mode', 'mode'],
    ['seconds', 'seconds'],
    ['duration', 'duration'],
    ['size', 'size'],
    ['prompt', 'prompt'],
    ['model', 'model'],
    ['metadata[motion_level]', 'metadata.motion_level'],
    ['metadata[mode]', 'metadata.mode'],
    ['metadata[scene_type]', 'metadata.scene_type'],
    ['metadata[output_config]', 'metadata.output_config'],
    ['metadata[output_config][resolution]', 'metadata.output_config.resolution'],
    ['metadata[audio]', 'metadata.audio'],
    ['metadata[ext_info]', 'metadata.ext_info'],
    ['metadata[file_infos]', 'metadata.file_infos'],
    ['metadata[video_url]', 'metadata.video_url'],
    ['metadata[last_frame_url]', 'metadata.last_frame_url'],
    ['metadata[file_infos][]', 'metadata.file_infos.0'],
    ['content[]', 'content.0'],
    ['metadata[file_infos][0][url]', 'metadata.file_infos.0.url'],
    ['input_reference[image_url]', 'input_reference.image_url'],
  ];
  it.each(names)('a file at %s -> invalid_type at %s', (name, path) => {
    const form: [string, string | Blob][] = [
      ['model', 'kling-2.5'],
      ['prompt', 'x'],
      [name, file()],
    ];
    if (name.startsWith('metadata[file_infos][0]'))
      form.push(['metadata[file_infos][0][type]', 'Url'], ['metadata[file_infos][0][category]', 'Image']);
    if (name === 'model') form.shift();
    if (name === 'prompt') form.splice(1, 1);
    const result = normalizeForm(form);
    expect(result.ok).toBe(false);
    expect(codes(result)).toContain(`invalid_type@${path}`);
  });

  it('curl -F metadata=@meta.json asking for 1080p with sound is refused, not billed at the default tier', () => {
    const result = normalizeForm([
      ['model', 'kling-3.0-omni'],
      ['prompt', 'x'],
      ['metadata', file('{"resolution":"1080P","audio":true}')],
    ]);
    expect(codes(result)).toEqual(['invalid_type@metadata']);
    expect(!result.ok && result.issues[0]?.params).toMatchObject({ expected: 'object', got: 'file' });
  });

  it('a file at an unknown key is ignored with unknown_field, like any unknown key (R4)', () => {
    const result = normalizeForm([
      ['model', 'kling-2.5'],
      ['prompt', 'x'],
      ['notes', file()],
      ['metadata[extra]', file()],
    ]);
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => `${w.code}@${w.path}`)).toEqual([
      'unknown_field@metadata.extra',
      'unknown_field@notes',
    ]);
  });

  it('a Blob given by a JavaScript caller where an object belongs is refused too', () => {
    expect(refuse(base({ metadata: new Blob(['{}']) }))).toEqual(['invalid_type@metadata']);
    expect(refuse(base({ content: [new Blob(['x'])] }))).toEqual(['invalid_type@content.0']);
    expect(refuse(base({ metadata: { file_infos: [new Blob(['x'])] } }))).toEqual([
      'invalid_type@metadata.file_infos.0',
    ]);
  });
});

describe('R2, R3: a blank string is absent only where a string belongs', () => {
  it.each([
    [{ images: '' }, 'images'],
    [{ images: '  ' }, 'images'],
    [{ content: '' }, 'content'],
    [{ metadata: '' }, 'metadata'],
    [{ metadata: { output_config: ' ' } }, 'metadata.output_config'],
    [{ metadata: { file_infos: '' } }, 'metadata.file_infos'],
    [{ metadata: { audio: '' } }, 'metadata.audio'],
  ])('%j -> invalid_type at %s', (fields, path) => {
    expect(refuse(base(fields))).toEqual([`invalid_type@${path}`]);
  });

  it.each([
    [{ prompt: 'x', image: ' ' }],
    [{ size: '' }],
    [{ seconds: ' ' }],
    [{ metadata: { scene_type: '' } }],
    [{ input_reference: '' }],
  ])('a blank string field stays absent: %j', (fields) => {
    expect(accept(base(fields)).spec.tier).toBe('kling-2.5-720p-mute');
  });
});

describe('R60: a blank form part is absent and builds no structure', () => {
  it.each([
    ['input_reference[image_url]', ''],
    ['input_reference[file_id]', ' '],
    ['metadata', ''],
    ['metadata[output_config][resolution]', ''],
    ['metadata[file_infos][][url]', ''],
    ['content[][text]', ' '],
    ['images', ''],
  ])('%s=%j is as if it were not sent', (name, value) => {
    const result = normalizeForm([
      ['model', 'kling-2.5'],
      ['prompt', 'x'],
      [name, value],
    ]);
    expect(codes(result)).toEqual([]);
    expect(result.ok && result.spec).toMatchObject({ generation: 'text_to_video', reference: false, files: [] });
  });

  it('a blank array element is a value: images[]= is an empty URL (R60, R2)', () => {
    expect(
      codes(
        normalizeForm([
          ['model', 'kling-2.5'],
          ['prompt', 'x'],
          ['images[]', ''],
        ]),
      ),
    ).toEqual(['invalid_url@images.0']);
  });
});

describe('R32: a host that ends in a number once its trailing dots are dropped is read as IPv4', () => {
  it.each([
    'http://127.0.0.1../a.png',
    'http://169.254.169.254../latest',
    'http://10.1../a.png',
    'http://0x7f.0.0.1../a.png',
    'http://127.1.../a.png',
    'http://0177.0.0.1../a.png',
    'http://1.2.3.4.5../a.png',
    'http://192.168.0.1.../a.png',
  ])('%s is non_public_url at every URL field', (url) => {
    expect(refuse(base({ image: url }))).toEqual(['non_public_url@image']);
    expect(refuse(base({ model: 'kling-3.0-omni', images: [url] }))).toEqual(['non_public_url@images.0']);
    expect(refuse(base({ metadata: { last_frame_url: url }, image: 'https://example.com/a.png' }))).toEqual([
      'non_public_url@metadata.last_frame_url',
    ]);
  });

  it.each(['http://8.8.8.8../a.png', 'http://example.com../a.png', 'http://1.2.3.x../a.png'])(
    '%s stays public',
    (url) => {
      expect(accept(base({ image: url })).spec.firstFrame).toBe(new URL(url).href);
    },
  );
});

describe('R51: a first frame given by file id is input_reference wherever it stands in files', () => {
  const entries = [
    { type: 'Url', category: 'Image', url: 'https://example.com/r.png' },
    { type: 'File', category: 'Image', file_id: 'ff', usage: 'FirstFrame' },
    { type: 'Url', category: 'Image', url: 'https://example.com/s.png', usage: 'Reference' },
  ];
  it('the spec lists it after every other entry, and the canonical request writes it as input_reference', () => {
    const { spec } = accept(base({ model: 'kling-3.0-omni', metadata: { file_infos: entries } }));
    expect(spec.files.map((f) => f.fileId ?? f.url)).toEqual([
      'https://example.com/r.png',
      'https://example.com/s.png',
      'ff',
    ]);
    const request = toCanonicalRequest(spec);
    expect(request.input_reference).toEqual({ file_id: 'ff' });
    expect((request.metadata as { file_infos: unknown[] }).file_infos).toHaveLength(2);
    const again = normalizeRequest(request);
    expect(again.ok && again.warnings).toEqual([]);
    expect(again.ok && { ...again.spec, sources: {} }).toEqual({ ...spec, sources: {} });
  });

  it('a spec moved by hand (entry in the middle) is still written as input_reference', () => {
    const { spec } = accept(base({ model: 'kling-3.0-omni', metadata: { file_infos: entries } }));
    const moved = { ...spec, files: [spec.files[0]!, spec.files[2]!, spec.files[1]!] };
    expect(toCanonicalRequest(moved).input_reference).toEqual({ file_id: 'ff' });
  });

  it.each([[{}], [null], [{ model: 'kling-2.5' }], [{ images: 'x', files: {} }]])(
    'toCanonicalRequest(%j) does not throw (R7)',
    (value) => {
      expect(() => toCanonicalRequest(value as never)).not.toThrow();
    },
  );
});

describe('R65: toVideoObject passes warnings through as given', () => {
  it('entries neither checked nor reshaped', () => {
    const { spec } = accept(base());
    const warnings = [{ code: 'custom', path: 'x', message: 'm', params: {}, extra: 1 }, { anything: true }] as never;
    expect(toVideoObject({ id: 'v', spec, status: 'queued', createdAt: 1, warnings }).warnings).toEqual([
      { code: 'custom', path: 'x', message: 'm', params: {}, extra: 1 },
      { anything: true },
    ]);
  });
});

describe('R64, R69: toErrorResponse(result, { messages }) writes every message from the table', () => {
  it('a Chinese client reads no English: the issues, the suffix (more_issues) and both 500 messages', () => {
    const result = normalizeRequest({ model: 'kling-9', seconds: 'x' });
    const { body } = toErrorResponse(result, { messages: zhCN });
    expect(body.error.message).not.toMatch(/[A-Za-z]{4,} [a-z]{3,}/); // no English sentence
    expect(body.error.message).toContain('另有');
    expect(body.error.issues?.every((i) => !/ must | is not /.test(i.message))).toBe(true);
    const none = toErrorResponse([], { messages: zhCN });
    expect(none.status).toBe(500);
    expect(none.body.error.message).not.toMatch(/[a-z]{4,} [a-z]{3,}/);
    const config = toErrorResponse([{ code: 'missing_price', path: 'tiers.x', message: 'm', params: {} }], {
      messages: zhCN,
    });
    expect(config.status).toBe(500);
    expect(config.body.error.message).not.toMatch(/[a-z]{4,} [a-z]{3,}/);
  });

  it('without a table the English of R64 stays', () => {
    const { body } = toErrorResponse(normalizeRequest({ model: 'kling-9', prompt: 'p', seconds: 'x' }));
    expect(body.error.message).toMatch(/ \(and 1 more issue\)$/);
  });

  it('a table entry appended as written; a code the table lacks keeps its message', () => {
    const result = normalizeRequest({ model: 'kling-9', prompt: 'p', seconds: 'x' });
    const { body } = toErrorResponse(result, {
      messages: { more_issues: (p: Record<string, unknown>) => ` [+${String(p.count)}]` },
    });
    expect(body.error.message).toBe(`${result.ok ? '' : result.issues[0].message} [+1]`);
  });
});

describe("R36, R40, R41: a LastFrame entry is the task's last frame, not a reference", () => {
  const IMG = 'https://example.com/a.png';
  const last = { type: 'Url', category: 'Image', url: 'https://example.com/z.png', usage: 'LastFrame' };
  it('with a first frame: accepted, noref, the entry kept in files with its usage', () => {
    const { spec } = accept(base({ model: 'kling-3.0-omni', image: IMG, metadata: { file_infos: [last] } }));
    expect(spec).toMatchObject({
      reference: false,
      tier: 'kling-3.0-omni-720p-noref-mute',
      generation: 'image_to_video',
    });
    expect(spec.files).toEqual([
      { type: 'Url', category: 'Image', url: 'https://example.com/z.png', usage: 'LastFrame' },
    ]);
  });
  it('without a first frame: one missing_first_frame at the first LastFrame entry', () => {
    expect(refuse(base({ metadata: { file_infos: [last, last] } }))).toEqual([
      'missing_first_frame@metadata.file_infos.0',
      'conflicting_fields@metadata.file_infos.1',
    ]);
  });
  it('with metadata.last_frame_url: a conflict at the entry; missing_first_frame at last_frame_url', () => {
    expect(refuse(base({ image: IMG, metadata: { last_frame_url: IMG, file_infos: [last] } }))).toEqual([
      'conflicting_fields@metadata.file_infos.0',
    ]);
    expect(refuse(base({ metadata: { last_frame_file_id: 'f', file_infos: [last] } }))).toEqual([
      'conflicting_fields@metadata.file_infos.0',
      'missing_first_frame@metadata.last_frame_file_id',
    ]);
  });
  it('LastFrame on a Video entry is invalid_value (a frame is an image)', () => {
    expect(refuse(base({ image: IMG, metadata: { file_infos: [{ ...last, category: 'Video' }] } }))).toEqual([
      'invalid_value@metadata.file_infos.0.usage',
    ]);
  });
  it('the canonical request keeps it, and normalizes back to the same spec', () => {
    const { spec } = accept(base({ model: 'kling-3.0-omni', image: IMG, metadata: { file_infos: [last] } }));
    const again = normalizeRequest(toCanonicalRequest(spec));
    expect(again.ok && { ...again.spec, sources: {} }).toEqual({ ...spec, sources: {} });
  });
});

describe('R39: multi_shot null inside ext_info is absent (R2)', () => {
  it.each([['{"AdditionalParameters":{"multi_shot":null}}'], ['{"AdditionalParameters":"{\\"multi_shot\\":null}"}']])(
    '%s',
    (ext) => {
      const { spec } = accept(base({ model: 'kling-3.0', metadata: { ext_info: ext } }));
      expect(spec.multiShot).toBeUndefined();
      expect(spec.extInfo).toBe(ext);
    },
  );
});

describe('R7: bounded work per request (amended)', () => {
  it('a URL-encoded body over 1 048 576 characters is body_too_large, not parsed (R63)', () => {
    const body = `model=kling-2.5&prompt=${'a'.repeat(1_048_576)}`;
    const result = normalizeBody('application/x-www-form-urlencoded', body);
    expect(codes(result)).toEqual(['body_too_large@']);
    expect(normalizeBody('application/x-www-form-urlencoded', 'model=kling-2.5&prompt=x').ok).toBe(true);
  });

  it("after a refused content image URL, later image parts' URLs are not checked; their conflicts and missing URLs are", () => {
    const bad = { type: 'image_url', image_url: 'ftp://example.com/a.png' };
    const later = { type: 'image_url', image_url: 'http://127.0.0.1/b.png' };
    const missing = { type: 'image_url', image_url: { url: null } };
    expect(refuse(base({ content: [bad, later, missing] }))).toEqual([
      'unsupported_url_scheme@content.0.image_url',
      'conflicting_fields@content.1',
      'conflicting_fields@content.2',
      'missing_field@content.2.image_url.url',
    ]);
    // The second part's URL is checked (it is the conflict's first); the third's is not.
    const good = { type: 'image_url', image_url: 'https://example.com/a.png' };
    expect(refuse(base({ content: [good, later, later] }))).toEqual([
      'conflicting_fields@content.1',
      'non_public_url@content.1.image_url',
      'conflicting_fields@content.2',
    ]);
    const videos = { type: 'video_url', video_url: 'http://example.com/v.mp4' };
    expect(
      refuse(base({ content: [videos, { ...videos, video_url: 'ftp://x/y' }, { type: 'video_url', video_url: 5 }] })),
    ).toEqual([
      'insecure_url@content.0.video_url',
      'conflicting_fields@content.1',
      'conflicting_fields@content.2',
      'invalid_type@content.2.video_url',
    ]);
  });

  it('notices are ordered by path with indexes by value, digit runs compared without padding (the fuzz script times it)', () => {
    const key = '1a'.repeat(250_000);
    const result = normalizeRequestBody(JSON.stringify({ ...base(), [`${key}b`]: 2, [key]: 1 }));
    expect(result.warnings.map((w) => w.path.length)).toEqual([500_000, 500_001]);
    expect(comparePaths('images.2', 'images.10')).toBeLessThan(0);
    expect(comparePaths('a.010', 'a.10')).toBeGreaterThan(0); // equal numbers: fewer leading zeros first
    expect(comparePaths('a.9b', 'a.9')).toBeGreaterThan(0);
    expect(comparePaths('content.1.x', 'content.1.x')).toBe(0);
    expect(['b', 'a.10', 'a.9', 'a.09', 'a'].sort(comparePaths)).toEqual(['a', 'a.9', 'a.09', 'a.10', 'b']);
  });
});

describe('comparePaths (R6): the order of padding each digit run, without the padding', () => {
  // The reference: runs of up to 9 digits padded to 10 places, then compared as text (how notices were ordered).
  const padded = (path: string) => path.replace(/\d+/g, (digits) => digits.padStart(10, '0'));
  const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0);
  const pathArb = fc
    .array(fc.constantFrom('a', 'b', '.', '0', '1', '2', '9', '10', '007', 'x'.repeat(300), '1'.repeat(9)), {
      maxLength: 40,
    })
    .map((parts) => parts.join(''))
    .filter((path) => !/\d{10,}/.test(path));
  it('agrees with the padded order on paths whose numbers differ, and is antisymmetric', () => {
    fc.assert(
      fc.property(pathArb, pathArb, (a, b) => {
        expect(sign(comparePaths(a, b)) + sign(comparePaths(b, a))).toBe(0);
        const ka = padded(a);
        const kb = padded(b);
        if (ka !== kb) expect(sign(comparePaths(a, b))).toBe(ka < kb ? -1 : 1);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('readings of the spec this session chose (README: Readings of the spec)', () => {
  it('R61, R6: a refused file gives no presence fact: a file at metadata.video_url is no reference video', () => {
    const result = normalizeForm([
      ['model', 'kling-2.5'],
      ['metadata[scene_type]', 'motion_control'],
      ['metadata[video_url]', file('x', 'v.mp4', 'video/mp4')],
    ]);
    expect(codes(result)).toEqual(['invalid_type@metadata.video_url', 'missing_reference_video@metadata.video_url']);
  });

  it('R79: a zero hold that fails returns "0.00", never "-0.00"', () => {
    const q = { tier: 'kling-2.5-720p-mute', billableSeconds: 5, currency: 'CNY', perSecond: '0.00', amount: '0.00' };
    expect(settle(q, { status: 'failed' })).toMatchObject({ settlement: { amount: '0.00', delta: '0.00' } });
  });

  it('R83, R7: toDeletedVideo of a value that is no string writes an empty id', () => {
    expect(toDeletedVideo(5 as never)).toEqual({ id: '', object: 'video.deleted', deleted: true });
  });
});
