/**
 * Task status spellings (R49).
 * @module
 */
import type { VideoStatus } from './types.js';

const STATUS: ReadonlyMap<string, VideoStatus> = new Map<string, VideoStatus>([
  ['queued', 'queued'], ['pending', 'queued'], ['waiting', 'queued'], ['submitted', 'queued'],
  ['processing', 'in_progress'], ['in_progress', 'in_progress'], ['running', 'in_progress'],
  ['completed', 'completed'], ['succeeded', 'completed'], ['succeed', 'completed'], ['success', 'completed'],
  ['finish', 'completed'], ['finished', 'completed'],
  ['failed', 'failed'], ['failure', 'failed'], ['cancelled', 'failed'], ['canceled', 'failed'],
  ['aborted', 'failed'], ['expired', 'failed'],
]);

/**
 * The document's four states from any upstream spelling (R49), case-insensitive and trimmed;
 * `undefined` for anything else, including non-strings.
 */
export function normalizeStatus(value: unknown): VideoStatus | undefined {
  if (typeof value !== 'string' || value.length > 32) return undefined;
  return STATUS.get(value.trim().toLowerCase());
}
