// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "text/utf8.h"

namespace gardefou::text {

namespace {
constexpr char32_t kReplacement = 0xFFFD;

bool is_continuation(unsigned char c) {
    return (c & 0xC0U) == 0x80U;
}
}  // namespace

Decoded decode_utf8(std::string_view s, std::size_t pos) {
    const auto c0 = static_cast<unsigned char>(s[pos]);
    if (c0 < 0x80U) return {c0, 1};
    std::size_t len = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if ((c0 & 0xE0U) == 0xC0U) {
        len = 2, cp = c0 & 0x1FU, min = 0x80;
    } else if ((c0 & 0xF0U) == 0xE0U) {
        len = 3, cp = c0 & 0x0FU, min = 0x800;
    } else if ((c0 & 0xF8U) == 0xF0U) {
        len = 4, cp = c0 & 0x07U, min = 0x10000;
    } else {
        return {kReplacement, 1};
    }
    if (pos + len > s.size()) return {kReplacement, 1};
    for (std::size_t i = 1; i < len; ++i) {
        const auto c = static_cast<unsigned char>(s[pos + i]);
        if (!is_continuation(c)) return {kReplacement, 1};
        cp = (cp << 6U) | (c & 0x3FU);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {kReplacement, 1};
    return {cp, len};
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0U | (cp >> 6U)));
        out.push_back(static_cast<char>(0x80U | (cp & 0x3FU)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0U | (cp >> 12U)));
        out.push_back(static_cast<char>(0x80U | ((cp >> 6U) & 0x3FU)));
        out.push_back(static_cast<char>(0x80U | (cp & 0x3FU)));
    } else {
        out.push_back(static_cast<char>(0xF0U | (cp >> 18U)));
        out.push_back(static_cast<char>(0x80U | ((cp >> 12U) & 0x3FU)));
        out.push_back(static_cast<char>(0x80U | ((cp >> 6U) & 0x3FU)));
        out.push_back(static_cast<char>(0x80U | (cp & 0x3FU)));
    }
}

std::size_t utf16_length(std::string_view s) {
    std::size_t units = 0;
    for (std::size_t i = 0; i < s.size();) {
        const auto d = decode_utf8(s, i);
        units += utf16_units(d.code_point);
        i += d.length;
    }
    return units;
}

std::size_t byte_offset_of_utf16(std::string_view s, std::size_t units) {
    std::size_t seen = 0;
    std::size_t i = 0;
    while (i < s.size() && seen < units) {
        const auto d = decode_utf8(s, i);
        seen += utf16_units(d.code_point);
        i += d.length;
    }
    return i;
}

}  // namespace gardefou::text
