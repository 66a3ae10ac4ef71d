#!/usr/bin/env bash
# Checks the packed package, not the sources: ESM import, CommonJS require, types and the bin all work.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tarball=$(cd "$root" && npm pack --silent --pack-destination "$work" | tail -n 1)
cd "$work"
printf '{ "name": "pack-check", "private": true, "version": "0.0.0" }\n' > package.json
npm install --silent --no-audit --no-fund "./$tarball" >/dev/null
node --input-type=module -e "
import { listTiers, normalizeBody, normalizeForm, normalizeRequest, quote, toErrorResponse } from 'kling-video-rules';
if (listTiers().length !== 33) throw new Error('ESM: expected 33 tiers');
const r = normalizeRequest({ model: 'kling-2.6', seconds: '5', metadata: { scene_type: 'motion_control', video_url: 'https://example.com/v.mp4' } });
if (!r.ok || r.spec.tier !== 'kling-2.5-motion-std-720p') throw new Error('ESM: normalizeRequest');
const q = quote({ tier: 't', billableSeconds: 15 }, { currency: 'CNY', tiers: { t: { perSecond: '0.51' } } });
if (!q.ok || q.quote.amount !== '7.65') throw new Error('ESM: quote');
const f = new FormData(); f.append('model', 'kling-2.5'); f.append('prompt', 'x'); f.append('metadata[output_config][resolution]', '1080P');
const fr = normalizeForm(f);
if (!fr.ok || fr.spec.tier !== 'kling-2.5-1080p-mute') throw new Error('ESM: normalizeForm');
if (toErrorResponse(normalizeBody('text/plain', 'x')).status !== 415) throw new Error('ESM: toErrorResponse');
const { zhCN } = await import('kling-video-rules/messages/zh-CN');
const zh = normalizeRequest({ model: 'kling-25' }, { messages: zhCN });
if (zh.ok || !zh.issues[0].message.includes('未知模型')) throw new Error('ESM: messages/zh-CN');
const { default: schema } = await import('kling-video-rules/request.schema.json', { with: { type: 'json' } });
const { requestJsonSchema, createRules, catalog } = await import('kling-video-rules');
if (schema.\$schema !== 'https://json-schema.org/draft/2020-12/schema' || JSON.stringify(schema) !== JSON.stringify(requestJsonSchema)) throw new Error('ESM: request.schema.json');
const { default: openapi } = await import('kling-video-rules/openapi.json', { with: { type: 'json' } });
if (openapi.openapi !== '3.1.0' || !openapi.paths['/v1/videos']) throw new Error('ESM: openapi.json');
const { requestSchema, pickMessages, toVodTask, readVodTask, settle } = await import('kling-video-rules');
if (requestSchema['~standard'].version !== 1 || typeof pickMessages !== 'function' || typeof toVodTask !== 'function' || typeof readVodTask !== 'function' || typeof settle !== 'function') throw new Error('ESM: the new exports');
const made = createRules(JSON.parse(JSON.stringify(catalog)));
if (!made.ok || made.rules.listTiers().length !== 33) throw new Error('ESM: createRules');
console.log('ESM import ok');
"
node -e "
const { listTiers, parseTier, normalizeRequestBody } = require('kling-video-rules');
if (listTiers().length !== 33) throw new Error('CJS: expected 33 tiers');
const r = normalizeRequestBody('{\"model\":\"kling-2.5\",\"image\":\"https://example.com/f.png\",\"seconds\":\"4\",\"metadata\":{\"scene_type\":\"lip_sync\"}}');
if (!r.ok || r.spec.tier !== 'kling-identify-face' || r.spec.billableSeconds !== 5) throw new Error('CJS: normalizeRequestBody');
if (parseTier('kling-identify-face').scene !== 'lip_sync') throw new Error('CJS: parseTier');
const { zhCN } = require('kling-video-rules/messages/zh-CN');
if (typeof zhCN.unknown_model !== 'function') throw new Error('CJS: messages/zh-CN');
if (require('kling-video-rules/request.schema.json').required[0] !== 'model') throw new Error('CJS: request.schema.json');
console.log('CommonJS require ok');
"
out=$(npx --no-install kling-video-rules tiers | wc -l)
[ "$out" -eq 33 ] || { echo "bin: expected 33 tiers, got $out"; exit 1; }
echo '{"model":"kling-2.5","prompt":"x"}' | npx --no-install kling-video-rules normalize - | grep -q '"tier": "kling-2.5-720p-mute"' || { echo "bin normalize failed"; exit 1; }
npx --no-install kling-video-rules models --json | node -e "const m = JSON.parse(require('fs').readFileSync(0, 'utf8')); if (m.length !== 12) process.exit(1)" || { echo "bin models failed"; exit 1; }
echo "bin ok"
ls node_modules/kling-video-rules/dist
