// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <istream>
#include <ostream>

#include "protocol/services.h"

namespace gardefou::protocol {

/// Exit statuses of a session.
inline constexpr int kExitOk = 0;            // stdin reached EOF between frames
inline constexpr int kExitBrokenStream = 2;  // over-limit length or a frame cut short

/// Reads frames from `in` and writes one response frame per request to `out` until EOF.
/// Only this function (through write_frame) writes to `out`.
int run_session(std::istream& in, std::ostream& out, Services& services);

}  // namespace gardefou::protocol
