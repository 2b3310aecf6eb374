// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace gardefou::validators {

/// The ASCII letters and digits of `s`, letters upper-cased; separators (spaces, dots, dashes,
/// slashes) dropped. "2 84 05 2a 321" → "284052A321".
std::string compact(std::string_view s);

/// True when `s` is non-empty and all ASCII digits.
bool all_digits(std::string_view s);

/// True when every digit of `s` is the same ("0000000000"): a placeholder, not a number.
bool all_same(std::string_view s);

}  // namespace gardefou::validators
