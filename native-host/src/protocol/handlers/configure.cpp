// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "protocol/errors.h"
#include "protocol/handlers/handlers.h"

namespace gardefou::protocol {

namespace {

constexpr std::size_t kMaxCustomDetectors = 100;
constexpr std::size_t kMaxPatternBytes = 2000;

std::string position(std::size_t index) {
    return "custom_detectors[" + std::to_string(index) + "]";
}

}  // namespace

/// `configure {"custom_detectors": [{"pattern", "category", "label"}]}`: an administrator's own
/// detectors (RE2 syntax), compiled once for this session and used by every later scan and
/// redact. An empty list removes them. A bad entry is refused with `bad_pattern` and changes
/// nothing.
Reply handle_configure(const Request& request, Services& services) {
    const auto& body = request.body();
    const auto it = body.find("custom_detectors");
    if (it == body.end() || !it->is_array()) {
        throw ProtocolError(ErrorCode::bad_request,
                            "The \"custom_detectors\" member must be a list.");
    }
    if (it->size() > kMaxCustomDetectors) {
        throw ProtocolError(ErrorCode::bad_pattern, "At most 100 custom detectors are allowed.");
    }
    std::vector<engine::PatternRule> rules;
    for (std::size_t i = 0; i < it->size(); ++i) {
        const auto& d = (*it)[i];
        if (!d.is_object() || !d.contains("pattern") || !d["pattern"].is_string() ||
            !d.contains("category") || !d["category"].is_string()) {
            throw ProtocolError(ErrorCode::bad_request,
                                position(i) + " needs a \"pattern\" and a \"category\" string.");
        }
        const auto category = engine::category_from_name(d["category"].get<std::string>());
        if (!category) {
            throw ProtocolError(ErrorCode::bad_request,
                                position(i) + " names an unknown category.");
        }
        const auto& pattern = d["pattern"].get_ref<const std::string&>();
        if (pattern.empty() || pattern.size() > kMaxPatternBytes) {
            throw ProtocolError(ErrorCode::bad_pattern,
                                position(i) + ": the pattern must have 1 to 2000 characters.");
        }
        const std::string label =
            d.contains("label") && d["label"].is_string() ? d["label"].get<std::string>() : "";
        engine::PatternRule rule;
        rule.name = "custom:" + (label.empty() ? std::to_string(i) : label.substr(0, 60));
        rule.category = *category;
        rule.pattern = pattern;
        rule.whole_match = true;  // its own groups, if any, are not the span
        rule.score = 0.9;
        rules.push_back(std::move(rule));
    }
    std::size_t count = rules.size();
    if (rules.empty()) {
        services.custom.reset();
    } else {
        try {
            services.custom = std::make_shared<const engine::Catalogue>(std::move(rules));
        } catch (const engine::PatternError& e) {
            throw ProtocolError(
                ErrorCode::bad_pattern,
                std::string("A custom detector's pattern is not valid RE2: ") + e.what());
        }
    }
    return nlohmann::json{{"custom_detectors", count}};
}

}  // namespace gardefou::protocol
