/**
 * Valibot schemas built on the library's own checks (R53, R71): a schema that runs a problem finder and reports
 * each problem as an issue at its path, so the schema and the plain check can never disagree.
 * @module
 */
import * as v from 'valibot';
import { isObject } from '../shared/guard.js';
import type { Problem } from '../shared/types.js';

/** A valibot schema that runs `find` and reports each problem at its path, with the message `write` gives it. */
export function schemaOf<T, P extends Problem<'invalid_catalog'> | Problem<'invalid_price_table'>>(
  find: (value: unknown) => P[],
  write: (problem: P) => string,
): v.GenericSchema<T> {
  return v.pipe(
    v.unknown(),
    v.rawCheck(({ dataset, addIssue }) => {
      for (const problem of find(dataset.value)) {
        let input: unknown = dataset.value;
        const path = problem.path.map((key) => {
          const value = isObject(input) || Array.isArray(input) ? (input as Record<string, unknown>)[key] : undefined;
          const item = {
            type: 'object' as const,
            origin: 'value' as const,
            input: input as Record<string, unknown>,
            key,
            value,
          };
          input = value;
          return item;
        });
        addIssue(
          path.length > 0
            ? { message: write(problem), path: path as [v.ObjectPathItem, ...v.ObjectPathItem[]] }
            : { message: write(problem) },
        );
      }
    }),
  ) as unknown as v.GenericSchema<T>;
}
