// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

namespace gardefou::protocol {

/// What a handler answers: its result members, plus members it serialised itself. A large array
/// (thousands of findings) is written straight to JSON text, which costs a fraction of building
/// nlohmann objects and dumping them.
struct Reply {
    // NOLINTNEXTLINE(google-explicit-constructor): most handlers answer plain JSON.
    Reply(nlohmann::json result) : members(std::move(result)) {}

    nlohmann::json members;
    std::vector<std::pair<std::string, std::string>> raw;  // member name, serialised JSON value
};

}  // namespace gardefou::protocol
