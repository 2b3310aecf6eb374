// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "protocol/json_text.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace gardefou::protocol {

namespace {

void append_number(std::string& out, std::size_t n) {
    std::array<char, 24> buf{};
    const auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), n);
    out.append(buf.data(), end);
}

/// A score rounded to two decimals, always written with a decimal point ("1.0", "0.85").
void append_score(std::string& out, double score) {
    const auto hundredths = static_cast<long>(std::lround(std::clamp(score, 0.0, 1.0) * 100.0));
    append_number(out, static_cast<std::size_t>(hundredths / 100));
    out.push_back('.');
    const long rest = hundredths % 100;
    if (rest == 0) {
        out.push_back('0');
    } else {
        out.push_back(static_cast<char>('0' + rest / 10));
        if (rest % 10 != 0) out.push_back(static_cast<char>('0' + rest % 10));
    }
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
    static constexpr std::string_view kHex = "0123456789abcdef";
    out.push_back('"');
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.push_back('\\');
            out.push_back(c);
        } else if (u < 0x20U) {
            out += "\\u00";
            out.push_back(kHex[u >> 4U]);
            out.push_back(kHex[u & 0xFU]);
        } else {
            out.push_back(c);
        }
    }
    out.push_back('"');
}

std::string findings_json(const std::vector<engine::Finding>& findings) {
    std::string out;
    out.reserve(2 + findings.size() * 110);
    out.push_back('[');
    for (const auto& f : findings) {
        if (out.size() > 1) out.push_back(',');
        out += "{\"category\":";
        append_json_string(out, engine::category_name(f.category));
        out += ",\"start\":";
        append_number(out, f.start);
        out += ",\"end\":";
        append_number(out, f.end);
        out += ",\"score\":";
        append_score(out, f.score);
        out += f.validated ? ",\"validated\":true,\"rule\":" : ",\"validated\":false,\"rule\":";
        append_json_string(out, f.rule);
        out.push_back('}');
    }
    out.push_back(']');
    return out;
}

}  // namespace gardefou::protocol
