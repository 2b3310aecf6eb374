// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

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

constexpr std::size_t kLongest = 7;
static_assert(std::all_of(kFrench.begin(), kFrench.end(),
                          [](std::string_view w) { return w.size() <= kLongest; }));
static_assert(std::all_of(kEnglish.begin(), kEnglish.end(),
                          [](std::string_view w) { return w.size() <= kLongest; }));

/// A word of up to 7 bytes as one integer (its length in the top bits), so that a look-up
/// compares integers.
std::uint64_t pack(std::string_view word) {
    std::uint64_t v = 0;
    for (const char c : word) v = (v << 8U) | static_cast<unsigned char>(c);
    return v | (static_cast<std::uint64_t>(word.size()) << 60U);
}

/// Short words packed and sorted once.
class WordSet {
  public:
    template <std::size_t N>
    explicit WordSet(const std::array<std::string_view, N>& words) {
        packed_.reserve(N);
        for (const auto w : words) packed_.push_back(pack(w));
        std::sort(packed_.begin(), packed_.end());
    }
    [[nodiscard]] bool contains(std::uint64_t packed) const {
        return std::binary_search(packed_.begin(), packed_.end(), packed);
    }

  private:
    std::vector<std::uint64_t> packed_;
};

}  // namespace

std::optional<Lang> detect_language(const std::vector<text::Token>& tokens) {
    static const WordSet french(kFrench);
    static const WordSet english(kEnglish);
    int score = 0;  // French words minus English words
    const std::size_t limit = std::min<std::size_t>(tokens.size(), 200);
    for (std::size_t i = 0; i < limit; ++i) {
        const std::string_view k = tokens[i].key;
        if (k.size() > kLongest || !tokens[i].is(text::Token::kWord)) continue;
        const std::uint64_t packed = pack(k);
        score += (french.contains(packed) ? 1 : 0) - (english.contains(packed) ? 1 : 0);
    }
    if (score == 0) return std::nullopt;
    return score < 0 ? Lang::en : Lang::fr;
}

Lang guess_language(const std::vector<text::Token>& tokens) {
    return detect_language(tokens).value_or(Lang::fr);
}

}  // namespace gardefou::engine
