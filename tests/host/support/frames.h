// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace gardefou::testing {

/// One frame: the 4-byte native-order length, then the bytes.
std::string raw_frame(std::string_view body);

/// A frame holding `request` serialised.
std::string frame(const nlohmann::json& request);

/// Splits a stream of frames back into their bodies (parsed as JSON). Fails the test on a
/// malformed stream.
std::vector<nlohmann::json> parse_frames(std::string_view stream);

}  // namespace gardefou::testing
