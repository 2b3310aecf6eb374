// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace gardefou::protocol {

/// Stable error codes of protocol v1. Append-only: never renumber, rename or reuse a code
/// (docs/protocol.md lists them).
enum class ErrorCode {
    bad_json,
    bad_request,
    unknown_type,
    too_large,
    internal,
    bad_pattern,
};

/// The wire name of a code ("bad_json").
std::string_view error_code_name(ErrorCode code);

/// Thrown by handlers; the dispatcher turns it into an error response. The message is a plain
/// sentence for developers and never contains the user's text.
class ProtocolError : public std::runtime_error {
  public:
    ProtocolError(ErrorCode code, const std::string& message)
        : std::runtime_error(message), code_(code) {}
    [[nodiscard]] ErrorCode code() const { return code_; }

  private:
    ErrorCode code_;
};

}  // namespace gardefou::protocol
