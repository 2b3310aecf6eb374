// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
//
// The one place that turns the extension's manifest "key" into its Chrome extension id:
// SHA-256 of the DER public key, first 32 hex digits, each digit 0-f mapped to a-p.
// CMake runs this same code (chrome_id_tool.cpp via try_run in host_manifests.cmake) to fill the
// manifest templates.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gardefou::install {

// `base64_key` is the "key" member of extension/manifest.json (base64 of the DER public key).
// Whitespace is ignored; returns nothing when it is not valid base64.
[[nodiscard]] std::optional<std::string> chrome_id_from_key(std::string_view base64_key);

// 32 letters a-p.
[[nodiscard]] bool is_chrome_id(std::string_view id);

}  // namespace gardefou::install
