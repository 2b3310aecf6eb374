// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <array>
#include <string>

#include "validators/digits.h"
#include "validators/national_ids.h"

namespace gardefou::validators {

namespace {

// Numbers published in advertising or by mistake (python-stdnum stdnum/us/ssn.py).
constexpr std::array<std::string_view, 3> kPublished{"078051120", "457555462", "219099999"};

/// The 9 digits when `typed` is AAA-GG-SSSS, AAA GG SSSS or 9 digits; empty otherwise.
std::string ssn_digits(std::string_view typed) {
    if (typed.size() == 9) return all_digits(typed) ? std::string(typed) : std::string();
    if (typed.size() != 11 || typed[3] != typed[6] || (typed[3] != '-' && typed[3] != ' ')) {
        return {};
    }
    std::string d;
    d.append(typed.substr(0, 3)).append(typed.substr(4, 2)).append(typed.substr(7, 4));
    return all_digits(d) ? d : std::string();
}

}  // namespace

bool us_ssn_valid(std::string_view typed) {
    const std::string d = ssn_digits(typed);
    if (d.empty()) return false;
    const std::string_view area = std::string_view(d).substr(0, 3);
    if (area == "000" || area == "666" || area[0] == '9') return false;
    if (d.compare(3, 2, "00") == 0 || d.compare(5, 4, "0000") == 0) return false;
    return std::find(kPublished.begin(), kPublished.end(), d) == kPublished.end();
}

}  // namespace gardefou::validators
