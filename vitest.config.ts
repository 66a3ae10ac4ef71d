import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The examples import the package by its name, as a user's code does; in this repository that is the source.
    alias: [
      { find: /^kling-video-rules$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
      {
        find: /^kling-video-rules\/messages\/zh-CN$/,
        replacement: fileURLToPath(new URL('./src/messages/zh-CN.ts', import.meta.url)),
      },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
