#!/usr/bin/env bash
# npm run bench:ab -- <revision> [normalize|quote|refused]: a call of this checkout against <revision> (default HEAD), in one
# process, on the document examples. On a shared machine two `npm run bench` runs differ by more than most
# single changes gain; interleaving both builds in one process makes their ratio steady (about +-2 %).
# It builds <revision> in a temporary git worktree (its node_modules linked to this one's) and removes it after.
set -euo pipefail
rev="${1:-HEAD}"
root="$(cd "$(dirname "$0")/.." && pwd)"
tree="$(mktemp -d)"
out="$root/node_modules/.bench-ab"
cleanup() { git -C "$root" worktree remove --force "$tree" >/dev/null 2>&1 || rm -rf "$tree"; }
trap cleanup EXIT
git -C "$root" worktree add --force --detach "$tree" "$rev" >/dev/null
ln -s "$root/node_modules" "$tree/node_modules"
(cd "$tree" && npx tsup --silent >/dev/null)
rm -rf "$out" && mkdir -p "$out" && cp -r "$tree/dist/." "$out/"
(cd "$root" && npx tsup --silent >/dev/null)
node "$root/scripts/bench-ab.mjs" "$out/index.js" "$rev" "${2:-normalize}"
