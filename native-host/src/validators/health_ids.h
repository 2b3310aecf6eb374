// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

/// French health-system identifiers. No official key specification is public; every published
/// sample passes Luhn (identifiers note §2), which is what "valid" means here.
namespace gardefou::validators {

/// RPPS: 11 digits passing Luhn.
bool rpps_valid(std::string_view digits);

/// ADELI: 9 digits passing Luhn.
bool adeli_valid(std::string_view digits);

/// FINESS: 9 characters, a department prefix (01–95, 2A, 2B, 97, 98) and, for all-digit numbers,
/// Luhn over the 9 digits.
bool finess_valid(std::string_view compact);

}  // namespace gardefou::validators
