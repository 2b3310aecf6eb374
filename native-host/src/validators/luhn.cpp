// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "validators/luhn.h"

#include "validators/digits.h"

namespace gardefou::validators {

bool luhn_valid(std::string_view digits) {
    if (!all_digits(digits)) return false;
    unsigned sum = 0;
    bool twice = false;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        unsigned d = static_cast<unsigned>(*it - '0');
        if (twice) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

bool ean13_valid(std::string_view digits) {
    if (digits.size() != 13 || !all_digits(digits)) return false;
    unsigned sum = 0;
    for (std::size_t i = 0; i < 12; ++i) {
        sum += static_cast<unsigned>(digits[i] - '0') * (i % 2 == 0 ? 1U : 3U);
    }
    return (10 - sum % 10) % 10 == static_cast<unsigned>(digits[12] - '0');
}

}  // namespace gardefou::validators
