// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "validators/iban.h"

#include <array>

namespace gardefou::validators {

namespace {

struct IbanLength {
    std::string_view country;
    unsigned length;
};

// ISO 13616 registry lengths (SWIFT IBAN registry), sorted by country code.
constexpr std::array<IbanLength, 89> kIbanLengths{{
    {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16}, {"BG", 22},
    {"BH", 22}, {"BI", 27}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22}, {"CY", 28}, {"CZ", 24},
    {"DE", 22}, {"DJ", 27}, {"DK", 18}, {"DO", 28}, {"EE", 20}, {"EG", 29}, {"ES", 24}, {"FI", 18},
    {"FK", 18}, {"FO", 18}, {"FR", 27}, {"GB", 22}, {"GE", 22}, {"GI", 23}, {"GL", 18}, {"GR", 27},
    {"GT", 28}, {"HN", 28}, {"HR", 21}, {"HU", 28}, {"IE", 22}, {"IL", 23}, {"IQ", 23}, {"IS", 26},
    {"IT", 27}, {"JO", 30}, {"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32}, {"LI", 21}, {"LT", 20},
    {"LU", 20}, {"LV", 21}, {"LY", 25}, {"MC", 27}, {"MD", 24}, {"ME", 22}, {"MK", 19}, {"MN", 20},
    {"MR", 27}, {"MT", 31}, {"MU", 30}, {"NI", 28}, {"NL", 18}, {"NO", 15}, {"OM", 23}, {"PK", 24},
    {"PL", 28}, {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"RU", 33}, {"SA", 24},
    {"SC", 31}, {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27}, {"SO", 23}, {"ST", 25},
    {"SV", 28}, {"TL", 23}, {"TN", 24}, {"TR", 26}, {"UA", 29}, {"VA", 22}, {"VG", 24}, {"XK", 20},
    {"YE", 30},
}};

/// BBAN layouts (SWIFT IBAN registry) of the countries most often met here: count then n (digits),
/// a (upper-case letters) or c (either). Other countries are checked on length and mod 97 only.
struct BbanLayout {
    std::string_view country;
    std::string_view layout;
};

constexpr std::array<BbanLayout, 36> kBbanLayouts{{
    {"AD", "4n4n12c"},   {"AT", "5n11n"},       {"BE", "3n7n2n"},      {"BG", "4a4n2n8c"},
    {"CH", "5n12c"},     {"CY", "3n5n16c"},     {"CZ", "4n6n10n"},     {"DE", "8n10n"},
    {"DK", "4n9n1n"},    {"EE", "2n2n11n1n"},   {"ES", "4n4n1n1n10n"}, {"FI", "3n11n"},
    {"FR", "5n5n11c2n"}, {"GB", "4a6n8n"},      {"GI", "4a15c"},       {"GR", "3n4n16c"},
    {"HR", "7n10n"},     {"HU", "3n4n1n15n1n"}, {"IE", "4a6n8n"},      {"IS", "4n2n6n10n"},
    {"IT", "1a5n5n12c"}, {"LI", "5n12c"},       {"LT", "5n11n"},       {"LU", "3n13c"},
    {"LV", "4a13c"},     {"MC", "5n5n11c2n"},   {"MT", "4a5n18c"},     {"NL", "4a10n"},
    {"NO", "4n6n1n"},    {"PL", "8n16n"},       {"PT", "4n4n11n2n"},   {"RO", "4a16c"},
    {"SE", "3n16n1n"},   {"SI", "5n8n2n"},      {"SK", "4n6n10n"},     {"SM", "1a5n5n12c"},
}};

bool bban_fits(std::string_view country, std::string_view bban) {
    for (const auto& entry : kBbanLayouts) {
        if (entry.country != country) continue;
        std::size_t at = 0;
        unsigned count = 0;
        for (const char l : entry.layout) {
            if (l >= '0' && l <= '9') {
                count = count * 10 + static_cast<unsigned>(l - '0');
                continue;
            }
            for (; count > 0; --count, ++at) {
                if (at >= bban.size()) return false;
                const char c = bban[at];
                const bool digit = c >= '0' && c <= '9';
                if ((l == 'n' && !digit) || (l == 'a' && digit)) return false;
            }
        }
        return at == bban.size();
    }
    return true;
}

unsigned country_length(std::string_view country) {
    for (const auto& entry : kIbanLengths) {
        if (entry.country == country) return entry.length;
    }
    return 0;
}

}  // namespace

bool iban_valid(std::string_view iban) {
    if (iban.size() < 15 || iban.size() > 34) return false;
    for (std::size_t i = 0; i < iban.size(); ++i) {
        const char c = iban[i];
        const bool digit = c >= '0' && c <= '9';
        const bool upper = c >= 'A' && c <= 'Z';
        if (i < 2 ? !upper : i < 4 ? !digit : !(digit || upper)) return false;
    }
    if (country_length(iban.substr(0, 2)) != iban.size()) return false;
    if (!bban_fits(iban.substr(0, 2), iban.substr(4))) return false;
    unsigned r = 0;
    const auto feed = [&r](char c) {
        if (c >= 'A') {
            r = (r * 100 + static_cast<unsigned>(c - 'A' + 10)) % 97;
        } else {
            r = (r * 10 + static_cast<unsigned>(c - '0')) % 97;
        }
    };
    for (std::size_t i = 4; i < iban.size(); ++i) feed(iban[i]);
    for (std::size_t i = 0; i < 4; ++i) feed(iban[i]);
    return r == 1;
}

}  // namespace gardefou::validators
