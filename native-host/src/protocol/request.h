// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "engine/category.h"

namespace gardefou::protocol {

/// Typed access to a request's members; each accessor throws ProtocolError(bad_request) with a
/// sentence naming the member when it is missing or of the wrong type.
class Request {
  public:
    explicit Request(const nlohmann::json& body) : body_(body) {}

    [[nodiscard]] const nlohmann::json& body() const { return body_; }
    [[nodiscard]] const std::string& string(std::string_view member) const;
    [[nodiscard]] std::optional<std::string> optional_string(std::string_view member) const;
    /// The optional "lang" member: "fr", "en" (or a BCP 47 tag starting with them).
    [[nodiscard]] std::optional<engine::Lang> lang() const;

  private:
    const nlohmann::json& body_;
};

}  // namespace gardefou::protocol
