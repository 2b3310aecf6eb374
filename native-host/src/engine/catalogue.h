// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#include <memory>
#include <string>
#include <vector>

#include "engine/context.h"
#include "engine/detector.h"
#include "engine/pattern_rule.h"

namespace gardefou::engine {

/// Thrown by Catalogue when a rule's pattern does not compile; `what()` names the rule and
/// RE2's reason, never any user text.
class PatternError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

/// Every pattern rule compiled once into an immutable database: one RE2::Set finds which rules
/// match anywhere in a chunk in a single pass; only those rules' own RE2 then run for spans.
class Catalogue final : public Detector {
  public:
    /// Compiles the rules. Throws PatternError naming the first rule that does not compile.
    explicit Catalogue(std::vector<PatternRule> rules);

    /// match() then score().
    void find(const ScanState& state, std::vector<Candidate>& out) const override;

    /// A validated match of one rule, before its context words are applied.
    struct Hit {
        Candidate candidate;
        std::size_t rule;
    };
    /// Every rule's validated matches, in rule order within each chunk. Reads only the
    /// normalised text, so it can run while the text is being cut into tokens.
    [[nodiscard]] std::vector<Hit> match(std::string_view normalized) const;
    /// Applies each hit's context words (which need the tokens) and appends the candidates that
    /// remain, in the order of `hits`.
    void score(const ScanState& state, const std::vector<Hit>& hits,
               std::vector<Candidate>& out) const;

    [[nodiscard]] std::size_t size() const { return compiled_.size(); }

  private:
    struct Compiled {
        PatternRule rule;
        std::unique_ptr<RE2> re;
        ContextWords context;
        ContextWords negative;
    };
    struct Scratch;
    struct Chunk {
        std::size_t begin;  // matches starting in [begin, end) belong to this chunk
        std::size_t end;
        std::size_t reach;  // they may run on up to here
    };
    void find_rule(std::size_t index, std::string_view s, const Chunk& chunk, Scratch& scratch,
                   std::vector<Hit>& out) const;
    [[nodiscard]] bool in_context(const Compiled& c, const ScanState& state, Candidate& cand) const;

    std::vector<Compiled> compiled_;
    std::unique_ptr<RE2::Set> set_;
};

/// Text is scanned in chunks of about this many bytes, cut at line breaks, so the cost of running
/// a rule's own pattern is proportional to where the prefilter saw it, not to the whole text.
inline constexpr std::size_t kChunkBytes = 4096;
/// A match that starts in a chunk may run this many bytes into the next one (longer spans are
/// cut at that point).
inline constexpr std::size_t kChunkOverlap = 256;

}  // namespace gardefou::engine
