#!/bin/sh
# SPDX-FileCopyrightText: 2026 Garde-fou contributors
# SPDX-License-Identifier: MIT
#
# scripts/install.sh for one user, in a temporary HOME: copies the given gardefou-host to
# ~/.local/lib/gardefou, registers it with Firefox, says the next step; --uninstall takes
# everything away again.
# Usage: tests/packaging/check-install-sh.sh PATH/TO/gardefou-host
# shellcheck disable=SC2015 # "check && ok || fail": ok only prints, it cannot fail
set -eu

host=${1:?usage: check-install-sh.sh PATH/TO/gardefou-host}
repo=$(cd "$(dirname "$0")/../.." && pwd)
home=$(mktemp -d "${TMPDIR:-/tmp}/gardefou-home.XXXXXX")
trap 'rm -rf "$home"' EXIT INT TERM
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }

run() { HOME=$home LANG=fr_FR.UTF-8 GARDEFOU_HOST=$host sh "$repo/scripts/install.sh" "$@"; }

out=$(run --browser firefox) || fail "install.sh exited with $?: $out"
copy="$home/.local/lib/gardefou/gardefou-host"
manifest="$home/.mozilla/native-messaging-hosts/org.gardefou.host.json"
[ -x "$copy" ] && ok "copied to ~/.local/lib/gardefou" || fail "no executable copy at $copy"
[ -f "$manifest" ] && ok "Firefox manifest written" || fail "no manifest at $manifest"
[ "$(jq -r .path "$manifest" 2>/dev/null)" = "$copy" ] && ok "manifest points at the copy" ||
    fail "manifest path is not $copy"
printf '%s' "$out" | grep -q "Étape suivante" && ok "says the next step, in French" ||
    fail "no next step in: $out"

out=$(run --browser firefox) || fail "second run exited with $?"
printf '%s' "$out" | grep -q "déjà en place" && ok "second run changes nothing" ||
    fail "second run: $out"

run --uninstall >/dev/null || fail "uninstall exited with $?"
[ ! -e "$copy" ] && [ ! -e "$manifest" ] && ok "uninstall removed the copy and the manifest" ||
    fail "uninstall left files behind"
left=$(find "$home" -mindepth 1 | head -n 5)
[ -z "$left" ] && ok "HOME is as it was" || fail "left in HOME: $left"

[ "$failures" -eq 0 ] || { echo "$failures check(s) failed" >&2; exit 1; }
echo "all install.sh checks passed"
