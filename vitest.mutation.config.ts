// The test run that `npm run mutation` (Stryker) repeats for each mutant: the whole suite but the CLI tests (they
// run the built bin, which Stryker does not mutate), with property tests capped at 200 runs each (see
// test/fast-check-capped.ts), so that about 5 000 mutants fit in an hour on two cores.
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

export default mergeConfig(
  base,
  defineConfig({
    resolve: { alias: { 'fast-check': fileURLToPath(new URL('./test/fast-check-capped.ts', import.meta.url)) } },
    test: { exclude: ['test/cli.test.ts', '**/node_modules/**'] },
  }),
);
