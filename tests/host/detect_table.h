// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "engine/engine.h"

namespace gardefou::testing {

/// One row of a detector table: a sentence, the category expected and the exact substring it
/// must report (its first occurrence), or nullptr for a trap: no finding of that category at all.
struct DetectCase {
    const char* text;
    engine::Category category;
    const char* span;
};

/// The default engine, built once for all detector tests.
inline const engine::Engine& default_engine() {
    static const auto engine = engine::Engine::build_default();
    return *engine;
}

/// UTF-16 length of a UTF-8 string (astral characters count 2), as a JavaScript client counts.
inline std::size_t utf16_length(std::string_view utf8) {
    std::size_t n = 0;
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c & 0xC0U) != 0x80U) n += c >= 0xF0U ? 2 : 1;
    }
    return n;
}

/// Checks one row through Engine::scan, with UTF-16 offsets into the original text.
inline void expect_detection(const DetectCase& c) {
    const std::string text = c.text;
    const auto findings = default_engine().scan(text);
    std::string seen;
    for (const auto& f : findings) {
        seen += std::string(engine::category_name(f.category)) + "[" + std::to_string(f.start) +
                "," + std::to_string(f.end) + ") " + f.rule + "; ";
    }
    if (c.span == nullptr) {
        for (const auto& f : findings) {
            EXPECT_NE(f.category, c.category) << "trap flagged: " << text << "\n  " << seen;
        }
        return;
    }
    const auto at = text.find(c.span);
    ASSERT_NE(at, std::string::npos) << "bad row: " << c.span;
    const std::size_t start = utf16_length(std::string_view(text).substr(0, at));
    const std::size_t end = start + utf16_length(c.span);
    bool found = false;
    for (const auto& f : findings) {
        found = found || (f.category == c.category && f.start == start && f.end == end);
    }
    EXPECT_TRUE(found) << "expected " << engine::category_name(c.category) << " [" << start << ","
                       << end << ") in: " << text << "\n  got: " << seen;
}

}  // namespace gardefou::testing
