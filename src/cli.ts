/**
 * The `kling-video-rules` command (R52): a thin shell over the public API. It parses arguments, reads files,
 * prints, and sets the exit code (0 success, 1 refused or problems found, 2 usage or unreadable file); every rule
 * lives in the library.
 * @module
 */
import { readFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { explain } from './explain.js';
import { parseFormLines } from './form-lines.js';
import { checkPriceTable, listTiers, type Messages, normalizeForm, normalizeRequestBody, type NormalizeResult, quote } from './index.js';
import { zhCN } from './messages/zh-CN.js';

const USAGE = `Usage: kling-video-rules <command> [options]

Commands:
  normalize [file|-]               normalize a request: { ok, spec | issues, warnings } as JSON
  normalize --form FILE            the same for a form body, as the OpenAI SDKs send it: one 'name=value'
                                   a line ('name@=path' attaches a file), such as fixtures/forms/*.form
  explain [file|-] | --form FILE   the same, for people: each value and the field that decided it
  tiers [--json]                   list the catalog's billing tiers
  quote --prices FILE [file|-]     normalize a request and price it with a price table
  check-prices [--json] FILE       check a price table against the catalog's tiers

Options for every command: --lang zh-CN writes messages in Chinese (also when LC_ALL or LANG starts with zh).
A file of '-' (or none) reads standard input.
Exit codes: 0 success, 1 refused request or problems found, 2 usage error or unreadable file.`;

type Exit = 0 | 1 | 2;

class UsageError extends Error {}

function read(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${path === '-' ? 'standard input' : path}: ${(error as Error).message}`);
  }
}

/** The one optional file argument of a command; more, or an unknown flag, is a usage error. */
function fileArgument(command: string, args: string[]): string {
  const extra = args.filter((a) => a.startsWith('-') && a !== '-');
  if (extra.length > 0) throw new UsageError(`${command}: unknown option ${extra[0]}`);
  if (args.length > 1) throw new UsageError(`${command}: expected one file, got ${args.length}`);
  return args[0] ?? '-';
}

/** Reads a JSON file; text that is not JSON is a usage-level problem of that file. */
function readJson(path: string, what: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const text = read(path);
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: `${what} ${path} is not valid JSON: ${(error as Error).message}` };
  }
}

/** `--name VALUE` taken out of `args`. */
function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || (value.startsWith('-') && value !== '-')) throw new UsageError(`${name} needs a value`);
  args.splice(i, 2);
  return value;
}

function out(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

const MEDIA_TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp', '.gif': 'image/gif' };

/**
 * A form file's entries (see `form-lines.ts`): text as written, files read from their path (relative to the form
 * file) with a media type from their extension. The library checks them; the CLI stores nothing, so an accepted
 * file is reported as `missing_upload`.
 */
function readForm(path: string): [string, string | Blob][] {
  const base = path === '-' ? process.cwd() : dirname(path);
  return parseFormLines(read(path)).map((line) => {
    if ('value' in line) return [line.name, line.value];
    const file = resolve(base, line.file);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
    }
    return [line.name, new File([bytes], line.file, { type: MEDIA_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream' })];
  });
}

/** `normalize` and `explain`: a JSON request file, or `--form FILE`. */
function normalizeInput(command: string, args: string[]): NormalizeResult {
  const rest = [...args];
  const form = option(rest, '--form');
  if (form === undefined) return normalizeRequestBody(read(fileArgument(command, rest)), { messages });
  if (rest.length > 0) throw new UsageError(`${command}: --form FILE takes no other file`);
  return normalizeForm(readForm(form), { messages });
}

const COMMANDS: Record<string, (args: string[]) => Exit> = {
  normalize(args) {
    const result = normalizeInput('normalize', args);
    out(JSON.stringify(result, null, 2));
    return result.ok ? 0 : 1;
  },
  explain(args) {
    const result = normalizeInput('explain', args);
    out(explain(result));
    return result.ok ? 0 : 1;
  },
  quote(args) {
    const rest = [...args];
    const pricesPath = option(rest, '--prices');
    if (pricesPath === undefined) throw new UsageError('quote: --prices FILE is required');
    const requestPath = fileArgument('quote', rest);
    const prices = readJson(pricesPath, 'price table');
    const normalized = normalizeRequestBody(read(requestPath), { messages });
    if (!prices.ok) {
      out(JSON.stringify({ ok: false, issues: [{ code: 'invalid_price_table', path: '', message: prices.message, params: { reason: 'file' } }] }, null, 2));
      return 1;
    }
    if (!normalized.ok) {
      out(JSON.stringify(normalized, null, 2));
      return 1;
    }
    const priced = quote(normalized.spec, prices.value, { messages });
    const { tier, billableSeconds, seconds } = normalized.spec;
    out(JSON.stringify({ ...priced, tier, seconds, billableSeconds, warnings: normalized.warnings }, null, 2));
    return priced.ok ? 0 : 1;
  },
  'check-prices'(args) {
    const rest = args.filter((a) => a !== '--json');
    const json = rest.length !== args.length;
    if (rest.length !== 1) throw new UsageError('check-prices: expected one price table FILE');
    const table = readJson(fileArgument('check-prices', rest), 'price table');
    const check = table.ok
      ? checkPriceTable(table.value, { messages })
      : { ok: false, missing: [], unknown: [], invalid: [{ path: '', message: table.message }] };
    if (json) {
      out(JSON.stringify(check, null, 2));
    } else {
      const lines = [check.ok ? `ok: all ${listTiers().length} tiers priced, no unknown or invalid entries` : 'problems found:'];
      const list = (title: string, items: string[]) => {
        if (items.length > 0) lines.push(`${title} (${items.length}):`, ...items.map((item) => `  ${item}`));
      };
      list('missing', check.missing);
      list('unknown', check.unknown);
      list('invalid', check.invalid.map((p) => `${p.path === '' ? '(root)' : p.path}: ${p.message}`));
      out(lines.join('\n'));
    }
    return check.ok ? 0 : 1;
  },
  tiers(args) {
    const unknown = args.filter((a) => a !== '--json');
    if (unknown.length > 0) throw new UsageError(`tiers: unexpected argument ${unknown[0]}`);
    const list = listTiers();
    out(args.includes('--json') ? JSON.stringify(list) : list.join('\n'));
    return 0;
  },
};

/** The messages of the language asked for (R69): `--lang zh-CN`, or `LC_ALL` / `LANG` starting with `zh`; else English. */
let messages: Messages | undefined;

function chooseLanguage(args: string[]): void {
  const flag = option(args, '--lang');
  if (flag !== undefined && !/^(zh|en)([-_].*)?$/i.test(flag)) throw new UsageError(`--lang ${flag}: the languages are zh-CN and en`);
  const asked = flag ?? process.env.LC_ALL ?? process.env.LANG ?? '';
  messages = /^zh/i.test(asked) ? zhCN : undefined;
}

function main(argv: string[]): Exit {
  const [command, ...args] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? process.stderr : process.stdout).write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  try {
    if (run === undefined) throw new UsageError(`unknown command ${command}`);
    chooseLanguage(args);
    return run(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`kling-video-rules: ${error.message}\nRun 'kling-video-rules --help' for usage.\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
