// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>

namespace gardefou::bench {

/// `unit` repeated up to `bytes` bytes, cut at a character boundary (valid UTF-8).
inline std::string repeat_to(const std::string& unit, std::size_t bytes) {
    std::string out;
    while (out.size() < bytes) out += unit;
    out.resize(bytes);
    while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0U) == 0x80U) {
        out.pop_back();
    }
    return out;
}

}  // namespace gardefou::bench
