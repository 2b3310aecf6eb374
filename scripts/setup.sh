#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Garde-fou contributors
# SPDX-License-Identifier: MIT
# First command of the README: installs what is missing, builds, and shows Garde-fou working
# (a scan of a bundled sample, then the practice page in a browser with the extension and the
# host registered in a throwaway profile; headless with a screenshot when there is no display).
#   scripts/setup.sh [--firefox] [--no-demo]
set -euo pipefail
cd "$(dirname "$0")/.."
demo=1
browser_args=()
for a in "$@"; do
  case "$a" in
    --no-demo) demo=0 ;;
    --firefox) browser_args+=(--firefox) ;;
    *) echo "usage: scripts/setup.sh [--firefox] [--no-demo]" >&2; exit 64 ;;
  esac
done

scripts/deps.sh
scripts/build.sh build

if ((demo)); then
  echo
  echo "== gardefou-host scan samples/prompt-fr.txt =="
  build/native-host/gardefou-host scan samples/prompt-fr.txt
  echo
  echo "== gardefou-host redact samples/prompt-fr.txt =="
  build/native-host/gardefou-host redact samples/prompt-fr.txt
  if [[ -x scripts/demo-browser.sh ]]; then
    echo
    GARDEFOU_HOST="$PWD/build/native-host/gardefou-host" scripts/demo-browser.sh "${browser_args[@]}"
  fi
fi
