// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "protocol/services.h"

namespace gardefou::protocol {

/// Answers one request body (a frame's bytes): parses it, routes it on "type" to its handler,
/// and returns the serialised response, never larger than kMaxResponseBytes. Never throws:
/// every failure becomes an error response (bad_json, bad_request, unknown_type, too_large,
/// internal).
std::string answer(std::string_view frame, Services& services);

/// The error response for a request whose id and type are known (or null).
nlohmann::json error_response(const nlohmann::json& id, const nlohmann::json& type,
                              std::string_view code, std::string_view message);

}  // namespace gardefou::protocol
