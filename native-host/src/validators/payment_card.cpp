// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "validators/payment_card.h"

#include "validators/digits.h"
#include "validators/luhn.h"

namespace gardefou::validators {

namespace {

unsigned prefix(std::string_view d, std::size_t n) {
    unsigned v = 0;
    for (std::size_t i = 0; i < n; ++i) v = v * 10 + static_cast<unsigned>(d[i] - '0');
    return v;
}

/// Issuer ranges (IIN) and their lengths (identifiers note §8).
bool issuer_fits(std::string_view d) {
    const std::size_t n = d.size();
    const unsigned p2 = prefix(d, 2);
    const unsigned p3 = prefix(d, 3);
    const unsigned p4 = prefix(d, 4);
    switch (d[0]) {
        case '1':  // UATP
            return n == 15;
        case '2':  // Mastercard 2221–2720
            return n == 16 && p4 >= 2221 && p4 <= 2720;
        case '3':
            if (p2 == 34 || p2 == 37) return n == 15;                 // Amex
            if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19;  // JCB
            if ((p3 >= 300 && p3 <= 305) || p3 == 309 || p2 == 36 || p2 == 38 || p2 == 39) {
                return n >= 14 && n <= 19;  // Diners Club
            }
            return false;
        case '4':  // Visa
            return n == 13 || n == 16 || n == 19;
        case '5':  // Mastercard 51–55 (16), Maestro and national schemes 50, 56–59 (12–19)
            if (p2 >= 51 && p2 <= 55) return n == 16;
            return n >= 12 && n <= 19;
        case '6':  // Discover, UnionPay, Maestro
            return n >= 12 && n <= 19;
        default:
            return false;
    }
}

}  // namespace

bool payment_card_valid(std::string_view digits) {
    if (digits.size() < 12 || digits.size() > 19 || !all_digits(digits) || all_same(digits)) {
        return false;
    }
    return issuer_fits(digits) && luhn_valid(digits);
}

}  // namespace gardefou::validators
