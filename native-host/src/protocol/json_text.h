// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/finding.h"

namespace gardefou::protocol {

/// Appends `s` (valid UTF-8) as a JSON string literal, quotes included.
void append_json_string(std::string& out, std::string_view s);

/// The protocol's `findings` array as JSON text: the same members, types and rounding as the
/// protocol documents ({"category","start","end","score","validated","rule"}).
std::string findings_json(const std::vector<engine::Finding>& findings);

}  // namespace gardefou::protocol
