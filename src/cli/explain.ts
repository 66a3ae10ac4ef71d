/**
 * The CLI's views for people (R52): `explain` and `models` render a result and decide nothing. Not part of the package's
 * main entry, to keep that entry small for browsers and edge runtimes.
 *
 * A plain-text explanation of a normalization result: each resolved value and the
 * input field that decided it, the tier, the billable seconds, warnings and issues, as aligned columns.
 * @module
 */
import type { DurationSet } from '../catalog/catalog.js';
import type { ModelDescription } from '../wire/describe.js';
import type { Notice, NormalizeResult, SourcedField, TaskSpec } from '../shared/types.js';

/** East Asian wide and fullwidth characters take two terminal cells (CJK, Hangul, fullwidth forms, emoji). */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u;

/** The width of a string in terminal cells. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

function table(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
    });
  }
  const pad = (cell: string, width: number) => cell + ' '.repeat(Math.max(0, width - displayWidth(cell)));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : pad(cell, widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

function notices(title: string, list: readonly Notice[]): string[] {
  if (list.length === 0) return [];
  return [
    '',
    `${title}:`,
    ...table([
      ['code', 'path', 'message'],
      ...list.map((n) => [n.code, n.path === '' ? '(root)' : n.path, n.message]),
    ]).map((l) => `  ${l}`),
  ];
}

const ROWS: readonly (readonly [string, (s: TaskSpec) => unknown, SourcedField | undefined])[] = [
  ['model', (s) => s.model, undefined],
  ['family', (s) => s.family, undefined],
  ['scene', (s) => s.scene, 'scene'],
  ['generation', (s) => s.generation, undefined],
  ['seconds', (s) => s.seconds, 'seconds'],
  ['resolution', (s) => s.resolution, 'resolution'],
  ['aspect ratio', (s) => s.aspectRatio, 'aspectRatio'],
  ['audio', (s) => (s.audio ? 'on' : 'off'), 'audio'],
  ['motion level', (s) => s.motionLevel, 'motionLevel'],
  ['reference', (s) => (s.reference ? 'yes (ref)' : 'no (noref)'), undefined],
  [
    'prompt',
    (s) => (s.prompt === undefined ? undefined : s.prompt.length > 40 ? `${s.prompt.slice(0, 37)}...` : s.prompt),
    'prompt',
  ],
];

/** Renders a {@link NormalizeResult} as an aligned plain-text table for people. */
export function explain(result: NormalizeResult): string {
  const lines: string[] = [];
  if (result.ok) {
    const { spec } = result;
    const rows: string[][] = [['value', 'resolved', 'decided by']];
    for (const [label, get, source] of ROWS) {
      const value = get(spec);
      if (value === undefined) continue;
      rows.push([label, String(value), source === undefined ? '' : (spec.sources[source] ?? '')]);
    }
    lines.push(...table(rows));
    lines.push(
      '',
      ...table([
        ['tier', spec.tier],
        [
          'billable seconds',
          `${spec.billableSeconds}${spec.billableSeconds > spec.seconds ? ` (minimum of the tier; asked ${spec.seconds})` : ''}`,
        ],
      ]),
    );
  } else {
    lines.push(`refused: ${result.issues.length} issue${result.issues.length === 1 ? '' : 's'}`);
    lines.push(...notices('issues', result.issues));
  }
  lines.push(...notices('warnings', result.warnings));
  return `${lines.join('\n')}\n`;
}

/** Renders {@link ModelDescription}s (R73) for people: one row a model, then each tier's prices when a table gave any. */
export function describeLines(models: readonly ModelDescription[]): string[] {
  const yes = (b: boolean) => (b ? 'yes' : 'no');
  const range = (d: DurationSet) => ('values' in d ? d.values.join('/') : `${d.min}-${d.max}`);
  // R73: each scene with the durations it allows for the model (`standard 5/10, lip_sync 2-60`).
  const scenes = (m: ModelDescription) =>
    m.scenes
      .map((s) => {
        const d = m.durations[s];
        return d === undefined ? s : `${s} ${range(d)}`;
      })
      .join(', ');
  const lines = table([
    ['model', 'family', 'scenes and seconds', 'resolutions', 'audio', 'multi-shot', 'upstream', 'tiers'],
    ...models.map((m) => [
      m.id,
      m.family,
      scenes(m),
      m.resolutions.join(', '),
      yes(m.audio),
      yes(m.multiShot),
      m.upstream?.version ?? '-',
      String(m.tiers.length),
    ]),
  ]);
  const priced = new Map<string, string[]>();
  for (const m of models)
    for (const t of m.tiers)
      if (t.perSecond !== undefined || t.perTask !== undefined)
        priced.set(t.name, [t.name, t.perSecond ?? '', t.perTask ?? '']);
  if (priced.size > 0)
    lines.push(
      '',
      ...table([
        ['tier', 'per second', 'per task'],
        ...[...priced.values()].sort((a, b) => (a[0] as string).localeCompare(b[0] as string)),
      ]),
    );
  return lines;
}
