// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "app/cli.h"

#include <cstdlib>
#include <iostream>

#include "app/commands.h"
#include "app/logging.h"
#include "gardefou/version.h"

namespace gardefou::app {

namespace {

constexpr const char* kHelp = R"(gardefou-host: the Garde-fou analysis engine.

Usage:
  gardefou-host                    speak the native-messaging protocol on stdin/stdout
                                   (this is how the browser extension starts it)
  gardefou-host scan [FILE|-]      list the identifying data found in a text
        --json                     print the protocol's JSON instead of a table
        --lang fr|en               the text's language (guessed otherwise)
  gardefou-host redact [FILE|-]    print the text with placeholders such as [NOM 1]
  gardefou-host install [--user|--system] [--browser NAME|all]
                                   register the host with the browsers
  gardefou-host uninstall [--user|--system]
  gardefou-host doctor [--json]    check the installation and say what to fix
  gardefou-host --version
  gardefou-host --help

Options for every mode:
  --log-file FILE                  append logs to FILE instead of stderr
  --log-level LEVEL                trace, debug, info, warn, error or off

Logs never contain the text you analyse, only categories, counts and timings.
Protocol: docs/protocol.md.
)";

bool is_command(const std::string& a) {
    return a == "scan" || a == "redact" || a == "install" || a == "uninstall" || a == "doctor" ||
           a == "--version" || a == "-V" || a == "--help" || a == "-h" || a == "help";
}

std::string env_or(const char* name, const char* fallback) {
    const char* v = std::getenv(name);  // NOLINT(concurrency-mt-unsafe): read once at start-up
    return v != nullptr && *v != '\0' ? v : fallback;
}

}  // namespace

int run_install_command(const std::string& command, const std::vector<std::string>& args);

int run(const std::vector<std::string>& all_args) {
    std::string log_file = env_or("GARDEFOU_LOG_FILE", "");
    std::string log_level = env_or("GARDEFOU_LOG_LEVEL", "");
    std::vector<std::string> args;
    for (std::size_t i = 0; i < all_args.size(); ++i) {
        const std::string& a = all_args[i];
        if ((a == "--log-file" || a == "--log-level") && i + 1 < all_args.size()) {
            (a == "--log-file" ? log_file : log_level) = all_args[++i];
        } else {
            args.push_back(a);
        }
    }
    const bool command = !args.empty() && is_command(args.front());
    setup_logging(log_level.empty() ? (command ? "warn" : "info") : log_level, log_file);
    if (!command) return serve();  // no arguments, or the browser's: origin, manifest, add-on id

    const std::string& name = args.front();
    if (name == "--version" || name == "-V") {
        std::cout << "gardefou-host " << kVersion << " (protocol 1)\n";
        return 0;
    }
    if (name == "--help" || name == "-h" || name == "help") {
        std::cout << kHelp;
        return 0;
    }
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (name == "install" || name == "uninstall" || name == "doctor") {
        return run_install_command(name, rest);
    }
    CommandOptions options;
    bool have_input = false;
    for (std::size_t i = 0; i < rest.size(); ++i) {
        const std::string& a = rest[i];
        if (a == "--json") {
            options.json = true;
        } else if (a == "--lang" && i + 1 < rest.size()) {
            const std::string& l = rest[++i];
            if (l != "fr" && l != "en") {
                std::cerr << "gardefou-host: --lang takes fr or en.\n";
                return 64;
            }
            options.lang = l == "fr" ? engine::Lang::fr : engine::Lang::en;
        } else if (!have_input && (a == "-" || a.rfind("--", 0) != 0)) {
            options.input = a;
            have_input = true;
        } else {
            std::cerr << "gardefou-host: unknown option \"" << a
                      << "\". Run gardefou-host --help to see the options.\n";
            return 64;
        }
    }
    return name == "scan" ? scan_command(options, std::cout, std::cerr)
                          : redact_command(options, std::cout, std::cerr);
}

}  // namespace gardefou::app
