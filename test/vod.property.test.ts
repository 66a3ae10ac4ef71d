// The laws of the upstream (R76, R77) and of settlement (R79), over generated requests, answers and outcomes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeRequest, parseTier, quote, readVodTask, settle, toVodTask, type TaskSpec } from '../src/index.js';
import { mutatedExampleArb, requestArb } from './arbitraries.js';

const accepted = fc
  .oneof(requestArb, mutatedExampleArb)
  .map((raw) => normalizeRequest(raw))
  .filter((r) => r.ok)
  .map((r) => (r as { spec: TaskSpec }).spec);

describe('R76: what is billed is what VOD is asked for', () => {
  it('every entry has a Usage; resolution, sound, scene, reference and duration agree with the tier parsed back', () => {
    fc.assert(
      fc.property(accepted, (spec) => {
        const made = toVodTask(spec);
        if (!made.ok) {
          // Only models VOD lists no version for are refused (R75), as the operator's configuration.
          expect(made.issues.map((i) => i.code)).toEqual(['no_upstream_model']);
          expect([
            'kling-1.0',
            'kling-1.5',
            'kling-identify-face',
            'kling-avatar-720p',
            'kling-avatar-1080p',
          ]).toContain(spec.model);
          return;
        }
        const { request } = made;
        const parts = parseTier(spec.tier) as Record<string, unknown>;
        expect(parts).toBeDefined();
        const files = request.FileInfos ?? [];
        for (const file of files) expect(['FirstFrame', 'Reference', 'LastFrame']).toContain(file.Usage);
        expect(request.OutputConfig.Duration).toBe(spec.seconds);
        expect(spec.billableSeconds).toBeGreaterThanOrEqual(request.OutputConfig.Duration);
        if (parts.resolution !== undefined) expect(request.OutputConfig.Resolution).toBe(parts.resolution);
        if (parts.audio !== undefined)
          expect(request.OutputConfig.AudioGeneration).toBe(parts.audio ? 'Enabled' : 'Disabled');
        else expect(request.OutputConfig.AudioGeneration).toBe('Disabled');
        expect(request.SceneType ?? 'standard').toBe(parts.scene);
        if (parts.reference !== undefined) expect(files.some((f) => f.Usage === 'Reference')).toBe(parts.reference);
        expect(files.some((f) => f.Usage === 'Reference')).toBe(spec.reference);
        expect(files.filter((f) => f.Usage === 'FirstFrame').length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 1500 },
    );
  });

  it('never throws on any value', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withSparseArray: true }), fc.anything(), (spec, options) => {
        const made = toVodTask(spec as never, options as never);
        expect(typeof made.ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });
});

const answerArb = fc
  .record(
    {
      Status: fc.constantFrom('WAITING', 'PROCESSING', 'FINISH', 'ABORTED', 'finish', 'DONE', ''),
      ErrCode: fc.oneof(fc.constant(0), fc.integer(), fc.constant(undefined), fc.constant('1')),
      ErrCodeExt: fc.option(fc.constantFrom('InvalidParameter', 'TaskTimeout', 'X'), { nil: undefined }),
      Message: fc.option(fc.string(), { nil: undefined }),
      Progress: fc.option(fc.oneof(fc.double(), fc.integer({ min: 0, max: 100 })), { nil: undefined }),
      Output: fc.option(
        fc.record({
          FileInfos: fc.array(
            fc.record({ FileUrl: fc.option(fc.constantFrom('', 'https://v.example.com/o.mp4'), { nil: undefined }) }),
            { maxLength: 2 },
          ),
        }),
        { nil: undefined },
      ),
    },
    { requiredKeys: [] },
  )
  .map((task) => ({ TaskId: 't-1', ...task }));

describe('R77: readVodTask', () => {
  it('never reports completed for a non-zero ErrCode, nor without an output URL; never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          answerArb,
          answerArb.map((t) => ({ TaskType: 'AigcVideoTask', AigcVideoTask: t })),
          answerArb.map((t) => ({ Response: { AigcVideoTask: t } })),
          fc.anything(),
        ),
        (answer) => {
          const read = readVodTask(answer);
          if (!read.ok) return;
          const task =
            (
              answer as {
                Response?: { AigcVideoTask: Record<string, unknown> };
                AigcVideoTask?: Record<string, unknown>;
              }
            ).Response?.AigcVideoTask ??
            (answer as { AigcVideoTask?: Record<string, unknown> }).AigcVideoTask ??
            (answer as Record<string, unknown>);
          if (typeof task.ErrCode === 'number' && task.ErrCode !== 0) expect(read.task.status).not.toBe('completed');
          if (read.task.status === 'completed') expect(read.task.videoUrl).toMatch(/^https:/);
          if (read.task.status === 'failed') expect(read.task.error?.code).toMatch(/^[a-z_]+$/);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

/** An exact decimal as a scaled BigInt (the test's own arithmetic, not the library's). */
const scaled = (text: string, scale: number): bigint => {
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const units = BigInt(whole + fraction.padEnd(scale, '0'));
  return negative ? -units : units;
};

describe('R79: settle conserves money', () => {
  const price = fc.tuple(fc.nat(1000), fc.nat(999)).map(([a, b]) => `${a}.${String(b).padStart(3, '0')}`);
  it('amount = quote.amount + delta, exactly; final only when the task ended; a failed task bills nothing', () => {
    fc.assert(
      fc.property(
        price,
        fc.option(price, { nil: undefined }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom('queued', 'in_progress', 'completed', 'failed', 'SUCCEED', 'timeout'),
        fc.option(fc.double({ min: 0, max: 120, noNaN: true }), { nil: undefined }),
        (perSecond, perTask, seconds, status, outputSeconds) => {
          const q = quote(
            { tier: 'kling-2.5-720p-mute', billableSeconds: seconds },
            {
              currency: 'CNY',
              tiers: { 'kling-2.5-720p-mute': perTask === undefined ? { perSecond } : { perSecond, perTask } },
            },
          );
          if (!q.ok) throw new Error('quote');
          const s = settle(q.quote, { status, outputSeconds });
          if (!s.ok) throw new Error(JSON.stringify(s.issues));
          const { amount, delta, final, billedSeconds } = s.settlement;
          expect(scaled(amount, 3)).toBe(scaled(q.quote.amount, 3) + scaled(delta, 3));
          expect(final).toBe(!['queued', 'in_progress'].includes(status));
          if (['failed', 'timeout'].includes(status)) expect(scaled(amount, 3)).toBe(0n);
          if (final && billedSeconds > 0) expect(billedSeconds).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never throws on any value', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (q, outcome, options) => {
        expect(typeof settle(q as never, outcome as never, options as never).ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });
});
