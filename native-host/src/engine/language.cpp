// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <array>
#include <string_view>

#include "engine/engine.h"

namespace gardefou::engine {

namespace {

// Frequent function words, sorted for binary search.
constexpr std::array<std::string_view, 40> kFrench{
    "au",    "avec", "bonjour", "ce", "dans", "de",  "des", "du",  "elle", "est",
    "et",    "il",   "j",       "je", "la",   "le",  "les", "ma",  "mais", "me",
    "merci", "mes",  "mon",     "ne", "nous", "ou",  "par", "pas", "pour", "qu",
    "que",   "qui",  "sa",      "se", "son",  "sur", "un",  "une", "vous", "y",
};
constexpr std::array<std::string_view, 40> kEnglish{
    "a",    "about", "and", "are", "but",  "can",   "do",     "for",  "from", "have",
    "he",   "hello", "her", "his", "i",    "in",    "is",     "it",   "my",   "not",
    "of",   "on",    "or",  "our", "she",  "thank", "thanks", "that", "the",  "they",
    "this", "to",    "was", "we",  "what", "which", "will",   "with", "you",  "your",
};

}  // namespace

std::optional<Lang> detect_language(const std::vector<text::Token>& tokens) {
    int french = 0;
    int english = 0;
    const std::size_t limit = std::min<std::size_t>(tokens.size(), 200);
    for (std::size_t i = 0; i < limit; ++i) {
        const std::string_view k = tokens[i].key;
        if (std::binary_search(kFrench.begin(), kFrench.end(), k)) ++french;
        if (std::binary_search(kEnglish.begin(), kEnglish.end(), k)) ++english;
    }
    if (english == french) return std::nullopt;
    return english > french ? Lang::en : Lang::fr;
}

Lang guess_language(const std::vector<text::Token>& tokens) {
    return detect_language(tokens).value_or(Lang::fr);
}

}  // namespace gardefou::engine
