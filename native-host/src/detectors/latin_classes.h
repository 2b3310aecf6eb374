// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace gardefou::detectors {

// Letter classes for pattern rules. RE2 compiles \p{L} and \p{Lu} into large UTF-8 automata
// that make every rule using them slow to compile and to run (a DFA that outgrows its memory
// falls back to the NFA); addresses, dates and names typed in French or English only need the
// Latin letters (ASCII, Latin-1 and the French Œ/Ÿ).
inline constexpr std::string_view kUpper = "[A-ZÀ-ÖØ-ÞŒŸ]";
inline constexpr std::string_view kLower = "[a-zß-öø-ÿœ]";
inline constexpr std::string_view kLetter = "[A-Za-zÀ-ÖØ-öø-ÿŒœŸ]";
/// A letter, an apostrophe or a hyphen: the inside of a name ("N'Diaye", "Jean-Pierre").
inline constexpr std::string_view kNameChar = "[A-Za-zÀ-ÖØ-öø-ÿŒœŸ'-]";

}  // namespace gardefou::detectors
