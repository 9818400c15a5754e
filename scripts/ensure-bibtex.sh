#!/usr/bin/env bash
# Make sure the real `bibtex` binary is installed for test/node/bibtex-hostile.test.mjs (it checks that BibTeX
# reads our generated .bib files with one entry per paper, whatever the titles hold).
#
# It comes from Debian's texlive-binaries, installed without recommends (texlive-base is not needed: the test
# brings its own style file). As root with apt-get, a missing bibtex is installed; where that cannot be done, this
# prints why and exits 0: the test then skips with a message saying so.
set -uo pipefail

if command -v bibtex >/dev/null 2>&1; then
  echo "ensure-bibtex: bibtex is present."
  exit 0
fi

if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-bibtex: bibtex is missing; installing texlive-binaries with apt-get (no recommends)" >&2
  if (apt-get install -y --no-install-recommends texlive-binaries ||
    (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends texlive-binaries)) >&2 &&
    command -v bibtex >/dev/null 2>&1; then
    echo "ensure-bibtex: installed texlive-binaries." >&2
    exit 0
  fi
  echo "ensure-bibtex: could not install texlive-binaries; the real-bibtex test will be skipped." >&2
  exit 0
fi

echo "ensure-bibtex: bibtex is missing and cannot be installed here (not root, or no apt-get); the real-bibtex" >&2
echo "ensure-bibtex: test will be skipped. Install it with: sudo apt-get install --no-install-recommends texlive-binaries" >&2
exit 0
