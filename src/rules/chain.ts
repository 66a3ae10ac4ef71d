/**
 * Precedence chains (R14, R18, R23, R26, R30): the first present source wins; a valid lower source that differs
 * gives `overridden_field`; an invalid winner is not replaced by a lower source.
 * @module
 */
import { type Report, type Section } from '../messages/notices.js';

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

/** R72: a dimension that a tier used as a model id fixes: the tier's name, the dimension, its value. */
export interface Pin<T> {
  readonly model: string;
  readonly dimension: string;
  readonly value: T;
}

/**
 * R72: the value a tier model fixes. Every present, valid source that says otherwise is `conflicting_fields` at its
 * path (not only the winning one); agreeing sources give no warning; the source is `'model'`.
 */
export function pinned<T>(
  candidates: readonly Candidate<T>[],
  pin: Pin<T>,
  report: Report,
  section: Section,
  display: (value: T) => string | number = String,
): Resolved<T> {
  for (const { value, source } of candidates) {
    if (value === INVALID || value === pin.value) continue;
    report.issue(section, 'conflicting_fields', source, {
      reason: 'model_dimension',
      model: pin.model,
      dimension: pin.dimension,
      fixed: display(pin.value),
      value: display(value),
    });
  }
  return { value: pin.value, source: 'model' };
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
