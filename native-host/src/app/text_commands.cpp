// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "app/commands.h"
#include "engine/engine.h"
#include "protocol/handlers/handlers.h"
#include "pseudonyms/pseudonym_store.h"
#include "text/normalized_text.h"
#include "text/tokens.h"
#include "text/utf8.h"

namespace gardefou::app {

std::optional<std::string> read_input(const std::string& path, std::ostream& err) {
    std::ostringstream buffer;
    if (path == "-") {
        buffer << std::cin.rdbuf();
        return buffer.str();
    }
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        err << "gardefou-host: cannot open \"" << path
            << "\". Check the file name, or pass - to read the text from standard input.\n";
        return std::nullopt;
    }
    buffer << file.rdbuf();
    return buffer.str();
}

namespace {

/// The excerpt [start, end) (UTF-16 units) of `text`, on one line.
std::string excerpt(std::string_view text, std::size_t start, std::size_t end) {
    const std::size_t b = text::byte_offset_of_utf16(text, start);
    const std::size_t e = text::byte_offset_of_utf16(text, end);
    std::string s(text.substr(b, e - b));
    for (char& c : s) {
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    }
    return s;
}

}  // namespace

int scan_command(const CommandOptions& options, std::ostream& out, std::ostream& err) {
    const auto input = read_input(options.input, err);
    if (!input) return 1;
    const auto engine = engine::Engine::build_default();
    const auto findings = engine->scan(*input, options.lang);
    if (options.json) {
        out << nlohmann::json{{"ok", true}, {"findings", protocol::findings_to_json(findings)}}
                   .dump(2)
            << '\n';
        return 0;
    }
    if (findings.empty()) {
        out << "No identifying data found. / Aucune donnée identifiante trouvée.\n";
        return 0;
    }
    out << std::left << std::setw(20) << "CATEGORY" << std::setw(14) << "START-END" << std::setw(7)
        << "SCORE" << std::setw(10) << "CHECKED" << std::setw(28) << "RULE"
        << "TEXT\n";
    for (const auto& f : findings) {
        std::ostringstream range;
        range << f.start << '-' << f.end;
        std::ostringstream score;
        score << std::fixed << std::setprecision(2) << f.score;
        out << std::left << std::setw(20) << engine::category_name(f.category) << std::setw(14)
            << range.str() << std::setw(7) << score.str() << std::setw(10)
            << (f.validated ? "yes" : "-") << std::setw(28) << f.rule
            << excerpt(*input, f.start, f.end) << '\n';
    }
    out << findings.size() << " finding(s).\n";
    return 0;
}

int redact_command(const CommandOptions& options, std::ostream& out, std::ostream& err) {
    const auto input = read_input(options.input, err);
    if (!input) return 1;
    const auto engine = engine::Engine::build_default();
    engine::Lang lang = engine::Lang::fr;
    const auto findings = engine->scan(*input, options.lang, nullptr, &lang);
    pseudonyms::PseudonymStore store;
    out << store.redact("cli", *input, findings, lang).text;
    if (!input->empty() && input->back() != '\n') out << '\n';
    return 0;
}

}  // namespace gardefou::app
