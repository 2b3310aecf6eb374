// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "support/people_findings.h"

#include <unicode/unistr.h>

#include "engine/engine.h"

namespace gardefou::testing {

std::vector<std::pair<std::string, std::string>> names_in(const std::string& text) {
    using engine::Category;
    static const auto engine = engine::Engine::build_default();
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& f : engine->scan(text)) {
        if (f.category != Category::person && f.category != Category::health_professional &&
            f.category != Category::health_facility) {
            continue;
        }
        std::string span;
        u.tempSubString(static_cast<int32_t>(f.start), static_cast<int32_t>(f.end - f.start))
            .toUTF8String(span);
        out.emplace_back(std::string(engine::category_name(f.category)), span);
    }
    return out;
}

std::vector<std::pair<std::string, std::string>> expected_of(const NameRow& row) {
    std::vector<std::pair<std::string, std::string>> want;
    for (const auto& [category, span] : row.expected) want.emplace_back(category, span);
    return want;
}

}  // namespace gardefou::testing
