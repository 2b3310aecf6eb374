// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace gardefou::validators {

/// `digits` (ASCII, any length) modulo `m`, without overflow. Non-digits are not allowed.
unsigned mod_digits(std::string_view digits, unsigned m);

/// The key of the French NIR, the Belgian national number and the RIB: 97 − (N mod 97).
unsigned key97(std::string_view digits);

}  // namespace gardefou::validators
