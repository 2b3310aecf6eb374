// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "wording.h"

#include <array>

namespace gardefou::install {
namespace {

struct Text {
    std::string_view code;
    std::string_view fr;
    std::string_view en;
};

// {b} browser name, {p} path, {d} detail.
constexpr std::array<Text, 23> kFindings{{
    {"manifest_ok", "{b} : prêt. Le manifeste {p} lance {d}.",
     "{b}: ready. The manifest {p} starts {d}."},
    {"browser_not_found", "{b} : pas trouvé sur cet ordinateur, rien à vérifier.",
     "{b}: not found on this computer, nothing to check."},
    {"flatpak",
     "{b} est installé en Flatpak : isolé du reste du système, il ne peut pas lancer Garde-fou. "
     "Installez {b} depuis les paquets de votre système (ou utilisez un autre navigateur), puis "
     "lancez « gardefou-host install ».",
     "{b} is installed as a Flatpak: sandboxed from the rest of the system, it cannot start "
     "Garde-fou. Install {b} from your system's packages (or use another browser), then run "
     "\"gardefou-host install\"."},
    {"snap_firefox",
     "Firefox est installé en Snap : il lance Garde-fou par le « portail » d'Ubuntu (22.04 ou plus "
     "récent). À la première utilisation, acceptez la demande d'autorisation de Firefox.",
     "Firefox is installed as a Snap: it starts Garde-fou through Ubuntu's portal (22.04 or "
     "later). The first time, accept Firefox's permission request."},
    {"snap_chromium",
     "{b} est installé en Snap : il ne peut lancer Garde-fou que sur un Ubuntu récent, et pas "
     "toujours. Si l'extension signale que le programme est absent, utilisez Firefox ou la version "
     ".deb de Google Chrome.",
     "{b} is installed as a Snap: it can start Garde-fou only on a recent Ubuntu, and not always. "
     "If the extension says the program is missing, use Firefox or Google Chrome's .deb."},
    {"policy_unreadable",
     "La politique {p} n'est pas du JSON valide, {b} l'ignore peut-être. Demandez à "
     "l'administrateur de la corriger.",
     "The policy {p} is not valid JSON, {b} may ignore it. Ask the administrator to fix it."},
    {"policy_blocks_host",
     "Une politique d'entreprise ({p}) interdit à {b} de lancer Garde-fou. Demandez à "
     "l'administrateur d'ajouter « org.gardefou.host » à NativeMessagingAllowlist "
     "(docs/deploy.md).",
     "A managed policy ({p}) forbids {b} to start Garde-fou. Ask the administrator to add "
     "\"org.gardefou.host\" to NativeMessagingAllowlist (docs/deploy.md)."},
    {"user_manifest_ignored_by_policy",
     "Une politique ({d}) interdit à {b} les programmes installés pour un seul utilisateur : le "
     "manifeste {p} est ignoré. Un administrateur doit lancer « sudo gardefou-host install "
     "--system ».",
     "A policy ({d}) forbids {b} to use programs installed for one user only: the manifest {p} is "
     "ignored. An administrator must run \"sudo gardefou-host install --system\"."},
    {"user_manifest_ignored",
     "Une politique ({d}) fait ignorer le manifeste {p} ; {b} utilise celui installé pour tous les "
     "utilisateurs.",
     "A policy ({d}) makes {b} ignore the manifest {p}; it uses the one installed for all users."},
    {"user_level_hosts_disabled",
     "Une politique ({p}) n'autorise à {b} que les installations pour tous les utilisateurs.",
     "A policy ({p}) lets {b} use installations for all users only."},
    {"manifest_missing",
     "{b} ne trouve pas Garde-fou : aucun manifeste à {p}. Lancez « gardefou-host install ».",
     "{b} cannot find Garde-fou: no manifest at {p}. Run \"gardefou-host install\"."},
    {"manifest_missing_system",
     "{b} ne trouve pas Garde-fou : aucun manifeste à {p}. Un administrateur doit lancer « sudo "
     "gardefou-host install --system ».",
     "{b} cannot find Garde-fou: no manifest at {p}. An administrator must run \"sudo "
     "gardefou-host install --system\"."},
    {"manifest_unreadable",
     "Le manifeste {p} ne peut pas être lu (droits d'accès ?). Lancez « gardefou-host install » "
     "pour le réécrire.",
     "The manifest {p} cannot be read (permissions?). Run \"gardefou-host install\" to rewrite "
     "it."},
    {"manifest_invalid",
     "Le manifeste {p} est abîmé ({d}). Lancez « gardefou-host install » pour le réécrire.",
     "The manifest {p} is damaged ({d}). Run \"gardefou-host install\" to rewrite it."},
    {"manifest_wrong_name",
     "Le manifeste {p} porte le nom « {d} » au lieu de « org.gardefou.host ». Lancez "
     "« gardefou-host install » pour le réécrire.",
     "The manifest {p} is named \"{d}\" instead of \"org.gardefou.host\". Run \"gardefou-host "
     "install\" to rewrite it."},
    {"manifest_wrong_type",
     "Le manifeste {p} a le type « {d} » au lieu de « stdio ». Lancez « gardefou-host install ».",
     "The manifest {p} has type \"{d}\" instead of \"stdio\". Run \"gardefou-host install\"."},
    {"manifest_path_relative",
     "Le manifeste {p} donne un chemin incomplet ({d}), que {b} refuse. Lancez « gardefou-host "
     "install ».",
     "The manifest {p} gives a relative path ({d}), which {b} refuses. Run \"gardefou-host "
     "install\"."},
    {"executable_missing",
     "Le manifeste {p} désigne {d}, qui n'existe plus (Garde-fou déplacé ou mis à jour ?). Lancez "
     "« gardefou-host install » avec le programme actuel pour réparer.",
     "The manifest {p} points at {d}, which no longer exists (Garde-fou moved or upgraded?). Run "
     "\"gardefou-host install\" with the current program to repair it."},
    {"executable_not_executable",
     "Le manifeste {p} désigne {d}, qui n'est pas un programme exécutable. Réinstallez Garde-fou, "
     "puis lancez « gardefou-host install ».",
     "The manifest {p} points at {d}, which is not an executable program. Reinstall Garde-fou, "
     "then run \"gardefou-host install\"."},
    {"other_executable",
     "Le manifeste {p} lance une autre copie de Garde-fou ({d}). Si c'est voulu, rien à faire ; "
     "sinon lancez « gardefou-host install » depuis la copie à utiliser.",
     "The manifest {p} starts another copy of Garde-fou ({d}). If that is intended, nothing to do; "
     "otherwise run \"gardefou-host install\" from the copy to use."},
    {"extension_id_missing",
     "Le manifeste {p} n'autorise pas l'extension Garde-fou ({d}) : {b} refusera la connexion. "
     "Lancez « gardefou-host install » pour le réécrire.",
     "The manifest {p} does not allow the Garde-fou extension ({d}): {b} will refuse the "
     "connection. Run \"gardefou-host install\" to rewrite it."},
    {"extension_id_unknown",
     "Ce gardefou-host ne connaît pas l'identifiant de l'extension Chrome : {p} n'a pas pu être "
     "vérifié. Reconstruisez-le avec GARDEFOU_CHROME_EXTENSION_IDS.",
     "This gardefou-host does not know the Chrome extension id: {p} could not be checked. Rebuild "
     "it with GARDEFOU_CHROME_EXTENSION_IDS."},
    {"no_ready_browser",
     "Aucun navigateur ne peut encore lancer Garde-fou : suivez les conseils ci-dessus.",
     "No browser can start Garde-fou yet: follow the advice above."},
}};

constexpr Text kNoBrowser{
    "no_browser",
    "Aucun navigateur pris en charge n'a été trouvé (Chrome, Chromium, Edge, Brave, Vivaldi, "
    "Firefox). Installez-en un puis relancez, ou nommez-le : --browser firefox (ou all).",
    "No supported browser was found (Chrome, Chromium, Edge, Brave, Vivaldi, Firefox). Install "
    "one and run this again, or name it: --browser firefox (or all)."};

std::string replace_all(std::string text, std::string_view key, std::string_view value) {
    for (auto pos = text.find(key); pos != std::string::npos;
         pos = text.find(key, pos + value.size())) {
        text.replace(pos, key.size(), value);
    }
    return text;
}

std::string render(std::string_view text, std::string_view browser, std::string_view path,
                   std::string_view detail) {
    return replace_all(replace_all(replace_all(std::string(text), "{b}", browser), "{p}", path),
                       "{d}", detail);
}

}  // namespace

std::string browser_names(const std::vector<std::string>& ids) {
    std::string names;
    for (const auto& id : ids) {
        const Browser* b = find_browser(id);
        if (!names.empty()) names += ", ";
        names += b != nullptr ? std::string(b->name) : id;
    }
    return names;
}

std::string describe(const Finding& f, Lang lang) {
    const std::string name = f.browser.empty() ? "" : browser_names({f.browser});
    if (f.code == kNoBrowser.code) return std::string(pick(lang, kNoBrowser.fr, kNoBrowser.en));
    for (const auto& text : kFindings) {
        if (text.code == f.code)
            return render(pick(lang, text.fr, text.en), name, f.path, f.detail);
    }
    return f.code;
}

std::string describe_problem(std::string_view problem, Lang lang) {
    if (problem == "no_browser") return std::string(pick(lang, kNoBrowser.fr, kNoBrowser.en));
    if (problem == "no_executable") {
        return std::string(pick(lang,
                                "Impossible de savoir où se trouve ce programme, rien n'a été "
                                "écrit. Lancez-le avec son chemin complet, par exemple "
                                "/usr/lib/gardefou/gardefou-host install.",
                                "Cannot tell where this program is, nothing was written. Run it "
                                "by its full path, for example /usr/lib/gardefou/gardefou-host "
                                "install."));
    }
    if (problem == "no_record") {
        return std::string(pick(lang,
                                "Aucune trace d'installation : seuls les manifestes Garde-fou "
                                "trouvés aux emplacements habituels ont été supprimés.",
                                "No install record: only Garde-fou manifests found at the usual "
                                "places were removed."));
    }
    return std::string(problem);
}

std::string describe(const Step& s, bool uninstalling, Lang lang) {
    const auto b = browser_names(s.browsers);
    const auto& p = s.location;
    switch (s.status) {
        case StepStatus::Written:
            return render(
                pick(lang, "✓ {b} : manifeste écrit dans {p}", "✓ {b}: manifest written to {p}"), b,
                p, "");
        case StepStatus::Unchanged:
            return render(
                pick(lang, "✓ {b} : déjà en place ({p})", "✓ {b}: already in place ({p})"), b, p,
                "");
        case StepStatus::Removed:
            return render(pick(lang, "✓ {b} : supprimé {p}", "✓ {b}: removed {p}"), b, p, "");
        case StepStatus::Absent:
            return render(pick(lang, "· {b} : déjà absent ({p})", "· {b}: already gone ({p})"), b,
                          p, "");
        case StepStatus::Failed:
            break;
    }
    if (s.problem == "permission_denied") {
        return render(uninstalling
                          ? pick(lang,
                                 "✗ {b} : accès refusé à {p}. Pour tous les utilisateurs, lancez "
                                 "en administrateur : sudo gardefou-host uninstall --system",
                                 "✗ {b}: access denied to {p}. For all users, run as "
                                 "administrator: sudo gardefou-host uninstall --system")
                          : pick(lang,
                                 "✗ {b} : accès refusé à {p}. Pour tous les utilisateurs, lancez "
                                 "en administrateur : sudo gardefou-host install --system",
                                 "✗ {b}: access denied to {p}. For all users, run as "
                                 "administrator: sudo gardefou-host install --system"),
                      b, p, "");
    }
    if (s.problem == "no_chrome_id") {
        return render(pick(lang,
                           "✗ {b} : ce gardefou-host ne connaît pas l'identifiant de l'extension "
                           "Chrome, rien n'a été écrit. Reconstruisez-le avec "
                           "GARDEFOU_CHROME_EXTENSION_IDS, ou passez --extension-id ID.",
                           "✗ {b}: this gardefou-host does not know the Chrome extension id, "
                           "nothing was written. Rebuild it with GARDEFOU_CHROME_EXTENSION_IDS, or "
                           "pass --extension-id ID."),
                      b, p, "");
    }
    if (s.problem == "not_supported") {
        return render(
            pick(lang, "✗ {b} : aucun emplacement connu pour ce navigateur sur ce système.",
                 "✗ {b}: no known location for this browser on this system."),
            b, p, "");
    }
    return render(
        pick(lang,
             "✗ {b} : échec sur {p} ({d}). Vérifiez l'espace disque et les droits, puis relancez.",
             "✗ {b}: failed on {p} ({d}). Check disk space and permissions, then run this again."),
        b, p, s.detail);
}

}  // namespace gardefou::install
