// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace gardefou::answers {

/// A byte range [begin, end) of a normalised text.
struct ByteRange {
    std::size_t begin;
    std::size_t end;
};

/// Splits a normalised answer into sentences: a line is never part of two sentences, and '.',
/// '!' or '?' followed by a space end one, except after abbreviations ("Dr.", "et al.", "J.").
/// Each range is trimmed of spaces, list bullets ("-", "*", "1.") and markdown emphasis.
std::vector<ByteRange> split_sentences(std::string_view text);

}  // namespace gardefou::answers
