/**
 * Prompt (R37): `prompt` and the `content` text parts, joined.
 * @module
 */
import type { Resolved } from './chain.js';
import { FIELD, type Fields, typed } from '../read/fields.js';
import { type Report, Section } from '../report/report.js';
import { longerThan } from '../shared/json.js';

const MAX_PROMPT = 2500;

/**
 * R37: `prompt` then each `content` text that differs from it, joined with `\n`; at most 2500 characters.
 * `undefined` when there is none (or it was refused).
 */
export function resolvePrompt(
  fields: Fields,
  texts: readonly { text: string; part: number }[],
  report: Report,
): Resolved<string> | undefined {
  const raw = typed(fields, FIELD['prompt'], report);
  const prompt = typeof raw === 'string' ? raw : undefined;
  if (fields[FIELD.prompt.slot] !== undefined && prompt === undefined) return undefined;
  let value = prompt;
  let source = prompt === undefined ? undefined : 'prompt';
  for (const { text, part } of texts) {
    if (text === prompt) continue;
    value = value === undefined ? text : `${value}\n${text}`;
    source ??= `content.${part}.text`;
    // R7: past twice the limit in UTF-16 units it is surely over the limit in code points; stop joining.
    if (value.length > 2 * MAX_PROMPT) break;
  }
  if (value === undefined || source === undefined) return undefined;
  if (longerThan(value, MAX_PROMPT)) {
    report.issue(Section.Media, 'field_too_long', 'prompt', { max: MAX_PROMPT });
    return undefined;
  }
  return { value, source };
}

/** R37: a prompt is required for a standard text-to-video task that is not a custom multi-shot. */
export function checkPromptRequired(missing: boolean, report: Report): void {
  if (missing) {
    report.issue(Section.Media, 'missing_field', 'prompt', { what: 'prompt' });
  }
}
