// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <numeric>

#include "engine/engine.h"

namespace gardefou::engine {

std::vector<Candidate> resolve_overlaps(std::vector<Candidate> candidates) {
    std::erase_if(candidates, [](const Candidate& c) { return c.score < kReportThreshold; });
    if (candidates.empty()) return candidates;
    // Best first; sorting indices moves 4 bytes instead of a whole candidate.
    std::vector<std::uint32_t> order(candidates.size());
    std::iota(order.begin(), order.end(), 0U);
    std::stable_sort(order.begin(), order.end(), [&candidates](std::uint32_t x, std::uint32_t y) {
        const Candidate& a = candidates[x];
        const Candidate& b = candidates[y];
        if (a.score != b.score) return a.score > b.score;
        if (a.validated != b.validated) return a.validated;
        if (a.end - a.begin != b.end - b.begin) return a.end - a.begin > b.end - b.begin;
        return a.begin < b.begin;
    });
    // One bit per byte of text: a candidate is kept when none of its bytes is taken yet.
    std::size_t last = 0;
    for (const auto& c : candidates) last = std::max(last, c.end);
    std::vector<bool> taken(last, false);
    std::vector<Candidate> kept;
    for (const std::uint32_t k : order) {
        const Candidate& c = candidates[k];
        if (c.begin >= c.end) continue;
        bool free = true;
        for (std::size_t b = c.begin; b < c.end && free; ++b) free = !taken[b];
        if (!free) continue;
        for (std::size_t b = c.begin; b < c.end; ++b) taken[b] = true;
        kept.push_back(c);
    }
    std::sort(kept.begin(), kept.end(),
              [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
    return kept;
}

}  // namespace gardefou::engine
