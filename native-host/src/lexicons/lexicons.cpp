// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "lexicons/lexicons.h"

namespace gardefou::lexicons {

namespace {

/// Start of the line that contains byte `pos` (lines end with '\n').
std::size_t line_start(std::string_view s, std::size_t pos) {
    while (pos > 0 && s[pos - 1] != '\n') --pos;
    return pos;
}

bool is_separator(char c) {
    const auto u = static_cast<unsigned char>(c);
    // Letters and digits (ASCII, or any byte of a UTF-8 sequence) stay in tokens.
    return u < 0x80 && !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
}

}  // namespace

bool contains(List list, std::string_view folded) {
    if (folded.empty()) return false;
    const std::string_view s = data(list);
    std::size_t lo = 0;  // a line start
    std::size_t hi = s.size();
    while (lo < hi) {
        const std::size_t begin = line_start(s, lo + (hi - lo) / 2);
        const std::size_t end = s.find('\n', begin);
        const std::string_view entry = s.substr(begin, end - begin);
        if (entry == folded) return true;
        if (entry < folded) {
            lo = end + 1;
        } else {
            hi = begin;
        }
    }
    return false;
}

std::vector<std::vector<std::string_view>> phrases(List list) {
    std::vector<std::vector<std::string_view>> out;
    const std::string_view s = data(list);
    std::size_t pos = 0;
    while (pos < s.size()) {
        const std::size_t end = s.find('\n', pos);
        std::vector<std::string_view> words;
        std::size_t i = pos;
        while (i < end) {
            while (i < end && is_separator(s[i])) ++i;
            std::size_t j = i;
            while (j < end && !is_separator(s[j])) ++j;
            if (j > i) words.push_back(s.substr(i, j - i));
            i = j;
        }
        if (!words.empty()) out.push_back(std::move(words));
        pos = end + 1;
    }
    return out;
}

}  // namespace gardefou::lexicons
