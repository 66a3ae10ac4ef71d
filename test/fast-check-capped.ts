// Used by vitest.mutation.config.ts only, in place of 'fast-check': the same library with every property test
// capped at 200 runs, while Stryker runs the suite once per mutant. The laws are the same; a mutant that only a
// rare input shows is still found by `npm test`.
import real from '../node_modules/fast-check/lib/fast-check.js';

type Assert = typeof real.assert;
const assert = ((property: Parameters<Assert>[0], params?: Parameters<Assert>[1]) =>
  real.assert(property, { ...params, numRuns: Math.min(params?.numRuns ?? 100, 200) })) as Assert;

const fc: typeof real = { ...real, assert };
export default fc;
export * from '../node_modules/fast-check/lib/fast-check.js';
export { assert };
