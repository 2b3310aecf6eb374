#!/bin/sh
# SPDX-FileCopyrightText: 2026 Garde-fou contributors
# SPDX-License-Identifier: MIT
#
# Installs Garde-fou's program (gardefou-host) on Linux or macOS, from a source checkout or an
# unpacked release, and registers it with the browsers found:
#   scripts/install.sh              for you only
#   scripts/install.sh --system     for every user of this computer (asks for the admin password)
#   scripts/install.sh --uninstall  [--system] removes it again
# Other options (--browser NAME, --lang fr|en) are passed to `gardefou-host install`.
# The program is copied to a stable place first, so deleting the download or the checkout later
# does not break anything: ~/.local/lib/gardefou (Linux), ~/Library/Application Support/Garde-fou
# (macOS), /usr/local/lib/gardefou (--system).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
scope=--user
uninstall=0
for arg in "$@"; do
    case "$arg" in
    --system) scope=--system ;;
    --user) scope=--user ;;
    --uninstall) uninstall=1 ;;
    -h | --help) sed -n '5,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    esac
done
pass=$(for arg in "$@"; do case "$arg" in --system | --user | --uninstall) ;; *) printf '%s\n' "$arg" ;; esac; done)

case "${LC_ALL:-${LC_MESSAGES:-${LANG:-}}}" in fr*) fr=1 ;; *) fr=0 ;; esac
for arg in "$@"; do case "$arg" in fr) fr=1 ;; en) fr=0 ;; esac; done
say() { if [ "$fr" = 1 ]; then printf '%s\n' "$1"; else printf '%s\n' "$2"; fi; }
die() { say "Garde-fou : $1" "Garde-fou: $2" >&2; exit 1; }

if [ "$scope" = --system ] && [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 ||
        die "pour tous les utilisateurs, lancez ce script en administrateur (root)." \
            "for all users, run this script as administrator (root)."
    say "Installation pour tous les utilisateurs : le mot de passe administrateur est demandé." \
        "Installing for all users: the administrator password is needed."
    exec sudo "$0" "$@"
fi

case "$(uname -s)" in
Darwin) user_dir="$HOME/Library/Application Support/Garde-fou" ;;
*) user_dir="$HOME/.local/lib/gardefou" ;;
esac
if [ "$scope" = --system ]; then target_dir=/usr/local/lib/gardefou; else target_dir=$user_dir; fi
target="$target_dir/gardefou-host"

# --- Uninstall: unregister, then remove the copy this script made. --------------------------
if [ "$uninstall" = 1 ]; then
    if [ -x "$target" ]; then
        # shellcheck disable=SC2086 # one option per line in $pass
        "$target" uninstall "$scope" $pass || true
        rm -f "$target"
        # The directories this script created for the copy, innermost first, if now empty.
        created="$target_dir/.created-by-install"
        rmdir_list=$(cat "$created" 2>/dev/null || true)
        rm -f "$created"
        rmdir "$target_dir" 2>/dev/null || true
        printf '%s\n' "$rmdir_list" | while IFS= read -r dir; do
            [ -z "$dir" ] || rmdir "$dir" 2>/dev/null || true
        done
    else
        say "Rien à désinstaller ici ($target n'existe pas)." "Nothing to uninstall here ($target does not exist)."
    fi
    exit 0
fi

# --- Find the program, or build it from the checkout. ---------------------------------------
find_host() {
    for candidate in "${GARDEFOU_HOST:-}" \
        "$here/../../lib/gardefou/gardefou-host" \
        "$here/../usr/lib/gardefou/gardefou-host" \
        "$here/../gardefou-host" \
        "$here/../build/native-host/gardefou-host" \
        "$here/../build-release/native-host/gardefou-host"; do
        if [ -n "$candidate" ] && [ -x "$candidate" ] && [ -f "$candidate" ]; then
            (cd "$(dirname "$candidate")" && printf '%s/%s\n' "$(pwd)" "$(basename "$candidate")")
            return 0
        fi
    done
    return 1
}

if ! host=$(find_host); then
    [ -f "$here/../CMakeLists.txt" ] ||
        die "gardefou-host est introuvable à côté de ce script. Téléchargez l'archive complète." \
            "gardefou-host was not found next to this script. Download the complete archive."
    command -v cmake >/dev/null 2>&1 ||
        die "cmake manque pour compiler. Sur Debian ou Ubuntu : scripts/deps.sh, puis relancez." \
            "cmake is needed to build. On Debian or Ubuntu: scripts/deps.sh, then run this again."
    say "Compilation de gardefou-host (quelques minutes)…" "Building gardefou-host (a few minutes)…"
    cmake -S "$here/.." -B "$here/../build-release" -DCMAKE_BUILD_TYPE=Release \
        -DGARDEFOU_BUILD_TESTS=OFF -DGARDEFOU_BUILD_BENCHMARKS=OFF >/dev/null ||
        die "la configuration a échoué (voir ci-dessus). Sur Debian ou Ubuntu : scripts/deps.sh." \
            "configuring failed (see above). On Debian or Ubuntu: scripts/deps.sh."
    cmake --build "$here/../build-release" --target gardefou-host >/dev/null ||
        die "la compilation a échoué (voir ci-dessus)." "the build failed (see above)."
    host=$(find_host) || die "gardefou-host introuvable après compilation." "gardefou-host missing after the build."
fi

# --- Copy to a stable place (unless it already lives in one) and register it. ---------------
case "$host" in
/usr/lib/gardefou/* | "$target") ;;
*)
    if [ ! -d "$target_dir" ]; then
        created="" dir=$(dirname "$target_dir")
        while [ ! -d "$dir" ]; do
            created="$created$dir
" dir=$(dirname "$dir")
        done
        mkdir -p "$target_dir"
        [ -z "$created" ] || printf '%s' "$created" >"$target_dir/.created-by-install"
    fi
    # Copy then rename: replaces the program even while a browser is running it.
    cp "$host" "$target.tmp" && mv -f "$target.tmp" "$target"
    chmod 755 "$target"
    host=$target
    ;;
esac
say "Programme : $host" "Program: $host"

# shellcheck disable=SC2086 # one option per line in $pass
"$host" install "$scope" $pass || status=$?
if [ "${status:-0}" -ne 0 ]; then
    say "L'installation n'est pas terminée : suivez le conseil ci-dessus." \
        "The installation is not finished: follow the advice above."
    exit "$status"
fi

ext="$here/../extension"
echo
say "Étape suivante : ajoutez l'extension Garde-fou au navigateur." \
    "Next step: add the Garde-fou extension to the browser."
say "  - depuis le magasin d'extensions de Chrome, Edge ou Firefox (cherchez « Garde-fou ») ;" \
    "  - from the Chrome, Edge or Firefox add-on store (search for \"Garde-fou\");"
if [ -f "$ext/manifest.json" ]; then
    ext=$(cd "$ext" && pwd)
    say "  - ou pour un essai : chrome://extensions → Mode développeur → Charger l'extension non empaquetée → $ext" \
        "  - or to try it: chrome://extensions → Developer mode → Load unpacked → $ext"
fi
say "Puis vérifiez : \"$host\" doctor" "Then check: \"$host\" doctor"
