// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "lexicons/lexicons.h"

namespace gardefou::lexicons {

namespace {

bool is_separator(char c) {
    const auto u = static_cast<unsigned char>(c);
    // Letters and digits (ASCII, or any byte of a UTF-8 sequence) stay in tokens.
    return u < 0x80 && !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
}

/// Byte order of two short strings, without a call to memcmp (keys are a few bytes long).
int compare(std::string_view a, std::string_view b) {
    const std::size_t n = a.size() < b.size() ? a.size() : b.size();
    for (std::size_t i = 0; i < n; ++i) {
        const auto x = static_cast<unsigned char>(a[i]);
        const auto y = static_cast<unsigned char>(b[i]);
        if (x != y) return x < y ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

}  // namespace

bool contains(List list, std::string_view folded) {
    if (folded.empty()) return false;
    const ListData d = list_data(list);
    const auto b = static_cast<unsigned char>(folded[0]);
    std::size_t lo = d.first[b];
    std::size_t hi = d.first[b + 1U];
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        const std::size_t begin = d.offsets[mid];
        const int c = compare(d.blob.substr(begin, d.offsets[mid + 1] - 1 - begin), folded);
        if (c == 0) return true;
        if (c < 0) {
            lo = mid + 1;
        } else {
            hi = mid;
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
