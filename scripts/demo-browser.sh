#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# Opens Garde-fou's practice page ("S'entraîner sans risque") in Chromium, or Firefox
# with --firefox, with the extension and the built host registered in a throwaway
# profile. Without a display ($DISPLAY empty) it runs the same scenario headless and
# prints where the screenshots are.
#   scripts/demo-browser.sh [--firefox]
# Env: GARDEFOU_HOST (default build/native-host/gardefou-host), CHROMIUM_BIN, FIREFOX_BIN.
set -euo pipefail
cd "$(dirname "$0")/.."

browser=chromium
for arg in "$@"; do
  case "$arg" in
    --firefox) browser=firefox ;;
    --chromium) browser=chromium ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg (try --help)" >&2; exit 2 ;;
  esac
done

host="${GARDEFOU_HOST:-build/native-host/gardefou-host}"
if [ ! -x "$host" ]; then
  echo "gardefou-host is not built yet ($host)." >&2
  echo "Build it with: cmake -S . -B build -G Ninja && cmake --build build" >&2
  exit 1
fi
bin=$([ "$browser" = firefox ] && echo "${FIREFOX_BIN:-/usr/bin/firefox-esr}" || echo "${CHROMIUM_BIN:-/usr/bin/chromium}")
if [ ! -x "$bin" ]; then
  echo "$browser is not installed ($bin). On Debian/Ubuntu: sudo apt-get install chromium firefox-esr" >&2
  exit 1
fi
if [ ! -d node_modules/puppeteer-core ]; then
  # Never download a browser: puppeteer-core drives the installed one.
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund
fi
export GARDEFOU_HOST="$host"
exec node tests/e2e/demo.mjs "$browser"
