// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "validators/nir.h"

#include <string>

#include "validators/digits.h"
#include "validators/mod97.h"

namespace gardefou::validators {

namespace {

int two(std::string_view s, std::size_t at) {
    return (s[at] - '0') * 10 + (s[at + 1] - '0');
}

/// The 13 characters with Corsica's 2A / 2B replaced by 19 / 18 (what the key is computed on).
std::string numeric_body(std::string_view compact) {
    std::string body(compact.substr(0, 13));
    if (body[5] == '2' && (body[6] == 'A' || body[6] == 'B')) {
        body[5] = '1';
        body[6] = body[6] == 'A' ? '9' : '8';
    }
    return body;
}

}  // namespace

bool nir_body_plausible(std::string_view compact) {
    if (compact.size() < 13) return false;
    const char sex = compact[0];
    if (sex != '1' && sex != '2' && sex != '3' && sex != '4' && sex != '7' && sex != '8') {
        return false;
    }
    const std::string body = numeric_body(compact);
    if (!all_digits(body)) return false;
    const int month = two(body, 3);
    if (month == 0 || (month > 12 && month < 20) || (month > 42 && month < 50)) return false;
    if (compact.substr(5, 2) == "00") return false;
    return body.substr(10, 3) != "000";
}

bool nir_valid(std::string_view nir) {
    if (nir.size() != 15 || !nir_body_plausible(nir) || !all_digits(nir.substr(13))) {
        return false;
    }
    return static_cast<unsigned>(two(nir, 13)) == key97(numeric_body(nir));
}

bool nnp_valid(std::string_view s) {
    return s.size() == 13 && all_digits(s) && (s[0] == '7' || s[0] == '8') &&
           (s[1] == '1' || s[1] == '2');
}

}  // namespace gardefou::validators
