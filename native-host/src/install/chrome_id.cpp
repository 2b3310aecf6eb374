// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "chrome_id.h"

#include <cstdint>
#include <vector>

#include "sha256.h"

namespace gardefou::install {
namespace {

int base64_value(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+' || c == '-') return 62;
    if (c == '/' || c == '_') return 63;
    return -1;
}

std::optional<std::vector<std::uint8_t>> base64_decode(std::string_view text) {
    std::vector<std::uint8_t> bytes;
    std::uint32_t buffer = 0;
    int bits = 0;
    bool padding = false;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
        if (c == '=') {
            padding = true;
            continue;
        }
        const int value = base64_value(c);
        if (value < 0 || padding) return std::nullopt;
        buffer = (buffer << 6) | static_cast<std::uint32_t>(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            bytes.push_back(static_cast<std::uint8_t>(buffer >> bits));
        }
    }
    if (bytes.empty()) return std::nullopt;
    return bytes;
}

}  // namespace

std::optional<std::string> chrome_id_from_key(std::string_view base64_key) {
    const auto der = base64_decode(base64_key);
    if (!der) return std::nullopt;
    const auto digest = sha256(*der);
    std::string id;
    for (std::size_t i = 0; i < 16; ++i) {
        id.push_back(static_cast<char>('a' + (digest[i] >> 4)));
        id.push_back(static_cast<char>('a' + (digest[i] & 0x0f)));
    }
    return id;
}

bool is_chrome_id(std::string_view id) {
    if (id.size() != 32) return false;
    for (char c : id) {
        if (c < 'a' || c > 'p') return false;
    }
    return true;
}

}  // namespace gardefou::install
