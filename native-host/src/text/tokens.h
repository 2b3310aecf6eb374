// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
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
    std::string_view key;  // fold() of the token: lower case, no accents (owned by its Tokens)
    std::uint32_t begin;   // byte offsets in the normalised text
    std::uint32_t end;
    std::uint8_t flags;

    [[nodiscard]] bool is(Flag f) const { return (flags & f) != 0; }
};

/// The tokens of one text and the buffer their keys point into. Move-only: moving keeps every
/// key valid; a copy would not, so there is none.
class Tokens {
  public:
    Tokens() = default;
    Tokens(Tokens&&) noexcept = default;
    Tokens& operator=(Tokens&&) noexcept = default;
    Tokens(const Tokens&) = delete;
    Tokens& operator=(const Tokens&) = delete;
    ~Tokens() = default;

    [[nodiscard]] const std::vector<Token>& list() const { return list_; }
    // NOLINTNEXTLINE(google-explicit-constructor): the tokens are read as a plain vector.
    operator const std::vector<Token>&() const { return list_; }
    [[nodiscard]] std::size_t size() const { return list_.size(); }
    [[nodiscard]] bool empty() const { return list_.empty(); }
    [[nodiscard]] const Token& operator[](std::size_t i) const { return list_[i]; }
    [[nodiscard]] auto begin() const { return list_.begin(); }
    [[nodiscard]] auto end() const { return list_.end(); }

  private:
    friend Tokens tokenize(std::string_view normalized);
    std::vector<Token> list_;
    std::unique_ptr<std::string> keys_;  // on the heap: its address survives moves
};

/// Splits a normalised text into word and number tokens; everything else separates them.
/// Cost: one pass; all keys go into one buffer (two allocations in all, 32 bytes a token).
Tokens tokenize(std::string_view normalized);

}  // namespace gardefou::text
