// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
//
// SHA-256 (FIPS 180-4), small and dependency-free: only used to derive Chrome extension ids.
#pragma once

#include <array>
#include <cstdint>
#include <span>

namespace gardefou::install {

[[nodiscard]] std::array<std::uint8_t, 32> sha256(std::span<const std::uint8_t> data);

}  // namespace gardefou::install
