// Form bodies as the OpenAI SDKs send them (R58-R63): bracket names, text values, files, uploads, dispatch.
import { describe, expect, it } from 'vitest';
import { formUploads, normalizeBody, normalizeForm, normalizeRequest, type NormalizeResult } from '../src/index.js';
import { KNOWN_NAMES, parseName } from '../src/read/form.js';

const IMAGE = 'https://example.com/a.png';
const IMAGE2 = 'https://example.com/b.png';

type Entries = [string, string | Blob][];

const png = (bytes = 8, name = 'face.png') => new File([new Uint8Array(bytes)], name, { type: 'image/png' });
const codes = (r: NormalizeResult) => (r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path}`));
const spec = (r: NormalizeResult) => {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.issues)}`);
  return r.spec;
};
const text = (...entries: [string, string][]): Entries => entries;

describe('R59: bracket names rebuild the request', () => {
  it('nested objects, repeated [] arrays, and the Rack rule for arrays of objects', () => {
    const form = text(
      ['model', 'kling-3.0-omni'],
      ['prompt', 'a cat'],
      ['metadata[output_config][duration]', '10'],
      ['metadata[output_config][resolution]', '1080p'],
      ['metadata[file_infos][][type]', 'Url'],
      ['metadata[file_infos][][category]', 'Image'],
      ['metadata[file_infos][][url]', IMAGE],
      ['metadata[file_infos][][type]', 'File'],
      ['metadata[file_infos][][category]', 'Image'],
      ['metadata[file_infos][][file_id]', '9'],
    );
    const s = spec(normalizeForm(form));
    // Two entries, not one entry with overwritten keys: the naive decoder's loss billed this omni task as noref.
    expect(s.files).toEqual([
      { type: 'Url', category: 'Image', url: IMAGE },
      { type: 'File', category: 'Image', fileId: '9' },
    ]);
    expect(s).toMatchObject({ tier: 'kling-3.0-omni-1080p-ref-mute', seconds: 10, reference: true });
    expect(s.sources.seconds).toBe('metadata.output_config.duration');
  });

  it('a[][k][m] continues the last element until it already holds k.m (content parts)', () => {
    const s = spec(
      normalizeForm(
        text(
          ['model', 'kling-2.5'],
          ['content[][type]', 'text'],
          ['content[][text]', 'a dog'],
          ['content[][type]', 'image_url'],
          ['content[][image_url][url]', IMAGE],
          ['content[][image_url][detail]', 'high'],
        ),
      ),
    );
    expect(s).toMatchObject({ prompt: 'a dog', firstFrame: IMAGE, generation: 'image_to_video' });
  });

  it('explicit indexes address elements; the next index appends', () => {
    const s = spec(
      normalizeForm(text(['model', 'kling-2.5'], ['prompt', 'x'], ['images[0]', IMAGE], ['images[1]', IMAGE2])),
    );
    expect(s.images).toEqual([IMAGE, IMAGE2]);
  });

  it.each([
    ['a[b'],
    ['a]'],
    ['[a]'],
    ['a[b]c'],
    ['metadata[100]'],
    ['images[01]'],
    ['a[b[c]]'],
    ['a[]x'],
    ['x'.repeat(201)],
    ['a[1][2][3][4][5][6][7]'],
  ])('malformed name %j is invalid_form at the root, and nothing else runs', (name) => {
    const result = normalizeForm(text(['model', 'kling-2.5'], [name, 'v']));
    expect(codes(result)).toEqual(['invalid_form@']);
    expect(!result.ok && result.issues[0].message).toContain(JSON.stringify(name.slice(0, 61)).slice(0, 20));
  });

  it('six groups are allowed, a name of 200 characters too', () => {
    expect(normalizeForm(text(['model', 'kling-2.5'], ['prompt', 'x'], ['z[a][b][c][d][e][f]', 'v'])).ok).toBe(true);
    expect(normalizeForm(text(['model', 'kling-2.5'], ['prompt', 'x'], ['z'.repeat(200), 'v'])).ok).toBe(true);
  });

  it('an index that leaves a gap is invalid_form at its array', () => {
    expect(codes(normalizeForm(text(['model', 'kling-2.5'], ['images[1]', IMAGE])))).toEqual(['invalid_form@images']);
  });

  it('a position that is both a value and an object is invalid_form at its path', () => {
    expect(codes(normalizeForm(text(['model', 'kling-2.5'], ['metadata', 'x'], ['metadata[a]', 'y'])))).toEqual([
      'invalid_form@metadata',
    ]);
    expect(codes(normalizeForm(text(['model', 'kling-2.5'], ['metadata[a]', 'y'], ['metadata', 'x'])))).toEqual([
      'invalid_form@metadata',
    ]);
    expect(
      codes(
        normalizeForm(
          text(['model', 'kling-2.5'], ['metadata', '{"scene_type":"lip_sync"}'], ['metadata[mode]', 'pro']),
        ),
      ),
    ).toEqual(['invalid_form@metadata']);
    expect(codes(normalizeForm(text(['model', 'kling-2.5'], ['images[0]', IMAGE], ['images[a]', IMAGE])))).toEqual([
      'invalid_form@images',
    ]);
  });

  it('more than 1000 entries is invalid_form; 1000 are fine', () => {
    const many = (n: number): Entries => [
      ['model', 'kling-2.5'],
      ['prompt', 'x'],
      ...Array.from({ length: n - 2 }, (): [string, string] => ['x[]', '1']),
    ];
    expect(normalizeForm(many(1000)).ok).toBe(true);
    expect(codes(normalizeForm(many(1001)))).toEqual(['invalid_form@']);
  });

  it('names and text over 1 048 576 characters in all is body_too_large', () => {
    const half = 'a'.repeat(524_288);
    expect(codes(normalizeForm(text(['prompt', half], ['x', half])))).toEqual(['body_too_large@']);
    expect(normalizeForm(text(['model', 'kling-2.5'], ['prompt', 'p'], ['x', 'a'.repeat(1_048_576 - 22)])).ok).toBe(
      true,
    ); // exactly at the limit
    expect(
      codes(normalizeForm(text(['model', 'kling-2.5'], ['prompt', 'p'], ['x', 'a'.repeat(1_048_576 - 21)]))),
    ).toEqual(['body_too_large@']);
  });

  it('the same name twice: equal values count once, different values conflict at the path', () => {
    expect(
      spec(normalizeForm(text(['model', 'kling-2.5'], ['prompt', 'x'], ['seconds', '10'], ['seconds', '10']))).seconds,
    ).toBe(10);
    expect(
      codes(normalizeForm(text(['model', 'kling-2.5'], ['prompt', 'x'], ['seconds', '10'], ['seconds', '5']))),
    ).toEqual(['conflicting_fields@seconds']);
  });

  it('hostile names build no prototype', () => {
    const result = normalizeForm(
      text(
        ['model', 'kling-2.5'],
        ['prompt', 'x'],
        ['__proto__[polluted]', '1'],
        ['metadata[__proto__][x]', '1'],
        ['constructor[prototype][y]', '2'],
      ),
    );
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => `${w.code}@${w.path}`)).toEqual([
      'unknown_field@__proto__',
      'unknown_field@constructor',
      'unknown_field@metadata.__proto__',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('R58: inputs and totality', () => {
  it('FormData, URLSearchParams and plain entry lists give the same result', () => {
    const entries = text(
      ['model', 'kling-2.5'],
      ['prompt', 'a cat'],
      ['seconds', '10'],
      ['metadata[scene_type]', 'standard'],
    );
    const fd = new FormData();
    for (const [k, v] of entries) fd.append(k, v);
    const a = normalizeForm(entries);
    expect(normalizeForm(fd)).toEqual(a);
    expect(normalizeForm(new URLSearchParams(entries as [string, string][]))).toEqual(a);
    expect(spec(a).tier).toBe('kling-2.5-720p-mute');
  });

  it('an iterable that throws, a value that is neither text nor file, a non-pair: invalid_form', () => {
    const throwing = {
      *[Symbol.iterator]() {
        yield ['model', 'kling-2.5'] as [string, string];
        throw new Error('boom');
      },
    };
    expect(codes(normalizeForm(throwing))).toEqual(['invalid_form@']);
    expect(codes(normalizeForm([['model', 5 as unknown as string]]))).toEqual(['invalid_form@']);
    expect(codes(normalizeForm(['model' as unknown as [string, string]]))).toEqual(['invalid_form@']);
    expect(codes(normalizeForm('model=x' as unknown as Entries))).toEqual(['invalid_type@']);
  });

  it('paths and ordering are those of the rebuilt request (R6)', () => {
    const result = normalizeForm(
      text(
        ['model', 'kling-2.5'],
        ['prompt', 'x'],
        ['metadata[file_infos][][type]', 'Url'],
        ['metadata[file_infos][][category]', 'Image'],
        ['metadata[file_infos][][url]', 'ftp://x.example.com/a'],
        ['seconds', 'five'],
      ),
    );
    expect(codes(result)).toEqual(['invalid_duration@seconds', 'unsupported_url_scheme@metadata.file_infos.0.url']);
  });
});

describe('R60: values from text', () => {
  it('text stays text: seconds "5" is read by R14', () => {
    expect(spec(normalizeForm(text(['model', 'kling-3.0'], ['prompt', 'x'], ['seconds', '8']))).seconds).toBe(8);
  });

  it('object and array fields given as one JSON text part are parsed', () => {
    const s = spec(
      normalizeForm(
        text(
          ['model', 'kling-2.5'],
          ['image', IMAGE],
          ['metadata', ' {"scene_type":"lip_sync","output_config":{"duration":"4"}}'],
        ),
      ),
    );
    expect(s).toMatchObject({ scene: 'lip_sync', seconds: 4, billableSeconds: 5, tier: 'kling-identify-face' });
    expect(
      spec(normalizeForm(text(['model', 'kling-3.0-omni'], ['prompt', 'x'], ['images', `["${IMAGE}","${IMAGE2}"]`])))
        .images,
    ).toEqual([IMAGE, IMAGE2]);
    expect(spec(normalizeForm(text(['model', 'kling-2.5'], ['content', '[{"type":"text","text":"hi"}]']))).prompt).toBe(
      'hi',
    );
    expect(
      spec(
        normalizeForm(
          text(['model', 'kling-2.5'], ['prompt', 'x'], ['metadata[output_config]', '{"resolution":"1080P"}']),
        ),
      ).resolution,
    ).toBe('1080P');
    expect(
      spec(
        normalizeForm(
          text(
            ['model', 'kling-3.0-omni'],
            ['prompt', 'x'],
            ['metadata[file_infos]', `[{"type":"Url","category":"Image","url":"${IMAGE}"}]`],
          ),
        ),
      ).reference,
    ).toBe(true);
  });

  it('JSON text that does not parse is invalid_json at its path; ext_info is never parsed here', () => {
    expect(codes(normalizeForm(text(['model', 'kling-2.5'], ['prompt', 'x'], ['metadata', '{"scene_type":'])))).toEqual(
      ['invalid_json@metadata'],
    );
    const s = spec(normalizeForm(text(['model', 'kling-3.0'], ['prompt', 'x'], ['metadata[ext_info]', '{"a":1}'])));
    expect(s.extInfo).toBe('{"a":1}');
  });

  it('images as plain text parts, repeated, or images[]; a blank images= part is absent, a blank images[]= is not', () => {
    const omni = (...rest: [string, string][]) =>
      normalizeForm(text(['model', 'kling-3.0-omni'], ['prompt', 'x'], ...rest));
    expect(spec(omni(['images', IMAGE], ['images', IMAGE2])).images).toEqual([IMAGE, IMAGE2]);
    expect(spec(omni(['images[]', IMAGE])).images).toEqual([IMAGE]);
    expect(spec(omni(['images', ' '])).reference).toBe(false);
    expect(codes(omni(['images[]', '']))).toEqual(['invalid_url@images.0']);
  });

  it('metadata.audio true/false in any case is the boolean; other text is invalid_type (R3)', () => {
    expect(
      spec(normalizeForm(text(['model', 'kling-2.5'], ['prompt', 'x'], ['metadata[audio]', ' TRUE ']))).audio,
    ).toBe(true);
    expect(spec(normalizeForm(text(['model', 'kling-2.5'], ['prompt', 'x'], ['metadata[audio]', 'false']))).audio).toBe(
      false,
    );
    expect(codes(normalizeForm(text(['model', 'kling-2.5'], ['prompt', 'x'], ['metadata[audio]', 'yes'])))).toEqual([
      'invalid_type@metadata.audio',
    ]);
  });

  it('blank text is absent for every field (a blank HTML input is no error)', () => {
    const result = normalizeForm(
      text(
        ['model', 'kling-2.5'],
        ['prompt', 'x'],
        ['size', ''],
        ['seconds', ' '],
        ['metadata[scene_type]', ''],
        ['image', ''],
      ),
    );
    expect(spec(result)).toMatchObject({ seconds: 5, scene: 'standard', generation: 'text_to_video' });
    expect(result.warnings).toEqual([]);
  });
});

describe('R61: uploaded files', () => {
  const upload = (file: Blob, url = 'https://cdn.example.com/u/1.png') => new Map([[file, url]]);

  it('a file at input_reference is missing_upload until the gateway stores it, then its URL is the first frame', () => {
    const file = png();
    const form: Entries = [
      ['model', 'kling-2.5'],
      ['prompt', 'x'],
      ['input_reference', file],
    ];
    expect(codes(normalizeForm(form))).toEqual(['missing_upload@input_reference']);
    expect(formUploads(form)).toEqual([{ path: 'input_reference', file }]);
    const s = spec(normalizeForm(form, { uploads: upload(file) }));
    expect(s).toMatchObject({
      firstFrame: 'https://cdn.example.com/u/1.png',
      generation: 'image_to_video',
      reference: false,
    });
  });

  it('every other rule still runs beside missing_upload', () => {
    const file = png();
    expect(
      codes(
        normalizeForm([
          ['model', 'kling-2.5'],
          ['seconds', '7'],
          ['image', file],
        ]),
      ),
    ).toEqual(['unsupported_duration@seconds', 'missing_upload@image']);
  });

  it("the stored URL is the gateway's: trusted for its host, still checked for syntax and scheme (R61 amended, R32)", () => {
    const file = png();
    const form: Entries = [
      ['model', 'kling-2.5'],
      ['prompt', 'x'],
      ['image', file],
    ];
    expect(spec(normalizeForm(form, { uploads: upload(file, 'http://10.0.0.5/a.png') })).firstFrame).toBe(
      'http://10.0.0.5/a.png',
    );
    expect(codes(normalizeForm(form, { uploads: upload(file, 'ftp://10.0.0.5/a.png') }))).toEqual([
      'unsupported_url_scheme@image',
    ]);
    expect(codes(normalizeForm(form, { uploads: upload(file, 'http://u:p@10.0.0.5/a.png') }))).toEqual([
      'invalid_url@image',
    ]);
    expect(codes(normalizeForm(form, { uploads: upload(file, 'not a url') }))).toEqual(['invalid_url@image']);
    // Only the gateway's URLs are trusted: a client's URL to the same host is still refused.
    const both: Entries = [
      ['model', 'kling-3.0-omni'],
      ['prompt', 'x'],
      ['image', file],
      ['images[]', 'http://10.0.0.5/b.png'],
    ];
    expect(codes(normalizeForm(both, { uploads: upload(file, 'http://10.0.0.5/a.png') }))).toEqual([
      'non_public_url@images.0',
    ]);
  });

  it('files in images count as reference images; formUploads lists them in form order', () => {
    const a = png(4, 'a.png');
    const b = new File([new Uint8Array(3)], 'b.webp', { type: 'image/webp' });
    const form: Entries = [
      ['model', 'kling-3.0-omni'],
      ['images[]', b],
      ['prompt', 'x'],
      ['images[]', IMAGE],
      ['image', a],
    ];
    expect(formUploads(form)).toEqual([
      { path: 'images.0', file: b },
      { path: 'image', file: a },
    ]);
    const s = spec(
      normalizeForm(form, {
        uploads: new Map<Blob, string>([
          [a, 'https://c.example.com/a.png'],
          [b, 'https://c.example.com/b.webp'],
        ]),
      }),
    );
    expect(s.images).toEqual(['https://c.example.com/b.webp', IMAGE]);
    expect(s).toMatchObject({ reference: true, firstFrame: 'https://c.example.com/a.png' });
  });

  it.each([
    [new File(['x'], 'a.gif', { type: 'image/gif' }), 'unsupported_media_type'],
    [new File(['x'], 'a.txt', { type: '' }), 'unsupported_media_type'],
    [new File([], 'a.png', { type: 'image/png' }), 'invalid_value'],
    [new File([new Uint8Array(10_485_761)], 'big.png', { type: 'image/png' }), 'file_too_large'],
    [new File([new Uint8Array(10_485_760)], 'ok.png', { type: 'IMAGE/PNG; charset=x' }), 'missing_upload'],
  ])('file checks: media type, then size (%#)', (file, code) => {
    expect(
      codes(
        normalizeForm([
          ['model', 'kling-2.5'],
          ['prompt', 'x'],
          ['input_reference', file],
        ]),
      ),
    ).toEqual([`${code}@input_reference`]);
    expect(formUploads([['input_reference', file]]).length).toBe(code === 'missing_upload' ? 1 : 0);
  });

  it('an empty File with an empty name is a file input left empty: absent', () => {
    const result = normalizeForm([
      ['model', 'kling-2.5'],
      ['prompt', 'x'],
      ['input_reference', new File([], '')],
    ]);
    expect(spec(result).generation).toBe('text_to_video');
  });

  it('a file at another known field is invalid_type saying a URL is expected; at an unknown key, unknown_field', () => {
    const result = normalizeForm([
      ['model', 'kling-2.5'],
      ['prompt', 'x'],
      ['metadata[video_url]', png()],
      ['attachment', png()],
    ]);
    expect(codes(result)).toEqual(['invalid_type@metadata.video_url']);
    expect(!result.ok && result.issues[0].message).toMatch(/URL/);
    expect(result.warnings.map((w) => `${w.code}@${w.path}`)).toEqual(['unknown_field@attachment']);
  });

  it('more than 3 images is too_many_items and its files are not checked one by one', () => {
    const gif = new File(['x'], 'a.gif', { type: 'image/gif' });
    const form: Entries = [
      ['model', 'kling-3.0-omni'],
      ['prompt', 'x'],
      ['images[]', gif],
      ['images[]', IMAGE],
      ['images[]', IMAGE],
      ['images[]', IMAGE],
    ];
    expect(codes(normalizeForm(form))).toEqual(['too_many_items@images']);
    expect(formUploads(form)).toEqual([]);
  });

  it('formUploads: three image files are all listed, in form order whatever field holds them; a form that cannot be read lists none', () => {
    const [a, b, c, d] = ['a.png', 'b.png', 'c.png', 'd.png'].map((name) => png(4, name)) as [File, File, File, File];
    const form: Entries = [
      ['model', 'kling-3.0-omni'],
      ['input_reference', d],
      ['images[]', c],
      ['prompt', 'x'],
      ['images[]', b],
      ['image', a],
      ['images[]', IMAGE],
    ];
    expect(formUploads(form).map((u) => [u.path, (u.file as File).name])).toEqual([
      ['input_reference', 'd.png'],
      ['images.0', 'c.png'],
      ['images.1', 'b.png'],
      ['image', 'a.png'],
    ]);
    const three: Entries = [
      ['images[]', a],
      ['images[]', b],
      ['images[]', c],
    ];
    expect(formUploads(three).map((u) => u.path)).toEqual(['images.0', 'images.1', 'images.2']);
    expect(
      formUploads([
        ['images[]', a],
        ['a[b', 'x'],
      ]),
    ).toEqual([]);
    expect(formUploads('not a form' as never)).toEqual([]);
  });

  it('a file and a URL are two first frames (R33)', () => {
    const file = png();
    expect(
      codes(
        normalizeForm(
          [
            ['model', 'kling-2.5'],
            ['prompt', 'x'],
            ['image', IMAGE],
            ['input_reference', file],
          ],
          { uploads: upload(file) },
        ),
      ),
    ).toEqual(['conflicting_fields@input_reference']);
  });

  it('an uploads map whose get throws or gives no string counts as no entry (R7)', () => {
    const file = png();
    const hostile = {
      get() {
        throw new Error('x');
      },
    } as unknown as Map<Blob, string>;
    expect(
      codes(
        normalizeForm(
          [
            ['model', 'kling-2.5'],
            ['prompt', 'x'],
            ['image', file],
          ],
          { uploads: hostile },
        ),
      ),
    ).toEqual(['missing_upload@image']);
  });
});

describe('R62: input_reference objects, in JSON and forms', () => {
  it('{ image_url } is the URL string', () => {
    expect(
      spec(normalizeRequest({ model: 'kling-2.5', prompt: 'x', input_reference: { image_url: IMAGE } })).firstFrame,
    ).toBe(IMAGE);
    expect(
      spec(normalizeForm(text(['model', 'kling-2.5'], ['prompt', 'x'], ['input_reference[image_url]', IMAGE])))
        .firstFrame,
    ).toBe(IMAGE);
  });

  it('a data URL is unsupported_url_scheme, and the message says to pass a URL or send a file part', () => {
    const result = normalizeRequest({
      model: 'kling-2.5',
      prompt: 'x',
      input_reference: { image_url: 'data:image/png;base64,AAAA' },
    });
    expect(codes(result)).toEqual(['unsupported_url_scheme@input_reference.image_url']);
    expect(!result.ok && result.issues[0].message).toMatch(/data URI.*public.*file part/);
    const video = normalizeRequest({
      model: 'kling-2.5',
      prompt: 'x',
      metadata: { video_url: 'data:video/mp4;base64,AAAA' },
    });
    expect(!video.ok && video.issues[0].message).toMatch(/data URI.*public/);
    expect(!video.ok && video.issues[0].message).not.toMatch(/file part/);
  });

  it('{ file_id } is a FirstFrame File entry after the file_infos entries, not counted in their 3', () => {
    const file = (i: number) => ({ type: 'Url', category: 'Image', url: `https://example.com/${i}.png` });
    const s = spec(
      normalizeRequest({
        model: 'kling-3.0-omni',
        prompt: 'x',
        input_reference: { file_id: 'file-9' },
        metadata: { file_infos: [file(1), file(2), file(3)] },
      }),
    );
    expect(s.files.at(-1)).toEqual({ type: 'File', category: 'Image', fileId: 'file-9', usage: 'FirstFrame' });
    expect(s.files).toHaveLength(4);
    expect(s).toMatchObject({ reference: true, generation: 'image_to_video' });
    expect(s.firstFrame).toBeUndefined();
  });

  it('conflicts: at input_reference.file_id / .image_url against image or a content image, at the entry against file_infos', () => {
    expect(
      codes(normalizeRequest({ model: 'kling-2.5', prompt: 'x', image: IMAGE, input_reference: { file_id: 'f' } })),
    ).toEqual(['conflicting_fields@input_reference.file_id']);
    expect(
      codes(
        normalizeRequest({ model: 'kling-2.5', prompt: 'x', image: IMAGE, input_reference: { image_url: IMAGE2 } }),
      ),
    ).toEqual(['conflicting_fields@input_reference.image_url']);
    expect(
      normalizeRequest({ model: 'kling-2.5', prompt: 'x', image: IMAGE, input_reference: { image_url: IMAGE } }).ok,
    ).toBe(true);
    expect(
      codes(
        normalizeRequest({
          model: 'kling-2.5',
          prompt: 'x',
          input_reference: { file_id: 'f' },
          content: [{ type: 'image_url', image_url: IMAGE }],
        }),
      ),
    ).toEqual(['conflicting_fields@input_reference.file_id']);
    expect(
      codes(
        normalizeRequest({
          model: 'kling-2.5',
          prompt: 'x',
          input_reference: { file_id: 'f' },
          metadata: { file_infos: [{ type: 'File', category: 'Image', file_id: 'g', usage: 'FirstFrame' }] },
        }),
      ),
    ).toEqual(['conflicting_fields@metadata.file_infos.0']);
  });

  it('both keys conflict, neither is missing_field, other keys are unknown_field, blank or null is absent', () => {
    expect(
      codes(normalizeRequest({ model: 'kling-2.5', prompt: 'x', input_reference: { image_url: IMAGE, file_id: 'f' } })),
    ).toEqual(['conflicting_fields@input_reference.file_id']);
    expect(codes(normalizeRequest({ model: 'kling-2.5', prompt: 'x', input_reference: {} }))).toEqual([
      'missing_field@input_reference.image_url',
    ]);
    expect(
      codes(normalizeRequest({ model: 'kling-2.5', prompt: 'x', input_reference: { image_url: ' ', file_id: null } })),
    ).toEqual(['missing_field@input_reference.image_url']);
    const r = normalizeRequest({
      model: 'kling-2.5',
      prompt: 'x',
      input_reference: { image_url: IMAGE, detail: 'high' },
    });
    expect(r.ok && r.warnings.map((w) => `${w.code}@${w.path}`)).toEqual(['unknown_field@input_reference.detail']);
  });

  it('the canonical request writes the file id back as input_reference { file_id } (R51)', async () => {
    const { toCanonicalRequest } = await import('../src/index.js');
    const s = spec(normalizeRequest({ model: 'kling-2.5', prompt: 'x', input_reference: { file_id: 'f-1' } }));
    const canonical = toCanonicalRequest(s);
    expect(canonical.input_reference).toEqual({ file_id: 'f-1' });
    expect((canonical.metadata as Record<string, unknown>).file_infos).toBeUndefined();
    const again = spec(normalizeRequest(canonical));
    expect(again.files).toEqual(s.files);
  });
});

describe('R35 addition: a content part with a missing, null or blank URL', () => {
  it.each([
    [{ type: 'image_url' }, 'content.0.image_url'],
    [{ type: 'image_url', image_url: '' }, 'content.0.image_url'],
    [{ type: 'image_url', image_url: { url: null } }, 'content.0.image_url.url'],
    [{ type: 'video_url', video_url: { detail: 'x' } }, 'content.0.video_url.url'],
    [{ type: 'video_url', video_url: null }, 'content.0.video_url'],
  ])('%j is missing_field at %s', (part, path) => {
    expect(codes(normalizeRequest({ model: 'kling-2.5', prompt: 'x', content: [part] }))).toEqual([
      `missing_field@${path}`,
    ]);
  });
});

describe('R63: normalizeBody dispatches on Content-Type', () => {
  const json = '{"model":"kling-2.5","prompt":"x"}';
  const fd = new FormData();
  fd.append('model', 'kling-2.5');
  fd.append('prompt', 'x');

  it.each([
    ['application/json', json],
    ['Application/JSON; charset=utf-8', json],
    ['application/vnd.api+json', json],
    [undefined, json],
    [null, json],
    ['', json],
    ['multipart/form-data; boundary=x', fd],
    [
      'MULTIPART/FORM-DATA',
      [
        ['model', 'kling-2.5'],
        ['prompt', 'x'],
      ],
    ],
    ['application/x-www-form-urlencoded', 'model=kling-2.5&prompt=x'],
    ['application/x-www-form-urlencoded', new URLSearchParams('model=kling-2.5&prompt=x')],
    ['application/x-www-form-urlencoded', fd],
  ])('%s', (type, body) => {
    expect(spec(normalizeBody(type as string, body as string)).tier).toBe('kling-2.5-720p-mute');
  });

  it('another media type is unsupported_content_type; a body of the wrong kind is invalid_type', () => {
    expect(codes(normalizeBody('text/plain', json))).toEqual(['unsupported_content_type@']);
    expect(codes(normalizeBody('multipart/form-data; boundary=x', '--x\r\n'))).toEqual(['invalid_type@']);
    expect(codes(normalizeBody('application/json', fd as unknown as string))).toEqual(['invalid_type@']);
    expect(codes(normalizeBody('application/x-www-form-urlencoded', 5 as unknown as string))).toEqual([
      'invalid_type@',
    ]);
  });

  it('unsupported_content_type quotes the type as sent (at most 100 characters) and lists the accepted ones', () => {
    const allowed = ['application/json', 'multipart/form-data', 'application/x-www-form-urlencoded'];
    const params = (type: unknown) => {
      const r = normalizeBody(type as string, json);
      return r.ok ? undefined : r.issues[0]?.params;
    };
    expect(params('Text/Plain; charset=utf-8')).toEqual({ type: 'Text/Plain; charset=utf-8', allowed });
    expect(params(`text/${'x'.repeat(200)}`)).toEqual({ type: `text/${'x'.repeat(95)}`, allowed });
    // A Content-Type that is not text (from JavaScript callers) has no type to quote.
    expect(params(42)).toEqual({ allowed });
    expect(params(['application/json'])).toEqual({ allowed });
    const r = normalizeBody('text/plain', json);
    expect(!r.ok && r.issues[0]?.message).toBe(
      'Content-Type "text/plain" is not accepted; send application/json, multipart/form-data or application/x-www-form-urlencoded',
    );
  });

  it('reads the media type before parameters, trimmed and in any case; a +json suffix is JSON', () => {
    for (const type of [
      ' application/json ',
      'APPLICATION/JSON;charset=utf-8',
      'application/problem+json',
      'application/json;',
    ]) {
      expect(spec(normalizeBody(type, json)).tier, type).toBe('kling-2.5-720p-mute');
    }
    for (const type of ['application/jsonx', 'application/json-seq', 'text/json+xml', 'json']) {
      expect(codes(normalizeBody(type, json)), type).toEqual(['unsupported_content_type@']);
    }
  });

  it('a multipart or URL-encoded body must be iterable entries; an object is not', () => {
    expect(codes(normalizeBody('multipart/form-data', { model: 'kling-2.5' } as never))).toEqual(['invalid_type@']);
    expect(codes(normalizeBody('multipart/form-data', null as never))).toEqual(['invalid_type@']);
    expect(codes(normalizeBody('application/x-www-form-urlencoded', { model: 'kling-2.5' } as never))).toEqual([
      'invalid_type@',
    ]);
    expect(codes(normalizeBody('application/x-www-form-urlencoded', null as never))).toEqual(['invalid_type@']);
  });
});

describe('R58-R61: form notices with their params (R68)', () => {
  const first = (r: NormalizeResult) =>
    r.ok ? undefined : { code: r.issues[0]?.code, path: r.issues[0]?.path, params: r.issues[0]?.params };
  const k = ['model', 'kling-2.5'] as [string, string];
  const png = (bytes: number, type = 'image/png') => new File([new Uint8Array(bytes)], 'a.png', { type });
  it.each([
    [
      'a value and members at one name',
      text(k, ['metadata', 'x'], ['metadata[a]', 'y']),
      { code: 'invalid_form', path: 'metadata', params: { reason: 'value_and_members', kind: 'members' } },
    ],
    [
      'a value and elements at one name',
      text(k, ['images[0]', 'x'], ['images', '["y"]']),
      { code: 'invalid_form', path: 'images', params: { reason: 'value_and_members', kind: 'elements' } },
    ],
    [
      'an object and an array at one name',
      text(k, ['images[0]', IMAGE], ['images[a]', IMAGE]),
      { code: 'invalid_form', path: 'images', params: { reason: 'object_and_array' } },
    ],
    [
      'an index that leaves a gap',
      text(k, ['images[1]', IMAGE]),
      { code: 'invalid_form', path: 'images', params: { reason: 'gap', index: 1 } },
    ],
    [
      'a malformed name',
      text(k, ['a[b', 'x']),
      { code: 'invalid_form', path: '', params: { reason: 'name', name: 'a[b', max: 6 } },
    ],
    [
      'a name over 200 characters',
      text(k, [`x${'y'.repeat(200)}`, 'v']),
      { code: 'invalid_form', path: '', params: { reason: 'name_too_long', name: `x${'y'.repeat(60)}...`, max: 200 } },
    ],
    [
      'a value neither text nor file',
      [k, ['prompt', 5]] as never,
      { code: 'invalid_form', path: '', params: { reason: 'value', name: 'prompt' } },
    ],
    [
      'an entry that is not a pair',
      [k, 'prompt'] as never,
      { code: 'invalid_form', path: '', params: { reason: 'pair', index: 2 } },
    ],
    [
      'two different values for one field',
      text(k, ['prompt', 'a'], ['prompt', 'b']),
      { code: 'conflicting_fields', path: 'prompt', params: { reason: 'form_duplicate' } },
    ],
    [
      'JSON text that does not parse',
      text(k, ['prompt', 'x'], ['metadata', '{"a":']),
      { code: 'invalid_json', path: 'metadata', params: { detail: expect.any(String) } },
    ],
    [
      'more than 1000 entries',
      Array.from({ length: 1001 }, (_, i) => [`x${i}`, 'v']) as never,
      { code: 'invalid_form', path: '', params: { reason: 'entries', max: 1000 } },
    ],
    [
      'more than 1 MB of text',
      text(k, ['prompt', 'x'.repeat(1_048_576)]),
      { code: 'body_too_large', path: '', params: { what: 'form', max: 1_048_576 } },
    ],
  ])('%s', (_, form, expected) => {
    expect(first(normalizeForm(form as never))).toEqual(expected);
  });

  it.each([
    [
      'a GIF',
      png(10, 'image/gif'),
      {
        code: 'unsupported_media_type',
        path: 'image',
        params: { type: 'image/gif', allowed: ['image/jpeg', 'image/png', 'image/webp'] },
      },
    ],
    [
      'an empty file with a name',
      new File([], 'a.png', { type: 'image/png' }),
      { code: 'invalid_value', path: 'image', params: { reason: 'empty_file' } },
    ],
    [
      'a file over 10 MB',
      png(10_485_761),
      { code: 'file_too_large', path: 'image', params: { size: 10_485_761, max: 10_485_760 } },
    ],
    ['a file not stored yet', png(10), { code: 'missing_upload', path: 'image', params: {} }],
  ])('an upload: %s', (_, file, expected) => {
    const form = new FormData();
    form.append('model', 'kling-2.5');
    form.append('prompt', 'x');
    form.append('image', file);
    expect(first(normalizeForm(form))).toEqual(expected);
  });
});

describe('R59: the name grammar at its edges', () => {
  const k = ['model', 'kling-2.5'] as [string, string];
  const p = ['prompt', 'x'] as [string, string];
  const first = (r: NormalizeResult) =>
    r.ok ? undefined : { code: r.issues[0]?.code, path: r.issues[0]?.path, params: r.issues[0]?.params };
  it.each([
    '',
    'a]',
    '[a]',
    '[a',
    'a]b[c]',
    'a[b]c',
    'a[b',
    'a[b[c]]',
    'x[b[c]',
    'images[100]',
    'images[01]',
    'images[00]',
    'images[001]',
    'x[a][b][c][d][e][f][g]',
    'x[a]b]',
    'x[a]]',
  ])('%j is not a field name', (name) => {
    expect(first(normalizeForm(text(k, p, [name, 'v'])))).toEqual({
      code: 'invalid_form',
      path: '',
      params: { reason: 'name', name, max: 6 },
    });
  });

  it('names the SDKs do not send follow the same grammar: `x[]` appends, `x[0]` indexes, `x[k]` is a member', () => {
    const appended = normalizeForm(text(k, p, ['x[]', 'a'], ['x[]', 'b']));
    expect(appended.ok && appended.warnings.map((w) => `${w.code}@${w.path}`)).toEqual(['unknown_field@x']);
    const twice = normalizeForm(text(k, p, ['x[0]', 'a'], ['x[0]', 'b']));
    expect(twice.ok ? [] : twice.issues.map((i) => `${i.code}@${i.path}`)).toEqual(['conflicting_fields@x.0']);
    const indexed = normalizeForm(
      text(['model', 'kling-3.0-omni'], p, ['images[0]', IMAGE], ['images[1]', 'https://example.com/b.png']),
    );
    expect(indexed.ok && indexed.spec.images).toEqual([IMAGE, 'https://example.com/b.png']);
    const files = normalizeForm(
      text(
        ['model', 'kling-3.0-omni'],
        p,
        ['metadata[file_infos][0][type]', 'Url'],
        ['metadata[file_infos][0][category]', 'Image'],
        ['metadata[file_infos][0][url]', IMAGE],
      ),
    );
    expect(files.ok && files.spec.files).toEqual([{ type: 'Url', category: 'Image', url: IMAGE }]);
  });

  it('a name is quoted whole up to 64 characters, then cut; a name of 200 characters is read, 201 is too long', () => {
    const bad64 = `a]${'b'.repeat(62)}`;
    const bad65 = `a]${'b'.repeat(63)}`;
    expect(first(normalizeForm(text(k, p, [bad64, 'v'])))).toEqual({
      code: 'invalid_form',
      path: '',
      params: { reason: 'name', name: bad64, max: 6 },
    });
    expect(first(normalizeForm(text(k, p, [bad65, 'v'])))).toEqual({
      code: 'invalid_form',
      path: '',
      params: { reason: 'name', name: `${bad65.slice(0, 61)}...`, max: 6 },
    });
    const bad200 = `a]${'b'.repeat(198)}`;
    expect(first(normalizeForm(text(k, p, [bad200, 'v'])))).toEqual({
      code: 'invalid_form',
      path: '',
      params: { reason: 'name', name: `${bad200.slice(0, 61)}...`, max: 6 },
    });
    const long = `x${'y'.repeat(199)}`;
    const read = normalizeForm(text(k, p, [long, 'v']));
    expect(read.ok && read.warnings.map((w) => w.code)).toEqual(['unknown_field']);
  });

  it('six groups are a name; indexes run 0-99; a key of other characters is a member key', () => {
    const six = normalizeForm(text(k, p, ['x[a][b][c][d][e][f]', 'v']));
    expect(six.ok && six.warnings.map((w) => `${w.code}@${w.path}`)).toEqual(['unknown_field@x']);
    expect(first(normalizeForm(text(k, p, ['images[99]', IMAGE])))).toEqual({
      code: 'invalid_form',
      path: 'images',
      params: { reason: 'gap', index: 99 },
    });
    expect(first(normalizeForm(text(k, p, ['content[9][type]', 'text'])))).toEqual({
      code: 'invalid_form',
      path: 'content',
      params: { reason: 'gap', index: 9 },
    });
    // '/' and ':' sit just outside the digits: they are member keys, so `images` becomes an object.
    for (const key of ['/', ':'])
      expect(codes(normalizeForm(text(k, p, [`images[${key}]`, IMAGE]))), key).toEqual(['invalid_type@images']);
  });

  it("blank text is absent by R2's white space, ideographic space included", () => {
    const r = normalizeForm(text(k, ['prompt', '\u3000'], ['image', IMAGE], ['images', '\u3000']));
    expect(r.ok && [r.spec.prompt, r.spec.images]).toEqual([undefined, []]);
  });
});

describe('R59: the Rack rule, as the JSON each form stands for', () => {
  const k = ['model', 'kling-3.0-omni'] as [string, string];
  const p = ['prompt', 'x'] as [string, string];
  const V = 'https://example.com/v.mp4';
  it.each([
    [
      'a[][k] starts a new element when the last one holds k',
      text(
        k,
        p,
        ['metadata[file_infos][][type]', 'Url'],
        ['metadata[file_infos][][category]', 'Image'],
        ['metadata[file_infos][][url]', IMAGE],
        ['metadata[file_infos][][type]', 'Url'],
        ['metadata[file_infos][][category]', 'Video'],
        ['metadata[file_infos][][url]', V],
      ),
      {
        metadata: {
          file_infos: [
            { type: 'Url', category: 'Image', url: IMAGE },
            { type: 'Url', category: 'Video', url: V },
          ],
        },
      },
    ],
    [
      'a[][k][m] starts a new element when the last one holds k.m',
      text(k, p, ['content[][image_url][url]', IMAGE], ['content[][image_url][url]', IMAGE2]),
      { content: [{ image_url: { url: IMAGE } }, { image_url: { url: IMAGE2 } }] },
    ],
    [
      'and continues it when k holds other members',
      text(
        k,
        p,
        ['content[][type]', 'image_url'],
        ['content[][image_url][url]', IMAGE],
        ['content[][image_url][detail]', 'high'],
      ),
      { content: [{ type: 'image_url', image_url: { url: IMAGE, detail: 'high' } }] },
    ],
    [
      'a value met on the way occupies the position',
      text(
        k,
        p,
        ['content[][type]', 'image_url'],
        ['content[][image_url]', IMAGE],
        ['content[][image_url][url]', IMAGE2],
      ),
      { content: [{ type: 'image_url', image_url: IMAGE }, { image_url: { url: IMAGE2 } }] },
    ],
    [
      "a[][] appends to the last element's array",
      text(k, p, ['images[]', IMAGE], ['images[]', IMAGE2]),
      { images: [IMAGE, IMAGE2] },
    ],
  ])('%s', (_, form, json) => {
    expect(normalizeForm(form)).toEqual(normalizeRequest({ model: 'kling-3.0-omni', prompt: 'x', ...json }));
  });
});

describe("R6: a form's own issues take the section of the field they are at", () => {
  it('invalid JSON in metadata[file_infos] comes after a size issue (media after size); in metadata, before it', () => {
    const k = ['model', 'kling-3.0-omni'] as [string, string];
    const p = ['prompt', 'x'] as [string, string];
    expect(codes(normalizeForm(text(k, p, ['metadata[file_infos]', '[{'], ['size', 'big'])))).toEqual([
      'invalid_size@size',
      'invalid_json@metadata.file_infos',
    ]);
    expect(codes(normalizeForm(text(k, p, ['size', 'big'], ['metadata', '{"a":'])))).toEqual([
      'invalid_json@metadata',
      'invalid_size@size',
    ]);
    // A deeper path takes the section of the longest known field it starts with: content is media.
    expect(codes(normalizeForm(text(k, p, ['size', 'big'], ['content', '[{'])))).toEqual([
      'invalid_size@size',
      'invalid_json@content',
    ]);
  });
});

describe('R58-R61: the reader at the edges mutation testing found', () => {
  const k = ['model', 'kling-2.5'] as [string, string];
  const p = ['prompt', 'x'] as [string, string];

  it('R58: a form that is not an iterable object is invalid_type, never a throw (a string iterates, null has no iterator)', () => {
    for (const form of ['model=kling-2.5', null, undefined, 5, {}]) {
      const r = normalizeForm(form as never);
      expect(r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path}:${String(i.params.expected)}`), String(form)).toEqual(
        ['invalid_type@:form'],
      );
      expect(formUploads(form as never)).toEqual([]);
    }
  });

  it('R58: an iterable that throws is invalid_form with the reason `read`', () => {
    const throwing = {
      *[Symbol.iterator]() {
        yield k;
        throw new Error('boom');
      },
    };
    const r = normalizeForm(throwing as never);
    expect(r.ok ? undefined : r.issues.map((i) => [i.code, i.params])).toEqual([['invalid_form', { reason: 'read' }]]);
  });

  it('R59: a duplicate with different values is reported with the other issues, not instead of them', () => {
    const r = normalizeForm(text(k, p, ['seconds', '5'], ['seconds', '10'], ['size', 'big']));
    expect(codes(r)).toEqual(['conflicting_fields@seconds', 'invalid_size@size']);
  });

  it('R60: JSON text at `metadata[output_config]` and `metadata[file_infos]` is parsed; a broken one is invalid_json at its path', () => {
    const good = normalizeForm(
      text(
        k,
        p,
        ['metadata[output_config]', '{"duration": 10}'],
        ['metadata[file_infos]', '[{"type":"Url","category":"Image","url":"https://example.com/a.png"}]'],
      ),
    );
    expect(good.ok && [good.spec.seconds, good.spec.files.length]).toEqual([10, 1]);
    expect(codes(normalizeForm(text(k, p, ['metadata[output_config]', '{"duration":'])))).toEqual([
      'invalid_json@metadata.output_config',
    ]);
    expect(codes(normalizeForm(text(k, p, ['metadata[file_infos]', '[{'])))).toEqual([
      'invalid_json@metadata.file_infos',
    ]);
  });

  it('R60: only text that starts with `{` or `[` (after white space) is JSON; other text stays text', () => {
    expect(codes(normalizeForm(text(k, p, ['metadata', 'x{"scene_type":"standard"}'])))).toEqual([
      'invalid_type@metadata',
    ]);
    expect(codes(normalizeForm(text(k, p, ['metadata', ' \n{"scene_type":"x"}'])))).toEqual([
      'invalid_enum@metadata.scene_type',
    ]);
  });

  it('R61: formUploads lists files in the order each first appears in the form, and none of an images list over 3', () => {
    const a = new File([new Uint8Array(4)], 'a.png', { type: 'image/png' });
    const b = new File([new Uint8Array(4)], 'b.png', { type: 'image/png' });
    const form: Entries = [
      ['input_reference', a],
      ['image', b],
      ['images[]', a],
    ];
    expect(formUploads(form).map((u) => [u.path, (u.file as File).name])).toEqual([
      ['input_reference', 'a.png'],
      ['images.0', 'a.png'],
      ['image', 'b.png'],
    ]);
    const four: Entries = [
      ['image', b],
      ...[0, 1, 2, 3].map((): [string, Blob] => [
        'images[]',
        new File([new Uint8Array(4)], 'i.png', { type: 'image/png' }),
      ]),
    ];
    expect(formUploads(four).map((u) => u.path)).toEqual(['image']);
  });
});

describe('R59: the names the SDKs send for known fields are looked up whole, not parsed', () => {
  // Written from the field table of R4 and the SDKs' encoding (nested objects as `[key]`, arrays as `[]`).
  const output = [
    'duration',
    'resolution',
    'aspect_ratio',
    'audio_generation',
    'storage_mode',
    'media_name',
    'class_id',
    'expire_time',
    'person_generation',
    'input_compliance_check',
    'output_compliance_check',
    'enhance_switch',
  ];
  const metadata = [
    'scene_type',
    'motion_level',
    'mode',
    'video_url',
    'last_frame_url',
    'last_frame_file_id',
    'file_infos',
    'ext_info',
    'output_config',
    'resolution',
    'aspect_ratio',
    'audio_generation',
    'audio',
    'seconds',
    'duration',
    'video_duration',
  ];
  const names = [
    'model',
    'prompt',
    'seconds',
    'duration',
    'size',
    'image',
    'images',
    'input_reference',
    'mode',
    'content',
    'metadata',
    ...metadata.map((k) => `metadata[${k}]`),
    ...output.map((k) => `metadata[output_config][${k}]`),
    'images[]',
    'input_reference[image_url]',
    'input_reference[file_id]',
    ...['type', 'category', 'url', 'file_id', 'usage', 'reference_type'].map((k) => `metadata[file_infos][][${k}]`),
    ...['type', 'text', 'image_url', 'video_url'].map((k) => `content[][${k}]`),
    ...['image_url', 'video_url'].flatMap((part) => ['url', 'detail'].map((k) => `content[][${part}][${k}]`)),
  ];

  it('the table holds exactly these names, each as the grammar reads it', () => {
    expect([...KNOWN_NAMES.keys()].sort()).toEqual([...names].sort());
    for (const name of names) expect(KNOWN_NAMES.get(name), name).toEqual(parseName(name));
  });

  it('an issue at a known name is reported at its dot path', () => {
    expect(
      normalizeForm([
        ['model', 'kling-2.5'],
        ['prompt', 'x'],
        ['metadata[output_config][duration]', '5'],
        ['metadata[output_config][duration]', '10'],
      ]),
    ).toMatchObject({ ok: false, issues: [{ code: 'conflicting_fields', path: 'metadata.output_config.duration' }] });
    expect(
      normalizeForm([
        ['model', 'kling-2.5'],
        ['metadata[output_config]', 'x'],
        ['metadata[output_config][duration]', '5'],
      ]),
    ).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_form', path: 'metadata.output_config', params: { reason: 'value_and_members' } }],
    });
    expect(
      normalizeForm([
        ['model', 'kling-2.5'],
        ['metadata[file_infos]', 'x'],
        ['metadata[file_infos][][type]', 'Url'],
      ]),
    ).toMatchObject({
      ok: false,
      issues: [
        {
          code: 'invalid_form',
          path: 'metadata.file_infos',
          params: { reason: 'value_and_members', kind: 'elements' },
        },
      ],
    });
  });
});

describe('R63: what unsupported_content_type says', () => {
  it('names the media type as sent (parameters dropped for matching, not for the message) and the accepted types', () => {
    const allowed = ['application/json', 'multipart/form-data', 'application/x-www-form-urlencoded'];
    for (const type of ['text/plain; charset=utf-8', 'image/png', 'json']) {
      const r = normalizeBody(type, '{}');
      expect(r.ok ? undefined : r.issues.map((i) => [i.code, i.params]), type).toEqual([
        ['unsupported_content_type', { type, allowed }],
      ]);
    }
    const none = normalizeBody(5 as never, '{}');
    expect(none.ok ? undefined : none.issues.map((i) => [i.code, i.params])).toEqual([
      ['unsupported_content_type', { allowed }],
    ]);
  });

  it('a Content-Type whose media type is empty (only parameters) is read as no Content-Type: JSON', () => {
    expect(spec(normalizeBody(';charset=utf-8', '{"model":"kling-2.5","prompt":"x"}')).tier).toBe(
      'kling-2.5-720p-mute',
    );
    expect(spec(normalizeBody('  ; charset=utf-8', '{"model":"kling-2.5","prompt":"x"}')).tier).toBe(
      'kling-2.5-720p-mute',
    );
  });
});
