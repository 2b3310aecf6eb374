// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gardefou::text {

/// A run of letters (with their combining marks) or a run of digits in a normalised text.
struct Token {
    enum Flag : std::uint8_t {
        kWord = 1U << 0U,           // letters
        kNumber = 1U << 1U,         // digits
        kCapitalized = 1U << 2U,    // first letter upper case ("Dupont", "DUPONT")
        kAllCaps = 1U << 3U,        // two letters or more, all upper case ("DUPONT")
        kSentenceStart = 1U << 4U,  // first token of the text, a line or a sentence
    };
    std::uint32_t begin;  // byte offsets in the normalised text
    std::uint32_t end;
    std::uint8_t flags;
    std::string key;  // fold() of the token: lower case, no accents

    [[nodiscard]] bool is(Flag f) const { return (flags & f) != 0; }
};

/// Splits a normalised text into word and number tokens; everything else separates them.
/// Cost: one pass, one small string per token (short keys stay in the string's own buffer).
std::vector<Token> tokenize(std::string_view normalized);

}  // namespace gardefou::text
