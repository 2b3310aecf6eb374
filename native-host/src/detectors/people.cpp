// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <string>
#include <utility>

#include "detectors/people_finders.h"
#include "detectors/registry.h"
#include "engine/context.h"

namespace gardefou::detectors {

namespace people {

void find_repeats(const View& v, std::vector<engine::Candidate>& out) {
    // Words of the names found with a strong trigger, by word number: their category (the
    // lowest when a word was found under two), kNone for the others.
    constexpr int kNone = -1;
    std::vector<int> known(v.types(), kNone);
    bool any = false;
    for (const auto& c : out) {
        if (c.score < 0.8 || c.category == engine::Category::health_facility) continue;
        for (std::size_t i = engine::token_at_or_after(v.tokens(), c.begin);
             i < v.size() && v[i].end <= c.end; ++i) {
            if (v.cap(i) && v.key(i).size() >= 3 && !v.in(lexicons::List::particles, i)) {
                int& k = known[v.type(i)];
                const int category = static_cast<int>(c.category);
                k = k == kNone ? category : std::min(k, category);
                any = true;
            }
        }
    }
    if (!any) return;
    const TakenSpans taken(out);
    std::vector<engine::Candidate> extra;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (!v.cap(i)) continue;
        const int k = known[v.type(i)];
        if (k == kNone || v.blocked(i)) continue;
        const auto category = static_cast<engine::Category>(k);
        const std::string_view before = v.gap(i);
        const std::string_view after = v.gap(i + 1);
        if (i > 0 && (before == "-" || before == "'")) continue;  // Saint-Martin
        const bool possessive = after == "'" && i + 1 < v.size() && v.key(i + 1) == "s";
        if (i + 1 < v.size() && (after == "-" || after == "'") && !possessive) continue;
        if (taken.covers(v[i].begin, v[i].end)) continue;
        const bool pro = category == engine::Category::health_professional;
        extra.push_back({v[i].begin, v[i].end, category, 0.75, false,
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
