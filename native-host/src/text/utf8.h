// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace gardefou::text {

/// One decoded code point and the number of bytes it took.
struct Decoded {
    char32_t code_point;
    std::size_t length;  // 1..4; 1 for an invalid byte, which decodes as U+FFFD
};

/// Decodes the code point starting at `pos` in `s`. Precondition: pos < s.size().
/// Invalid sequences decode as U+FFFD with length 1, so callers always make progress.
Decoded decode_utf8(std::string_view s, std::size_t pos);

/// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

/// Number of UTF-16 code units of `cp` (2 outside the Basic Multilingual Plane).
constexpr std::uint32_t utf16_units(char32_t cp) {
    return cp >= 0x10000 ? 2U : 1U;
}

/// Length of `s` in UTF-16 code units.
std::size_t utf16_length(std::string_view s);

/// Byte offset in `s` of the UTF-16 offset `units` (clamped to s.size()).
std::size_t byte_offset_of_utf16(std::string_view s, std::size_t units);

}  // namespace gardefou::text
