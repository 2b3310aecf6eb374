// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string_view>

namespace gardefou::engine {

/// What a validator says of a candidate (Presidio's three values).
enum class Verdict : std::uint8_t {
    invalid,    // drop it (bad checksum, impossible date...)
    plausible,  // keep the rule's score
    valid,      // a checksum or a table confirmed it: validated = true, score raised
};

/// A validator reads the candidate's normalised text (the reported span).
using Validator = Verdict (*)(std::string_view candidate);

}  // namespace gardefou::engine
