// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace gardefou::detectors {

/// A pattern for a number written after its label: `label` (RE2, case-insensitive, whole words),
/// then a character that is not a letter or digit (RE2's \\b knows only ASCII: "identité"), a few
/// words without digits or line breaks ("RPPS du Dr Weber (mon psychiatre) : …",
/// "IPP au CHU de Bordeaux c'est …"), then `value` as group 1, the reported span. Anchoring on
/// the label keeps the prefilter from firing on every number.
/// `max_gap`: how many characters the words between label and value may take.
inline std::string labelled(std::string_view label, std::string_view value, int max_gap = 40) {
    std::string p = R"((?i:\b(?:)";
    p.append(label).append(R"())(?:[^A-Za-z0-9À-ÖØ-öø-ÿŒœŸ][^0-9\n]{0,)");
    p.append(std::to_string(max_gap)).append(R"(}?)?()");
    p.append(value).append(")");
    return p;
}

}  // namespace gardefou::detectors
