// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "support/frames.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>

namespace gardefou::testing {

std::string raw_frame(std::string_view body) {
    const auto length = static_cast<std::uint32_t>(body.size());
    std::string out(sizeof length, '\0');
    std::memcpy(out.data(), &length, sizeof length);
    out.append(body);
    return out;
}

std::string frame(const nlohmann::json& request) {
    return raw_frame(request.dump());
}

std::vector<nlohmann::json> parse_frames(std::string_view stream) {
    std::vector<nlohmann::json> out;
    while (!stream.empty()) {
        std::uint32_t length = 0;
        EXPECT_GE(stream.size(), sizeof length);
        if (stream.size() < sizeof length) break;
        std::memcpy(&length, stream.data(), sizeof length);
        stream.remove_prefix(sizeof length);
        EXPECT_GE(stream.size(), length);
        if (stream.size() < length) break;
        out.push_back(nlohmann::json::parse(stream.substr(0, length)));
        stream.remove_prefix(length);
    }
    return out;
}

}  // namespace gardefou::testing
