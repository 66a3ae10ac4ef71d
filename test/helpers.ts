import { expect } from 'vitest';
import { normalizeRequest, type NormalizeOptions, type Notice, type TaskSpec } from '../src/index.js';

/** A minimal valid text-to-video request, extended by `extra`. */
export const base = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  model: 'kling-2.5',
  prompt: 'a cat',
  ...extra,
});

/** Normalizes and expects success; returns the spec and warnings. */
export function accept(raw: unknown, options?: NormalizeOptions): { spec: TaskSpec; warnings: Notice[] } {
  const result = normalizeRequest(raw, options);
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.issues)}`);
  return { spec: result.spec, warnings: result.warnings };
}

/** Normalizes and expects refusal; returns `code@path` of each issue. */
export function refuse(raw: unknown, options?: NormalizeOptions): string[] {
  const result = normalizeRequest(raw, options);
  expect(result.ok, 'expected a refusal').toBe(false);
  return result.ok ? [] : result.issues.map((i) => `${i.code}@${i.path}`);
}

/** The issues in full, for message checks. */
export function issuesOf(raw: unknown): Notice[] {
  const result = normalizeRequest(raw);
  return result.ok ? [] : result.issues;
}

/** `code@path` of each warning, whatever the outcome. */
export function warningsOf(raw: unknown): string[] {
  return normalizeRequest(raw).warnings.map((w) => `${w.code}@${w.path}`);
}
