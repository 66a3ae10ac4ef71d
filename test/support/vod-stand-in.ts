// A stand-in for Tencent Cloud VOD on the loopback address (R78): it answers the two actions the gateway uses in the
// HTTP API's `{ "Response": { ... } }` envelope, as the official SDK expects, and checks each action's parameters
// against VOD's documented shapes (API 2018-07-17), refusing anything else the way VOD does (`InvalidParameter`).
// Tasks move on one step per poll: WAITING, PROCESSING, then FINISH (or a failure the prompt asks for).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const VERSIONS = ['1.6', '2.0', '2.1', '2.5', '2.6', 'O1', '3.0', '3.0-Omni'];
const CREATE_KEYS = new Set([
  'SubAppId',
  'ModelName',
  'ModelVersion',
  'FileInfos',
  'SubjectInfos',
  'LastFrameFileId',
  'LastFrameUrl',
  'Prompt',
  'NegativePrompt',
  'EnhancePrompt',
  'OutputConfig',
  'InputRegion',
  'SceneType',
  'Procedure',
  'Seed',
  'SessionId',
  'SessionContext',
  'TasksPriority',
  'ExtInfo',
]);
const OUTPUT_KEYS = new Set([
  'StorageMode',
  'MediaName',
  'ClassId',
  'ExpireTime',
  'Duration',
  'Resolution',
  'AspectRatio',
  'AudioGeneration',
  'PersonGeneration',
  'InputComplianceCheck',
  'OutputComplianceCheck',
  'EnhanceSwitch',
  'OffPeak',
  'FrameInterpolate',
  'LogoAdd',
  'EnableBGM',
]);

/** Why a CreateAigcVideoTask body is not what VOD documents, or undefined. */
export function createProblem(body: Record<string, unknown>): string | undefined {
  for (const key of Object.keys(body)) if (!CREATE_KEYS.has(key)) return `unknown parameter ${key}`;
  if (!Number.isSafeInteger(body.SubAppId)) return 'SubAppId must be an integer';
  if (body.ModelName !== 'Kling') return 'ModelName';
  if (!VERSIONS.includes(body.ModelVersion as string)) return `ModelVersion ${String(body.ModelVersion)}`;
  const files = body.FileInfos ?? [];
  if (!Array.isArray(files)) return 'FileInfos must be an array';
  for (const f of files as Record<string, unknown>[]) {
    if (f.Type !== 'Url' && f.Type !== 'File') return 'FileInfos.Type';
    if (f.Category !== 'Image' && f.Category !== 'Video') return 'FileInfos.Category';
    if (f.Type === 'Url' ? typeof f.Url !== 'string' : typeof f.FileId !== 'string') return 'FileInfos.Url/FileId';
    if (f.Usage !== undefined && !['FirstFrame', 'Reference', 'LastFrame'].includes(f.Usage as string))
      return 'FileInfos.Usage';
  }
  const out = (body.OutputConfig ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(out)) if (!OUTPUT_KEYS.has(key)) return `unknown OutputConfig.${key}`;
  if (
    out.Duration !== undefined &&
    !(Number.isInteger(out.Duration) && (out.Duration as number) >= 2 && (out.Duration as number) <= 300)
  )
    return 'OutputConfig.Duration';
  if (out.Resolution !== undefined && !['720P', '1080P'].includes(out.Resolution as string))
    return 'OutputConfig.Resolution';
  if (out.AudioGeneration !== undefined && !['Enabled', 'Disabled'].includes(out.AudioGeneration as string))
    return 'OutputConfig.AudioGeneration';
  if (body.SceneType !== undefined && !['motion_control', 'avatar_i2v', 'lip_sync'].includes(body.SceneType as string))
    return 'SceneType';
  if (body.SessionId !== undefined && (typeof body.SessionId !== 'string' || body.SessionId.length > 50))
    return 'SessionId';
  return undefined;
}

export interface StandIn {
  server: Server;
  port: number;
  /** Every CreateAigcVideoTask body received, in order. */
  created: Record<string, unknown>[];
  /** Every action received, in order. */
  actions: string[];
  close(): Promise<void>;
}

export async function startVod(): Promise<StandIn> {
  const created: Record<string, unknown>[] = [];
  const actions: string[] = [];
  const polls = new Map<string, number>();
  const sessions = new Set<string>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const action = String(req.headers['x-tc-action'] ?? '');
      actions.push(action);
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      } catch {
        // answered below as an error
      }
      const answer = (response: Record<string, unknown>) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ Response: { ...response, RequestId: `req-${actions.length}` } }));
      };
      const error = (code: string, message: string) => answer({ Error: { Code: code, Message: message } });
      if (action === 'CreateAigcVideoTask') {
        const problem = createProblem(body);
        if (problem !== undefined) return error('InvalidParameter', problem);
        if (typeof body.SessionId === 'string' && sessions.has(body.SessionId))
          return error('InvalidParameter', 'SessionId repeated');
        if (typeof body.SessionId === 'string') sessions.add(body.SessionId);
        created.push(body);
        return answer({ TaskId: `1500000001-AigcVideo-${created.length}` });
      }
      if (action === 'DescribeTaskDetail') {
        const taskId = String(body.TaskId ?? '');
        const index = Number(taskId.split('-').pop()) - 1;
        const task = created[index];
        if (task === undefined) return error('ResourceNotFound.TaskNotExist', `task ${taskId} does not exist`);
        const poll = (polls.get(taskId) ?? 0) + 1;
        polls.set(taskId, poll);
        const status = poll === 1 ? 'WAITING' : poll === 2 ? 'PROCESSING' : 'FINISH';
        const fails = typeof task.Prompt === 'string' && task.Prompt.includes('fail');
        const seconds = ((task.OutputConfig as { Duration?: number } | undefined)?.Duration ?? 5) + 0.042;
        const aigc: Record<string, unknown> = {
          TaskId: taskId,
          Status: status === 'FINISH' ? 'FINISH' : 'PROCESSING',
          ErrCode: 0,
          Message: '',
          Progress: poll === 1 ? 0 : poll === 2 ? 40 : 100,
        };
        if (status === 'FINISH' && fails)
          Object.assign(aigc, {
            ErrCode: 70000,
            ErrCodeExt: 'InvalidParameter.VoilationContent',
            Message: 'the prompt violates the content policy',
          });
        else if (status === 'FINISH') {
          aigc.Output = {
            FileInfos: [
              {
                StorageMode: 'Permanent',
                FileType: 'mp4',
                FileUrl: `https://vod.example.com/${taskId}.mp4`,
                FileId: `file-${index}`,
                MetaData: { Width: 1280, Height: 720, Duration: seconds },
              },
            ],
            Usage: { OutputSeconds: seconds, InputSeconds: 0 },
          };
        }
        return answer({
          TaskType: 'AigcVideoTask',
          Status: status,
          CreateTime: '2026-12-08T08:00:00+08:00',
          FinishTime: status === 'FINISH' ? '2026-12-08T08:01:00+08:00' : '',
          AigcVideoTask: aigc,
        });
      }
      return error('InvalidAction', `unknown action ${action}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    port,
    created,
    actions,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
