#!/usr/bin/env bash
# Make sure the browser engines, the virtual display and Jekyll that `npm test` needs are installed.
#
# Nothing can download a browser on our machines (puppeteer/playwright downloads are blocked), so the
# engines come from Debian's packages:
#   Chromium     /usr/bin/chromium          (package chromium)           via @web/test-runner-chrome
#   Firefox ESR  /usr/bin/firefox-esr       (package firefox-esr)        via @web/test-runner-puppeteer
#   WebKit       /usr/bin/WebKitWebDriver   (package webkit2gtk-driver)  via @web/test-runner-webdriver
#   xvfb-run + xauth                        (packages xvfb, xauth)       MiniBrowser has no headless mode
#   jekyll                                  (package jekyll)             scripts/build-jekyll-example.sh
#
# All present: prints one line and exits 0.
# Something missing: as root with apt-get, installs only the missing packages; otherwise exits 1 and
# prints the command to run.
set -euo pipefail

# "path|package" pairs
checks=(
  "/usr/bin/chromium|chromium"
  "/usr/bin/firefox-esr|firefox-esr"
  "WebKitWebDriver|webkit2gtk-driver"
  "xvfb-run|xvfb"
  "xauth|xauth"
  "jekyll|jekyll"
)

missing_pkgs=()
missing_what=()
for entry in "${checks[@]}"; do
  path="${entry%%|*}"
  pkg="${entry##*|}"
  if [[ "$path" == /* ]]; then
    [[ -x "$path" ]] && continue
  else
    command -v "$path" >/dev/null 2>&1 && continue
  fi
  missing_pkgs+=("$pkg")
  missing_what+=("$path")
done

if [[ ${#missing_pkgs[@]} -eq 0 ]]; then
  echo "ensure-browsers: chromium, firefox-esr, WebKitWebDriver, xvfb-run, xauth and jekyll are present."
  exit 0
fi

echo "ensure-browsers: missing ${missing_what[*]}" >&2
echo "ensure-browsers: the tests run in Chromium, Firefox ESR and WebKit (MiniBrowser under xvfb-run) and build" >&2
echo "ensure-browsers: the Jekyll example; npm cannot download these, they come from Debian packages." >&2

if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-browsers: running as root, installing with apt-get: ${missing_pkgs[*]} (about a minute)" >&2
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing_pkgs[@]}"
  # Re-check so a failed or partial install does not go unnoticed.
  for entry in "${checks[@]}"; do
    path="${entry%%|*}"
    if [[ "$path" == /* ]]; then
      [[ -x "$path" ]] && continue
    else
      command -v "$path" >/dev/null 2>&1 && continue
    fi
    echo "ensure-browsers: $path is still missing after apt-get install" >&2
    exit 1
  done
  echo "ensure-browsers: installed ${missing_pkgs[*]}." >&2
  exit 0
fi

echo "ensure-browsers: install them with:" >&2
echo "  sudo apt-get update && sudo apt-get install -y ${missing_pkgs[*]}" >&2
exit 1
