// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "validators/phone.h"

#include <phonenumbers/phonenumberutil.h>

#include <array>
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

// Regions whose national numbers people in France type with a leading 0.
constexpr std::array<const char*, 7> kNationalRegions{"FR", "RE", "YT", "GP", "GF", "MQ", "MC"};

}  // namespace

void warm_up_phone_metadata() {
    std::call_once(g_warm_once, [] {
        g_warm = std::async(std::launch::async, [] { (void)PhoneNumberUtil::GetInstance(); });
    });
}

bool phone_valid(std::string_view candidate) {
    std::string digits;
    digits.reserve(candidate.size());
    bool plus = false;
    for (const char c : candidate) {
        if (c >= '0' && c <= '9') digits.push_back(c);
        if (c == '+' && digits.empty()) plus = true;
    }
    if (digits.size() < 6) return false;
    // "+33 (0)6…": the trunk 0 in parentheses is not dialled from abroad.
    const auto trunk = candidate.find("(0)");
    std::string number;
    if (plus) {
        number = "+" + digits;
    } else if (digits.rfind("00", 0) == 0) {
        number = "+" + digits.substr(2);
    } else {
        number = digits;
    }
    if (trunk != std::string_view::npos && number.front() == '+') {
        // Remove the 0 that followed the country code.
        const std::size_t zero_index = [&] {
            std::size_t count = 0;
            for (std::size_t i = 0; i < trunk; ++i) {
                if (candidate[i] >= '0' && candidate[i] <= '9') ++count;
            }
            return count;
        }();
        const std::size_t skip = candidate.find("00") == 0 ? 2 : 0;
        const std::size_t at = 1 + zero_index - skip;
        if (at < number.size() && number[at] == '0') number.erase(at, 1);
    }
    const PhoneNumberUtil& u = util();
    PhoneNumber parsed;
    if (number.front() == '+') {
        return u.Parse(number, "ZZ", &parsed) == PhoneNumberUtil::NO_PARSING_ERROR &&
               u.IsValidNumber(parsed);
    }
    for (const char* region : kNationalRegions) {
        if (u.Parse(number, region, &parsed) == PhoneNumberUtil::NO_PARSING_ERROR &&
            u.IsValidNumberForRegion(parsed, region)) {
            return true;
        }
    }
    return false;
}

}  // namespace gardefou::validators
