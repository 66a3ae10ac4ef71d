// The README's "Billing" snippet, compiled by `npm run typecheck`. The ledger is yours; it is declared here, and so
// is the price table (a JSON file you load at start-up).
declare const ledger: {
  hold(entry: { tier: string; seconds: number; amount: string; currency: string }): Promise<void>;
};
declare const prices: unknown; // { "currency": "CNY", "tiers": { "<tier>": { "perSecond": "0.51" } } }
// README:start
import { checkPriceTable, quoteRequest, toErrorResponse } from 'kling-video-rules';

const check = checkPriceTable(prices); // at start-up: refuse a table with gaps or typos
if (!check.ok) throw new Error(`price table: ${JSON.stringify(check)}`);

export async function priceVideo(raw: unknown): Promise<Response> {
  const result = quoteRequest(raw, prices);
  if (!result.ok) {
    const { status, body } = toErrorResponse(result); // 400 for the client's mistakes, 500 for a price gap
    return Response.json(body, { status }); // the shape the OpenAI SDKs read
  }
  const { spec, quote } = result; // quote.amount: exact decimal string, e.g. "7.65"
  await ledger.hold({
    tier: quote.tier,
    seconds: quote.billableSeconds,
    amount: quote.amount,
    currency: quote.currency,
  });
  return Response.json({ tier: spec.tier, amount: quote.amount });
}
