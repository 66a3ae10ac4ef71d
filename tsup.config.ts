import { copyFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', 'messages/zh-CN': 'src/messages/zh-CN.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    target: 'node20',
    treeshake: true,
    // R74: the request's JSON Schema is also a file of the package, `kling-video-rules/request.schema.json`, at the
    // package root so that node10-style resolvers find it too.
    async onSuccess() {
      copyFileSync('src/read/request.schema.json', 'request.schema.json');
    },
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
