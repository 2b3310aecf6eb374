// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <map>

#include "engine/engine.h"

namespace gardefou::engine {

std::vector<Candidate> resolve_overlaps(std::vector<Candidate> candidates) {
    std::erase_if(candidates, [](const Candidate& c) { return c.score < kReportThreshold; });
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) {
                         if (a.score != b.score) return a.score > b.score;
                         if (a.validated != b.validated) return a.validated;
                         if (a.end - a.begin != b.end - b.begin) {
                             return a.end - a.begin > b.end - b.begin;
                         }
                         return a.begin < b.begin;
                     });
    // Kept spans by begin → end; a candidate is kept when it overlaps none of them.
    std::map<std::size_t, std::size_t> taken;
    std::vector<Candidate> kept;
    for (const auto& c : candidates) {
        auto next = taken.lower_bound(c.begin);
        if (next != taken.end() && next->first < c.end) continue;
        if (next != taken.begin() && std::prev(next)->second > c.begin) continue;
        taken.emplace(c.begin, c.end);
        kept.push_back(c);
    }
    std::sort(kept.begin(), kept.end(),
              [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
    return kept;
}

}  // namespace gardefou::engine
