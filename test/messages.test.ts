// Messages in the client's language (R68, R69): params on every notice, one table per language, options.messages.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ISSUE_CODES,
  type Messages,
  normalizeBody,
  normalizeForm,
  normalizeRequest,
  normalizeRequestBody,
  type Notice,
  quote,
  quoteRequest,
  WARNING_CODES,
} from '../src/index.js';
import { zhCN } from '../src/messages/zh-CN.js';
import type { Loose } from '../src/messages/template.js';

// Some cases feed tokens no code has yet (a future version's), so they call zh-CN as the look-up by code does.
const zhByCode = zhCN as unknown as Readonly<Record<string, Loose | undefined>>;
import { EN } from '../src/messages/en.js';
import { mutatedExampleArb, requestArb } from './arbitraries.js';

const HAN = /[\u4e00-\u9fff]/;
const refused = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'refused.json'), 'utf8')) as {
  cases: {
    name: string;
    request?: unknown;
    body?: string;
    bodyLength?: number;
    contentType?: string;
    form?: [string, unknown][];
  }[];
};

function runCase(c: (typeof refused.cases)[number], messages?: Messages) {
  const options = messages === undefined ? {} : { messages };
  if (c.form !== undefined) {
    return normalizeForm(
      c.form.map(([name, value]) => [
        name,
        typeof value === 'string'
          ? value
          : new File([new Uint8Array((value as { size: number }).size)], 'f', {
              type: (value as { type: string }).type,
            }),
      ]),
      options,
    );
  }
  const body = c.bodyLength !== undefined ? ' '.repeat(c.bodyLength) : c.body;
  if (body !== undefined && c.contentType !== undefined) return normalizeBody(c.contentType, body, options);
  return body !== undefined ? normalizeRequestBody(body, options) : normalizeRequest(c.request, options);
}

const isParam = (value: unknown) =>
  typeof value === 'string' ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  (Array.isArray(value) && value.every((x) => typeof x === 'string'));

describe('R69: the zh-CN table', () => {
  it('has a message for every issue and warning code', () => {
    expect([...ISSUE_CODES, ...WARNING_CODES].filter((code) => typeof zhCN[code] !== 'function')).toEqual([]);
  });

  it.each(refused.cases.map((c) => [c.name, c] as const))('%s: every message is Chinese text', (_, c) => {
    const result = runCase(c, zhCN);
    expect(result.ok).toBe(false);
    for (const notice of [...(result.ok ? [] : result.issues), ...result.warnings])
      expect(notice.message, notice.code).toMatch(HAN);
  });

  it('quotes field names and values as they were sent, in the document terms', () => {
    const r = normalizeRequest(
      { model: 'kling-3.0', prompt: 'x', seconds: '20', metadata: { output_config: { resolution: '4K' } } },
      { messages: zhCN },
    );
    const messages = r.ok ? [] : r.issues.map((i) => i.message);
    expect(messages).toEqual([
      '模型 kling-3.0 的时长只支持 3 到 15 秒，当前为 20 秒（来自 `seconds`）',
      '`metadata.output_config.resolution` 的取值 "4K" 无效，可选值：720P 或 1080P',
    ]);
  });

  it('gives the remedy that fits the field: a tier as the model, a boolean switch, a text switch', () => {
    const zh = (raw: unknown) => {
      const r = normalizeRequest(raw, { messages: zhCN });
      return r.ok ? [] : r.issues.map((i) => i.message);
    };
    const image = 'https://example.com/a.png';
    expect(zh({ model: 'kling-2.5', prompt: 'x', image, metadata: { scene_type: 'avatar_i2v', audio: true } })).toEqual(
      ['数字人（avatar_i2v）任务没有有声选项；请去掉 `metadata.audio` 或设为 false（无声）'],
    );
    expect(zh({ model: 'kling-2.0', prompt: 'x', metadata: { audio_generation: 'Enabled' } })).toEqual([
      '模型 kling-2.0 不支持生成声音；请去掉 `metadata.audio_generation` 或设为 Disabled（无声）',
    ]);
    expect(
      zh({ model: 'kling-3.0-omni-720p-ref-audio', prompt: 'x', metadata: { video_url: 'https://example.com/v.mp4' } }),
    ).toEqual(['模型 kling-3.0-omni 在有参考视频时不能生成声音；请改用以 -mute 结尾的无声档位模型']);
  });

  it('every message of generated requests and warnings is Chinese with zh-CN', () => {
    fc.assert(
      fc.property(fc.oneof(requestArb, mutatedExampleArb), (raw) => {
        const r = normalizeRequest(raw, { messages: zhCN });
        for (const n of [...(r.ok ? [] : r.issues), ...r.warnings])
          expect(n.message, `${n.code} ${JSON.stringify(n.params)}`).toMatch(HAN);
      }),
      { numRuns: 500 },
    );
  });
});

describe('R69: options.messages', () => {
  const raw = { model: 'kling-25', prompt: 'x', extra: 1 };
  const english = normalizeRequest(raw);

  it('replaces the messages of the codes it has, from code, params and path; the rest stay English', () => {
    const r = normalizeRequest(raw, {
      messages: { unknown_model: (p, path) => `${path}: ${String(p.value)} -> ${String(p.suggestion)}` },
    });
    expect(!r.ok && r.issues[0].message).toBe('model: kling-25 -> kling-2.5');
    expect(r.warnings).toEqual(english.warnings);
  });

  it.each([
    [
      'throws',
      () => {
        throw new Error('boom');
      },
    ],
    ['returns an empty string', () => ''],
    ['returns a number', () => 5],
    ['is not a function', 'text'],
  ])('a message function that %s keeps the English message (R7)', (_, fn) => {
    const r = normalizeRequest(raw, { messages: { unknown_model: fn } as unknown as Messages });
    expect(r).toEqual(english);
  });

  it('applies to every normalize function and to quoteRequest', () => {
    const messages: Messages = {
      invalid_json: () => 'JSON!',
      unsupported_content_type: () => 'type!',
      invalid_form: () => 'form!',
      missing_price: () => 'price!',
    };
    const first = (r: { ok: boolean; issues?: Notice[] }) => r.issues?.[0]?.message;
    expect(first(normalizeRequestBody('{', { messages }))).toBe('JSON!');
    expect(first(normalizeBody('text/plain', '', { messages }))).toBe('type!');
    expect(first(normalizeForm([['a[', 'x']], { messages }))).toBe('form!');
    expect(first(quoteRequest({ model: 'kling-2.5', prompt: 'x' }, { currency: 'CNY', tiers: {} }, { messages }))).toBe(
      'price!',
    );
  });
});

describe('R68: params', () => {
  it('are strings, numbers or string arrays on every notice, and never change the English message', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), requestArb, mutatedExampleArb), (raw) => {
        const r = normalizeRequest(raw);
        for (const n of [...(r.ok ? [] : r.issues), ...r.warnings]) {
          expect(typeof n.params).toBe('object');
          for (const [name, value] of Object.entries(n.params)) expect(isParam(value), `${n.code}.${name}`).toBe(true);
        }
        // A table that writes nothing new leaves every message as it was.
        const same = normalizeRequest(raw, { messages: {} });
        expect(same).toEqual(r);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    [
      { model: 'kling-25', prompt: 'x' },
      'unknown_model',
      { got: 'string', value: 'kling-25', suggestion: 'kling-2.5' },
    ],
    [
      { model: 'kling-2.5', prompt: 'x', seconds: 7 },
      'unsupported_duration',
      { by: 'model', model: 'kling-2.5', scene: 'standard', values: ['5', '10'], seconds: 7 },
    ],
    [{ model: 'kling-2.5', prompt: 'x', size: '640x480' }, 'unsupported_size', { got: 'string', value: '640x480' }],
    [{ model: 'kling-2.5', prompt: 'x', images: ['http://10.0.0.1/a.png'] }, 'non_public_url', { host: '10.0.0.1' }],
    [
      { model: 'kling-2.5', prompt: 'x', metadata: { scene_type: 'dance' } },
      'invalid_enum',
      { got: 'string', value: 'dance', allowed: ['standard', 'motion_control', 'avatar_i2v', 'lip_sync'] },
    ],
  ])('name what the message names (%#)', (raw, code, params) => {
    const r = normalizeRequest(raw);
    const issue = r.ok ? undefined : r.issues.find((i) => i.code === code);
    expect(issue?.params).toMatchObject(params);
  });
});

describe('R68: the English wording (pinned)', () => {
  it.each([
    [{ model: 'kling-25', prompt: 'x' }, 'unknown model "kling-25": did you mean kling-2.5?'],
    [
      { model: 'kling-3.0', prompt: 'x', seconds: 20 },
      'kling-3.0 tasks allow 3 to 15 seconds; got 20 (from `seconds`)',
    ],
    [{ model: 'kling-2.5', prompt: 'x', seconds: 7 }, 'kling-2.5 tasks allow 5 or 10 seconds; got 7 (from `seconds`)'],
    [
      { model: 'kling-2.5', prompt: 'x', images: 'https://example.com/a.png' },
      '`images` must be an array; got "https://example.com/a.png"',
    ],
    [
      { model: 'kling-2.5', prompt: 'x', metadata: { scene_type: 5 } },
      '`metadata.scene_type` must be a string: standard, motion_control, avatar_i2v or lip_sync; got 5',
    ],
    [
      { model: 'kling-2.5', prompt: 'x', image: 'data:image/png;base64,AA' },
      '`image`: data URIs are not accepted; pass a public http(s) URL or send the image as a file part',
    ],
    [
      { model: 'kling-2.5', prompt: 'x', images: ['a', 'b', 'c', 'd'] },
      '`images` holds at most 3 reference images; got 4',
    ],
    [[], 'the request must be a JSON object; got an array'],
    // invalid_type's function template: a URL field given a file says where files are accepted.
    [
      { model: 'kling-2.5', prompt: 'x', metadata: { video_url: new Blob(['a']) } },
      '`metadata.video_url` must be a URL string; got a file; a file upload is accepted only at `input_reference`, `image` or `images`',
    ],
    // unknown_model without a suggestion lists the aliases.
    [
      { model: 'zzz-top', prompt: 'x' },
      'unknown model "zzz-top"; known models: kling-1.0, kling-1.5, kling-2.0, kling-2.1, kling-2.5, kling-2.6, kling-3.0, kling-3.0-omni, kling-o1, kling-identify-face, kling-avatar-720p, kling-avatar-1080p',
    ],
    // unsupported_audio: each reason, and the remedy that fits the field (R72: a tier as the model is not removable).
    [
      { model: 'kling-2.0', prompt: 'x', metadata: { output_config: { audio_generation: 'Enabled' } } },
      'kling-2.0 cannot generate sound; remove `metadata.output_config.audio_generation` or set it to Disabled',
    ],
    [
      {
        model: 'kling-3.0-omni',
        prompt: 'x',
        metadata: { video_url: 'https://example.com/v.mp4', audio_generation: 'Enabled' },
      },
      'kling-3.0-omni cannot generate sound when a reference video is given; remove `metadata.audio_generation` or set it to Disabled',
    ],
    [
      {
        model: 'kling-2.5',
        prompt: 'x',
        image: 'https://example.com/a.png',
        metadata: { scene_type: 'avatar_i2v', audio: true },
      },
      'avatar_i2v tasks have no sound option; remove `metadata.audio` or set it to false',
    ],
    [
      { model: 'kling-3.0-omni-720p-ref-audio', prompt: 'x', metadata: { video_url: 'https://example.com/v.mp4' } },
      'kling-3.0-omni cannot generate sound when a reference video is given; choose a model whose tier ends in -mute',
    ],
  ])('%j', (raw, message) => {
    const r = normalizeRequest(raw);
    expect(r.ok ? undefined : r.issues[0].message).toBe(message);
  });

  it.each([
    // invalid_type at the root names the body for the body readers, the request otherwise.
    [() => normalizeBody('application/json', 42 as never), 'the request body must be text; got 42'],
    [
      () => normalizeBody('multipart/form-data', 'text'),
      'the request body must be a FormData (from Request.formData()); got "text"',
    ],
    [
      () => normalizeBody('application/x-www-form-urlencoded', 5 as never),
      'the request body must be text or form data; got 5',
    ],
    [
      () => normalizeForm(5 as never),
      'the request body must be a FormData, URLSearchParams or [name, value] pairs; got 5',
    ],
    [() => normalizeRequestBody(5 as never), 'the request body must be JSON text; got 5'],
    // invalid_task names the field and what it must be (R55).
    [
      () => quote({ tier: 5 } as never, { currency: 'CNY', tiers: {} }),
      'tier must be a string, such as "kling-2.5-720p-mute"',
    ],
    [
      () => quote({ tier: 'kling-2.5-720p-mute', billableSeconds: 0 }, { currency: 'CNY', tiers: {} }),
      'billableSeconds must be a whole number >= 1',
    ],
    [() => quote(5 as never, { currency: 'CNY', tiers: {} }), 'the task must be an object { tier, billableSeconds }'],
  ])('%s', (call, message) => {
    const r = call();
    expect(r.ok ? undefined : r.issues[0]?.message).toBe(message);
  });

  it('warnings too', () => {
    const r = normalizeRequest({
      model: 'kling-2.5',
      prompt: 'x',
      seconds: 5,
      duration: 10,
      mode: 'pro',
      size: '1024x1792',
    });
    expect(r.warnings.map((w) => w.message)).toEqual([
      '`duration` (10) is overridden by `seconds` (5)',
      '`size` "1024x1792" was snapped to 1080P',
      '`mode` only applies to motion_control and was ignored; ask for 1080P with `metadata.output_config.resolution` or `size`',
    ]);
  });
});

describe('R68: params are JSON data', () => {
  it.each([
    [Number.NEGATIVE_INFINITY, '-Infinity'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [Number.NaN, 'NaN'],
  ])('a non-finite number %s is given as text', (value, text) => {
    const r = normalizeRequest(value);
    expect(!r.ok && r.issues[0]?.params).toEqual({ expected: 'request', got: 'number', value: text });
    const s = normalizeRequest({ model: 'kling-2.5', prompt: 'x', seconds: value });
    for (const n of s.ok ? [] : s.issues)
      for (const p of Object.values(n.params)) expect(isParam(p), `${n.code} ${String(p)}`).toBe(true);
  });
});

describe('R68: the English words for types, expectations and price-table problems (pinned)', () => {
  const typeOf = (got: string) => EN.invalid_type!({ expected: 'string', got }, 'prompt');
  it.each([
    ['number', 'a number'],
    ['boolean', 'a boolean'],
    ['array', 'an array'],
    ['object', 'an object'],
    ['file', 'a file'],
    ['undefined', 'nothing'],
    ['null', 'null'],
  ])('got %s is "%s"', (got, words) => {
    expect(typeOf(got)).toBe(`\`prompt\` must be a string; got ${words}`);
  });

  it('a string is quoted, never named', () => {
    expect(EN.invalid_type!({ expected: 'array', got: 'string', value: 'x' }, 'images')).toBe(
      '`images` must be an array; got "x"',
    );
  });

  it.each([
    ['string', 'a string'],
    ['boolean', 'a boolean'],
    ['array', 'an array'],
    ['object', 'an object'],
    ['number_or_string', 'a number or a string'],
    ['url', 'a URL string'],
    ['url_or_object', 'a URL string or { "url": "..." }'],
    ['input_reference', 'a URL string or an object { image_url } / { file_id }'],
    ['request', 'a JSON object'],
    ['file_info', 'an object with type, category and url or file_id'],
    ['content_part', 'an object with a string `type` (text, image_url or video_url)'],
    ['non_empty_string', 'a non-empty string'],
    ['json_text', 'JSON text'],
    ['form', 'a FormData, URLSearchParams or [name, value] pairs'],
    ['json_body', 'text'],
    ['multipart_body', 'a FormData (from Request.formData())'],
    ['urlencoded_body', 'text or form data'],
    ['task', 'an object { tier, billableSeconds }'],
    ['tier', 'a string, such as "kling-2.5-720p-mute"'],
    ['billable_seconds', 'a whole number >= 1'],
    ['something_new', 'something_new'],
  ])('expected %s is "%s"', (token, words) => {
    expect(EN.invalid_type!({ expected: token, got: 'number', value: 1 }, 'x')).toBe(`\`x\` must be ${words}; got 1`);
    expect(EN.invalid_task!({ field: 'f', expected: token }, 'f')).toBe(`f must be ${words}`);
  });

  it.each([
    ['table', 'a price table is a JSON object { "currency": "CNY", "tiers": { ... } }'],
    ['table_key', 'a price table has only currency, tiers and $-annotations such as $comment'],
    ['currency', 'currency is 3 capital letters (ISO 4217), such as "CNY"'],
    ['tiers', 'tiers is required: an object of tier name -> price entry'],
    ['entry', 'a price entry is an object { "perSecond": "0.51" } with perSecond, perTask or both'],
    ['entry_key', 'unknown key in a price entry; an entry has only perSecond and perTask'],
    ['entry_empty', 'a price entry needs perSecond, perTask or both'],
    [
      'price',
      'a price is a decimal string with at most 9 decimal places, no sign and no exponent (such as "0.51"), or a number >= 0 written that way',
    ],
  ])('invalid_price_table / %s', (reason, message) => {
    expect(EN.invalid_price_table!({ reason }, 'tiers.t')).toBe(message);
  });

  it('invalid_price_table / required names the key; lists and ranges read "a, b or c" and "a to b"', () => {
    expect(EN.invalid_price_table!({ reason: 'required', key: 'currency' }, '')).toBe('currency is required');
    expect(
      EN.unsupported_duration!({ by: 'model', model: 'm', values: ['5', '10', '15'], seconds: 7 }, 'seconds'),
    ).toBe('m tasks allow 5, 10 or 15 seconds; got 7 (from `seconds`)');
    expect(EN.unsupported_duration!({ by: 'model', model: 'm', min: 3, max: 15, seconds: 20 }, 'seconds')).toBe(
      'm tasks allow 3 to 15 seconds; got 20 (from `seconds`)',
    );
    expect(EN.too_many_items!({ max: 3, count: 4 }, 'metadata.file_infos')).toBe(
      '`metadata.file_infos` holds at most 3 entries; got 4',
    );
  });
});

describe('R69: the Chinese words for types, expectations, subjects and scenes (pinned)', () => {
  it.each([
    ['number', '数字'],
    ['boolean', '布尔值'],
    ['array', '数组'],
    ['object', '对象'],
    ['file', '文件'],
    ['undefined', '空值'],
    ['null', 'null'],
  ])('got %s is %s', (got, words) => {
    expect(zhByCode.invalid_type!({ expected: 'string', got }, 'prompt')).toBe(
      `\`prompt\` 应为字符串，收到的是 ${words}`,
    );
  });

  it.each([
    ['string', '字符串'],
    ['boolean', '布尔值（true 或 false）'],
    ['array', '数组'],
    ['object', '对象'],
    ['number_or_string', '数字或字符串'],
    ['url', 'URL 字符串'],
    ['url_or_object', 'URL 字符串或 { "url": "..." }'],
    ['input_reference', 'URL 字符串或对象 { image_url } / { file_id }'],
    ['request', 'JSON 对象'],
    ['file_info', '包含 type、category 以及 url 或 file_id 的对象'],
    ['content_part', '带字符串 `type`（text、image_url 或 video_url）的对象'],
    ['non_empty_string', '非空字符串'],
    ['task', '对象 { tier, billableSeconds }'],
    ['tier', '字符串，例如 "kling-2.5-720p-mute"'],
    ['billable_seconds', '不小于 1 的整数'],
    ['something_new', 'something_new'],
  ])('expected %s is %s', (token, words) => {
    expect(zhByCode.invalid_type!({ expected: token, got: 'number', value: 1 }, 'x')).toBe(
      `\`x\` 应为${words}，收到的是 1`,
    );
    expect(zhByCode.invalid_task!({ field: 'f', expected: token }, 'f')).toBe(`f 应为${words}`);
  });

  it.each([
    ['json_body', '请求体 应为文本（Content-Type 为 application/json）'],
    ['multipart_body', '请求体 应为FormData 或 [name, value] 列表（请用 Request.formData() 解析）'],
    ['urlencoded_body', '请求体 应为文本、URLSearchParams、FormData 或 [name, value] 列表'],
    ['json_text', '请求体 应为JSON 文本字符串'],
    ['form', '请求体 应为FormData、URLSearchParams 或 [name, value] 列表'],
    ['request', '请求 应为JSON 对象'],
  ])('at the root, %s names the body or the request', (token, start) => {
    expect(zhByCode.invalid_type!({ expected: token, got: 'number', value: 5 }, '')).toBe(`${start}，收到的是 5`);
  });

  it.each([
    ['standard', '标准生成（standard）'],
    ['motion_control', '动作控制（motion_control）'],
    ['avatar_i2v', '数字人（avatar_i2v）'],
    ['lip_sync', '对口型（lip_sync）'],
    ['new_scene', 'new_scene'],
  ])('scene %s is %s', (name, words) => {
    expect(zhByCode.missing_reference_video!({ scene: name }, 'metadata.video_url')).toContain(words);
  });

  it('a file at a URL field says where files go; an unknown reason still gives Chinese text at its path', () => {
    expect(zhByCode.invalid_type!({ expected: 'url', got: 'file' }, 'image')).toBe(
      '`image` 应为URL 字符串，收到的是 文件；只有 `input_reference`、`image` 和 `images` 可以上传文件',
    );
    expect(zhByCode.conflicting_fields!({ reason: 'from_a_future_version' }, 'metadata.x')).toBe('`metadata.x` 有误');
    expect(zhByCode.invalid_form!({ reason: 'from_a_future_version' }, '')).toBe('请求 有误');
  });
});
