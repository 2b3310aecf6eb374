// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <string>

#include "validators/digits.h"
#include "validators/national_ids.h"

namespace gardefou::validators {

namespace {

constexpr std::string_view kLetters = "TRWAGMYFPDXBNJZSQVHLCKE";

bool check_letter_ok(std::string_view digits, char letter) {
    if (!all_digits(digits)) return false;
    unsigned n = 0;
    for (const char c : digits) n = (n * 10 + static_cast<unsigned>(c - '0')) % 23;
    return kLetters[n] == letter;
}

}  // namespace

bool es_dni_valid(std::string_view s) {
    return s.size() == 9 && check_letter_ok(s.substr(0, 8), s[8]);
}

bool es_nie_valid(std::string_view s) {
    if (s.size() != 9) return false;
    const auto prefix = std::string_view("XYZ").find(s[0]);
    if (prefix == std::string_view::npos) return false;
    std::string digits(1, static_cast<char>('0' + prefix));
    digits.append(s.substr(1, 7));
    return check_letter_ok(digits, s[8]);
}

}  // namespace gardefou::validators
