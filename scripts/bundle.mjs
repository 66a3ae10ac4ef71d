// What the size scripts share: the browser bundle that issue 7's and issue 11's budgets measure (esbuild, browser,
// ESM, minified), and the names a gateway imports from the main entry.
import { build } from 'esbuild';

/** What the example gateway (examples/gateway/gateway.ts) imports from the main entry: the whole loop of R78. */
export const GATEWAY_IMPORTS =
  'formUploads, normalizeBody, notFoundError, quote, readVodTask, settle, toDeletedVideo, toErrorResponse, toVideoObject, toVideoPage, toVodTask';

/** Bundles `contents` (a module that re-exports from the package) as a browser would get it, in memory. */
export function bundleForBrowser(contents, { loader = 'js', ...extra } = {}) {
  return build({
    stdin: { contents, resolveDir: process.cwd(), loader },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
    ...extra,
  });
}
