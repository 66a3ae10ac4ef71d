// The built bin, run as a subprocess (npm test builds it first: see the pretest script).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../src/index.js';

const root = join(__dirname, '..');
const bin = join(root, 'dist', 'cli.js');
const fixture = (name: string) => join(root, 'fixtures', name);
const tmp = mkdtempSync(join(tmpdir(), 'kvr-cli-'));
const file = (name: string, text: string) => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};

function run(args: string[], input?: string) {
  // A fixed English locale, whatever the machine's: the language tests set theirs.
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    input: input ?? '',
    env: { ...process.env, LANG: 'C', LC_ALL: '' },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('cli: tiers', () => {
  it('prints one tier a line', () => {
    const r = run(['tiers']);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(33);
    expect(r.out).toContain('kling-3.0-omni-720p-noref-mute\n');
  });

  it('--json prints an array', () => {
    const r = run(['tiers', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toHaveLength(33);
  });

  it('an unexpected argument is a usage error with a one-line message', () => {
    const r = run(['tiers', '--yaml']);
    expect(r.code).toBe(2);
    // R52: exactly one line, the pointer to --help on it.
    expect(r.err).toBe("kling-video-rules: tiers: Unknown option '--yaml' (see 'kling-video-rules --help')\n");
    expect(r.out).toBe('');
  });

  it.each([[['nope']], [['normalize', 'a.json', 'b.json']], [['quote', '-']], [['normalize', '--lang', 'fr', '-']]])(
    'a usage error %j is one line on standard error, ending with the --help pointer (R52)',
    (args) => {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^kling-video-rules: [^\n]+ \(see 'kling-video-rules --help'\)\n$/);
    },
  );

  it('a file that cannot be read is one line, without the --help pointer (R52)', () => {
    for (const args of [
      ['normalize', 'missing.json'],
      ['quote', '--prices', 'missing.json', '-'],
      ['tiers', '--catalog', 'missing.json'],
    ]) {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^kling-video-rules: cannot read [^\n]*missing\.json[^\n]*\n$/);
      expect(r.err).not.toContain('--help');
    }
  });
});

describe('cli: normalize', () => {
  it('normalizes a file', () => {
    const r = run(['normalize', fixture('request-08-motion-control-std.json')]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out);
    expect(result.ok).toBe(true);
    expect(result.spec.tier).toBe('kling-2.5-motion-std-720p');
  });

  it('reads standard input with - or no file', () => {
    const body = '{"model":"kling-3.0","prompt":"x","seconds":"8"}';
    for (const args of [['normalize', '-'], ['normalize']]) {
      const r = run(args, body);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out).spec.tier).toBe('kling-3.0-720p-mute');
    }
  });

  it('exits 1 on a refused request and on a file that is not JSON', () => {
    const refused = run(['normalize', '-'], '{"model":"kling-25"}');
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.out).issues[0].code).toBe('unknown_model');
    const notJson = run(['normalize', file('bad.json', '{ nope')]);
    expect(notJson.code).toBe(1);
    expect(JSON.parse(notJson.out).issues[0].code).toBe('invalid_json');
  });

  it('exits 2 on a file that cannot be read', () => {
    const r = run(['normalize', join(tmp, 'missing.json')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^kling-video-rules: cannot read .*missing\.json/);
  });
});

describe('cli: explain', () => {
  it('prints each value with the field that decided it, aligned, then the tier and billable seconds', () => {
    const r = run(['explain', fixture('request-11-lip-sync-4s.json')]);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    const header = lines[0] as string;
    const column = header.indexOf('decided by');
    expect(column).toBeGreaterThan(0);
    const seconds = lines.find((l) => l.startsWith('seconds')) as string;
    expect(seconds.slice(column)).toBe('seconds');
    expect(lines.find((l) => l.startsWith('resolution'))?.slice(column)).toBe('default');
    expect(lines.find((l) => l.startsWith('scene'))?.slice(column)).toBe('metadata.scene_type');
    expect(r.out).toMatch(/tier +kling-identify-face/);
    expect(r.out).toMatch(/billable seconds +5 \(minimum of the tier; asked 4\)/);
  });

  it('aligns columns when a value holds wide (CJK) characters', () => {
    const r = run(['explain', fixture('request-11-lip-sync-4s.json')]);
    const prompt = r.out.split('\n').find((l) => l.startsWith('prompt')) as string;
    // '人物口型与音频同步' is 9 characters, 18 cells wide: the source column starts where the header says.
    const header = r.out.split('\n')[0] as string;
    const cells = [...prompt].reduce((n, ch) => n + (/[\u4e00-\u9fff]/.test(ch) ? 2 : 1), 0);
    expect(cells - 'prompt'.length).toBe(header.length - 'decided by'.length);
    expect(prompt.endsWith('  prompt')).toBe(true);
  });

  it('lists warnings and issues', () => {
    const r = run(['explain', '-'], '{"model":"kling-2.5","seconds":"x","foo":1}');
    expect(r.code).toBe(1);
    expect(r.out).toContain('issues:');
    expect(r.out).toMatch(/invalid_duration +seconds/);
    expect(r.out).toContain('warnings:');
    expect(r.out).toMatch(/unknown_field +foo/);
  });
});

describe('cli: quote and check-prices', () => {
  const prices = fixture('prices.example.json');

  it('quotes a request', () => {
    const r = run(['quote', '--prices', prices, fixture('request-11-lip-sync-4s.json')]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out);
    expect(result).toMatchObject({ ok: true, tier: 'kling-identify-face', seconds: 4, billableSeconds: 5 });
    expect(result.quote).toEqual({
      tier: 'kling-identify-face',
      billableSeconds: 5,
      currency: 'CNY',
      perSecond: '0.30',
      amount: '1.50',
    });
  });

  it('exits 1 for a refused request or an unpriced tier', () => {
    expect(run(['quote', '--prices', prices, '-'], '{"model":"x"}').code).toBe(1);
    const unpriced = run([
      'quote',
      '--prices',
      file('empty.json', '{"currency":"CNY","tiers":{}}'),
      fixture('request-01-text-2.5-720p.json'),
    ]);
    expect(unpriced.code).toBe(1);
    expect(JSON.parse(unpriced.out).issues[0].code).toBe('missing_price');
  });

  it('exits 3 for a price table that is not JSON or is invalid, so a broken configuration is told from a refusal (R52)', () => {
    const notJson = run(['quote', '--prices', file('p.json', 'nope'), fixture('request-01-text-2.5-720p.json')]);
    expect(notJson.code).toBe(3);
    expect(notJson.err).toMatch(/^kling-video-rules: price table .*p\.json is not valid JSON/);
    const invalid = run([
      'quote',
      '--prices',
      file('typo.json', '{"currency":"CNY","tiers":{"kling-2.5-720p-mute":{"perTsk":"1"}}}'),
      fixture('request-01-text-2.5-720p.json'),
    ]);
    expect(invalid.code).toBe(3);
    expect(JSON.parse(invalid.out).issues.map((i: { code: string; path: string }) => `${i.code}@${i.path}`)).toEqual([
      'invalid_price_table@tiers.kling-2.5-720p-mute.perTsk',
    ]);
  });

  it('exits 2 without --prices or with an unreadable file', () => {
    expect(run(['quote', fixture('request-01-text-2.5-720p.json')]).code).toBe(2);
    expect(run(['quote', '--prices', join(tmp, 'none.json'), fixture('request-01-text-2.5-720p.json')]).code).toBe(2);
  });

  it('check-prices: the sample is clean', () => {
    const r = run(['check-prices', prices]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ok: all 33 tiers priced/);
  });

  it('check-prices: lists missing, unknown and invalid entries and exits 1', () => {
    const path = file(
      'bad-prices.json',
      JSON.stringify({
        currency: 'CNY',
        tiers: { 'kling-2.6-720p-mute': { perSecond: '1' }, 'kling-2.5-720p-mute': { perSecond: '-1' } },
      }),
    );
    const r = run(['check-prices', path]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('missing (32):');
    expect(r.out).toContain('unknown (1):\n  kling-2.6-720p-mute');
    expect(r.out).toContain('invalid (1):\n  tiers.kling-2.5-720p-mute.perSecond:');
    const json = JSON.parse(run(['check-prices', '--json', path]).out);
    expect(json).toMatchObject({ ok: false, unknown: ['kling-2.6-720p-mute'] });
    expect(json.missing).toHaveLength(32);
  });
});

describe('cli: usage', () => {
  it.each([[[]], [['frobnicate']], [['normalize', 'a.json', 'b.json']], [['normalize', '--fast']]])(
    '%j is a usage error',
    (args) => {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^kling-video-rules: |^Usage:/);
    },
  );

  it('--help prints the usage and exits 0', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('check-prices');
  });
});

describe('cli: normalize --form (R52, R58)', () => {
  it('replays a document example as the SDK sent it', () => {
    const r = run(['normalize', '--form', fixture('forms/request-08-motion-control-std.form')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).spec.tier).toBe('kling-2.5-motion-std-720p');
  });

  it('reads the form from standard input, and attaches files relative to the form file', () => {
    expect(
      JSON.parse(run(['normalize', '--form', '-'], 'model=kling-2.5\nprompt=a cat\n# a comment\n\nseconds=10\n').out)
        .spec.seconds,
    ).toBe(10);
    writeFileSync(join(tmp, 'face.gif'), 'GIF89a');
    const form = file('upload.form', 'model=kling-2.5\nprompt=x\ninput_reference@=face.gif\n');
    const r = run(['explain', '--form', form]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/unsupported_media_type\s+input_reference/);
  });

  it('a missing attached file is a usage error (exit 2); --form with another file too', () => {
    expect(run(['normalize', '--form', file('missing.form', 'image@=nope.png\n')]).code).toBe(2);
    expect(run(['normalize', '--form', fixture('forms/request-01-text-2.5-720p.form'), 'x.json']).code).toBe(2);
  });
});

describe('cli: --lang and LANG (R69)', () => {
  const refusedRequest = '{"model":"kling-25","prompt":"x"}';
  const runEnv = (args: string[], env: Record<string, string>, input = '') =>
    spawnSync(process.execPath, [bin, ...args], {
      encoding: 'utf8',
      input,
      env: { PATH: process.env.PATH ?? '', ...env },
    });

  it('--lang zh-CN writes messages in Chinese for normalize, explain, quote and check-prices', () => {
    expect(run(['normalize', '--lang', 'zh-CN', '-'], refusedRequest).out).toContain('未知模型');
    expect(run(['explain', '-', '--lang', 'zh-CN'], refusedRequest).out).toContain('未知模型');
    expect(
      run(
        ['quote', '--lang', 'zh-CN', '--prices', file('empty-prices.json', '{"currency":"CNY","tiers":{}}'), '-'],
        '{"model":"kling-2.5","prompt":"x"}',
      ).out,
    ).toContain('价格表中没有');
    expect(
      run(['check-prices', '--lang', 'zh-CN', file('bad-prices.json', '{"currency":"cny","tiers":{}}')]).out,
    ).toContain('currency 应为 3 个大写字母');
  });

  it('LANG or LC_ALL starting with zh chooses Chinese; others, English; an unknown --lang is a usage error', () => {
    expect(runEnv(['normalize', '-'], { LANG: 'zh_CN.UTF-8' }, refusedRequest).stdout).toContain('未知模型');
    expect(runEnv(['normalize', '-'], { LC_ALL: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' }, refusedRequest).stdout).toContain(
      '未知模型',
    );
    expect(runEnv(['normalize', '-'], { LANG: 'en_US.UTF-8' }, refusedRequest).stdout).toContain('unknown model');
    expect(runEnv(['normalize', '--lang', 'en', '-'], { LANG: 'zh_CN.UTF-8' }, refusedRequest).stdout).toContain(
      'unknown model',
    );
    expect(run(['normalize', '--lang', 'fr', '-'], refusedRequest).code).toBe(2);
  });
});

describe('cli: R52 conventions', () => {
  it('--version prints the package version', () => {
    const r = run(['--version']);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  });

  it.each(['normalize', 'explain', 'tiers', 'models', 'quote', 'check-prices'])(
    '%s --help prints its usage and options, exit 0',
    (command) => {
      const r = run([command, '--help']);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(new RegExp(`^Usage: kling-video-rules ${command}`));
      expect(r.out).toContain('--catalog FILE');
      expect(r.out).toContain('--lang LANG');
    },
  );

  it('options take --name=value as well as --name value', () => {
    const prices = fixture('prices.example.json');
    const spaced = run(['quote', '--prices', prices, fixture('request-01-text-2.5-720p.json')]);
    const joined = run(['quote', `--prices=${prices}`, fixture('request-01-text-2.5-720p.json')]);
    expect(joined.code).toBe(0);
    expect(joined.out).toBe(spaced.out);
    expect(run(['normalize', '--lang=zh-CN', '-'], '{"model":"kling-25","prompt":"x"}').out).toContain('未知模型');
  });

  it('with no file and a terminal on standard input, prints the usage (exit 2) instead of waiting', () => {
    const tty = file('tty.cjs', "Object.defineProperty(process.stdin, 'isTTY', { value: true });");
    for (const command of ['normalize', 'explain', 'quote --prices fixtures/prices.example.json']) {
      const r = spawnSync(process.execPath, ['-r', tty, bin, ...command.split(' ')], {
        encoding: 'utf8',
        cwd: root,
        timeout: 10_000,
      });
      expect(r.status, command).toBe(2);
      expect(r.stderr).toMatch(/^Usage: kling-video-rules /);
    }
  });
});

describe('cli: models and --catalog (R70, R73)', () => {
  const catalogJson = () => JSON.parse(JSON.stringify(catalog));
  const k35 = () => {
    const c = catalogJson();
    c.models.push({
      alias: 'kling-3.5',
      family: 'kling-3.5',
      audio: true,
      durations: { min: 3, max: 20 },
      scenes: ['standard'],
      multiShot: true,
    });
    c.families.push({ name: 'kling-3.5', referenceInTier: false });
    return file('k35.json', JSON.stringify(c));
  };

  it('models lists each alias with what it can do', () => {
    const r = run(['models']);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toMatch(
      /^model\s+family\s+scenes and seconds\s+resolutions\s+audio\s+multi-shot\s+upstream\s+tiers$/,
    );
    expect(lines.find((l) => l.startsWith('kling-3.0-omni '))).toMatch(
      /^kling-3\.0-omni\s+kling-3\.0-omni\s+standard 3-15, lip_sync 2-60\s+720P, 1080P\s+yes\s+yes\s+3\.0-Omni\s+9$/,
    );
    expect(lines.find((l) => l.startsWith('kling-1.0 '))).toMatch(/\s+-\s+5$/); // R75: no upstream version
    expect(lines).toHaveLength(13);
  });

  it('models --json is describeModels; with --prices each tier has its price', () => {
    const r = run(['models', '--json', '--prices', fixture('prices.example.json')]);
    expect(r.code).toBe(0);
    const models = JSON.parse(r.out);
    expect(models.map((m: { id: string }) => m.id)).toEqual(catalog.models.map((m) => m.alias));
    expect(models.find((m: { id: string }) => m.id === 'kling-identify-face').tiers).toEqual([
      { name: 'kling-identify-face', perSecond: '0.30' },
    ]);
    expect(run(['models', '--prices', fixture('prices.example.json')]).out).toMatch(/\nkling-identify-face\s+0\.30\n/);
  });

  it('every catalog-dependent command takes --catalog FILE', () => {
    const path = k35();
    expect(run(['models', '--catalog', path]).out).toMatch(/\nkling-3\.5\s+kling-3\.5\s+standard\s+3-20\s/);
    expect(run(['tiers', '--catalog', path]).out).toContain('kling-3.5-1080p-audio\n');
    const request = '{"model":"kling-3.5","prompt":"x","seconds":18}';
    const n = run(['normalize', '--catalog', path, '-'], request);
    expect(n.code).toBe(0);
    expect(JSON.parse(n.out).spec.tier).toBe('kling-3.5-720p-mute');
    expect(run(['normalize', '-'], request).code).toBe(1);
    expect(run(['explain', `--catalog=${path}`, '-'], request).out).toMatch(/tier\s+kling-3\.5-720p-mute/);
    const prices = file(
      'k35-prices.json',
      JSON.stringify({ currency: 'CNY', tiers: { 'kling-3.5-720p-mute': { perSecond: '1' } } }),
    );
    expect(JSON.parse(run(['quote', '--catalog', path, '--prices', prices, '-'], request).out).quote.amount).toBe('18');
    expect(run(['check-prices', '--catalog', path, prices]).out).toMatch(/^problems found:\nmissing \(36\):/);
    expect(run(['normalize', '--form', '-', '--catalog', path], 'model=kling-3.5\nprompt=x\n').code).toBe(0);
  });

  it('an invalid catalog exits 3 with every problem at its path; one that is not JSON too; an unreadable one is 2', () => {
    const c = catalogJson();
    c.models[0].durations = { min: 10, max: 5 };
    const r = run(['tiers', '--catalog', file('bad-catalog.json', JSON.stringify(c))]);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.out).issues).toEqual([
      {
        code: 'invalid_catalog',
        path: 'models.0.durations.min',
        message: '`models.0.durations.min`: the range is reversed (min 10 > max 5)',
        params: { reason: 'reversed', min: 10, max: 5 },
      },
    ]);
    expect(r.err).toMatch(/^kling-video-rules: catalog .*bad-catalog\.json is invalid\n$/);
    expect(run(['normalize', '--catalog', file('nope.json', '{'), '-'], '{}').code).toBe(3);
    expect(run(['models', '--catalog', join(tmp, 'absent.json')]).code).toBe(2);
  });
});

describe('cli: vod (R80)', () => {
  it('prints the VOD request for a request (exit 0)', () => {
    const r = run(['vod', fixture('request-09-motion-control-pro.json')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      ModelName: 'Kling',
      ModelVersion: '2.6',
      FileInfos: [{ Type: 'Url', Category: 'Video', Url: 'https://example.com/dance-ref.mp4', Usage: 'Reference' }],
      Prompt: '舞者复刻参考视频中的高难度动作',
      OutputConfig: { Duration: 10, Resolution: '1080P', AspectRatio: '16:9', AudioGeneration: 'Disabled' },
      SceneType: 'motion_control',
    });
  });

  it('a refused request prints its issues like normalize (exit 1); a model without a VOD version is exit 3', () => {
    const refused = run(['vod', '-'], '{"model":"kling-25"}');
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.out).issues[0].code).toBe('unknown_model');
    const unconfigured = run(['vod', '-'], '{"model":"kling-1.0","prompt":"x"}');
    expect(unconfigured.code).toBe(3);
    expect(JSON.parse(unconfigured.out).issues.map((i: { code: string }) => i.code)).toEqual(['no_upstream_model']);
  });

  it('--catalog names the version an operator runs kling-1.0 on', () => {
    const c = JSON.parse(JSON.stringify(catalog));
    c.models[0].upstream = { version: '1.6' };
    const r = run(
      ['vod', '--catalog', file('vod-catalog.json', JSON.stringify(c)), '-'],
      '{"model":"kling-1.0","prompt":"x"}',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).ModelVersion).toBe('1.6');
  });
});
