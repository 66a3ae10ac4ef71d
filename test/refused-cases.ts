// The refused fixtures (fixtures/refused.json), one per issue code, and how each is sent: a form, a body by its
// content type, a body, or a request. Shared by the fixture test, the params-table test and `npm run demo`, so the
// three run each case the same way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  normalizeBody,
  normalizeForm,
  normalizeRequest,
  normalizeRequestBody,
  type NormalizeResult,
} from 'kling-video-rules';

/** One refused case, as fixtures/refused.json writes it. */
export interface RefusedCase {
  name: string;
  rule: string;
  request?: unknown;
  body?: string;
  /** A body of this many spaces, built here (the file stays small). */
  bodyLength?: number;
  contentType?: string;
  /** Form entries; a value `{ file, type, size }` is a `File` of that many zero bytes. */
  form?: [string, string | { file: string; type: string; size: number }][];
  issues: { code: string; path: string }[];
}

export const refusedCases: RefusedCase[] = (
  JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'refused.json'), 'utf8')) as { cases: RefusedCase[] }
).cases;

/** Sends a case as a client would and returns the result. */
export function runRefusedCase(c: RefusedCase): NormalizeResult {
  if (c.form !== undefined) {
    return normalizeForm(
      c.form.map(([name, value]) => [
        name,
        typeof value === 'string' ? value : new File([new Uint8Array(value.size)], value.file, { type: value.type }),
      ]),
    );
  }
  const body = c.bodyLength !== undefined ? ' '.repeat(c.bodyLength) : c.body;
  if (body !== undefined && c.contentType !== undefined) return normalizeBody(c.contentType, body);
  return body !== undefined ? normalizeRequestBody(body) : normalizeRequest(c.request);
}
