// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "cli.h"

#include <nlohmann/json.hpp>
#include <optional>

#include "chrome_id.h"
#include "doctor.h"
#include "installer.h"
#include "messages.h"
#include "wording.h"

namespace gardefou::install {

using nlohmann::json;

namespace {

struct Options {
    Scope scope = Scope::User;
    std::string browser;  // "" = detected
    bool json = false;
    bool help = false;
    Lang lang = Lang::En;
    std::vector<std::string> extension_ids;
};

constexpr std::string_view kHelpFr =
    "Usage : gardefou-host install|uninstall|doctor [options]\n"
    "  install     inscrit Garde-fou auprès des navigateurs trouvés (ou réparé après une mise à "
    "jour)\n"
    "  uninstall   retire exactement ce que install a écrit\n"
    "  doctor      vérifie que tout est en place et dit quoi faire sinon\n"
    "Options :\n"
    "  --user                 pour vous seulement (par défaut)\n"
    "  --system               pour tous les utilisateurs (administrateur : sudo)\n"
    "  --browser NOM          chrome, chromium, edge, brave, vivaldi, firefox ou all\n"
    "  --json                 résultat en JSON, pour les scripts de support\n"
    "  --lang fr|en           langue des messages (par défaut : celle du système)\n"
    "  --extension-id ID      identifiant Chrome à autoriser (extension non empaquetée)\n"
    "Code de sortie : 0 tout va bien, 1 il manque quelque chose, 2 commande incorrecte.\n";

constexpr std::string_view kHelpEn =
    "Usage: gardefou-host install|uninstall|doctor [options]\n"
    "  install     registers Garde-fou with the browsers found (also repairs it after an "
    "upgrade)\n"
    "  uninstall   removes exactly what install wrote\n"
    "  doctor      checks that everything is in place and says what to do if not\n"
    "Options:\n"
    "  --user                 for you only (default)\n"
    "  --system               for all users (as administrator: sudo)\n"
    "  --browser NAME         chrome, chromium, edge, brave, vivaldi, firefox or all\n"
    "  --json                 JSON output, for support scripts\n"
    "  --lang fr|en           language of the messages (default: the system's)\n"
    "  --extension-id ID      Chrome extension id to allow (unpacked extension)\n"
    "Exit status: 0 all good, 1 something is missing, 2 wrong command line.\n";

// Returns an error message (in `lang` when known) or nothing.
std::optional<std::string> parse(const std::vector<std::string>& args, Options& o) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--lang" && i + 1 < args.size()) {
            if (auto lang = parse_lang(args[i + 1])) o.lang = *lang;
        }
    }
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&]() -> std::optional<std::string> {
            if (i + 1 >= args.size()) return std::nullopt;
            return args[++i];
        };
        if (a == "--user") {
            o.scope = Scope::User;
        } else if (a == "--system") {
            o.scope = Scope::System;
        } else if (a == "--json") {
            o.json = true;
        } else if (a == "--help" || a == "-h") {
            o.help = true;
        } else if (a == "--browser" || a == "--lang" || a == "--extension-id") {
            const auto v = value();
            if (!v) return fill(pick(o.lang, "{} attend une valeur.", "{} needs a value."), {a});
            if (a == "--browser") {
                if (*v != "all" && find_browser(*v) == nullptr) {
                    return fill(pick(o.lang,
                                     "Navigateur inconnu « {} » : choisissez chrome, chromium, "
                                     "edge, brave, vivaldi, firefox ou all.",
                                     "Unknown browser \"{}\": choose chrome, chromium, edge, "
                                     "brave, vivaldi, firefox or all."),
                                {*v});
                }
                o.browser = *v;
            } else if (a == "--lang") {
                if (!parse_lang(*v)) {
                    return fill(pick(o.lang, "Langue inconnue « {} » : fr ou en.",
                                     "Unknown language \"{}\": fr or en."),
                                {*v});
                }
            } else if (!is_chrome_id(*v)) {
                return fill(pick(o.lang,
                                 "« {} » n'est pas un identifiant d'extension Chrome (32 lettres "
                                 "de a à p).",
                                 "\"{}\" is not a Chrome extension id (32 letters a to p)."),
                            {*v});
            } else {
                o.extension_ids.push_back(*v);
            }
        } else {
            return fill(pick(o.lang, "Option inconnue « {} ». Voir --help.",
                             "Unknown option \"{}\". See --help."),
                        {a});
        }
    }
    return std::nullopt;
}

json step_json(const Step& s, bool uninstalling, Lang lang) {
    static constexpr std::array<std::string_view, 5> kStatus{"written", "unchanged", "removed",
                                                             "absent", "failed"};
    return {{"browsers", s.browsers},
            {"location", s.location},
            {"status", kStatus[static_cast<std::size_t>(s.status)]},
            {"problem", s.problem.empty() ? json(nullptr) : json(s.problem)},
            {"message", describe(s, uninstalling, lang)}};
}

int run_registration(const Environment& env, bool uninstalling, const Options& o,
                     std::ostream& out) {
    bool unknown = false;
    const auto which = uninstalling && o.browser.empty() ? std::string("all") : o.browser;
    const auto browsers = select_browsers(env, which, unknown);
    const Outcome outcome =
        uninstalling ? uninstall(env, o.scope, browsers) : install(env, o.scope, browsers);
    if (o.json) {
        json doc = {{"command", uninstalling ? "uninstall" : "install"},
                    {"scope", scope_name(o.scope)},
                    {"ok", outcome.ok()},
                    {"problem", outcome.problem.empty() ? json(nullptr) : json(outcome.problem)},
                    {"record", outcome.record.string()},
                    {"steps", json::array()}};
        for (const auto& s : outcome.steps)
            doc["steps"].push_back(step_json(s, uninstalling, o.lang));
        out << doc.dump(2) << "\n";
        return outcome.ok() ? 0 : 1;
    }
    if (!outcome.problem.empty()) out << describe_problem(outcome.problem, o.lang) << "\n";
    for (const auto& s : outcome.steps) out << describe(s, uninstalling, o.lang) << "\n";
    if (!outcome.ok()) {
        out << pick(o.lang, "Ce n'est pas terminé : suivez le conseil ci-dessus, puis relancez.\n",
                    "Not finished: follow the advice above, then run this again.\n");
    } else if (uninstalling) {
        out << pick(o.lang,
                    "Garde-fou est désinscrit. Retirez aussi l'extension depuis le navigateur.\n",
                    "Garde-fou is unregistered. Also remove the extension from the browser.\n");
    } else {
        out << pick(o.lang,
                    "Étape suivante : ajoutez l'extension Garde-fou au navigateur, puis vérifiez "
                    "avec « gardefou-host doctor ».\n",
                    "Next step: add the Garde-fou extension to the browser, then check with "
                    "\"gardefou-host doctor\".\n");
    }
    return outcome.ok() ? 0 : 1;
}

int run_doctor(const Environment& env, const Options& o, std::ostream& out) {
    bool unknown = false;
    const auto browsers = select_browsers(env, o.browser, unknown);
    const Diagnosis d = diagnose(env, browsers);
    if (o.json) {
        json doc = {{"command", "doctor"},      {"ok", d.ok()},
                    {"version", env.version},   {"executable", env.executable.string()},
                    {"os", os_name(env.os)},    {"browsers", json::array()},
                    {"findings", json::array()}};
        for (const auto& b : d.browsers) {
            doc["browsers"].push_back({{"id", b.browser->id},
                                       {"name", b.browser->name},
                                       {"native", b.detection.native},
                                       {"snap", b.detection.snap},
                                       {"flatpak", b.detection.flatpak},
                                       {"ready", b.ready}});
        }
        for (const auto& f : d.findings) {
            doc["findings"].push_back({{"browser", f.browser},
                                       {"severity", severity_name(f.severity)},
                                       {"code", f.code},
                                       {"path", f.path},
                                       {"detail", f.detail},
                                       {"message", describe(f, o.lang)}});
        }
        out << doc.dump(2) << "\n";
        return d.ok() ? 0 : 1;
    }
    out << fill(pick(o.lang, "Garde-fou {} ({})\n", "Garde-fou {} ({})\n"),
                {env.version, env.executable.string()});
    static constexpr std::array<std::string_view, 4> kMark{"✓", "·", "!", "✗"};
    for (const auto& f : d.findings) {
        out << kMark[static_cast<std::size_t>(f.severity)] << " " << describe(f, o.lang) << "\n";
    }
    out << (d.ok() ? pick(o.lang, "Verdict : tout est en place.\n",
                          "Verdict: everything is in place.\n")
                   : pick(o.lang, "Verdict : Garde-fou ne peut pas encore fonctionner (voir ✗).\n",
                          "Verdict: Garde-fou cannot work yet (see ✗).\n"));
    return d.ok() ? 0 : 1;
}

}  // namespace

bool is_install_command(std::string_view command) {
    return command == "install" || command == "uninstall" || command == "doctor";
}

int run_install_cli(const Environment& base, std::string_view command,
                    const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    Options o;
    o.lang = lang_from_locale(base.locale);
    if (auto problem = parse(args, o)) {
        err << *problem << "\n";
        return 2;
    }
    if (o.help || !is_install_command(command)) {
        (o.help ? out : err) << pick(o.lang, kHelpFr, kHelpEn);
        return o.help ? 0 : 2;
    }
    Environment env = base;
    if (!o.extension_ids.empty()) env.chrome_extension_ids = o.extension_ids;
    if (command == "doctor") return run_doctor(env, o, out);
    return run_registration(env, command == "uninstall", o, out);
}

int run_install_cli(std::string_view command, const std::vector<std::string>& args,
                    std::ostream& out, std::ostream& err, std::string_view version) {
    return run_install_cli(Environment::from_process(std::string(version)), command, args, out,
                           err);
}

}  // namespace gardefou::install
