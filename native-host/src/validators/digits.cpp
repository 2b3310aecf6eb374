// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "validators/digits.h"

#include <algorithm>

namespace gardefou::validators {

std::string compact(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (const char c : s) {
        if (c >= 'a' && c <= 'z') {
            out.push_back(static_cast<char>(c - 'a' + 'A'));
        } else if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
            out.push_back(c);
        }
    }
    return out;
}

bool all_digits(std::string_view s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool all_same(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [&](char c) { return c == s.front(); });
}

}  // namespace gardefou::validators
