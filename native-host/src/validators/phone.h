// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace gardefou::validators {

/// True when libphonenumber says `candidate` is a valid number: international form (+CC or
/// 00CC) for any country; national form (leading 0) for France and the French overseas regions
/// (a Réunion number "0692…" is typed without +262). Short numbers (15, 112, 3114) are never
/// valid here.
bool phone_valid(std::string_view candidate);

/// True when \`candidate\` is valid read as a number of \`region\` (a CLDR region code: "US",
/// "GB", "BE"…) when in national form; an international form (+ or 00) is read as such.
bool phone_valid_in(std::string_view candidate, const char* region);

/// Loads libphonenumber's metadata (about 4 ms) on a background thread so the first scan that
/// meets a phone number does not pay for it. Safe to call more than once.
void warm_up_phone_metadata();

}  // namespace gardefou::validators
