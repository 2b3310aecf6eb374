// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "engine/category.h"

namespace gardefou::engine {

/// A detector's proposal, in byte offsets of the normalised text.
struct Candidate {
    std::size_t begin;
    std::size_t end;
    Category category;
    double score;           // 0..1
    bool validated;         // a checksum or an authoritative table confirmed it
    std::string_view rule;  // static storage: the rule's name, never the matched text
};

/// What `scan` reports: UTF-16 offsets into the text the client sent.
struct Finding {
    Category category;
    std::size_t start;
    std::size_t end;
    double score;
    bool validated;
    std::string rule;
};

}  // namespace gardefou::engine
