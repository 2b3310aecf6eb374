// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "engine/category.h"
#include "text/normalized_text.h"
#include "text/tokens.h"

namespace gardefou::engine {

/// The per-call state of one scan (Hyperscan's scratch): the normalised text, its tokens and the
/// language. Built once per scan, read by every detector.
struct ScanState {
    const text::NormalizedText& text;
    const std::vector<text::Token>& tokens;
    Lang lang;
};

}  // namespace gardefou::engine
