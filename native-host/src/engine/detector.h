// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>
#include <vector>

#include "engine/finding.h"
#include "engine/scan_state.h"

namespace gardefou::engine {

/// A detector that needs code rather than a pattern (names, places). Implementations are
/// immutable after construction and safe to call from several threads.
class Detector {
  public:
    Detector() = default;
    Detector(const Detector&) = delete;
    Detector& operator=(const Detector&) = delete;
    Detector(Detector&&) = delete;
    Detector& operator=(Detector&&) = delete;
    virtual ~Detector() = default;

    /// Appends its candidates (byte offsets into state.text) to `out`.
    virtual void find(const ScanState& state, std::vector<Candidate>& out) const = 0;
};

}  // namespace gardefou::engine
