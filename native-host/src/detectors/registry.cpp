// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "detectors/registry.h"

namespace gardefou::detectors {

std::vector<engine::PatternRule> builtin_rules() {
    std::vector<engine::PatternRule> rules;
    add_contact_rules(rules);
    add_nir_rules(rules);
    add_financial_rules(rules);
    return rules;
}

std::vector<std::unique_ptr<engine::Detector>> builtin_detectors() {
    std::vector<std::unique_ptr<engine::Detector>> detectors;
    return detectors;
}

}  // namespace gardefou::detectors
