// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace gardefou::app {

/// Sends spdlog's default logger to stderr (which the browsers show in their consoles) or, when
/// `file` is not empty, appends to that file. `level` is an spdlog level name ("info", "debug",
/// "warn", "off"...). Log lines carry categories, counts, sizes and timings; never the user's text
/// or a matched value (a test checks it).
void setup_logging(const std::string& level, const std::string& file);

}  // namespace gardefou::app
