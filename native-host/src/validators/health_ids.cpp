// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "validators/health_ids.h"

#include "validators/digits.h"
#include "validators/luhn.h"

namespace gardefou::validators {

bool rpps_valid(std::string_view d) {
    return d.size() == 11 && !all_same(d) && luhn_valid(d);
}

bool adeli_valid(std::string_view d) {
    return d.size() == 9 && !all_same(d) && luhn_valid(d);
}

bool finess_valid(std::string_view s) {
    if (s.size() != 9) return false;
    if (s[0] == '2' && (s[1] == 'A' || s[1] == 'B')) return all_digits(s.substr(2));
    if (!all_digits(s) || s.substr(0, 2) == "00" || s.substr(0, 2) == "96" || all_same(s)) {
        return false;
    }
    return luhn_valid(s);
}

}  // namespace gardefou::validators
