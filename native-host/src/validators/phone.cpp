// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "validators/phone.h"

#include <phonenumbers/phonenumberutil.h>

#include <array>
#include <cstdint>
#include <future>
#include <mutex>
#include <string>

namespace gardefou::validators {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

std::once_flag g_warm_once;
std::future<void> g_warm;  // NOLINT(cppcoreguidelines-avoid-non-const-global-variables)

const PhoneNumberUtil& util() {
    if (g_warm.valid()) g_warm.wait();
    return *PhoneNumberUtil::GetInstance();
}

// Country codes whose numbers people in France type in national form, trunk 0 + 9 digits: France
// and the overseas departments that share its numbering plan (Réunion and Mayotte share 262).
constexpr std::array<std::int32_t, 5> kNationalCodes{33, 262, 590, 594, 596};

}  // namespace

void warm_up_phone_metadata() {
    std::call_once(g_warm_once, [] {
        g_warm = std::async(std::launch::async, [] { (void)PhoneNumberUtil::GetInstance(); });
    });
}

namespace {

struct Dialled {
    std::string number;  // "+33612345678" (international) or "0612345678" (national)
    bool international = false;
};

/// The digits as dialled: "+" for a leading + or 00, without a trunk "(0)" after the country
/// code ("+33 (0)6…": that 0 is not dialled from abroad).
Dialled dialled(std::string_view candidate) {
    Dialled d;
    std::string digits;
    for (std::size_t i = 0; i < candidate.size(); ++i) {
        const char c = candidate[i];
        if (c == '+' && digits.empty()) d.international = true;
        if (c == '(' && candidate.substr(i, 3) == "(0)" && !digits.empty()) {
            i += 2;
            continue;
        }
        if (c >= '0' && c <= '9') digits.push_back(c);
    }
    if (!d.international && digits.rfind("00", 0) == 0) {
        d.international = true;
        digits.erase(0, 2);
    }
    d.number = d.international ? "+" + digits : digits;
    return d;
}

bool valid_international(const PhoneNumberUtil& u, std::string number) {
    PhoneNumber parsed;
    if (u.Parse(number, "ZZ", &parsed) != PhoneNumberUtil::NO_PARSING_ERROR) return false;
    if (u.IsValidNumber(parsed)) return true;
    // "+33 06 12 34 56 78": a trunk 0 typed after the country code.
    const std::size_t after_code = 1 + std::to_string(parsed.country_code()).size();
    if (after_code >= number.size() || number[after_code] != '0') return false;
    number.erase(after_code, 1);
    return u.Parse(number, "ZZ", &parsed) == PhoneNumberUtil::NO_PARSING_ERROR &&
           u.IsValidNumber(parsed);
}

bool valid_national(const PhoneNumberUtil& u, const std::string& number, const char* region) {
    PhoneNumber parsed;
    return u.Parse(number, region, &parsed) == PhoneNumberUtil::NO_PARSING_ERROR &&
           u.IsValidNumberForRegion(parsed, region);
}

}  // namespace

bool phone_valid(std::string_view candidate) {
    const Dialled d = dialled(candidate);
    if (d.number.size() < 7 || d.number.size() > 16) return false;
    const PhoneNumberUtil& u = util();
    if (d.international) return valid_international(u, d.number);
    // Built directly rather than parsed once per region: Parse is the costly part.
    if (d.number.size() != 10 || d.number[0] != '0') return false;
    PhoneNumber n;
    n.set_national_number(std::stoull(d.number.substr(1)));
    for (const std::int32_t code : kNationalCodes) {
        n.set_country_code(code);
        if (u.IsValidNumber(n)) return true;
    }
    return false;
}

bool phone_valid_in(std::string_view candidate, const char* region) {
    const Dialled d = dialled(candidate);
    if (d.number.size() < 7 || d.number.size() > 16) return false;
    if (d.international) return valid_international(util(), d.number);
    return valid_national(util(), d.number, region);
}

}  // namespace gardefou::validators
