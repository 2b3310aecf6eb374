// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "engine/category.h"
#include "engine/verdict.h"

namespace gardefou::engine {

/// A detector made of data: a pattern, a validator and context words (Presidio's recogniser).
///
/// The pattern is RE2 syntax over the normalised text (see text::NormalizedText). When it has a
/// capturing group, group 1 is the reported span, so a pattern may include the words around the
/// value ("né le (…)"). Candidates whose first or last character is a letter or digit must not
/// touch another letter or digit outside the span (Unicode-aware word boundary), unless
/// `glued` is set.
struct PatternRule {
    std::string name;  // "nir.spaced": what `rule` reports
    Category category;
    std::string pattern;
    double score = 0.5;  // base score
    Validator validator = nullptr;
    /// Phrases (space-separated, matched on whole folded tokens) that raise the score when
    /// they appear in the `window_before` tokens before the span or `window_after` after it.
    std::vector<std::string> context{};
    bool context_required = false;  // no context phrase → no candidate
    double context_boost = 0.35;
    /// Phrases that lower the score by `negative_penalty` ("lot", "référence"…).
    std::vector<std::string> negative_context{};
    double negative_penalty = 0.5;
    int window_before = 8;
    int window_after = 3;
    bool glued = false;
    /// Report the whole match whatever groups the pattern has (administrators' own patterns).
    bool whole_match = false;
};

}  // namespace gardefou::engine
