// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>

namespace gardefou::answers {

/// RE2 pieces and the match loop shared by the written-reference finders (references.cpp,
/// author_year.cpp).

/// A surname: "Smith", "O'Brien", "O’Brien", "Le Goff", "Hartmann-Boyce", "van der Berg",
/// "Debré", with an optional particle.
inline constexpr std::string_view kSurnamePattern =
    R"((?:(?:de|van der|van|von|da|di|Le|La|El|Al|Mc|De|Van|Von) )?)"
    R"(\p{Lu}[\p{Ll}\p{Lu}'’-]*\p{Ll}[\p{Ll}'’-]*)";

/// Calls `f(m)` for each match of `re` in `s`, left to right: `m[0]` is the whole match and
/// `m[1]`… its first `N - 1` groups. `f` returns where the search goes on; a position that is not
/// after the match's start moves just past it, so the loop always ends and stays linear when `f`
/// moves on by the match.
template <std::size_t N, typename F>
void for_each_match(const RE2& re, std::string_view s, F f) {
    const re2::StringPiece text(s.data(), s.size());
    std::array<re2::StringPiece, N> m;
    std::size_t from = 0;
    while (from < s.size() && re.Match(text, from, s.size(), RE2::UNANCHORED, m.data(), N)) {
        const auto start = static_cast<std::size_t>(m[0].data() - s.data());
        from = std::max<std::size_t>(f(m), start + 1);
    }
}

}  // namespace gardefou::answers
