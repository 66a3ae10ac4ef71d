/**
 * Task status spellings (R49).
 * @module
 */
import type { VideoStatus } from '../shared/types.js';

/**
 * The document's four states from any upstream spelling (R49), case-insensitive and trimmed;
 * `undefined` for anything else, including non-strings.
 */
export function normalizeStatus(value: unknown): VideoStatus | undefined {
  if (typeof value !== 'string') return undefined;
  // Each state with the upstream spellings that mean it. No length cap: trimming is linear, and a padded spelling
  // is still the spelling (R49).
  switch (value.trim().toLowerCase()) {
    case 'queued':
    case 'pending':
    case 'waiting':
    case 'submitted':
      return 'queued';
    case 'in_progress':
    case 'processing':
    case 'running':
      return 'in_progress';
    case 'completed':
    case 'succeeded':
    case 'succeed':
    case 'success':
    case 'finish':
    case 'finished':
    case 'done':
      return 'completed';
    case 'failed':
    case 'failure':
    case 'fail':
    case 'error':
    case 'errored':
    case 'timeout':
    case 'timed_out':
    case 'rejected':
    case 'cancelled':
    case 'canceled':
    case 'aborted':
    case 'expired':
      return 'failed';
    default:
      return undefined;
  }
}
