// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace gardefou::validators {

/// ISO 13616 IBAN: a known country (SWIFT registry) with its exact length, two check digits,
/// an upper-case alphanumeric BBAN, and mod 97 = 1. `compact_iban` has no separators.
bool iban_valid(std::string_view compact_iban);

}  // namespace gardefou::validators
