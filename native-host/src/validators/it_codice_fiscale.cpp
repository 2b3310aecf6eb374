// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <array>
#include <string>
#include <string_view>

#include "validators/dates.h"
#include "validators/digits.h"
#include "validators/luhn.h"
#include "validators/national_ids.h"

namespace gardefou::validators {

namespace {

// Values of characters in odd positions (1st, 3rd…), digits then letters (python-stdnum).
constexpr std::array<int, 10> kOddDigits{1, 0, 5, 7, 9, 13, 15, 17, 19, 21};
constexpr std::array<int, 26> kOddLetters{1,  0,  5, 7, 9, 13, 15, 17, 19, 21, 2,  4,  18,
                                          20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
constexpr std::string_view kOmocodia = "LMNPQRSTUV";  // letters standing for 0–9
constexpr std::string_view kMonths = "ABCDEHLMPRST";

bool upper(char c) {
    return c >= 'A' && c <= 'Z';
}
bool digit(char c) {
    return c >= '0' && c <= '9';
}

/// A digit, or an omocodia letter standing for one: its value, or -1.
int omocodia_value(char c) {
    if (digit(c)) return c - '0';
    const auto at = kOmocodia.find(c);
    return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

bool personal_valid(std::string_view s) {
    constexpr std::string_view kShape = "LLLLLLNNMNNLNNNL";  // L letter, N digit/omocodia, M month
    int values[16] = {};
    for (std::size_t i = 0; i < 16; ++i) {
        const char c = s[i];
        switch (kShape[i]) {
            case 'L':
                if (!upper(c)) return false;
                break;
            case 'M':
                if (kMonths.find(c) == std::string_view::npos) return false;
                break;
            default:
                values[i] = omocodia_value(c);
                if (values[i] < 0) return false;
        }
    }
    int sum = 0;
    for (std::size_t i = 0; i < 15; ++i) {
        const char c = s[i];
        if (i % 2 == 0) {
            sum += digit(c) ? kOddDigits[static_cast<std::size_t>(c - '0')]
                            : kOddLetters[static_cast<std::size_t>(c - 'A')];
        } else {
            sum += digit(c) ? c - '0' : c - 'A';
        }
    }
    if (s[15] != static_cast<char>('A' + sum % 26)) return false;
    const int year = values[6] * 10 + values[7];
    const int month = static_cast<int>(kMonths.find(s[8])) + 1;
    int day = values[9] * 10 + values[10];
    if (day > 40) day -= 40;  // women: day + 40
    // Any century will do: try a leap year so that 29 February is accepted when it can be.
    return date_valid(year % 4 == 0 ? 2000 + year : 1900 + year, month, day);
}

bool company_valid(std::string_view s) {
    if (!all_digits(s) || s.substr(0, 7) == "0000000") return false;
    const std::string_view office = s.substr(7, 3);
    const bool office_ok =
        office <= "100" || office == "120" || office == "121" || office == "888" || office == "999";
    return office_ok && luhn_valid(s);
}

}  // namespace

bool it_codice_fiscale_valid(std::string_view s) {
    if (s.size() == 11) return company_valid(s);
    return s.size() == 16 && personal_valid(s);
}

}  // namespace gardefou::validators
