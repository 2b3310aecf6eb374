// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace gardefou::validators {

/// French NIR (and NIA) structure on the first 13 characters: sex 1, 2, 3, 4, 7 or 8; month
/// 01–12, 20–42 (fictitious and pseudo-fictitious) or 50–99; department 01–99, 2A or 2B (not 00);
/// commune and order not 000. `compact` is upper-case, no separators.
bool nir_body_plausible(std::string_view compact);

/// French NIR: nir_body_plausible + key = 97 − (N mod 97) over the 13 characters, Corsica
/// 2A→19, 2B→18. `compact_nir` is upper-case, 15 characters.
bool nir_valid(std::string_view compact_nir);

/// CNAM NNP (numéro national provisoire): 13 digits, no key: 7 or 8, then 1 or 2, caisse (3),
/// order (8).
bool nnp_valid(std::string_view compact);

}  // namespace gardefou::validators
