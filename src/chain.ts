/**
 * Precedence chains (R14, R18, R23, R26, R30): the first present source wins; a valid lower source that differs
 * gives `overridden_field`; an invalid winner is not replaced by a lower source.
 * @module
 */
import { type Report, type Section } from './notices.js';

/** Marks a source that was present but refused (its issue is already reported). */
export const INVALID: unique symbol = Symbol('invalid');

/** One present source of a value: its value (or {@link INVALID}) and its path; shaped like {@link Resolved}. */
export interface Candidate<T> {
  readonly value: T | typeof INVALID;
  readonly source: string;
}

/** The winning value and the path that decided it. */
export interface Resolved<T> {
  readonly value: T;
  readonly source: string;
}

/**
 * Picks the winner among present sources, highest first. Returns `undefined` when no source is present (the
 * caller applies its default) and {@link INVALID} when the winner was refused.
 */
export function pick<T>(
  candidates: readonly Candidate<T>[],
  report: Report,
  section: Section,
  display: (value: T) => string | number = String,
): Resolved<T> | typeof INVALID | undefined {
  const winner = candidates[0];
  if (winner === undefined) return undefined;
  if (winner.value === INVALID) return INVALID;
  for (let i = 1; i < candidates.length; i++) {
    const other = candidates[i] as Candidate<T>;
    if (other.value !== INVALID && other.value !== winner.value) {
      report.warn(section, 'overridden_field', other.source, {
        value: display(other.value),
        by: winner.source,
        winner: display(winner.value as T),
      });
    }
  }
  return winner as Resolved<T>; // a valid candidate is a resolved value: no copy
}
