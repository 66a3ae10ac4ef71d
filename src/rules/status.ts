/**
 * Task status spellings (R49).
 * @module
 */
import type { VideoStatus } from '../types.js';

/** R49: each state and the upstream spellings that mean it. */
const SPELLINGS: { readonly [S in VideoStatus]: string } = {
  queued: 'queued pending waiting submitted',
  in_progress: 'in_progress processing running',
  completed: 'completed succeeded succeed success finish finished',
  failed: 'failed failure cancelled canceled aborted expired',
};

const STATUS: ReadonlyMap<string, VideoStatus> = new Map(
  (Object.keys(SPELLINGS) as VideoStatus[]).flatMap((status) => SPELLINGS[status].split(' ').map((word) => [word, status] as const)),
);

/**
 * The document's four states from any upstream spelling (R49), case-insensitive and trimmed;
 * `undefined` for anything else, including non-strings.
 */
export function normalizeStatus(value: unknown): VideoStatus | undefined {
  if (typeof value !== 'string' || value.length > 32) return undefined;
  return STATUS.get(value.trim().toLowerCase());
}
