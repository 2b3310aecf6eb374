// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace gardefou::validators {

/// Luhn (ISO/IEC 7812-1) over ASCII digits; false for an empty string or a non-digit.
bool luhn_valid(std::string_view digits);

/// `digits` (ASCII, any length) modulo `m`, without overflow.
unsigned mod_digits(std::string_view digits, unsigned m);

/// ISO 13616 IBAN check (mod 97 = 1) on a compact upper-case IBAN, with the country's length
/// when the country is known.
bool iban_valid(std::string_view compact_iban);

/// French NIR: 13 characters + 2-digit key, key = 97 − (N mod 97), Corsica 2A→19, 2B→18;
/// sex 1, 2, 3, 4, 7, 8; month 01–12, 20–42 or 50–99. `compact_nir` is upper-case, 15 chars.
bool nir_valid(std::string_view compact_nir);

}  // namespace gardefou::validators
