// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "validators/mod97.h"

namespace gardefou::validators {

unsigned mod_digits(std::string_view digits, unsigned m) {
    unsigned r = 0;
    for (const char c : digits) r = (r * 10 + static_cast<unsigned>(c - '0')) % m;
    return r;
}

unsigned key97(std::string_view digits) {
    return 97 - mod_digits(digits, 97);
}

}  // namespace gardefou::validators
