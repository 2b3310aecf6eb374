// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <string>
#include <utility>

#include "detectors/people_finders.h"
#include "detectors/registry.h"

namespace gardefou::detectors {

namespace people {

void find_repeats(const View& v, std::vector<engine::Candidate>& out) {
    // Words of the names found with a strong trigger, and their category.
    std::vector<std::pair<std::string_view, engine::Category>> known;
    for (const auto& c : out) {
        if (c.score < 0.8 || c.category == engine::Category::health_facility) continue;
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (v[i].begin >= c.begin && v[i].end <= c.end && v.cap(i) && v.key(i).size() >= 3 &&
                !v.in(lexicons::List::particles, i)) {
                known.emplace_back(v.key(i), c.category);
            }
        }
    }
    if (known.empty()) return;
    const auto covered = [&out](std::size_t b, std::size_t e) {
        return std::any_of(out.begin(), out.end(),
                           [&](const engine::Candidate& c) { return b < c.end && c.begin < e; });
    };
    std::vector<engine::Candidate> extra;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (!v.cap(i) || v.blocked(i)) continue;
        const auto it = std::find_if(known.begin(), known.end(),
                                     [&](const auto& k) { return k.first == v.key(i); });
        if (it == known.end()) continue;
        const std::string_view before = v.gap(i);
        const std::string_view after = v.gap(i + 1);
        if (i > 0 && (before == "-" || before == "'")) continue;  // Saint-Martin
        const bool possessive = after == "'" && i + 1 < v.size() && v.key(i + 1) == "s";
        if (i + 1 < v.size() && (after == "-" || after == "'") && !possessive) continue;
        if (covered(v[i].begin, v[i].end)) continue;
        const bool pro = it->second == engine::Category::health_professional;
        extra.push_back({v[i].begin, v[i].end, it->second, 0.75, false,
                         pro ? "health_professional.repeat" : "person.repeat"});
    }
    out.insert(out.end(), extra.begin(), extra.end());
}

}  // namespace people

namespace {

/// Names of people, caregivers and places of care, found from tokens, triggers and lexicons.
class PeopleDetector final : public engine::Detector {
  public:
    void find(const engine::ScanState& state, std::vector<engine::Candidate>& out) const override {
        const people::View v(state);
        std::vector<engine::Candidate> found;
        facilities_.find(v, found);
        names_.find(v, found);
        people::find_repeats(v, found);
        out.insert(out.end(), found.begin(), found.end());
    }

  private:
    people::NameFinder names_;
    people::FacilityFinder facilities_;
};

}  // namespace

std::unique_ptr<engine::Detector> make_people_detector() {
    return std::make_unique<PeopleDetector>();
}

}  // namespace gardefou::detectors
