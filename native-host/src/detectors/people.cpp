// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "detectors/registry.h"

namespace gardefou::detectors {

namespace {

/// Names of people, caregivers and places of care, found from tokens and lexicons.
class PeopleDetector final : public engine::Detector {
public:
    void find(const engine::ScanState& /*state*/,
              std::vector<engine::Candidate>& /*out*/) const override {}
};

}  // namespace

std::unique_ptr<engine::Detector> make_people_detector() {
    return std::make_unique<PeopleDetector>();
}

}  // namespace gardefou::detectors
