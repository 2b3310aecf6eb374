// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "engine/context.h"

#include <algorithm>

#include "text/normalized_text.h"

namespace gardefou::engine {

ContextWords::ContextWords(const std::vector<std::string>& phrases) {
    for (const auto& phrase : phrases) {
        const std::string folded = text::fold(phrase);
        const auto tokens = text::tokenize(folded);
        std::vector<std::string> words;
        words.reserve(tokens.size());
        for (const auto& t : tokens) words.emplace_back(t.key);
        if (!words.empty()) phrases_.push_back(std::move(words));
    }
}

bool ContextWords::found_in(const std::vector<text::Token>& tokens, std::size_t first,
                            std::size_t last) const {
    last = std::min(last, tokens.size());
    for (const auto& phrase : phrases_) {
        if (phrase.size() > last - std::min(first, last)) continue;
        for (std::size_t i = first; i + phrase.size() <= last; ++i) {
            bool all = true;
            for (std::size_t k = 0; k < phrase.size(); ++k) {
                if (tokens[i + k].key != phrase[k]) {
                    all = false;
                    break;
                }
            }
            if (all) return true;
        }
    }
    return false;
}

std::size_t token_at_or_after(const std::vector<text::Token>& tokens, std::size_t offset) {
    const auto it = std::partition_point(
        tokens.begin(), tokens.end(), [offset](const text::Token& t) { return t.end <= offset; });
    return static_cast<std::size_t>(it - tokens.begin());
}

}  // namespace gardefou::engine
