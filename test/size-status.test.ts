import { describe, expect, it } from 'vitest';
import { normalizeStatus, sizeOf } from '../src/index.js';

describe('sizeOf (R25)', () => {
  it.each([
    ['720P', '16:9', '1280x720'],
    ['720P', '9:16', '720x1280'],
    ['720P', '1:1', '720x720'],
    ['1080P', '16:9', '1920x1080'],
    ['1080P', '9:16', '1080x1920'],
    ['1080P', '1:1', '1080x1080'],
  ] as const)('%s %s -> %s', (resolution, aspectRatio, size) => {
    expect(sizeOf({ resolution, aspectRatio })).toBe(size);
  });

  it('is undefined without an aspect ratio', () => {
    expect(sizeOf({ resolution: '720P' })).toBeUndefined();
    expect(sizeOf({ resolution: '1080P' })).toBeUndefined();
  });

  it('is undefined, never throwing, for values outside the catalog', () => {
    expect(sizeOf({ resolution: '4K', aspectRatio: '16:9' } as never)).toBeUndefined();
    expect(sizeOf({ resolution: '720P', aspectRatio: '4:3' } as never)).toBeUndefined();
    expect(sizeOf(null as never)).toBeUndefined();
  });
});

describe('normalizeStatus (R49)', () => {
  it.each([
    ['queued', 'queued'],
    ['pending', 'queued'],
    ['waiting', 'queued'],
    ['submitted', 'queued'],
    ['processing', 'in_progress'],
    ['in_progress', 'in_progress'],
    ['running', 'in_progress'],
    ['completed', 'completed'],
    ['succeeded', 'completed'],
    ['succeed', 'completed'],
    ['success', 'completed'],
    ['finish', 'completed'],
    ['finished', 'completed'],
    ['failed', 'failed'],
    ['failure', 'failed'],
    ['cancelled', 'failed'],
    ['canceled', 'failed'],
    ['aborted', 'failed'],
    ['expired', 'failed'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeStatus(input)).toBe(expected);
  });

  it.each([
    ['QUEUED', 'queued'],
    ['In_Progress', 'in_progress'],
    ['SUCCEED', 'completed'],
    ['Cancelled', 'failed'],
  ])('is case-insensitive: %s -> %s', (input, expected) => {
    expect(normalizeStatus(input)).toBe(expected);
  });

  it('trims surrounding white space, as enumerated values are read (R5)', () => {
    expect(normalizeStatus(' completed\n')).toBe('completed');
  });

  it.each(['', 'in progress', 'queue', 'toString', '__proto__', 'constructor', 'x'.repeat(100_000)])(
    'unknown spelling %j -> undefined',
    (input) => {
      expect(normalizeStatus(input)).toBeUndefined();
    },
  );

  it('a padded spelling is the spelling, however long its padding (R49 amended: no undocumented cap)', () => {
    expect(normalizeStatus(`  completed${' '.repeat(22)}`)).toBe('completed');
    expect(normalizeStatus(`${' '.repeat(100_000)}FAILED\n`)).toBe('failed');
  });

  it.each([
    ['done', 'completed'],
    ['DONE', 'completed'],
    ['fail', 'failed'],
    ['error', 'failed'],
    ['errored', 'failed'],
    ['timeout', 'failed'],
    ['timed_out', 'failed'],
    ['Rejected', 'failed'],
  ])('the amended spellings of R49: %j -> %s', (input, state) => {
    expect(normalizeStatus(input)).toBe(state);
  });

  it.each([undefined, null, 1, true, {}, ['queued'], { status: 'queued' }])('non-string %j -> undefined', (input) => {
    expect(normalizeStatus(input)).toBeUndefined();
  });
});
