// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <array>

#include "validators/digits.h"
#include "validators/national_ids.h"

namespace gardefou::validators {

bool de_idnr_valid(std::string_view d) {
    if (d.size() != 11 || !all_digits(d) || d[0] == '0') return false;
    std::array<int, 10> counts{};
    for (std::size_t i = 0; i < 10; ++i) ++counts[static_cast<std::size_t>(d[i] - '0')];
    int repeated = 0;
    for (const int c : counts) {
        if (c > 3) return false;
        if (c > 1) ++repeated;
    }
    if (repeated != 1) return false;
    // ISO 7064 MOD 11,10 over all 11 digits: valid when the result is 1.
    int check = 5;
    for (const char c : d) check = (((check == 0 ? 10 : check) * 2) % 11 + (c - '0')) % 10;
    return check == 1;
}

}  // namespace gardefou::validators
