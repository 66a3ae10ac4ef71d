/**
 * Precedence chains (R14, R18, R23, R26, R30): the first present source wins; a valid lower source that differs
 * gives `overridden_field`; an invalid winner is not replaced by a lower source. With a tier used as the model
 * (R72), the tier's value wins and every valid source that says otherwise is a conflict.
 * @module
 */
import { type Enum, readEnum } from '../read/enum.js';
import { anyPresent, type Field, type Fields, fieldSet, type FieldSet } from '../read/fields.js';
import type { Report, Section } from '../report/report.js';

/** Marks a source that was present but refused (its issue is already reported). */
export const INVALID: unique symbol = Symbol('invalid');

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

/** One source of a chain: a request field and how its value is read (its issue reported, then {@link INVALID}). */
export interface Source<T> {
  readonly field: Field;
  readonly read: (raw: unknown, field: Field, report: Report) => T | typeof INVALID;
}

/** A chain's sources, highest first, and the set of the fields they read (a request with none skips the walk). */
export interface Chain<T> {
  readonly sources: readonly Source<T>[];
  readonly reads: FieldSet;
}

/** The {@link Chain} of `sources`, highest first. */
export function chainOf<T>(sources: readonly Source<T>[]): Chain<T> {
  return { sources, reads: fieldSet(sources.map((source) => source.field)) };
}

/** How a chain's values are named in notices (R68). */
export type Display<T> = (value: T) => string | number;

/**
 * Resolves one chain over the sources a request has, highest first, and `fromSize` (what `size` says, R20, R21, R22, R23)
 * below them. Returns `undefined` when no source is present (the caller applies its default) and
 * {@link INVALID} when the winner was refused. No list of candidates is built: the winner is kept as it is found,
 * and each lower source is compared with it as it is read (no list of candidates is allocated per request).
 */
export function resolveChain<T>(
  fields: Fields,
  chain: Chain<T>,
  report: Report,
  section: Section,
  display: Display<T>,
  pin?: Pin<T>,
  fromSize?: T | typeof INVALID,
): Resolved<T> | typeof INVALID | undefined {
  let winner: T | typeof INVALID | undefined;
  // Stryker disable next-line StringLiteral: equivalent: read only once a winner is set, which sets it
  let winnerSource = '';
  const { sources } = chain;
  // With none of the chain's fields present, the walk goes straight to `size`: one test instead of a look-up per source.
  const n = anyPresent(fields, chain.reads) ? sources.length : 0;
  // Stryker disable next-line EqualityOperator: equivalent: one step past the end reads no source (`size` is there)
  for (let i = 0; i <= n; i++) {
    let value: T | typeof INVALID;
    let source: string;
    if (i < n) {
      const { field, read } = sources[i] as Source<T>;
      const raw = fields[field.slot];
      if (raw === undefined) continue;
      value = read(raw, field, report);
      source = field.path;
    } else {
      if (fromSize === undefined) break;
      value = fromSize;
      source = 'size';
    }
    if (pin !== undefined) {
      if (value !== INVALID && value !== pin.value) conflictWithPin(value, source, pin, report, section, display);
    } else if (winner === undefined) {
      winner = value;
      winnerSource = source;
    } else if (winner !== INVALID && value !== INVALID && value !== winner) {
      report.warn(section, 'overridden_field', source, {
        value: display(value),
        by: winnerSource,
        winner: display(winner),
      });
    }
  }
  if (pin !== undefined) return { value: pin.value, source: 'model' };
  if (winner === undefined) return undefined;
  return winner === INVALID ? INVALID : { value: winner as T, source: winnerSource };
}

/** R72: a valid source that says otherwise than the tier used as the model. */
function conflictWithPin<T>(
  value: T,
  source: string,
  pin: Pin<T>,
  report: Report,
  section: Section,
  display: Display<T>,
): void {
  report.issue(section, 'conflicting_fields', source, {
    reason: 'model_dimension',
    model: pin.model,
    dimension: pin.dimension,
    fixed: display(pin.value),
    value: display(value),
  });
}

/** A source whose value is one of an enumeration's spellings (R5), in the field's own section. */
export function enumSource<T extends string>(field: Field, values: Enum<T>): Source<T> {
  return { field, read: (raw, at, report) => readEnum(raw, at.path, values, report, at.section) ?? INVALID };
}
