// The README's "Messages in the client's language" snippet, compiled by `npm run typecheck` (test/readme.test.ts
// checks that every ts block of the README is the part of a file of examples/ after its marker).
// README:start
import { normalizeBody, pickMessages, toErrorResponse } from 'kling-video-rules';
import { zhCN } from 'kling-video-rules/messages/zh-CN';

export async function createVideo(request: Request): Promise<Response> {
  // R84: quality values and language ranges, as the header means them (zh, zh-Hans, zh_CN all pick zh-CN).
  const messages = pickMessages(request.headers.get('accept-language'), { 'zh-CN': zhCN });
  const result = normalizeBody(request.headers.get('content-type'), await request.text(), { messages });
  if (!result.ok) {
    // "未知模型 "kling-25"，您是不是要用 kling-2.5？"
    const { status, body } = toErrorResponse(result, { messages }); // every message in Chinese, the suffix too
    return Response.json(body, { status });
  }
  return Response.json({ tier: result.spec.tier });
}
