// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <string>

#include "validators/digits.h"
#include "validators/mod97.h"
#include "validators/national_ids.h"

namespace gardefou::validators {

namespace {

/// The key is right for a birth in the 1900s (first 9 digits) or the 2000s (2 + first 9).
bool be_key_ok(std::string_view d) {
    if (d.size() != 11 || !all_digits(d)) return false;
    const unsigned key = static_cast<unsigned>((d[9] - '0') * 10 + (d[10] - '0'));
    const std::string_view body = d.substr(0, 9);
    return key97(body) == key || key97(std::string("2").append(body)) == key;
}

int be_month(std::string_view d) {
    return (d[2] - '0') * 10 + (d[3] - '0');
}

}  // namespace

bool be_nn_valid(std::string_view d) {
    return be_key_ok(d) && be_month(d) <= 12;
}

bool be_bis_valid(std::string_view d) {
    if (!be_key_ok(d)) return false;
    const int month = be_month(d);
    return (month >= 20 && month <= 32) || (month >= 40 && month <= 52);
}

}  // namespace gardefou::validators
