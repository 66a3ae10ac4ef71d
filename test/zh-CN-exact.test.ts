// R69: the zh-CN table, message by message. Each row is a code, its params, its path and the Chinese message a
// gateway's client reads, written out in full: the branch a param selects, the value it names and the way a list,
// a range or a quoted value is written are all part of what a client sees.
import { describe, expect, it } from 'vitest';
import { zhCN } from '../src/messages/zh-CN.js';
import type { Loose } from '../src/messages/template.js';
import type { NoticeParams } from '../src/shared/types.js';

type Row = [code: string, params: NoticeParams, path: string, message: string];

function check(rows: readonly Row[]): void {
  for (const [code, params, path, message] of rows) {
    const write = (zhCN as unknown as Readonly<Record<string, Loose | undefined>>)[code]; // rows of any code: a look-up
    expect(write, code).toBeTypeOf('function');
    expect(write!(params, path), `${code} ${JSON.stringify(params)} at ${path}`).toBe(message);
  }
}

describe('zh-CN messages written out (R69)', () => {
  it('lists: one value alone, two with 或, more with 、 before the last 或', () => {
    check([
      ['invalid_enum', { got: 'string', value: 'x', allowed: ['a'] }, 'mode', '`mode` 的取值 "x" 无效，可选值：a'],
      [
        'invalid_enum',
        { got: 'string', value: 'x', allowed: ['a', 'b'] },
        'mode',
        '`mode` 的取值 "x" 无效，可选值：a 或 b',
      ],
      [
        'invalid_enum',
        { got: 'string', value: 'x', allowed: ['a', 'b', 'c'] },
        'mode',
        '`mode` 的取值 "x" 无效，可选值：a、b 或 c',
      ],
      // A list param given as one string is a list of one; a missing one is an empty list.
      ['invalid_enum', { got: 'string', value: 'x', allowed: 'std' }, 'mode', '`mode` 的取值 "x" 无效，可选值：std'],
      ['invalid_enum', { got: 'string', value: 'x' }, 'mode', '`mode` 的取值 "x" 无效，可选值：'],
      // Numbers are written as numbers; anything else that is not text is left out.
      [
        'invalid_enum',
        { got: 'number', value: 7, allowed: [5, 10] as unknown as string[] },
        'seconds',
        '`seconds` 的取值 7 无效，可选值：5 或 10',
      ],
      ['missing_price', { tier: true as unknown as string }, '', '价格表中没有计费档位  的价格'],
    ]);
  });

  it('durations: a set of values or a range, in seconds', () => {
    check([
      [
        'unsupported_duration',
        { by: 'model', model: 'kling-2.5', values: ['5', '10'], seconds: 7 },
        'seconds',
        '模型 kling-2.5 的时长只支持 5 或 10 秒，当前为 7 秒（来自 `seconds`）',
      ],
      [
        'unsupported_duration',
        { by: 'model', model: 'kling-3.0', min: 3, max: 15, seconds: 20 },
        'seconds',
        '模型 kling-3.0 的时长只支持 3 到 15 秒，当前为 20 秒（来自 `seconds`）',
      ],
      [
        'unsupported_duration',
        { by: 'scene', scene: 'lip_sync', min: 2, max: 60, seconds: 90 },
        'duration',
        '对口型（lip_sync）任务的时长只支持 2 到 60 秒，当前为 90 秒（来自 `duration`）',
      ],
      [
        'unsupported_duration',
        { by: 'reference_video', model: 'kling-3.0-omni', min: 3, max: 10, seconds: 15 },
        'seconds',
        '模型 kling-3.0-omni 在有参考视频时的时长只支持 3 到 10 秒，当前为 15 秒（来自 `seconds`）',
      ],
    ]);
  });

  it('types, models and scenes', () => {
    check([
      [
        'invalid_type',
        { expected: 'string', got: 'number', value: 1, allowed: ['720P', '1080P'] },
        'size',
        '`size` 应为字符串（720P 或 1080P），收到的是 1',
      ],
      ['invalid_type', { expected: 'string', got: 'number', value: 1 }, 'size', '`size` 应为字符串，收到的是 1'],
      [
        'missing_field',
        { what: 'model', models: ['kling-2.5', 'kling-3.0'] },
        'model',
        '缺少 `model`，可选模型：kling-2.5、kling-3.0',
      ],
      [
        'missing_field',
        { what: 'url' },
        'content.0.image_url',
        '缺少 `content.0.image_url`：应为 URL 字符串或 { "url": "..." }',
      ],
      [
        'missing_field',
        { what: 'input_reference' },
        'input_reference',
        '`input_reference` 需要 `image_url`（公网地址）或 `file_id`',
      ],
      ['missing_field', { what: 'field' }, 'metadata.file_infos.0.type', '缺少必填字段 `metadata.file_infos.0.type`'],
      [
        'unknown_model',
        { got: 'string', value: 'kling-25', suggestion: 'kling-2.5', models: ['kling-2.5'] },
        'model',
        '未知模型 "kling-25"，您是不是要用 kling-2.5？',
      ],
      [
        'unknown_model',
        { got: 'string', value: 'sora', models: ['kling-2.5', 'kling-3.0'] },
        'model',
        '未知模型 "sora"，可选模型：kling-2.5、kling-3.0',
      ],
      [
        'unsupported_scene',
        { reason: 'no_tier', model: 'kling-2.5', scene: 'standard' },
        'model',
        '模型 kling-2.5 在当前参数下没有对应的计费档位',
      ],
      [
        'unsupported_scene',
        {
          reason: 'scene',
          model: 'kling-2.5',
          scene: 'avatar_i2v',
          models: ['kling-avatar-720p', 'kling-avatar-1080p'],
        },
        'metadata.scene',
        '模型 kling-2.5 不支持数字人（avatar_i2v）场景，支持该场景的模型：kling-avatar-720p、kling-avatar-1080p',
      ],
      [
        'unsupported_size',
        { got: 'string', value: '640x480', sizes: ['1280x720', '720x1280'], snapped: ['1792x1024', '1024x1792'] },
        'size',
        '不支持 `size` "640x480"，可用尺寸：1280x720、720x1280（1792x1024 或 1024x1792 按 1080P 处理），或 720P / 1080P',
      ],
      [
        'size_snapped',
        { got: 'string', value: '1792x1024', resolution: '1080P' },
        'size',
        '`size` "1792x1024" 已按 1080P 处理',
      ],
    ]);
  });

  it('URLs, by reason and scheme', () => {
    check([
      ['invalid_url', { reason: 'too_long', max: 2048 }, 'image', '`image` 的地址超过 2048 个字符'],
      ['invalid_url', { reason: 'credentials' }, 'image', '`image` 的地址不能包含用户名或密码'],
      [
        'invalid_url',
        { reason: 'parse', got: 'string', value: 'not a url' },
        'image',
        '`image` 不是完整的 URL："not a url"',
      ],
      [
        'unsupported_url_scheme',
        { scheme: 'data', upload: 'yes' },
        'image',
        '`image` 不接受 base64 data URI，请传公网可访问的 http(s) 地址，或以文件方式上传图片',
      ],
      [
        'unsupported_url_scheme',
        { scheme: 'data', upload: 'no' },
        'metadata.video_url',
        '`metadata.video_url` 不接受 base64 data URI，请传公网可访问的 http(s) 地址',
      ],
      [
        'unsupported_url_scheme',
        { scheme: 'ftp', upload: 'yes' },
        'image',
        '`image` 不支持 "ftp" 协议，请使用 http(s) 地址',
      ],
    ]);
  });

  it('counts and lengths, by path and reason', () => {
    check([
      ['too_many_items', { max: 3, count: 4 }, 'images', '参考图 `images` 最多 3 张，当前 4 张'],
      ['too_many_items', { max: 3, count: 5 }, 'metadata.file_infos', '`metadata.file_infos` 最多 3 项，当前 5 项'],
      ['field_too_long', { max: 2500 }, 'prompt', '提示词（`prompt` 与 `content` 中的文本合计）超过 2500 个字符'],
      ['field_too_long', { max: 32 }, 'metadata.class_id', '`metadata.class_id` 超过 32 个字符'],
      [
        'invalid_ext_info',
        { reason: 'too_long', max: 16384 },
        'metadata.ext_info',
        '`metadata.ext_info` 超过 16384 个字符',
      ],
      [
        'invalid_ext_info',
        { reason: 'additional_parameters' },
        'metadata.ext_info',
        '`metadata.ext_info` 中的 AdditionalParameters 必须是 JSON 对象或包含 JSON 对象的字符串',
      ],
      ['invalid_ext_info', { reason: 'json' }, 'metadata.ext_info', '`metadata.ext_info` 必须是包含 JSON 对象的字符串'],
      ['body_too_large', { what: 'form', max: 1048576 }, '', '表单字段名和文本合计超过 1048576 个字符'],
      ['body_too_large', { what: 'body', max: 1048576 }, '', '请求体超过 1048576 个字符'],
    ]);
  });

  it('multi-shot, images, values and JSON text, by reason', () => {
    check([
      [
        'unsupported_multi_shot',
        { reason: 'reference_video', model: 'kling-3.0-omni' },
        'metadata.multi_shot',
        '模型 kling-3.0-omni 在有参考视频时不支持多镜头',
      ],
      [
        'unsupported_multi_shot',
        { reason: 'model', model: 'kling-2.5', models: ['kling-3.0', 'kling-3.0-omni'] },
        'metadata.multi_shot',
        '模型 kling-2.5 不支持多镜头，请使用 kling-3.0 或 kling-3.0-omni',
      ],
      [
        'invalid_multi_shot',
        { reason: 'from_a_future_version' },
        'metadata.multi_prompt',
        '`metadata.multi_prompt` 的多镜头参数无效',
      ],
      [
        'missing_image',
        { scene: 'avatar_i2v', need: 'face' },
        'image',
        '数字人（avatar_i2v）需要人脸素材：请设置 `image`（或在 `metadata.video_url` 中提供视频）',
      ],
      [
        'missing_image',
        { scene: 'avatar_i2v', need: 'image' },
        'image',
        '数字人（avatar_i2v）需要人物图片：请设置 `image`（或 `images`，或 `metadata.file_infos` 中的图片）',
      ],
      [
        'invalid_value',
        { reason: 'whole_number', got: 'number', value: -1 },
        'metadata.callback_count',
        '`metadata.callback_count` 必须是不小于 0 的整数，收到的是 -1',
      ],
      ['invalid_value', { reason: 'empty_file' }, 'image', '`image` 是空文件，请上传图片本身'],
      ['invalid_value', { reason: 'unresolved' }, '', '无法解析该请求'],
      [
        'invalid_json',
        { detail: 'Unexpected end of JSON input' },
        '',
        '请求体不是合法的 JSON：Unexpected end of JSON input',
      ],
      [
        'invalid_json',
        { detail: 'Unexpected token' },
        'metadata.ext_info',
        '`metadata.ext_info` 看起来是 JSON，但无法解析：Unexpected token',
      ],
      [
        'unsupported_content_type',
        { type: 'text/plain', allowed: ['application/json', 'multipart/form-data'] },
        '',
        '不支持的 Content-Type "text/plain"，请使用 application/json 或 multipart/form-data',
      ],
      [
        'unsupported_content_type',
        { allowed: ['application/json', 'multipart/form-data', 'application/x-www-form-urlencoded'] },
        '',
        '不支持的 Content-Type，请使用 application/json、multipart/form-data 或 application/x-www-form-urlencoded',
      ],
    ]);
  });

  it('price tables, every reason', () => {
    check([
      ['invalid_price_table', { reason: 'table' }, '', '价格表应为 JSON 对象 { "currency": "CNY", "tiers": { ... } }'],
      [
        'invalid_price_table',
        { reason: 'table_key' },
        'foo',
        '价格表只能包含 currency、tiers 以及 $comment 这类以 $ 开头的注释',
      ],
      ['invalid_price_table', { reason: 'required', key: 'currency' }, 'currency', '缺少 currency'],
      ['invalid_price_table', { reason: 'currency' }, 'currency', 'currency 应为 3 个大写字母（ISO 4217），例如 "CNY"'],
      ['invalid_price_table', { reason: 'tiers' }, 'tiers', '缺少 tiers：应为“计费档位名 -> 价格”的对象'],
      [
        'invalid_price_table',
        { reason: 'entry' },
        'tiers.kling-2.5-720p-mute',
        '价格条目应为对象，例如 { "perSecond": "0.51" }，包含 perSecond、perTask 或两者',
      ],
      [
        'invalid_price_table',
        { reason: 'entry_key' },
        'tiers.kling-2.5-720p-mute.x',
        '价格条目中有未知字段；条目只能包含 perSecond 和 perTask',
      ],
      [
        'invalid_price_table',
        { reason: 'entry_empty' },
        'tiers.kling-2.5-720p-mute',
        '价格条目至少需要 perSecond 或 perTask 之一',
      ],
      [
        'invalid_price_table',
        { reason: 'price' },
        'tiers.kling-2.5-720p-mute.perSecond',
        '价格应为最多 9 位小数、不带符号和指数的十进制字符串（例如 "0.51"），或同样写法的非负数字',
      ],
      ['invalid_catalog', { reason: 'unreadable' }, '', '无法读取模型目录'],
    ]);
  });
});
