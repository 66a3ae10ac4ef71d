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
import { listTiers } from 'kling-video-rules';
if (listTiers().length !== 33) throw new Error('ESM: expected 33 tiers');
console.log('ESM import ok');
"
node -e "
const { listTiers, parseTier } = require('kling-video-rules');
if (listTiers().length !== 33) throw new Error('CJS: expected 33 tiers');
if (parseTier('kling-identify-face').scene !== 'lip_sync') throw new Error('CJS: parseTier');
console.log('CommonJS require ok');
"
out=$(npx --no-install kling-video-rules tiers | wc -l)
[ "$out" -eq 33 ] || { echo "bin: expected 33 tiers, got $out"; exit 1; }
echo "bin ok"
ls node_modules/kling-video-rules/dist
