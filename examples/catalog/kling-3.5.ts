// The README's worked example (R70): an operator adds a Kling version as a row of data, then sees its tiers, its
// prices and a normalized request. test/readme.test.ts runs it and checks that it prints what the README says.
// README:start
import { catalog, createRules, normalizeRequest } from 'kling-video-rules';

// Start from the default catalog as JSON (as you would load your own from a file) and add one row and its family.
const mine = JSON.parse(JSON.stringify(catalog));
mine.models.push({
  alias: 'kling-3.5',
  family: 'kling-3.5',
  audio: true,
  durations: { min: 3, max: 20 },
  scenes: ['standard', 'lip_sync'],
  multiShot: true,
});
mine.families.push({ name: 'kling-3.5', referenceInTier: false });
mine.minimumBillableSeconds['kling-3.5-1080p-audio'] = 5;

const made = createRules(mine);
if (!made.ok) throw new Error(made.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
const rules = made.rules;

console.log(
  rules
    .listTiers()
    .filter((t) => t.startsWith('kling-3.5'))
    .join(' '),
);

const prices = { currency: 'CNY', tiers: { 'kling-3.5-1080p-audio': { perSecond: '1.20' } } };
const model = rules.describeModels(prices).find((m) => m.id === 'kling-3.5');
console.log(JSON.stringify(model?.durations), JSON.stringify(model?.tiers[0]));

const raw = {
  model: 'KLING-3.5',
  prompt: 'a harbour at dawn',
  seconds: 3,
  size: '1920x1080',
  metadata: { audio: true },
};
const quoted = rules.quoteRequest(raw, prices);
if (quoted.ok) console.log(quoted.spec.tier, quoted.spec.seconds, quoted.spec.billableSeconds, quoted.quote.amount);

// A tier name is a model id too (R72); the root functions still know nothing of kling-3.5.
const byTier = rules.normalizeRequest({ model: 'kling-3.5-720p-mute', prompt: 'x', seconds: 20 });
console.log(byTier.ok && byTier.spec.model, normalizeRequest({ model: 'kling-3.5', prompt: 'x' }).ok);
