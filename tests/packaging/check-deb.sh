#!/bin/sh
# shellcheck disable=SC2015 # "check && ok || fail": ok only prints, it cannot fail
# SPDX-FileCopyrightText: 2026 Garde-fou contributors
# SPDX-License-Identifier: MIT
#
# Builds the .deb and .tar.gz with CPack in a configured and built build directory, checks the
# .deb's file list, unpacks it into a scratch root (dpkg -x) and checks that every host manifest
# points at the packaged /usr/lib/gardefou/gardefou-host and allows Garde-fou's extension.
# Usage: tests/packaging/check-deb.sh BUILD_DIR
set -eu

build=${1:?usage: check-deb.sh BUILD_DIR}
build=$(cd "$build" && pwd)
scratch=$(mktemp -d "${TMPDIR:-/tmp}/gardefou-deb.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }

(cd "$build" && cpack -G "DEB;TGZ" -B "$scratch/out" >"$scratch/cpack.log" 2>&1) || {
    cat "$scratch/cpack.log" >&2
    echo "FAIL: cpack could not build the packages (log above)" >&2
    exit 1
}
deb=$(find "$scratch/out" -maxdepth 1 -name 'gardefou_*.deb' | head -n 1)
tgz=$(find "$scratch/out" -maxdepth 1 -name 'gardefou-*.tar.gz' | head -n 1)
[ -n "$deb" ] || { echo "FAIL: no .deb in $scratch/out" >&2; exit 1; }
[ -n "$tgz" ] && ok "tarball $(basename "$tgz")" || fail "no .tar.gz was built"
ok "package $(basename "$deb")"

# 1. The file list.
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$scratch/files"
for path in \
    /usr/lib/gardefou/gardefou-host \
    /etc/chromium/native-messaging-hosts/org.gardefou.host.json \
    /etc/opt/chrome/native-messaging-hosts/org.gardefou.host.json \
    /etc/opt/edge/native-messaging-hosts/org.gardefou.host.json \
    /usr/lib/mozilla/native-messaging-hosts/org.gardefou.host.json \
    /usr/share/gardefou/install.sh \
    /usr/share/doc/gardefou/deploy.md \
    /usr/share/doc/gardefou/famille.md \
    /usr/share/doc/gardefou/policy-examples/chrome-linux-managed.json \
    /usr/share/doc/gardefou/policy-examples/firefox-policies.json; do
    grep -qx "$path" "$scratch/files" && ok "contains $path" || fail "missing $path"
done
unexpected=$(grep -v -e '/$' "$scratch/files" |
    grep -v -e '^/usr/lib/gardefou/' -e '^/usr/share/doc/gardefou/' -e '^/usr/share/gardefou/' \
        -e '/native-messaging-hosts/org.gardefou.host.json$' || true)
[ -z "$unexpected" ] && ok "no file outside the expected places" || fail "unexpected files: $unexpected"
dpkg-deb -f "$deb" Package | grep -qx gardefou && ok "package name gardefou" || fail "package name"
dpkg-deb -e "$deb" "$scratch/control"
grep -qx /etc/opt/chrome/native-messaging-hosts/org.gardefou.host.json "$scratch/control/conffiles" &&
    ok "/etc manifests are conffiles" || fail "conffiles"

# 2. Unpacked into a scratch root, the manifests point at the packaged executable.
dpkg -x "$deb" "$scratch/root"
[ -x "$scratch/root/usr/lib/gardefou/gardefou-host" ] && ok "host is executable" ||
    fail "/usr/lib/gardefou/gardefou-host is not executable"
for where in /etc/chromium/native-messaging-hosts/org.gardefou.host.json \
    /etc/opt/chrome/native-messaging-hosts/org.gardefou.host.json \
    /etc/opt/edge/native-messaging-hosts/org.gardefou.host.json \
    /usr/lib/mozilla/native-messaging-hosts/org.gardefou.host.json; do
    manifest="$scratch/root$where"
    jq -e '.name == "org.gardefou.host" and .type == "stdio"
           and .path == "/usr/lib/gardefou/gardefou-host"' "$manifest" >/dev/null &&
        ok "$where points at /usr/lib/gardefou/gardefou-host" || fail "$where: wrong name, type or path"
    case "$where" in
    */mozilla/*)
        jq -e '.allowed_extensions == ["gardefou@gardefou.org"]' "$manifest" >/dev/null &&
            ok "$where allows gardefou@gardefou.org" || fail "$where: allowed_extensions" ;;
    *)
        jq -e '(.allowed_origins | length) > 0 and all(.allowed_origins[];
               test("^chrome-extension://[a-p]{32}/$"))' "$manifest" >/dev/null &&
            ok "$where allows $(jq -r '.allowed_origins | join(" ")' "$manifest")" ||
            fail "$where: allowed_origins" ;;
    esac
done
for example in "$scratch"/root/usr/share/doc/gardefou/policy-examples/*.json; do
    jq -e . "$example" >/dev/null && ok "valid JSON: ${example##*/}" || fail "invalid JSON: $example"
done
"$scratch/root/usr/lib/gardefou/gardefou-host" --version >/dev/null 2>&1 &&
    ok "packaged host runs" || fail "the packaged host does not run (--version)"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all package checks passed"
