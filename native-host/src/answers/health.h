// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <span>
#include <string_view>

#include "answers/analysis.h"

namespace gardefou::answers {

/// A lexicon entry: folded words separated by spaces; a word ending in '*' matches any token
/// starting with it ("symptom*" matches "symptomes", "symptoms").
struct TopicTerm {
    std::string_view phrase;
    double weight;  // > 0 for health, < 0 for topics that are not health (recipes, code…)
};

/// The built-in French and English lexicon (health_lexicon.cpp).
std::span<const TopicTerm> health_lexicon();

/// Sum of the weights of the lexicon terms found in raw UTF-8 text; each term counts at most
/// three times so that one repeated word does not decide alone.
double topic_weight(std::string_view utf8);

/// Classifies a conversation from its answer and, when given, the user's prompt (which weighs
/// more: it says what the conversation is about). Both are raw UTF-8.
HealthVerdict classify_health(std::string_view answer, std::string_view prompt);

}  // namespace gardefou::answers
