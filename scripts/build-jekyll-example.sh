#!/usr/bin/env bash
# Builds examples/jekyll (the seed page on the Jekyll kit) with Debian's Jekyll into examples/jekyll/_site, the way an
# organizer would: the kit folder jekyll/ is copied into the site as it is (its committed bundle included; no Node).
# Bootstrap 3's stylesheet, which the seed's theme uses, comes from node_modules.
# test/hosts/jekyll.test.ts and test/node/jekyll-kit.test.mjs then check the built page.
#
#   bash scripts/build-jekyll-example.sh            build examples/jekyll/_site
#   bash scripts/build-jekyll-example.sh --pages    also build it as GitHub Pages would (safe mode, no plugins) into
#                                                   examples/jekyll/_site-pages
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v jekyll >/dev/null; then
  echo "jekyll is missing: run  apt-get update && apt-get install -y jekyll  (scripts/ensure-browsers.sh does this as root)" >&2
  exit 1
fi
site=examples/jekyll
rm -rf "$site/_includes" "$site/assets"
cp -R jekyll/. "$site/"
mkdir -p "$site/static/css"
cp node_modules/bootstrap/dist/css/bootstrap.min.css "$site/static/css/"
jekyll build --quiet -s "$site" -d "$site/_site"
echo "jekyll example: built $site/_site/index.html"
# The same kit on hostile data (quotes, </script>, javascript: URLs), for test/hosts/jekyll.test.ts.
hostile=test/hosts/jekyll-hostile
rm -rf "$hostile/_includes" "$hostile/assets"
cp -R jekyll/. "$hostile/"
jekyll build --quiet -s "$hostile" -d "$hostile/_site"
if [ "${1:-}" = "--pages" ]; then
  jekyll build --quiet --safe --config "$site/_config.yml,$site/_config.pages.yml" -s "$site" -d "$site/_site-pages"
  echo "jekyll example: built $site/_site-pages/index.html (safe mode)"
fi
