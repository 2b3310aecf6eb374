// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "validators/digits.h"
#include "validators/national_ids.h"

namespace gardefou::validators {

bool nhs_valid(std::string_view d) {
    if (d.size() != 10 || !all_digits(d) || all_same(d)) return false;
    unsigned sum = 0;
    for (std::size_t i = 0; i < 9; ++i) sum += static_cast<unsigned>(d[i] - '0') * (10 - i);
    const unsigned check = (11 - sum % 11) % 11;
    return check != 10 && check == static_cast<unsigned>(d[9] - '0');
}

}  // namespace gardefou::validators
