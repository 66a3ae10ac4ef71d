/**
 * The `kling-video-rules` command (R52): a thin shell over the public API. It parses arguments, reads files,
 * prints, and sets the exit code; every rule lives in the library.
 * @module
 */
import { readFileSync } from 'node:fs';
import { listTiers } from './index.js';

const USAGE = `Usage: kling-video-rules <command> [options]

Commands:
  tiers [--json]                 list the catalog's billing tiers`;

type Exit = 0 | 1 | 2;

function fail(message: string): Exit {
  process.stderr.write(`kling-video-rules: ${message}\n`);
  return 2;
}

/** Reads a file path, or standard input for '-'; `undefined` (after a message) when it cannot be read. */
export function readInput(path: string): string | undefined {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    fail(`cannot read ${path === '-' ? 'standard input' : path}: ${(error as Error).message}`);
    return undefined;
  }
}

function tiers(args: string[]): Exit {
  const json = args.includes('--json');
  const unknown = args.filter((a) => a !== '--json');
  if (unknown.length > 0) return fail(`tiers: unexpected argument ${unknown[0]}\n${USAGE}`);
  const list = listTiers();
  process.stdout.write(json ? `${JSON.stringify(list)}\n` : `${list.join('\n')}\n`);
  return 0;
}

function main(argv: string[]): Exit {
  const [command, ...args] = argv;
  switch (command) {
    case 'tiers':
      return tiers(args);
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    case undefined:
      return fail(`no command given\n${USAGE}`);
    default:
      return fail(`unknown command ${command}\n${USAGE}`);
  }
}

process.exitCode = main(process.argv.slice(2));
