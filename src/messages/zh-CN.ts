/**
 * 简体中文提示（R69）：每个问题码和警告码一条，用网关文档的术语写成（时长、分辨率、宽高比、参考图、参考视频、
 * 首帧、尾帧、对口型、数字人、动作控制、有声/无声）。字段名和取值按客户端发送的原样引用。
 *
 * @example
 * import { normalizeBody } from 'kling-video-rules';
 * import { zhCN } from 'kling-video-rules/messages/zh-CN';
 * const result = normalizeBody(type, body, { messages: zhCN });
 * @module
 */
import type { MessageFunction, Messages, NoticeParams } from '../shared/types.js';
import type { MessageKey } from '../shared/codes.js';
import type { ByReason } from '../shared/notice-params.js';
import { isBodyExpectation, type Loose, word } from './template.js';

type P = NoticeParams;

const str = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)];
const field = (path: string): string => `\`${path}\``;
/** `a`、`b` 或 `c`。 */
const oneOf = (values: readonly string[]): string =>
  values.length <= 1 ? values.join('') : `${values.slice(0, -1).join('、')} 或 ${values[values.length - 1]}`;

/** JSON 类型名（`got`）。字符串总是加引号写出，不会用到这里。 */
const TYPE_NAMES: Readonly<Record<string, string>> = {
  number: '数字',
  boolean: '布尔值',
  array: '数组',
  object: '对象',
  file: '文件',
  undefined: '空值',
  unreadable: '无法读取的值（读取时出错）',
};
const typeName = (token: string): string => word(TYPE_NAMES, token);

/** 客户端给出的值：字符串加引号，数字原样，其他写类型。 */
const shown = (p: P): string =>
  p.got === 'string' ? JSON.stringify(str(p.value)) : p.value !== undefined ? str(p.value) : typeName(str(p.got));

/** 字段应有的形式（`expected`）。 */
const EXPECTED: Readonly<Record<string, string>> = {
  string: '字符串',
  boolean: '布尔值（true 或 false）',
  array: '数组',
  object: '对象',
  number_or_string: '数字或字符串',
  url: 'URL 字符串',
  url_or_object: 'URL 字符串或 { "url": "..." }',
  input_reference: 'URL 字符串或对象 { image_url } / { file_id }',
  request: 'JSON 对象',
  file_info: '包含 type、category 以及 url 或 file_id 的对象',
  content_part: '带字符串 `type`（text、image_url 或 video_url）的对象',
  non_empty_string: '非空字符串',
  json_text: 'JSON 文本字符串',
  form: 'FormData、URLSearchParams 或 [name, value] 列表',
  json_body: '文本（Content-Type 为 application/json）',
  multipart_body: 'FormData 或 [name, value] 列表（请用 Request.formData() 解析）',
  urlencoded_body: '文本、URLSearchParams、FormData 或 [name, value] 列表',
  task: '对象 { tier, billableSeconds }',
  spec: 'TaskSpec（已接受请求的规格）',
  scene: '场景：standard、motion_control、avatar_i2v 或 lip_sync',
  resolution: '模型目录中的分辨率之一',
  string_list: '字符串数组',
  task_file: '对象 { type, category, url 或 fileId, usage?, referenceType? }',
  last_frame: '对象 { url } 或 { fileId }',
  sub_app_id: '正整数',
  class_id: '不小于 0 的整数',
  session_id: '1 到 50 个字符的字符串',
  quote: '报价（tier、billableSeconds、currency、amount 及其单价）',
  decimal: '十进制字符串，例如 "7.65"',
  price: '带 perSecond、perTask 或两者的报价',
  currency: '3 个大写字母的币种代码',
  status: '任务状态（queued、in_progress、completed 或 failed 及其别名）',
  output_seconds: '不小于 0 的有限数字',
  basis: '"output" 或 "quoted"',
  tier: '字符串，例如 "kling-2.5-720p-mute"',
  billable_seconds: '不小于 1 的整数',
};
const expected = (token: string): string => word(EXPECTED, token);

/** 场景的中文名和原名，例如“数字人（avatar_i2v）”；未知场景原样写出。 */
const SCENE_NAMES: Readonly<Record<string, string>> = {
  standard: '标准生成（standard）',
  motion_control: '动作控制（motion_control）',
  avatar_i2v: '数字人（avatar_i2v）',
  lip_sync: '对口型（lip_sync）',
};
const scene = (value: unknown): string => word(SCENE_NAMES, str(value));

const subject = (path: string, p: P): string =>
  path !== '' ? field(path) : isBodyExpectation(p.expected) ? '请求体' : '请求';

const seconds = (p: P): string =>
  p.values !== undefined ? `${oneOf(list(p.values))} 秒` : `${str(p.min)} 到 ${str(p.max)} 秒`;

const MULTI_SHOT: ByReason<'invalid_multi_shot'> = {
  multi_shot: (p) => `multi_shot 只能是 true 或 false，收到的是 ${shown(p)}`,
  shot_type: (p) => `multi_shot 为 true 时，shot_type 必须是 ${oneOf(list(p.allowed))}，收到的是 ${shown(p)}`,
  shots: (p) =>
    `shot_type 为 customize 时，multi_prompt 必须是 1 到 ${str(p.max)} 个分镜 { index, prompt, duration } 组成的数组`,
  shot: (p) => `${str(p.at)} 必须是对象 { index, prompt, duration }`,
  index: (p) => `${str(p.at)}.index 必须是不小于 1 的整数，收到的是 ${shown(p)}`,
  index_twice: (p) => `${str(p.at)}.index 的 ${str(p.index)} 重复了，分镜序号不能重复`,
  prompt: (p) => `${str(p.at)}.prompt 不能为空`,
  prompt_too_long: (p) => `${str(p.at)}.prompt 超过 ${str(p.max)} 个字符`,
  duration: (p) => `${str(p.at)}.duration 必须是不小于 1 的整数秒，收到的是 ${shown(p)}`,
  sum: (p) => `各分镜时长合计 ${str(p.total)} 秒，与任务时长 ${str(p.seconds)} 秒不一致，两者必须相等`,
};

const DIMENSIONS: Record<string, string> = { resolution: '分辨率', audio: '有声/无声', 'motion level': '动作档位' };

const CONFLICTS: ByReason<'conflicting_fields'> = {
  first_frames: (p, path) =>
    `${field(path)} 与 ${field(str(p.other))} 给出的首帧不同，一个任务只能有一个首帧，请只传一个`,
  content_images: (_, path) =>
    `${field(path)} 是第二张 content 图片；一个任务只有一个首帧，多张参考图请放在 \`images\` 中`,
  content_videos: (_, path) => `${field(path)} 是第二个参考视频，请只传一个`,
  videos: (p, path) => `${field(path)} 与 ${field(str(p.other))} 给出的参考视频不同，请只传一个`,
  file_last_frame: (_, path) =>
    `${field(path)} 是第二个尾帧；一个任务只能有一个尾帧（metadata.last_frame_url、metadata.last_frame_file_id 或一个 LastFrame 条目）`,
  file_first_frame: (_, path) =>
    `${field(path)} 是第二个首帧；一个任务只能有一个首帧（image、input_reference、content 图片或一个 FirstFrame 条目）`,
  last_frames: () => '`metadata.last_frame_url` 和 `metadata.last_frame_file_id` 都给出了尾帧，请只传一个',
  reference_keys: () => '`input_reference` 同时给出了 `image_url` 和 `file_id`，请只传一个',
  model_scene: (p, path) =>
    `模型 ${str(p.model)} 固定为${scene(p.fixed)}场景，但 ${field(path)} 指定的是 ${str(p.value)}；请去掉 ${field(path)} 或换用其他模型`,
  model_resolution: (p, path) =>
    `模型 ${str(p.model)} 固定输出 ${str(p.fixed)}，但 ${field(path)} 要求 ${str(p.value)}；请去掉该字段，或换用 ${str(p.value)} 对应的模型`,
  model_dimension: (p, path) =>
    `模型 ${str(p.model)} 已固定${DIMENSIONS[str(p.dimension)] ?? str(p.dimension)}为 ${str(p.fixed)}，但 ${field(path)} 指定的是 ${str(p.value)}；请去掉该字段或换用其他模型`,
  model_reference: (p, path) =>
    `模型 ${str(p.model)} 是无参考（noref）的计费档位，但 ${field(path)} 提供了参考内容；请去掉它，或改用 -ref 档位`,
  model_no_reference: (p) =>
    `模型 ${str(p.model)} 是带参考（ref）的计费档位，请提供参考图 \`images\`、参考视频或 \`metadata.file_infos\``,
  form_duplicate: (_, path) => `表单中 ${field(path)} 出现了两次且取值不同，请只传一次`,
};

const FORM: ByReason<'invalid_form'> = {
  entries: (p) => `表单字段超过 ${str(p.max)} 个`,
  pair: (p) => `表单第 ${str(p.index)} 项不是以字符串为名称的 [name, value] 对`,
  value: (p) => `表单字段 ${JSON.stringify(str(p.name))} 的值既不是文本也不是文件`,
  name: (p) => `表单字段名 ${JSON.stringify(str(p.name))} 不合法（应为 a、a[b]、a[] 或 a[0]，最多 ${str(p.max)} 层）`,
  name_too_long: (p) => `表单字段名 ${JSON.stringify(str(p.name))} 超过 ${str(p.max)} 个字符`,
  value_and_members: (p, path) =>
    `表单中 ${field(path)} 既是一个值又有${p.kind === 'members' ? '子字段' : '数组元素'}，请只用一种写法`,
  object_and_array: (_, path) => `表单中 ${field(path)} 既被当作对象又被当作数组`,
  gap: (p, path) => `表单中 ${field(path)} 的下标 ${str(p.index)} 跳过了前面的位置，下标须从 0 开始连续编号`,
  read: () => '无法读取表单：遍历表单字段时出错',
};

const IGNORED: ByReason<'ignored_field'> = {
  motion: (_, path) =>
    `${field(path)} 只对动作控制（motion_control）场景有效，已忽略；如需 1080P，请设置 \`metadata.output_config.resolution\`（或 \`size\`），而不是 \`mode\``,
  file_url: (_, path) => `${field(path)} 不适用于 File 类型的条目（File 条目使用 file_id），已忽略`,
  file_id: (_, path) => `${field(path)} 不适用于 Url 类型的条目（Url 条目使用 url），已忽略`,
  reference_type: (_, path) => `${field(path)} 只对参考视频（Video）条目有效，已忽略`,
  content_part: (p) => `不支持的 content 类型 ${shown(p)}，已忽略`,
};

const PRICE_TABLE: ByReason<'invalid_price_table'> = {
  table: () => '价格表应为 JSON 对象 { "currency": "CNY", "tiers": { ... } }',
  unreadable: () => '价格表无法读取（读取时出错），价格表应为纯 JSON 数据',
  table_key: () => '价格表只能包含 currency、tiers 以及 $comment 这类以 $ 开头的注释',
  required: (p) => `缺少 ${str(p.key)}`,
  currency: () => 'currency 应为 3 个大写字母（ISO 4217），例如 "CNY"',
  tiers: () => '缺少 tiers：应为“计费档位名 -> 价格”的对象',
  entry: () => '价格条目应为对象，例如 { "perSecond": "0.51" }，包含 perSecond、perTask 或两者',
  entry_key: () => '价格条目中有未知字段；条目只能包含 perSecond 和 perTask',
  entry_empty: () => '价格条目至少需要 perSecond 或 perTask 之一',
  price: () => '价格应为最多 9 位小数、不带符号和指数的十进制字符串（例如 "0.51"），或同样写法的非负数字',
};

const CATALOG: ByReason<'invalid_catalog'> = {
  catalog: () => '模型目录应为对象，格式与导出的 `catalog` 相同',
  object: (_, path) => `模型目录中 ${field(path)} 应为对象`,
  array: (_, path) => `模型目录中 ${field(path)} 应为数组`,
  string: (_, path) => `模型目录中 ${field(path)} 应为非空字符串`,
  boolean: (_, path) => `模型目录中 ${field(path)} 应为 true 或 false`,
  unknown_key: (_, path) => `模型目录中有未知字段 ${field(path)}；目录按严格格式校验，拼写错误不会被放过`,
  required: (_, path) => `模型目录缺少 ${field(path)}`,
  empty: (_, path) => `模型目录中 ${field(path)} 不能为空`,
  whole_number: (p, path) => `模型目录中 ${field(path)} 应为不小于 ${str(p.min)} 的整数`,
  value: (p, path) =>
    `模型目录中 ${field(path)} 应为 ${oneOf(list(p.allowed))}，当前为 ${JSON.stringify(str(p.value))}`,
  unknown_scene: (p, path) =>
    `模型目录中 ${field(path)} 不是已知场景（${oneOf(list(p.allowed))}），当前为 ${JSON.stringify(str(p.value))}`,
  reversed: (p, path) => `模型目录中 ${field(path)} 的时长范围颠倒了（min ${str(p.min)} 大于 max ${str(p.max)}）`,
  placeholder: (p, path) => `模型目录中 ${field(path)} 含未知占位符 ${str(p.value)}，可用：${oneOf(list(p.allowed))}`,
  duplicate: (p, path) => `模型目录中 ${field(path)} 的 ${JSON.stringify(str(p.value))} 重复了`,
  duplicate_alias: (p, path) =>
    `模型目录中 ${field(path)} 的模型名 ${JSON.stringify(str(p.value))} 与 ${field(str(p.other))} 去空格、转小写后相同`,
  alias_case: (p, path) => `模型目录中 ${field(path)} 的模型名 ${JSON.stringify(str(p.value))} 须为小写且不含首尾空格`,
  unknown_tier: (p, path) =>
    `模型目录中 ${field(path)} 的 ${JSON.stringify(str(p.value))} 不是该目录的计费档位，最低计费时长不会生效`,
  unknown_family: (p, path) =>
    `模型目录中 ${field(path)} 的计费系列 ${JSON.stringify(str(p.value))} 不在 \`families\` 中`,
  fixed_scene: (p, path) => `模型目录中 ${field(path)} 固定的场景 ${str(p.value)} 不在该模型支持的场景中`,
  unknown_resolution: (p, path) => `模型目录中 ${field(path)} 的分辨率 ${str(p.value)} 不在 \`resolutions\` 中`,
  reference_placeholder: (p, path) =>
    `模型目录中 ${field(path)} 不能含 ${str(p.value)}，它只用于 \`tierWithReference\``,
  reference_template: (p, path) =>
    `模型目录中 ${field(path)} 应为 \`tier\` 加上 ${str(p.value)}：其余占位符相同，并含 ${str(p.value)}`,
  duplicate_tier: (p, path) => `模型目录中 ${field(path)} 会让两组不同的参数得到同一个计费档位名 ${str(p.value)}`,
  unreadable: () => '无法读取模型目录',
};

/**
 * 按 reason 选提示；未知的 reason（新版本的库可能增加）给出通用的中文提示，而不是只有字段名。
 * (By reason: the compiler checks each table against the code's reasons; the look-up by the reason's value at run
 * time is where it cannot follow a reason to its params.)
 */
const byReason =
  <K extends MessageKey>(
    table: ByReason<K>,
    otherwise = (path: string) => `${path === '' ? '请求' : field(path)} 有误`,
  ): MessageFunction<K> =>
  (p, path) => {
    const reason = str((p as P).reason);
    const write = Object.hasOwn(table, reason) ? (table as unknown as Record<string, Loose>)[reason] : undefined;
    return write === undefined ? otherwise(path) : write(p as P, path);
  };

/** The table's entries, checked by the compiler: one for every code, task error and entry of R64 (R69). */
const TABLE = {
  invalid_type: (p, path) =>
    `${subject(path, p)} 应为${expected(str(p.expected))}${p.allowed !== undefined ? `（${oneOf(list(p.allowed))}）` : ''}，收到的是 ${shown(p)}` +
    (p.got === 'file' && p.expected === 'url' ? '；只有 `input_reference`、`image` 和 `images` 可以上传文件' : ''),
  missing_field: (p, path) =>
    p.what === 'model'
      ? `缺少 \`model\`，可选模型：${list(p.models).join('、')}`
      : p.what === 'prompt'
        ? '文生视频任务必须提供 `prompt`（或者提供首帧图片，或在 `content` 中提供文本）'
        : p.what === 'url'
          ? `缺少 ${field(path)}：应为 URL 字符串或 { "url": "..." }`
          : p.what === 'input_reference'
            ? '`input_reference` 需要 `image_url`（公网地址）或 `file_id`'
            : `缺少必填字段 ${field(path)}`,
  invalid_enum: (p, path) => `${field(path)} 的取值 ${shown(p)} 无效，可选值：${oneOf(list(p.allowed))}`,
  unknown_model: (p) =>
    p.suggestion !== undefined
      ? `未知模型 ${shown(p)}，您是不是要用 ${str(p.suggestion)}？`
      : `未知模型 ${shown(p)}，可选模型：${list(p.models).join('、')}`,
  conflicting_fields: byReason(CONFLICTS),
  unsupported_scene: (p) =>
    p.reason === 'no_tier'
      ? `模型 ${str(p.model)} 在当前参数下没有对应的计费档位`
      : `模型 ${str(p.model)} 不支持${scene(p.scene)}场景，支持该场景的模型：${list(p.models).join('、')}`,
  invalid_duration: (p, path) => `${field(path)} 时长必须是整数秒，例如 5 或 "10"，收到的是 ${shown(p)}`,
  unsupported_duration: (p, path) => {
    const who =
      p.by === 'scene'
        ? `${scene(p.scene)}任务`
        : p.by === 'reference_video'
          ? `模型 ${str(p.model)} 在有参考视频时`
          : `模型 ${str(p.model)} `;
    return `${who}的时长只支持 ${seconds(p)}，当前为 ${str(p.seconds)} 秒（来自 ${field(path)}）`;
  },
  invalid_size: (p) => `\`size\` 应为“宽x高”（例如 720x1280）或 720P / 1080P，收到的是 ${shown(p)}`,
  unsupported_size: (p) =>
    `不支持 \`size\` ${shown(p)}，可用尺寸：${list(p.sizes).join('、')}（${oneOf(list(p.snapped))} 按 1080P 处理），或 720P / 1080P`,
  unsupported_audio: (p, path) => {
    const why =
      p.reason === 'model'
        ? `模型 ${str(p.model)} 不支持生成声音`
        : p.reason === 'scene'
          ? `${scene(p.scene)}任务没有有声选项`
          : `模型 ${str(p.model)} 在有参考视频时不能生成声音`;
    return p.off === undefined
      ? `${why}；请改用以 -mute 结尾的无声档位模型`
      : `${why}；请去掉 ${field(path)} 或设为 ${str(p.off)}（无声）`;
  },
  invalid_url: (p, path) =>
    p.reason === 'too_long'
      ? `${field(path)} 的地址超过 ${str(p.max)} 个字符`
      : p.reason === 'credentials'
        ? `${field(path)} 的地址不能包含用户名或密码`
        : `${field(path)} 不是完整的 URL：${shown(p)}`,
  unsupported_url_scheme: (p, path) =>
    p.scheme === 'data'
      ? `${field(path)} 不接受 base64 data URI，请传公网可访问的 http(s) 地址${p.upload === 'yes' ? '，或以文件方式上传图片' : ''}`
      : `${field(path)} 不支持 ${JSON.stringify(str(p.scheme))} 协议，请使用 http(s) 地址`,
  insecure_url: (_, path) => `${field(path)} 是视频，必须是公网可访问的 https 地址`,
  non_public_url: (p, path) =>
    `${field(path)} 指向内网、回环或本地地址（${JSON.stringify(str(p.host))}），请使用公网可访问的地址`,
  too_many_items: (p, path) =>
    path === 'images'
      ? `参考图 \`images\` 最多 ${str(p.max)} 张，当前 ${str(p.count)} 张`
      : `${field(path)} 最多 ${str(p.max)} 项，当前 ${str(p.count)} 项`,
  field_too_long: (p, path) =>
    path === 'prompt'
      ? `提示词（\`prompt\` 与 \`content\` 中的文本合计）超过 ${str(p.max)} 个字符`
      : `${field(path)} 超过 ${str(p.max)} 个字符`,
  invalid_ext_info: (p, path) =>
    p.reason === 'too_long'
      ? `${field(path)} 超过 ${str(p.max)} 个字符`
      : p.reason === 'additional_parameters'
        ? `${field(path)} 中的 AdditionalParameters 必须是 JSON 对象或包含 JSON 对象的字符串`
        : `${field(path)} 必须是包含 JSON 对象的字符串`,
  invalid_multi_shot: byReason(MULTI_SHOT, (path) => `${field(path)} 的多镜头参数无效`),
  unsupported_multi_shot: (p) =>
    p.reason === 'reference_video'
      ? `模型 ${str(p.model)} 在有参考视频时不支持多镜头`
      : `模型 ${str(p.model)} 不支持多镜头，请使用 ${oneOf(list(p.models))}`,
  missing_first_frame: (_, path) => `${field(path)} 是尾帧，需要同时提供首帧：请设置 \`image\``,
  missing_reference_video: (p) => `${scene(p.scene)}需要参考视频：请将 \`metadata.video_url\` 设为公网 https 地址`,
  missing_image: (p) =>
    p.need === 'face'
      ? `${scene(p.scene)}需要人脸素材：请设置 \`image\`（或在 \`metadata.video_url\` 中提供视频）`
      : `${scene(p.scene)}需要人物图片：请设置 \`image\`（或 \`images\`，或 \`metadata.file_infos\` 中的图片）`,
  invalid_datetime: (p, path) =>
    `${field(path)} 应为带时区的 ISO 8601 时间，例如 2026-12-01T00:00:00+08:00，收到的是 ${shown(p)}`,
  invalid_value: (p, path) =>
    p.reason === 'first_frame_video'
      ? `${field(path)} 为 FirstFrame（首帧）时条目必须是图片（Image）`
      : p.reason === 'last_frame_video'
        ? `${field(path)} 为 LastFrame（尾帧）时条目必须是图片（Image）`
        : p.reason === 'empty_file'
          ? `${field(path)} 是空文件，请上传图片本身`
          : p.reason === 'whole_number'
            ? `${field(path)} 必须是不小于 0 的整数，收到的是 ${shown(p)}`
            : '无法解析该请求',
  invalid_json: (p, path) =>
    path === ''
      ? `请求体不是合法的 JSON：${str(p.detail)}`
      : `${field(path)} 看起来是 JSON，但无法解析：${str(p.detail)}`,
  body_too_large: (p) =>
    p.what === 'form' ? `表单字段名和文本合计超过 ${str(p.max)} 个字符` : `请求体超过 ${str(p.max)} 个字符`,
  invalid_form: byReason(FORM),
  unsupported_media_type: (p, path) =>
    `${field(path)} 的文件类型是 ${JSON.stringify(str(p.type))}，请上传 JPEG、PNG 或 WebP 图片`,
  file_too_large: (p, path) => `${field(path)} 大小为 ${str(p.size)} 字节，图片最大 ${str(p.max)} 字节（10 MB）`,
  missing_upload: (_, path) =>
    `${field(path)} 是尚未保存的上传文件；网关需先保存该文件，并在 \`uploads\` 中传入它的地址`,
  unsupported_content_type: (p) =>
    `不支持的 Content-Type${p.type === undefined ? '' : ` ${JSON.stringify(str(p.type))}`}，请使用 ${oneOf(list(p.allowed))}`,
  missing_price: (p) => `价格表中没有计费档位 ${str(p.tier)} 的价格`,
  invalid_price_table: byReason(PRICE_TABLE),
  invalid_task: (p) => `${str(p.field)} 应为${expected(str(p.expected))}`,
  invalid_catalog: byReason(CATALOG),
  unknown_field: (_, path) => `未知字段 ${field(path)}，已忽略`,
  ignored_field: byReason(IGNORED),
  overridden_field: (p, path) => `${field(path)}（${str(p.value)}）被 ${field(str(p.by))}（${str(p.winner)}）覆盖`,
  no_upstream_model: (p) =>
    `没有为 ${str(p.model)}（${scene(p.scene)}）配置上游模型版本；模型目录需要写明它在点播（VOD）上的版本`,
  invalid_upstream_task: (p, path) =>
    p.reason === 'api_error'
      ? `上游返回了错误：${str(p.code)} ${str(p.message)}`
      : p.reason === 'task_type'
        ? `上游返回的任务类型是 ${JSON.stringify(str(p.value))}，不是 AigcVideoTask`
        : p.reason === 'event_type'
          ? `上游事件是 ${JSON.stringify(str(p.value))}，不是 AigcVideoTaskComplete`
          : p.reason === 'task_id'
            ? `上游返回的结果在 ${field(path)} 缺少任务 ID`
            : p.reason === 'status'
              ? `上游任务状态 ${JSON.stringify(str(p.value))}（${field(path)}）不是 WAITING、PROCESSING、FINISH 或 ABORTED`
              : p.reason === 'shape'
                ? `上游返回的结果中 ${field(path)} 不是对象`
                : '无法读取上游返回的结果',
  // R65, R77: the error of a failed video (not notice codes).
  task_failed: () => '视频生成失败',
  cancelled: () => '任务在完成前已被取消',
  no_output: () => '任务已结束，但没有生成视频',
  content_policy_violation: () => '请求内容不符合内容安全策略，已被拒绝',
  invalid_input: () => '上游无法使用任务的某个输入（参数或文件）',
  input_not_found: () => '找不到任务的某个输入文件',
  upstream_busy: () => '上游繁忙，请稍后重试',
  timeout: () => '任务耗时过长，已被终止',
  generation_failed: () => '视频生成失败',
  // R64: not codes: the suffix of an error body's message, and the two messages of a 500.
  more_issues: (p) => `（另有 ${str(p.count)} 个问题）`,
  server_error: (p) =>
    p.reason === 'configuration'
      ? '服务自身的配置有误，暂时无法计费或执行该请求；请求本身可能没有问题，请稍后重试或联系运营方'
      : '网关报告了错误，但没有说明原因',
  notices_truncated: (p) =>
    `只列出前 ${str(p.max)} 条错误和前 ${str(p.max)} 条警告；另有至少 ${str(p.issues)} 条错误、${str(p.warnings)} 条警告未列出`,
  size_snapped: (p) => `\`size\` ${shown(p)} 已按 ${str(p.resolution)} 处理`,
} satisfies { [K in MessageKey]: MessageFunction<K> };

/** 简体中文提示（R69）：每个问题码、警告码、任务错误码都有。 */
export const zhCN: Messages = TABLE;
