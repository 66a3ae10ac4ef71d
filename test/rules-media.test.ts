import { describe, expect, it } from 'vitest';
import { accept, base, issuesOf, refuse, warningsOf } from './helpers.js';

const IMAGE = 'https://example.com/a.png';
const IMAGE2 = 'https://example.com/b.png';
const VIDEO = 'https://example.com/v.mp4';

describe('R32: URL checks', () => {
  it.each([
    ['not a url', 'invalid_url'],
    ['/relative/a.png', 'invalid_url'],
    ['http://', 'invalid_url'],
    ['https://exa mple.com/a.png', 'invalid_url'],
    [`https://example.com/${'a'.repeat(2030)}`, 'invalid_url'],
    ['data:image/png;base64,AAAA', 'unsupported_url_scheme'],
    ['ftp://example.com/a.png', 'unsupported_url_scheme'],
    ['javascript:alert(1)', 'unsupported_url_scheme'],
    ['file:///etc/passwd', 'unsupported_url_scheme'],
    ['https://user:pw@example.com/a.png', 'invalid_url'],
    ['https://user@example.com/a.png', 'invalid_url'],
    ['http://localhost/a.png', 'non_public_url'],
    ['http://LOCALHOST./a.png', 'non_public_url'],
    ['http://api.localhost/a.png', 'non_public_url'],
    ['http://intranet/a.png', 'non_public_url'],
    ['http://127.0.0.1/a.png', 'non_public_url'],
    ['http://2130706433/a.png', 'non_public_url'],
    ['http://0x7f.0.0.1/a.png', 'non_public_url'],
    ['http://0177.0.0.1/a.png', 'non_public_url'],
    ['http://0.0.0.0/a.png', 'non_public_url'],
    ['http://10.1.2.3/a.png', 'non_public_url'],
    ['http://100.64.0.1/a.png', 'non_public_url'],
    ['http://100.127.255.255/a.png', 'non_public_url'],
    ['http://169.254.169.254/latest/meta-data', 'non_public_url'],
    ['http://172.16.0.1/a.png', 'non_public_url'],
    ['http://172.31.255.255/a.png', 'non_public_url'],
    ['http://192.168.1.1/a.png', 'non_public_url'],
    ['http://224.0.0.1/a.png', 'non_public_url'],
    ['http://255.255.255.255/a.png', 'non_public_url'],
    ['http://[::1]/a.png', 'non_public_url'],
    ['http://[::]/a.png', 'non_public_url'],
    ['http://[fc00::1]/a.png', 'non_public_url'],
    ['http://[fd12:3456::1]/a.png', 'non_public_url'],
    ['http://[fe80::1]/a.png', 'non_public_url'],
    ['http://[ff02::1]/a.png', 'non_public_url'],
    ['http://[::ffff:127.0.0.1]/a.png', 'non_public_url'],
    ['http://[::ffff:a00:1]/a.png', 'non_public_url'],
    ['http://[::127.0.0.1]/a.png', 'non_public_url'],
    ['http://[64:ff9b::10.0.0.1]/a.png', 'non_public_url'],
    ['http://[2002:c0a8:101::1]/a.png', 'non_public_url'],
  ])('%s -> %s', (url, code) => {
    expect(refuse(base({ image: url }))).toEqual([`${code}@image`]);
  });

  it.each([
    ['http://example.com/a.png', 'http://example.com/a.png'],
    ['HTTPS://Example.COM/a b.png', 'https://example.com/a%20b.png'],
    ['https://example.com:443/a.png', 'https://example.com/a.png'],
    ['http://8.8.8.8/a.png', 'http://8.8.8.8/a.png'],
    ['http://100.128.0.1/a.png', 'http://100.128.0.1/a.png'],
    ['http://172.32.0.1/a.png', 'http://172.32.0.1/a.png'],
    ['http://[2606:4700::1111]/a.png', 'http://[2606:4700::1111]/a.png'],
    ['http://[::ffff:8.8.8.8]/a.png', 'http://[::ffff:808:808]/a.png'],
    ['http://[2002:808:808::1]/a.png', 'http://[2002:808:808::1]/a.png'],
    ['https://例え.jp/a.png', 'https://xn--r8jz45g.jp/a.png'],
  ])('%s is accepted as %s', (url, href) => {
    expect(accept(base({ image: url })).spec.firstFrame).toBe(href);
  });

  it('videos must be https: the https check comes before the host check', () => {
    expect(
      refuse({ model: 'kling-2.5', metadata: { scene_type: 'motion_control', video_url: 'http://127.0.0.1/v.mp4' } }),
    ).toEqual(['insecure_url@metadata.video_url']);
    expect(
      refuse({ model: 'kling-2.5', metadata: { scene_type: 'motion_control', video_url: 'https://10.0.0.1/v.mp4' } }),
    ).toEqual(['non_public_url@metadata.video_url']);
  });

  it('allowPrivateUrls turns the host check off, and only that check', () => {
    expect(accept(base({ image: 'http://192.168.1.1/a.png' }), { allowPrivateUrls: true }).spec.firstFrame).toBe(
      'http://192.168.1.1/a.png',
    );
    expect(refuse(base({ image: 'ftp://192.168.1.1/a.png' }), { allowPrivateUrls: true })).toEqual([
      'unsupported_url_scheme@image',
    ]);
  });

  it('checks every URL field', () => {
    const bad = 'http://10.0.0.1/x';
    expect(
      refuse({
        model: 'kling-3.0-omni',
        prompt: 'x',
        image: bad,
        input_reference: bad,
        images: [bad],
        content: [
          { type: 'image_url', image_url: { url: bad } },
          { type: 'video_url', video_url: 'https://10.0.0.1/v.mp4' },
        ],
        metadata: {
          video_url: 'https://10.0.0.1/v.mp4',
          last_frame_url: bad,
          file_infos: [{ type: 'Url', category: 'Image', url: bad }],
        },
      }),
    ).toEqual([
      'non_public_url@content.0.image_url.url',
      'non_public_url@content.1.video_url',
      'non_public_url@image',
      'non_public_url@images.0',
      'non_public_url@input_reference',
      'non_public_url@metadata.file_infos.0.url',
      'non_public_url@metadata.last_frame_url',
      'non_public_url@metadata.video_url',
    ]);
  });
});

describe('R33, R34: first frame and reference images', () => {
  it('image and input_reference with the same URL are one first frame', () => {
    expect(accept(base({ image: IMAGE, input_reference: IMAGE })).spec.firstFrame).toBe(IMAGE);
    expect(accept(base({ input_reference: IMAGE })).spec.firstFrame).toBe(IMAGE);
  });

  it('a FirstFrame file entry beside another first frame is a conflict at the entry', () => {
    expect(
      refuse(
        base({
          image: IMAGE,
          metadata: { file_infos: [{ type: 'Url', category: 'Image', url: IMAGE2, usage: 'FirstFrame' }] },
        }),
      ),
    ).toEqual(['conflicting_fields@metadata.file_infos.0']);
    expect(
      refuse(
        base({
          metadata: {
            file_infos: [
              { type: 'File', category: 'Image', file_id: 'f1', usage: 'FirstFrame' },
              { type: 'File', category: 'Image', file_id: 'f2', usage: 'firstframe' },
            ],
          },
        }),
      ),
    ).toEqual(['conflicting_fields@metadata.file_infos.1']);
  });

  it('images: 1-3 URLs; an empty array is absent; more than 3 is too_many_items', () => {
    expect(accept(base({ images: [IMAGE, IMAGE2, IMAGE] })).spec.images).toEqual([IMAGE, IMAGE2, IMAGE]);
    expect(accept(base({ images: [] })).spec).toMatchObject({
      images: [],
      reference: false,
      generation: 'text_to_video',
    });
    expect(refuse(base({ images: [IMAGE, IMAGE, IMAGE, IMAGE] }))).toEqual(['too_many_items@images']);
    expect(refuse(base({ images: [IMAGE, 7] }))).toEqual(['invalid_type@images.1']);
  });
});

describe('R35: content parts', () => {
  it('text parts join into the prompt after prompt, skipping a repeat of it', () => {
    const { spec } = accept({
      model: 'kling-2.5',
      prompt: 'one',
      content: [
        { type: 'text', text: 'one' },
        { type: 'text', text: 'two' },
        { type: 'TEXT', text: 'three' },
      ],
    });
    expect(spec.prompt).toBe('one\ntwo\nthree');
    expect(spec.sources.prompt).toBe('prompt');
    expect(accept({ model: 'kling-2.5', content: [{ type: 'text', text: 'only' }] }).spec.sources.prompt).toBe(
      'content.0.text',
    );
  });

  it('one image part is a first frame, as a string or { url }', () => {
    expect(accept(base({ content: [{ type: 'image_url', image_url: { url: IMAGE } }] })).spec).toMatchObject({
      firstFrame: IMAGE,
      reference: false,
      generation: 'image_to_video',
    });
    expect(accept(base({ content: [{ type: 'image_url', image_url: IMAGE }] })).spec.firstFrame).toBe(IMAGE);
    expect(accept(base({ image: IMAGE, content: [{ type: 'image_url', image_url: IMAGE }] })).spec.firstFrame).toBe(
      IMAGE,
    );
  });

  it('two image parts, or one that differs from image, conflict', () => {
    const two = issuesOf(
      base({
        content: [
          { type: 'image_url', image_url: IMAGE },
          { type: 'image_url', image_url: IMAGE2 },
        ],
      }),
    );
    expect(two.map((i) => `${i.code}@${i.path}`)).toEqual(['conflicting_fields@content.1']);
    expect(two[0]?.message).toContain('images');
    expect(refuse(base({ image: IMAGE, content: [{ type: 'image_url', image_url: IMAGE2 }] }))).toEqual([
      'conflicting_fields@content.0',
    ]);
  });

  it('a video part is the reference video; two, or one differing from metadata.video_url, conflict', () => {
    expect(
      accept({
        model: 'kling-2.5',
        content: [{ type: 'video_url', video_url: { url: VIDEO } }],
        metadata: { scene_type: 'motion_control' },
      }).spec,
    ).toMatchObject({
      video: VIDEO,
      reference: true,
      tier: 'kling-2.5-motion-std-720p',
    });
    expect(
      refuse(
        base({
          content: [
            { type: 'video_url', video_url: VIDEO },
            { type: 'video_url', video_url: VIDEO },
          ],
        }),
      ),
    ).toEqual(['conflicting_fields@content.1']);
    expect(
      refuse(
        base({
          content: [{ type: 'video_url', video_url: VIDEO }],
          metadata: { video_url: 'https://example.com/w.mp4' },
        }),
      ),
    ).toEqual(['conflicting_fields@content.0']);
  });

  it('other part types are ignored with a warning; malformed parts are invalid_type', () => {
    expect(warningsOf(base({ content: [{ type: 'input_audio', input_audio: {} }] }))).toEqual([
      'ignored_field@content.0',
    ]);
    expect(refuse(base({ content: ['text', { text: 'x' }, { type: 1 }, null] }))).toEqual([
      'invalid_type@content.0',
      'invalid_type@content.1',
      'invalid_type@content.2',
      'invalid_type@content.3',
    ]);
    expect(refuse(base({ content: [{ type: 'image_url', image_url: 5 }] }))).toEqual([
      'invalid_type@content.0.image_url',
    ]);
    expect(refuse(base({ content: [{ type: 'text', text: 5 }] }))).toEqual(['invalid_type@content.0.text']);
  });
});

describe('R36: file_infos', () => {
  const files = (...entries: unknown[]) => base({ metadata: { file_infos: entries } });

  it('canonicalises entries', () => {
    expect(
      accept(files({ type: 'url', category: 'VIDEO', url: VIDEO, usage: 'reference', reference_type: 'BASE' })).spec
        .files,
    ).toEqual([{ type: 'Url', category: 'Video', url: VIDEO, usage: 'Reference', referenceType: 'base' }]);
    expect(accept(files({ type: 'File', category: 'Image', file_id: 'abc' })).spec.files).toEqual([
      { type: 'File', category: 'Image', fileId: 'abc' },
    ]);
  });

  it('required keys', () => {
    expect(refuse(files({ category: 'Image', url: IMAGE }))).toEqual(['missing_field@metadata.file_infos.0.type']);
    expect(refuse(files({ type: 'Url', url: IMAGE }))).toEqual(['missing_field@metadata.file_infos.0.category']);
    expect(refuse(files({ type: 'Url', category: 'Image' }))).toEqual(['missing_field@metadata.file_infos.0.url']);
    expect(refuse(files({ type: 'File', category: 'Image', file_id: '' }))).toEqual([
      'missing_field@metadata.file_infos.0.file_id',
    ]);
    expect(refuse(files({ type: 'Blob', category: 'Audio', url: IMAGE }))).toEqual([
      'invalid_enum@metadata.file_infos.0.category',
      'invalid_enum@metadata.file_infos.0.type',
    ]);
  });

  it('ignored and unknown keys warn', () => {
    expect(
      warningsOf(
        files({ type: 'Url', category: 'Image', url: IMAGE, file_id: 'x', reference_type: 'feature', extra: 1 }),
      ),
    ).toEqual([
      'unknown_field@metadata.file_infos.0.extra',
      'ignored_field@metadata.file_infos.0.file_id',
      'ignored_field@metadata.file_infos.0.reference_type',
    ]);
    expect(warningsOf(files({ type: 'File', category: 'Image', file_id: 'x', url: IMAGE }))).toEqual([
      'ignored_field@metadata.file_infos.0.url',
    ]);
  });

  it('FirstFrame on a video is invalid_value; video URLs must be https', () => {
    expect(refuse(files({ type: 'Url', category: 'Video', url: VIDEO, usage: 'FirstFrame' }))).toEqual([
      'invalid_value@metadata.file_infos.0.usage',
    ]);
    expect(refuse(files({ type: 'Url', category: 'Video', url: 'http://example.com/v.mp4' }))).toEqual([
      'insecure_url@metadata.file_infos.0.url',
    ]);
  });

  it('at most 3 entries; an empty array is absent', () => {
    const e = { type: 'Url', category: 'Image', url: IMAGE };
    expect(refuse(files(e, e, e, e))).toEqual(['too_many_items@metadata.file_infos']);
    expect(accept(base({ metadata: { file_infos: [] } })).spec.generation).toBe('text_to_video');
    expect(refuse(files('x'))).toEqual(['invalid_type@metadata.file_infos.0']);
  });
});

describe('R37: prompt', () => {
  it('at most 2500 characters, counted in code points', () => {
    expect(accept(base({ prompt: 'x'.repeat(2500) })).spec.prompt).toHaveLength(2500);
    expect(refuse(base({ prompt: 'x'.repeat(2501) }))).toEqual(['field_too_long@prompt']);
    expect(accept(base({ prompt: '😀'.repeat(2500) })).spec.prompt).toHaveLength(5000);
    expect(refuse(base({ prompt: 'x'.repeat(2000), content: [{ type: 'text', text: 'y'.repeat(600) }] }))).toEqual([
      'field_too_long@prompt',
    ]);
  });

  it('is required only for standard text-to-video tasks that are not a custom multi-shot', () => {
    expect(refuse({ model: 'kling-2.5' })).toEqual(['missing_field@prompt']);
    expect(accept({ model: 'kling-2.5', image: IMAGE }).spec.prompt).toBeUndefined();
    expect(
      accept({ model: 'kling-2.5', image: IMAGE, metadata: { scene_type: 'lip_sync' } }).spec.prompt,
    ).toBeUndefined();
    const customize = JSON.stringify({
      AdditionalParameters: {
        multi_shot: true,
        shot_type: 'customize',
        multi_prompt: [{ index: 1, prompt: 'a', duration: 5 }],
      },
    });
    expect(accept({ model: 'kling-3.0', metadata: { ext_info: customize } }).spec.multiShot?.shots).toHaveLength(1);
    const intelligence = JSON.stringify({ AdditionalParameters: { multi_shot: true, shot_type: 'intelligence' } });
    expect(refuse({ model: 'kling-3.0', metadata: { ext_info: intelligence } })).toEqual(['missing_field@prompt']);
  });
});

describe('R38, R39: ext_info and multi-shot', () => {
  const ext = (value: unknown, extra: Record<string, unknown> = {}) => ({
    model: 'kling-3.0',
    prompt: 'x',
    seconds: 5,
    ...extra,
    metadata: { ext_info: typeof value === 'string' ? value : JSON.stringify(value) },
  });

  it('keeps the string verbatim', () => {
    const text = '{ "AdditionalParameters" : "{\\"multi_shot\\": false}", "other": 1 }';
    expect(accept(ext(text)).spec).toMatchObject({ extInfo: text });
    expect(accept(ext(text)).spec.multiShot).toBeUndefined();
  });

  it.each([
    ['not json'],
    ['[1]'],
    ['"x"'],
    ['null'],
    [`{"a":"${'x'.repeat(16400)}"}`],
    ['{"AdditionalParameters":5}'],
    ['{"AdditionalParameters":"[1]"}'],
  ])('%s is invalid_ext_info', (text) => {
    expect(refuse(ext(text.length > 100 ? text : text))).toEqual(['invalid_ext_info@metadata.ext_info']);
  });

  const shots = (list: unknown, extra: Record<string, unknown> = {}) => ({
    AdditionalParameters: { multi_shot: true, shot_type: 'customize', multi_prompt: list, ...extra },
  });

  it('reads shots with digit-string durations', () => {
    expect(
      accept(
        ext(
          shots([
            { index: 2, prompt: 'b', duration: '3' },
            { index: 1, prompt: 'a', duration: 2 },
          ]),
        ),
      ).spec.multiShot,
    ).toEqual({
      shotType: 'customize',
      shots: [
        { index: 2, prompt: 'b', seconds: 3 },
        { index: 1, prompt: 'a', seconds: 2 },
      ],
    });
  });

  it.each([
    [{ AdditionalParameters: { multi_shot: 'true' } }, 'multi_shot'],
    [{ AdditionalParameters: { multi_shot: true, shot_type: 'random' } }, 'shot_type'],
    [shots([]), 'multi_prompt'],
    [shots(Array.from({ length: 7 }, (_, i) => ({ index: i + 1, prompt: 'p', duration: 1 }))), 'multi_prompt'],
    [
      shots([
        { index: 1, prompt: 'a', duration: 2 },
        { index: 1, prompt: 'b', duration: 3 },
      ]),
      'index',
    ],
    [shots([{ index: 0, prompt: 'a', duration: 5 }]), 'index'],
    [shots([{ index: 1, prompt: '', duration: 5 }]), 'prompt'],
    [shots([{ index: 1, prompt: 'x'.repeat(513), duration: 5 }]), 'prompt'],
    [shots([{ index: 1, prompt: 'a', duration: 0 }]), 'duration'],
    [shots([{ index: 1, prompt: 'a', duration: 2.5 }]), 'duration'],
    [shots([{ index: 1, prompt: 'a', duration: 4 }]), 'add up'],
  ])('%j is invalid_multi_shot (%s)', (value, word) => {
    const issues = issuesOf(ext(value));
    expect(issues.map((i) => `${i.code}@${i.path}`)).toEqual(['invalid_multi_shot@metadata.ext_info']);
    expect(issues[0]?.message).toContain(word);
  });

  it('multi-shot only on the models that allow it, and not on omni with a reference video', () => {
    const intelligence = { AdditionalParameters: { multi_shot: true, shot_type: 'intelligence' } };
    expect(accept(ext(intelligence)).spec.multiShot).toEqual({ shotType: 'intelligence', shots: [] });
    expect(refuse(ext(intelligence, { model: 'kling-2.5' }))).toEqual(['unsupported_multi_shot@metadata.ext_info']);
    expect(
      refuse({
        model: 'kling-3.0-omni',
        prompt: 'x',
        metadata: { video_url: VIDEO, ext_info: JSON.stringify(intelligence) },
      }),
    ).toEqual(['unsupported_multi_shot@metadata.ext_info']);
    expect(
      accept({
        model: 'kling-3.0-omni',
        prompt: 'x',
        images: [IMAGE],
        metadata: { ext_info: JSON.stringify(intelligence) },
      }).spec.multiShot?.shotType,
    ).toBe('intelligence');
  });
});

describe('R40-R43: reference, last frame, generation, scene inputs', () => {
  it.each([
    [{ image: IMAGE }, false],
    [{ input_reference: IMAGE }, false],
    [{ content: [{ type: 'image_url', image_url: IMAGE }] }, false],
    [{ images: [IMAGE] }, true],
    [{ metadata: { video_url: VIDEO } }, true],
    [{ content: [{ type: 'video_url', video_url: VIDEO }] }, true],
    [{ metadata: { file_infos: [{ type: 'Url', category: 'Image', url: IMAGE }] } }, true],
    [{ metadata: { file_infos: [{ type: 'Url', category: 'Image', url: IMAGE, usage: 'Reference' }] } }, true],
    [{ metadata: { file_infos: [{ type: 'Url', category: 'Image', url: IMAGE, usage: 'FirstFrame' }] } }, false],
    [{ image: IMAGE, metadata: { last_frame_url: IMAGE2 } }, false],
  ])('%j -> reference %s (omni tier says so)', (extra, reference) => {
    const { spec } = accept({ model: 'kling-3.0-omni', prompt: 'x', ...extra });
    expect(spec.reference).toBe(reference);
    expect(spec.generation).toBe('image_to_video');
    expect(spec.tier).toBe(`kling-3.0-omni-720p-${reference ? 'ref' : 'noref'}-mute`);
  });

  it('R41: a last frame is a URL or a file id, not both, and needs a first frame', () => {
    expect(accept(base({ image: IMAGE, metadata: { last_frame_file_id: 'f9' } })).spec.lastFrame).toEqual({
      fileId: 'f9',
    });
    expect(accept(base({ image: IMAGE, metadata: { last_frame_url: IMAGE2 } })).spec.lastFrame).toEqual({
      url: IMAGE2,
    });
    expect(refuse(base({ image: IMAGE, metadata: { last_frame_url: IMAGE2, last_frame_file_id: 'f9' } }))).toEqual([
      'conflicting_fields@metadata.last_frame_file_id',
    ]);
    expect(refuse(base({ metadata: { last_frame_file_id: 'f9' } }))).toEqual([
      'missing_first_frame@metadata.last_frame_file_id',
    ]);
    expect(refuse(base({ images: [IMAGE], metadata: { last_frame_url: IMAGE2 } }))).toEqual([
      'missing_first_frame@metadata.last_frame_url',
    ]);
    expect(
      accept(
        base({
          metadata: {
            last_frame_url: IMAGE2,
            file_infos: [{ type: 'File', category: 'Image', file_id: 'f', usage: 'FirstFrame' }],
          },
        }),
      ).spec.lastFrame,
    ).toEqual({ url: IMAGE2 });
  });

  it('R43: scene requirements', () => {
    expect(
      refuse({
        model: 'kling-2.5',
        metadata: { scene_type: 'motion_control', file_infos: [{ type: 'Url', category: 'Video', url: VIDEO }] },
      }),
    ).toEqual(['missing_reference_video@metadata.video_url']);
    expect(refuse({ model: 'kling-2.5', metadata: { scene_type: 'avatar_i2v', video_url: VIDEO } })).toEqual([
      'missing_image@image',
    ]);
    expect(accept({ model: 'kling-2.5', images: [IMAGE], metadata: { scene_type: 'avatar_i2v' } }).spec.tier).toBe(
      'kling-avatar-720p',
    );
    expect(refuse({ model: 'kling-identify-face' })).toEqual(['missing_image@image']);
    expect(accept({ model: 'kling-identify-face', metadata: { video_url: VIDEO } }).spec.tier).toBe(
      'kling-identify-face',
    );
  });
});

describe('R44: output options', () => {
  const out = (config: Record<string, unknown>) => base({ metadata: { output_config: config } });

  it('canonicalises and carries them in camelCase, only when given', () => {
    expect(accept(base()).spec.output).toEqual({});
    expect(
      accept(
        out({
          storage_mode: 'temporary',
          media_name: 'clip',
          class_id: '12',
          expire_time: '2026-12-01T00:00:00+08:00',
          person_generation: 'allowadult',
          input_compliance_check: 'disabled',
          output_compliance_check: 'Enabled',
          enhance_switch: 'DISABLED',
        }),
      ).spec.output,
    ).toEqual({
      storageMode: 'Temporary',
      mediaName: 'clip',
      classId: 12,
      expireTime: '2026-12-01T00:00:00+08:00',
      personGeneration: 'AllowAdult',
      inputComplianceCheck: 'Disabled',
      outputComplianceCheck: 'Enabled',
      enhanceSwitch: 'Disabled',
    });
  });

  it.each([
    ['2026-12-01T00:00:00Z'],
    ['2028-02-29T23:59:59-05:00'],
    ['2026-12-01T00:00+08:00'],
    ['2026-12-01T00:00:00.123Z'],
  ])('%s is a date-time', (value) => {
    expect(accept(out({ expire_time: value })).spec.output.expireTime).toBe(value);
  });

  it.each([
    ['2026-12-01'],
    ['2026-12-01T00:00:00'],
    ['2027-02-29T00:00:00Z'],
    ['2026-13-01T00:00:00Z'],
    ['2026-04-31T00:00:00Z'],
    ['2026-12-01T24:00:00Z'],
    ['tomorrow'],
  ])('%s is invalid_datetime', (value) => {
    expect(refuse(out({ expire_time: value }))).toEqual(['invalid_datetime@metadata.output_config.expire_time']);
  });

  it('class_id and media_name', () => {
    expect(accept(out({ class_id: 0 })).spec.output.classId).toBe(0);
    expect(refuse(out({ class_id: 1.5 }))).toEqual(['invalid_value@metadata.output_config.class_id']);
    expect(refuse(out({ class_id: 'abc' }))).toEqual(['invalid_value@metadata.output_config.class_id']);
    expect(refuse(out({ class_id: true }))).toEqual(['invalid_type@metadata.output_config.class_id']);
    expect(accept(out({ media_name: '名'.repeat(64) })).spec.output.mediaName).toHaveLength(64);
    expect(refuse(out({ media_name: 'x'.repeat(65) }))).toEqual(['field_too_long@metadata.output_config.media_name']);
  });

  it('enum values are checked', () => {
    expect(refuse(out({ storage_mode: 'forever', person_generation: 'kids' }))).toEqual([
      'invalid_enum@metadata.output_config.person_generation',
      'invalid_enum@metadata.output_config.storage_mode',
    ]);
  });
});

describe('R33-R43: which field gives what, seen from the result', () => {
  const IMG_FILE = { type: 'Url', category: 'Image', url: IMAGE };
  const VID_FILE = { type: 'Url', category: 'Video', url: VIDEO };

  it('R43: an image in file_infos is the person of an avatar task; a video entry is not', () => {
    expect(accept({ model: 'kling-avatar-720p', metadata: { file_infos: [IMG_FILE] } }).spec).toMatchObject({
      scene: 'avatar_i2v',
      tier: 'kling-avatar-720p',
    });
    expect(
      refuse({ model: 'kling-avatar-720p', metadata: { file_infos: [{ ...VID_FILE, reference_type: 'feature' }] } }),
    ).toEqual(['missing_image@image']);
  });

  it('R40, R72: every field that makes a reference task is named by a -noref model, in path order', () => {
    // R72 amended: at each file_infos entry that makes the task a reference task, not at the array.
    expect(
      refuse({ model: 'kling-3.0-omni-720p-noref-mute', prompt: 'x', metadata: { file_infos: [IMG_FILE] } }),
    ).toEqual(['conflicting_fields@metadata.file_infos.0']);
    expect(
      refuse({
        model: 'kling-3.0-omni-720p-noref-mute',
        prompt: 'x',
        image: IMAGE,
        metadata: { file_infos: [IMG_FILE, { ...IMG_FILE, usage: 'LastFrame' }, { ...IMG_FILE, usage: 'Reference' }] },
      }),
    ).toEqual(['conflicting_fields@metadata.file_infos.0', 'conflicting_fields@metadata.file_infos.2']);
    expect(
      refuse({
        model: 'kling-3.0-omni-720p-noref-mute',
        prompt: 'x',
        content: [{ type: 'video_url', video_url: VIDEO }],
      }),
    ).toEqual(['conflicting_fields@content.0']);
    expect(
      refuse({
        model: 'kling-3.0-omni-720p-noref-mute',
        prompt: 'x',
        images: [IMAGE],
        metadata: { video_url: VIDEO, file_infos: [IMG_FILE] },
      }),
    ).toEqual([
      'conflicting_fields@images',
      'conflicting_fields@metadata.file_infos.0',
      'conflicting_fields@metadata.video_url',
    ]);
  });

  it('R35: a content image that differs from `image` names `image` as the other first frame', () => {
    const [issue] = issuesOf(base({ image: IMAGE, content: [{ type: 'image_url', image_url: IMAGE2 }] }));
    expect(issue).toMatchObject({
      code: 'conflicting_fields',
      path: 'content.0',
      params: { reason: 'first_frames', other: 'image' },
    });
    const [fromReference] = issuesOf(
      base({ input_reference: IMAGE, content: [{ type: 'image_url', image_url: IMAGE2 }] }),
    );
    expect(fromReference).toMatchObject({
      code: 'conflicting_fields',
      path: 'content.0',
      params: { reason: 'first_frames', other: 'input_reference' },
    });
    // R62: with input_reference's object form the conflict is reported there, naming the content part.
    const [atObject] = issuesOf(
      base({ input_reference: { image_url: IMAGE }, content: [{ type: 'image_url', image_url: IMAGE2 }] }),
    );
    expect(atObject).toMatchObject({
      code: 'conflicting_fields',
      path: 'input_reference.image_url',
      params: { reason: 'first_frames', other: 'content.0' },
    });
  });

  it('R35: a refused content URL is refused for itself only, never also as a conflict', () => {
    expect(
      refuse(base({ image: IMAGE, content: [{ type: 'image_url', image_url: 'http://127.0.0.1/a.png' }] })),
    ).toEqual(['non_public_url@content.0.image_url']);
    expect(
      refuse(
        base({ metadata: { video_url: VIDEO }, content: [{ type: 'video_url', video_url: 'https://10.0.0.1/v.mp4' }] }),
      ),
    ).toEqual(['non_public_url@content.0.video_url']);
    expect(
      refuse(base({ image: 'http://127.0.0.1/a.png', content: [{ type: 'image_url', image_url: IMAGE }] })),
    ).toEqual(['non_public_url@image']);
    expect(
      refuse(
        base({ metadata: { video_url: 'https://10.0.0.1/v.mp4' }, content: [{ type: 'video_url', video_url: VIDEO }] }),
      ),
    ).toEqual(['non_public_url@metadata.video_url']);
  });

  it('R35: the same video in `metadata.video_url` and a content part is one video; a different one is a conflict', () => {
    expect(
      accept({
        model: 'kling-3.0-omni',
        prompt: 'x',
        metadata: { video_url: VIDEO },
        content: [{ type: 'video_url', video_url: VIDEO }],
      }).spec.video,
    ).toBe(VIDEO);
    expect(
      issuesOf({
        model: 'kling-3.0-omni',
        prompt: 'x',
        metadata: { video_url: VIDEO },
        content: [{ type: 'video_url', video_url: 'https://example.com/w.mp4' }],
      }),
    ).toMatchObject([
      { code: 'conflicting_fields', path: 'content.0', params: { reason: 'videos', other: 'metadata.video_url' } },
    ]);
  });

  it('R35: a text part whose text is missing or null is no text; any other non-string is invalid_type', () => {
    expect(accept(base({ content: [{ type: 'text' }, { type: 'text', text: null }] })).spec.prompt).toBe('a cat');
    expect(refuse(base({ content: [{ type: 'text', text: 5 }] }))).toEqual(['invalid_type@content.0.text']);
    expect(refuse(base({ content: [{ type: 'text', text: false }] }))).toEqual(['invalid_type@content.0.text']);
  });
});

// Issue 11: readMedia returns at once when none of its fields is present; each field alone must still be read.
describe('R42: each media field on its own is read', () => {
  it.each([
    [{ image: IMAGE }],
    [{ input_reference: IMAGE }],
    [{ input_reference: { file_id: 'f1' } }],
    [{ images: [IMAGE] }],
    [{ content: [{ type: 'image_url', image_url: IMAGE }] }],
    [{ metadata: { video_url: VIDEO } }],
    [{ metadata: { file_infos: [{ type: 'Url', category: 'Image', url: IMAGE }] } }],
  ])('%j makes an image-to-video task', (extra) => {
    expect(accept({ model: 'kling-3.0-omni', prompt: 'x', ...extra }).spec.generation).toBe('image_to_video');
  });

  it.each([
    ['last_frame_url', IMAGE],
    ['last_frame_file_id', 'f9'],
  ])('metadata.%s alone is missing_first_frame (R41)', (key, value) => {
    expect(refuse({ model: 'kling-3.0', prompt: 'x', metadata: { [key]: value } })).toEqual([
      `missing_first_frame@metadata.${key}`,
    ]);
  });

  it('all eight together are all read (R33, R41)', () => {
    expect(
      refuse({
        model: 'kling-3.0-omni',
        prompt: 'x',
        image: IMAGE,
        input_reference: IMAGE,
        images: [IMAGE2],
        content: [{ type: 'text', text: 'y' }],
        metadata: {
          video_url: VIDEO,
          last_frame_url: IMAGE2,
          last_frame_file_id: 'f9',
          file_infos: [{ type: 'Url', category: 'Image', url: IMAGE }],
        },
      }),
    ).toEqual(['conflicting_fields@metadata.last_frame_file_id']);
  });

  it('content text parts alone are the prompt (R35, R37)', () => {
    const { spec } = accept({ model: 'kling-3.0', content: [{ type: 'text', text: 'a cat' }] });
    expect(spec).toMatchObject({ prompt: 'a cat', generation: 'text_to_video' });
  });
});
