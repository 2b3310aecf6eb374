// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/finding.h"
#include "engine/scan_state.h"
#include "lexicons/lexicons.h"
#include "text/tokens.h"

namespace gardefou::detectors::people {

/// A short list of phrases (titles, kinship words, facility types...) matched token by token.
class PhraseSet {
  public:
    explicit PhraseSet(lexicons::List list);

    /// Length in tokens of the longest phrase starting at token `i` whose tokens are separated
    /// only by spaces, hyphens or apostrophes (0: none).
    [[nodiscard]] std::size_t match_at(const std::vector<text::Token>& tokens, std::string_view s,
                                       std::size_t i) const;

    /// Length of the longest phrase ending at token `last` (inclusive), 0 when none.
    /// Appends the first word of every phrase to `out`.
    void first_words(std::vector<std::string_view>& out) const;

    [[nodiscard]] std::size_t match_ending_at(const std::vector<text::Token>& tokens,
                                              std::string_view s, std::size_t last) const;

  private:
    std::vector<std::vector<std::string_view>> phrases_;           // sorted by first word
    std::vector<std::string_view> firsts_;                         // phrases_[k][0], contiguous
    std::vector<std::pair<std::string_view, std::size_t>> lasts_;  // (last word, k), sorted
};

/// The tokens of one scan with the questions the people detectors ask about them.
class View {
  public:
    /// Gives every distinct key a number (one hash per token), so that each lexicon is searched
    /// once per distinct word and scan, however often the word occurs.
    explicit View(const engine::ScanState& state);

    [[nodiscard]] std::string_view text() const { return s_; }
    [[nodiscard]] const std::vector<text::Token>& tokens() const { return t_; }
    [[nodiscard]] std::size_t size() const { return t_.size(); }
    [[nodiscard]] const text::Token& operator[](std::size_t i) const { return t_[i]; }
    [[nodiscard]] std::string_view key(std::size_t i) const { return t_[i].key; }
    /// The number of token i's key among the distinct keys of this scan (0 .. types() - 1):
    /// per-word answers can be kept by number and computed once.
    [[nodiscard]] std::uint32_t type(std::size_t i) const { return type_[i]; }
    [[nodiscard]] std::size_t types() const { return cache_.size(); }

    /// The characters between token i-1 and token i (before the first token for i == 0; after
    /// the last token for i == size()).
    [[nodiscard]] std::string_view gap(std::size_t i) const;

    [[nodiscard]] bool word(std::size_t i) const {
        return i < t_.size() && t_[i].is(text::Token::kWord);
    }
    [[nodiscard]] bool cap(std::size_t i) const {
        return word(i) && t_[i].is(text::Token::kCapitalized);
    }
    [[nodiscard]] bool caps(std::size_t i) const {
        return word(i) && t_[i].is(text::Token::kAllCaps);
    }
    [[nodiscard]] bool sentence_start(std::size_t i) const {
        return t_[i].is(text::Token::kSentenceStart);
    }
    /// Whether token i's key is an entry of `list`; each list is searched at most once per
    /// token and scan.
    [[nodiscard]] bool in(lexicons::List list, std::size_t i) const;

    /// Never a name here: month, day, AI, function word, brand, title, kinship word...
    [[nodiscard]] bool blocked(std::size_t i) const;
    /// A common French or English word.
    [[nodiscard]] bool common(std::size_t i) const;
    /// A known first name (hunspell po:prn).
    [[nodiscard]] bool first_name(std::size_t i) const;
    /// Known as a name: first name, surname, or an English proper noun that is no common word.
    [[nodiscard]] bool known_name(std::size_t i) const;
    /// Looks like a name when context says so: known, or no common word at all.
    [[nodiscard]] bool name_like(std::size_t i) const;

  private:
    std::string_view s_;
    const std::vector<text::Token>& t_;
    std::vector<std::uint32_t> type_;  // per token: the number of its key
    // Per key: bit 2k says list k was searched, bit 2k+1 holds the answer.
    mutable std::vector<std::uint64_t> cache_;
};

/// True when a gap holds only spaces (no line break, no punctuation).
bool spaces_only(std::string_view gap);
/// True when a gap is made of spaces and the given punctuation characters, with no line break.
bool spaces_and(std::string_view gap, std::string_view punctuation);

/// How a name may be typed after its trigger.
enum class Case : unsigned char {
    capitalised,  // "Marie Dupont", "DUPONT", "Le Goff", "N'Diaye", "de La Fontaine"
    any,          // also "marie dupont" (after "je m'appelle")
};

/// The end (exclusive token index) of the name starting at token `i`, 0 when no name starts
/// there. Joins tokens across hyphens, apostrophes and particles; at most `max_tokens` words.
std::size_t name_end(const View& v, std::size_t i, Case c, std::size_t max_tokens = 4);

/// The spans of candidates already found, to ask whether a new one would overlap any (one binary
/// search a question).
class TakenSpans {
  public:
    explicit TakenSpans(const std::vector<engine::Candidate>& found);
    /// True when [begin, end) overlaps a span taken.
    [[nodiscard]] bool covers(std::size_t begin, std::size_t end) const;

  private:
    // By begin, with the largest end seen so far.
    std::vector<std::pair<std::size_t, std::size_t>> spans_;
};

/// Appends a candidate spanning tokens [first, last).
void emit(const View& v, std::size_t first, std::size_t last, engine::Category category,
          double score, std::string_view rule, std::vector<engine::Candidate>& out);

}  // namespace gardefou::detectors::people
