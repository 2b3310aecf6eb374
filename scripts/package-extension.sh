#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Garde-fou contributors
# SPDX-License-Identifier: MIT
# Packages the extension for both stores into dist/ (or $1), from the one codebase in extension/:
#   gardefou-chrome-<version>.zip    Chrome Web Store / Edge Add-ons (no "key": the stores set it)
#   gardefou-firefox-<version>.zip   addons.mozilla.org (an .xpi once signed)
# Each package's manifest keeps only its browser's background key. Then web-ext lint checks the
# Firefox package.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-dist}
mkdir -p "$out"
version=$(python3 -c 'import json; print(json.load(open("extension/manifest.json"))["version"])')
python3 - "$out" "$version" <<'PY'
import json, os, sys, zipfile
out, version = sys.argv[1], sys.argv[2]
manifest = json.load(open("extension/manifest.json", encoding="utf-8"))
for target in ("chrome", "firefox"):
    m = dict(manifest)
    m.pop("key", None)
    background = dict(m.get("background", {}))
    if target == "chrome":
        m.pop("browser_specific_settings", None)
        background.pop("scripts", None)  # Chrome runs the service worker
    else:
        background.pop("service_worker", None)  # Firefox runs background scripts
    m["background"] = background
    path = os.path.join(out, f"gardefou-{target}-{version}.zip")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for root, dirs, files in os.walk("extension"):
            dirs.sort()
            for name in sorted(files):
                full = os.path.join(root, name)
                rel = os.path.relpath(full, "extension")
                if rel == "manifest.json" or name.endswith(".md") or name.startswith("."):
                    continue
                z.write(full, rel)
        z.writestr("manifest.json", json.dumps(m, ensure_ascii=False, indent=2) + "\n")
    print(path)
PY
check=$(mktemp -d)
trap 'rm -rf "$check"' EXIT
python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' \
  "$out/gardefou-firefox-$version.zip" "$check"
npx --no-install web-ext lint --source-dir "$check" --self-hosted --output text
