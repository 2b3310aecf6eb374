// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/tokens.h"

namespace gardefou::engine {

/// A compiled list of context phrases, matched on whole tokens (never substrings: "carte" does
/// not match "cartable"). Phrases are folded like tokens: "Date de naissance" = "date de
/// naissance".
class ContextWords {
  public:
    ContextWords() = default;
    explicit ContextWords(const std::vector<std::string>& phrases);

    [[nodiscard]] bool empty() const { return phrases_.empty(); }

    /// True when a phrase lies entirely within tokens [first, last).
    [[nodiscard]] bool found_in(const std::vector<text::Token>& tokens, std::size_t first,
                                std::size_t last) const;

  private:
    std::vector<std::vector<std::string>> phrases_;
};

/// Index of the first token that ends after byte `offset` (tokens.size() if none).
std::size_t token_at_or_after(const std::vector<text::Token>& tokens, std::size_t offset);

}  // namespace gardefou::engine
