/**
 * The `kling-video-rules` command (R52): a thin shell over the public API. It parses arguments, reads files,
 * prints, and sets the exit code (0 success; 1 a refused request or problems found; 2 a usage error or a file that
 * cannot be read; 3 an invalid configuration file: a price table or a catalog). Every rule lives in the library.
 * @module
 */
import { readFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { describeLines, explain } from './explain.js';
import { parseFormLines } from './form-lines.js';
import {
  createRules,
  defaultRules,
  type Messages,
  type NormalizeResult,
  type Notice,
  type PriceTableCheck,
  type Rules,
} from '../index.js';
import { zhCN } from '../messages/zh-CN.js';

type Exit = 0 | 1 | 2 | 3;

/**
 * A usage error (exit 2, its line ends with a pointer to `--help`), a file that cannot be read (exit 2, no pointer:
 * help would not mend it), or a configuration file that is invalid (exit 3, with its issues printed). R52.
 */
class Stop extends Error {
  constructor(
    message: string,
    readonly code: 2 | 3 = 2,
    readonly issues?: readonly Notice[],
    readonly unreadable = false,
  ) {
    super(message);
  }
}

/** A file that cannot be read (R52: exit 2, one line, no pointer to `--help`). */
const cannotRead = (what: string, error: unknown) =>
  new Stop(`cannot read ${what}: ${(error as Error).message}`, 2, undefined, true);

type OptionSpec = { type: 'string' | 'boolean'; help: string; value?: string };

/** Options every command takes. */
const COMMON: Record<string, OptionSpec> = {
  catalog: {
    type: 'string',
    value: 'FILE',
    help: "an operator's catalog (JSON, the shape of the exported `catalog`) instead of the default",
  },
  lang: {
    type: 'string',
    value: 'LANG',
    help: 'zh-CN writes messages in Chinese (also when LC_ALL or LANG starts with zh); en in English',
  },
  help: { type: 'boolean', help: 'this help' },
};

interface Context {
  rules: Rules;
  messages: Messages | undefined;
  values: Record<string, string | boolean | undefined>;
  files: string[];
}

interface Command {
  /** Arguments after the command name, as in the usage line. */
  args: string;
  summary: string;
  options: Record<string, OptionSpec>;
  /** How many file arguments: `stdin` is zero or one, `-` or none reading standard input. */
  files: 'none' | 'stdin' | 'one';
  run(ctx: Context): Exit;
}

function read(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    throw cannotRead(path === '-' ? 'standard input' : path, error);
  }
}

/** A configuration file's JSON; text that is not JSON makes the configuration invalid (exit 3). */
function readConfig(path: string, what: string): unknown {
  const text = read(path);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Stop(`${what} ${path} is not valid JSON: ${(error as Error).message}`, 3);
  }
}

function out(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

const json = (value: unknown): string => JSON.stringify(value, null, 2);

/** A price table given with `--prices`, checked against the rules' catalog: an invalid one is exit 3. */
function pricesOf(ctx: Context): unknown {
  const path = ctx.values.prices;
  if (typeof path !== 'string') return undefined;
  const table = readConfig(path, 'price table');
  const check = ctx.rules.checkPriceTable(table, { messages: ctx.messages });
  if (check.invalid.length > 0) {
    const issues = check.invalid.map(
      ({ path: at, message }) => ({ code: 'invalid_price_table', path: at, message, params: {} }) as Notice,
    );
    throw new Stop(`price table ${path} is invalid`, 3, issues);
  }
  return table;
}

const MEDIA_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
};

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
      throw cannotRead(file, error);
    }
    return [
      line.name,
      new File([bytes], line.file, { type: MEDIA_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream' }),
    ];
  });
}

/** `normalize` and `explain`: a JSON request file, or `--form FILE`. */
function normalizeInput(ctx: Context): NormalizeResult {
  const form = ctx.values.form;
  if (typeof form !== 'string')
    return ctx.rules.normalizeRequestBody(read(ctx.files[0] ?? '-'), { messages: ctx.messages });
  if (ctx.files.length > 0) throw new Stop('--form FILE takes no other file');
  return ctx.rules.normalizeForm(readForm(form), { messages: ctx.messages });
}

const FORM: OptionSpec = {
  type: 'string',
  value: 'FILE',
  help: "a form body as the OpenAI SDKs send it: one 'name=value' a line ('name@=path' attaches a file)",
};
const JSON_FLAG: OptionSpec = { type: 'boolean', help: 'print JSON' };
const PRICES: OptionSpec = { type: 'string', value: 'FILE', help: 'a price table (JSON: { currency, tiers })' };

/** `normalize` and `explain`: one request (a JSON file or `--form FILE`), written by `render`. */
function normalizeCommand(summary: string, render: (result: NormalizeResult) => string): Command {
  return {
    args: '[file|-] | --form FILE',
    summary,
    options: { form: FORM },
    files: 'stdin',
    run(ctx) {
      const result = normalizeInput(ctx);
      out(render(result));
      return result.ok ? 0 : 1;
    },
  };
}

const COMMANDS: Record<string, Command> = {
  normalize: normalizeCommand('normalize a request: { ok, spec | issues, warnings } as JSON', (result) => json(result)),
  explain: normalizeCommand('the same, for people: each value and the field that decided it', explain),
  tiers: {
    args: '[--json]',
    summary: "list the catalog's billing tiers",
    options: { json: JSON_FLAG },
    files: 'none',
    run(ctx) {
      const list = ctx.rules.listTiers();
      out(ctx.values.json === true ? JSON.stringify(list) : list.join('\n'));
      return 0;
    },
  },
  models: {
    args: '[--json] [--prices FILE]',
    summary: 'what each model can do (R73), with its tiers and their prices',
    options: { json: JSON_FLAG, prices: PRICES },
    files: 'none',
    run(ctx) {
      const models = ctx.rules.describeModels(pricesOf(ctx));
      out(ctx.values.json === true ? json(models) : describeLines(models).join('\n'));
      return 0;
    },
  },
  quote: {
    args: '--prices FILE [file|-]',
    summary: 'normalize a request and price it with a price table',
    options: { prices: PRICES },
    files: 'stdin',
    run(ctx) {
      if (typeof ctx.values.prices !== 'string') throw new Stop('--prices FILE is required');
      const table = pricesOf(ctx);
      const normalized = ctx.rules.normalizeRequestBody(read(ctx.files[0] ?? '-'), { messages: ctx.messages });
      if (!normalized.ok) {
        out(json(normalized));
        return 1;
      }
      const priced = ctx.rules.quote(normalized.spec, table, { messages: ctx.messages });
      const { tier, billableSeconds, seconds } = normalized.spec;
      out(json({ ...priced, tier, seconds, billableSeconds, warnings: normalized.warnings }));
      return priced.ok ? 0 : 1;
    },
  },
  vod: {
    args: '[file|-] | --form FILE',
    summary: 'the Tencent Cloud VOD CreateAigcVideoTask request for a request (R80), to replay it by hand',
    options: { form: FORM },
    files: 'stdin',
    run(ctx) {
      const normalized = normalizeInput(ctx);
      if (!normalized.ok) {
        out(json(normalized));
        return 1;
      }
      const made = ctx.rules.toVodTask(normalized.spec, { messages: ctx.messages });
      if (made.ok) {
        out(json(made.request));
        return 0;
      }
      out(json({ ok: false, issues: made.issues, warnings: normalized.warnings }));
      // R80: a model without a VOD version is the operator's configuration (exit 3), not a refused request.
      return made.issues.some((issue) => issue.code === 'no_upstream_model') ? 3 : 1;
    },
  },
  'check-prices': {
    args: '[--json] FILE',
    summary: "check a price table against the catalog's tiers (problems found: exit 1)",
    options: { json: JSON_FLAG },
    files: 'one',
    run(ctx) {
      const path = ctx.files[0] as string;
      const text = read(path);
      let table: unknown;
      let check: PriceTableCheck;
      try {
        table = JSON.parse(text);
        check = ctx.rules.checkPriceTable(table, { messages: ctx.messages });
      } catch (error) {
        // The table is what this command checks: text that is not JSON is a problem found, not a broken configuration.
        check = {
          ok: false,
          missing: [],
          unknown: [],
          invalid: [
            {
              code: 'invalid_json',
              path: '',
              message: `price table ${path} is not valid JSON: ${(error as Error).message}`,
              params: { detail: (error as Error).message },
            },
          ],
        };
      }
      if (ctx.values.json === true) {
        out(json(check));
      } else {
        const lines = [
          check.ok
            ? `ok: all ${ctx.rules.listTiers().length} tiers priced, no unknown or invalid entries`
            : 'problems found:',
        ];
        const list = (title: string, items: string[]) => {
          if (items.length > 0) lines.push(`${title} (${items.length}):`, ...items.map((item) => `  ${item}`));
        };
        list('missing', check.missing);
        list('unknown', check.unknown);
        list(
          'invalid',
          check.invalid.map((p) => `${p.path === '' ? '(root)' : p.path}: ${p.message}`),
        );
        out(lines.join('\n'));
      }
      return check.ok ? 0 : 1;
    },
  },
};

function usage(): string {
  const width = Math.max(...Object.entries(COMMANDS).map(([name, c]) => `${name} ${c.args}`.length));
  return [
    `Usage: kling-video-rules <command> [options] [file|-]   (version ${version})`,
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${`${name} ${c.args}`.padEnd(width)}  ${c.summary}`),
    '',
    'Options for every command:',
    ...optionLines(COMMON),
    '',
    "A file of '-' (or none) reads standard input. Options take '--name value' or '--name=value'.",
    "Run 'kling-video-rules <command> --help' for a command's options; --version prints the version.",
    'Exit codes: 0 success, 1 refused request or problems found, 2 usage error or unreadable file,',
    '            3 invalid configuration file (--prices, --catalog).',
  ].join('\n');
}

function optionLines(options: Record<string, OptionSpec>): string[] {
  const names = Object.entries(options).map(
    ([name, o]) => [`--${name}${o.value !== undefined ? ` ${o.value}` : ''}`, o.help] as const,
  );
  const width = Math.max(...names.map(([n]) => n.length));
  return names.map(([n, help]) => `  ${n.padEnd(width)}  ${help}`);
}

function commandUsage(name: string, command: Command): string {
  return [
    `Usage: kling-video-rules ${name} ${command.args}`.trimEnd(),
    '',
    command.summary,
    '',
    'Options:',
    ...optionLines({ ...command.options, ...COMMON }),
  ].join('\n');
}

/** The messages of the language asked for (R69): `--lang zh-CN`, or `LC_ALL` / `LANG` starting with `zh`; else English. */
function languageOf(flag: unknown): Messages | undefined {
  if (typeof flag === 'string' && !/^(zh|en)([-_].*)?$/i.test(flag))
    throw new Stop(`--lang ${flag}: the languages are zh-CN and en`);
  const asked = typeof flag === 'string' ? flag : process.env.LC_ALL || process.env.LANG || '';
  return /^zh/i.test(asked) ? zhCN : undefined;
}

/** `--catalog FILE` made into rules; an invalid catalog is exit 3 with its issues (R70, R71). */
function rulesFrom(path: unknown, messages: Messages | undefined): Rules {
  if (typeof path !== 'string') return defaultRules;
  const made = createRules(readConfig(path, 'catalog'), { messages });
  if (!made.ok) throw new Stop(`catalog ${path} is invalid`, 3, made.issues);
  return made.rules;
}

function runCommand(name: string, command: Command, argv: string[]): Exit {
  const spec = { ...command.options, ...COMMON };
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: argv,
      options: Object.fromEntries(Object.entries(spec).map(([k, o]) => [k, { type: o.type }])),
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    // node:util's own message names the option (`Unknown option '--fast'`, `Option '--prices <value>' argument missing`).
    throw new Stop(`${name}: ${(error as Error).message.split('\n')[0]?.replace(/\. To specify a positional.*$/, '')}`);
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    out(commandUsage(name, command));
    return 0;
  }
  const most = command.files === 'none' ? 0 : 1;
  if (positionals.length > most)
    throw new Stop(`${name}: expected ${most === 0 ? 'no file' : 'one file'}, got ${positionals.length}`);
  if (command.files === 'one' && positionals.length === 0) throw new Stop(`${name}: expected a FILE`);
  const readsStdin = command.files !== 'none' && (positionals[0] ?? '-') === '-' && values.form === undefined;
  if (readsStdin && positionals.length === 0 && process.stdin.isTTY === true) {
    // R52: nothing piped in and no file: say how to use the command instead of waiting for a terminal's input.
    process.stderr.write(`${commandUsage(name, command)}\n`);
    return 2;
  }
  const messages = languageOf(values.lang);
  return command.run({ rules: rulesFrom(values.catalog, messages), messages, values, files: positionals });
}

function main(argv: string[]): Exit {
  const [name, ...args] = argv;
  if (name === '--version' || name === '-v') {
    out(version);
    return 0;
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? process.stderr : process.stdout).write(`${usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  try {
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (command === undefined) throw new Stop(`unknown command ${name}`);
    return runCommand(name, command, args);
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    if (error.issues !== undefined) out(json({ ok: false, issues: error.issues }));
    // R52: exactly one line on standard error; a usage error points to --help on that line, as git does.
    const hint = error.code === 2 && !error.unreadable ? " (see 'kling-video-rules --help')" : '';
    process.stderr.write(`kling-video-rules: ${error.message.replace(/\s*[\r\n]+\s*/g, ' ')}${hint}\n`);
    return error.code;
  }
}

process.exitCode = main(process.argv.slice(2));
