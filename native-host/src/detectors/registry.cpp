// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "detectors/registry.h"

namespace gardefou::detectors {

std::vector<engine::PatternRule> builtin_rules() {
    std::vector<engine::PatternRule> rules;
    add_contact_rules(rules);
    add_address_rules(rules);
    add_birth_date_rules(rules);
    add_nir_rules(rules);
    add_health_identifier_rules(rules);
    add_financial_rules(rules);
    add_national_id_rules(rules);
    add_people_rules(rules);
    return rules;
}

std::vector<std::unique_ptr<engine::Detector>> builtin_detectors() {
    std::vector<std::unique_ptr<engine::Detector>> detectors;
    detectors.push_back(make_people_detector());
    return detectors;
}

}  // namespace gardefou::detectors
