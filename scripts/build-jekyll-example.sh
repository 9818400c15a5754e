#!/usr/bin/env bash
# Builds examples/jekyll with Debian's Jekyll into examples/jekyll/_site, using the CDN bundle from `npm run build:cdn`.
# test/hosts/jekyll.test.ts then checks the built page in every browser.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v jekyll >/dev/null; then
  echo "jekyll is missing: run  apt-get update && apt-get install -y jekyll  (scripts/ensure-browsers.sh does this as root)" >&2
  exit 1
fi
[ -f cdn/workshop-elements.js ] || npm run build:cdn
mkdir -p examples/jekyll/assets
cp cdn/workshop-elements.js examples/jekyll/assets/
jekyll build --quiet -s examples/jekyll -d examples/jekyll/_site
echo "jekyll example: built examples/jekyll/_site/index.html"
