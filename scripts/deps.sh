#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Garde-fou contributors
# SPDX-License-Identifier: MIT
# Installs what Garde-fou needs to build and test on Debian or Ubuntu, only what is missing:
# Debian packages (apt-get) and the extension's development tools (npm ci).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build pkg-config git python3 file dpkg-dev jq
  clang clang-tidy libclang-rt-14-dev
  nlohmann-json3-dev libre2-dev libicu-dev libspdlog-dev libphonenumber-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  hunspell-fr-comprehensive wfrench wamerican
  chromium firefox-esr
)
# Node.js and npm: Debian's packages unless the machine already has them from elsewhere (a
# nodesource build ships npm inside its nodejs package, which Debian's npm would conflict with).
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "Garde-fou: installing ${#missing[@]} missing package(s): ${missing[*]}"
  sudo_cmd=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "Garde-fou: run this as root or install sudo." >&2; exit 1; }
    sudo_cmd=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Garde-fou: every Debian package needed is already installed."
fi

if [[ -f package-lock.json ]]; then
  if [[ ! -d node_modules ]] || [[ package-lock.json -nt node_modules/.package-lock.json ]]; then
    echo "Garde-fou: installing the extension's development tools (npm ci)."
    PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
  fi
fi
