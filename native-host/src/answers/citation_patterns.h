// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace gardefou::answers {

/// RE2 pieces shared by the written-reference finders (references.cpp, author_year.cpp).

/// A surname: "Smith", "O'Brien", "O’Brien", "Le Goff", "Hartmann-Boyce", "van der Berg",
/// "Debré", with an optional particle.
inline constexpr std::string_view kSurnamePattern =
    R"((?:(?:de|van der|van|von|da|di|Le|La|El|Al|Mc|De|Van|Von) )?)"
    R"(\p{Lu}[\p{Ll}\p{Lu}'’-]*\p{Ll}[\p{Ll}'’-]*)";

}  // namespace gardefou::answers
