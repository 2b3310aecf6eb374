// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <cmath>
#include <string>

#include "answers/reference_match.h"
#include "protocol/errors.h"
#include "protocol/handlers/handlers.h"

namespace gardefou::protocol {

namespace {

[[noreturn]] void bad(const std::string& sentence) {
    throw ProtocolError(ErrorCode::bad_request, sentence);
}

std::string optional_string(const nlohmann::json& found, const char* member) {
    const auto it = found.find(member);
    if (it == found.end() || it->is_null()) return {};
    if (!it->is_string()) bad(std::string("The \"found.") + member + "\" member must be a string.");
    return it->get<std::string>();
}

std::vector<std::string> authors_of(const nlohmann::json& found) {
    const auto it = found.find("authors");
    if (it == found.end() || it->is_null()) return {};
    if (it->is_string()) return {it->get<std::string>()};
    if (!it->is_array()) bad("The \"found.authors\" member must be an array of strings.");
    std::vector<std::string> out;
    for (const auto& a : *it) {
        if (!a.is_string()) bad("The \"found.authors\" member must be an array of strings.");
        out.push_back(a.get<std::string>());
    }
    return out;
}

std::optional<int> year_of(const nlohmann::json& found) {
    const auto it = found.find("year");
    if (it == found.end() || it->is_null()) return std::nullopt;
    if (it->is_number_integer()) return it->get<int>();
    if (it->is_string()) {
        const auto& s = it->get_ref<const std::string&>();
        if (s.size() == 4 && s.find_first_not_of("0123456789") == std::string::npos) {
            return std::stoi(s);
        }
    }
    bad("The \"found.year\" member must be a year (a number such as 2019).");
}

}  // namespace

Reply handle_match_reference(const Request& request, Services& /*services*/) {
    const auto& claimed = request.string("claimed");
    const auto it = request.body().find("found");
    if (it == request.body().end()) bad("The request has no \"found\" member.");
    if (!it->is_object()) bad("The \"found\" member must be an object.");
    answers::FoundRecord record;
    record.title = optional_string(*it, "title");
    record.journal = optional_string(*it, "journal");
    record.authors = authors_of(*it);
    record.year = year_of(*it);
    if (record.title.empty() && record.authors.empty()) {
        bad("The \"found\" member needs at least a \"title\" or \"authors\".");
    }
    const auto m = answers::match_reference(claimed, record);
    return nlohmann::json{{"verdict", answers::verdict_name(m.verdict)},
                          {"score", std::round(m.score * 100.0) / 100.0}};
}

}  // namespace gardefou::protocol
