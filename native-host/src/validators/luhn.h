// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace gardefou::validators {

/// Luhn (ISO/IEC 7812-1) over ASCII digits; false for an empty string or a non-digit.
bool luhn_valid(std::string_view digits);

/// EAN-13 / GTIN check digit (weights 1, 3 from the left) over 13 ASCII digits.
bool ean13_valid(std::string_view digits);

}  // namespace gardefou::validators
