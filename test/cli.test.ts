// The built bin, run as a subprocess (npm test builds it first: see the pretest script).
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

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
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input: input ?? '', env: { ...process.env, LANG: 'C', LC_ALL: '' } });
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
    expect(r.err.split('\n')[0]).toMatch(/^kling-video-rules: tiers: unexpected argument --yaml$/);
    expect(r.out).toBe('');
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
    expect(result.quote).toEqual({ tier: 'kling-identify-face', billableSeconds: 5, currency: 'CNY', perSecond: '0.30', amount: '1.50' });
  });

  it('exits 1 for a refused request, an unpriced tier or a prices file that is not JSON', () => {
    expect(run(['quote', '--prices', prices, '-'], '{"model":"x"}').code).toBe(1);
    const unpriced = run(['quote', '--prices', file('empty.json', '{"currency":"CNY","tiers":{}}'), fixture('request-01-text-2.5-720p.json')]);
    expect(unpriced.code).toBe(1);
    expect(JSON.parse(unpriced.out).issues[0].code).toBe('missing_price');
    expect(run(['quote', '--prices', file('p.json', 'nope'), fixture('request-01-text-2.5-720p.json')]).code).toBe(1);
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
    const path = file('bad-prices.json', JSON.stringify({ currency: 'CNY', tiers: { 'kling-2.6-720p-mute': { perSecond: '1' }, 'kling-2.5-720p-mute': { perSecond: '-1' } } }));
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
  it.each([[[]], [['frobnicate']], [['normalize', 'a.json', 'b.json']], [['normalize', '--fast']]])('%j is a usage error', (args) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^kling-video-rules: |^Usage:/);
  });

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
    expect(JSON.parse(run(['normalize', '--form', '-'], 'model=kling-2.5\nprompt=a cat\n# a comment\n\nseconds=10\n').out).spec.seconds).toBe(10);
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
    spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input, env: { PATH: process.env.PATH ?? '', ...env } });

  it('--lang zh-CN writes messages in Chinese for normalize, explain, quote and check-prices', () => {
    expect(run(['normalize', '--lang', 'zh-CN', '-'], refusedRequest).out).toContain('未知模型');
    expect(run(['explain', '-', '--lang', 'zh-CN'], refusedRequest).out).toContain('未知模型');
    expect(run(['quote', '--lang', 'zh-CN', '--prices', file('empty-prices.json', '{"currency":"CNY","tiers":{}}'), '-'], '{"model":"kling-2.5","prompt":"x"}').out).toContain('价格表中没有');
    expect(run(['check-prices', '--lang', 'zh-CN', file('bad-prices.json', '{"currency":"cny","tiers":{}}')]).out).toContain('currency 应为 3 个大写字母');
  });

  it('LANG or LC_ALL starting with zh chooses Chinese; others, English; an unknown --lang is a usage error', () => {
    expect(runEnv(['normalize', '-'], { LANG: 'zh_CN.UTF-8' }, refusedRequest).stdout).toContain('未知模型');
    expect(runEnv(['normalize', '-'], { LC_ALL: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' }, refusedRequest).stdout).toContain('未知模型');
    expect(runEnv(['normalize', '-'], { LANG: 'en_US.UTF-8' }, refusedRequest).stdout).toContain('unknown model');
    expect(runEnv(['normalize', '--lang', 'en', '-'], { LANG: 'zh_CN.UTF-8' }, refusedRequest).stdout).toContain('unknown model');
    expect(run(['normalize', '--lang', 'fr', '-'], refusedRequest).code).toBe(2);
  });
});
