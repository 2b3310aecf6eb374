// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <vector>

#include "engine/detector.h"
#include "engine/pattern_rule.h"

namespace gardefou::detectors {

/// Every built-in pattern rule: the one list (registry.cpp) that says what the host detects.
std::vector<engine::PatternRule> builtin_rules();

/// Every built-in detector that needs code (names, places).
std::vector<std::unique_ptr<engine::Detector>> builtin_detectors();

// Rule families, one file each (<family>_rules.cpp), registered by builtin_rules().
void add_contact_rules(std::vector<engine::PatternRule>& rules);            // email, phone
void add_address_rules(std::vector<engine::PatternRule>& rules);            // postal_address
void add_birth_date_rules(std::vector<engine::PatternRule>& rules);         // birth_date
void add_nir_rules(std::vector<engine::PatternRule>& rules);                // nir (NIR, NIA, INS)
void add_health_identifier_rules(std::vector<engine::PatternRule>& rules);  // RPPS, ADELI, FINESS…
void add_financial_rules(std::vector<engine::PatternRule>& rules);          // IBAN, payment cards
void add_national_id_rules(std::vector<engine::PatternRule>& rules);  // passports, NHS, SSN…
void add_people_rules(std::vector<engine::PatternRule>& rules);  // names, caregivers, facilities

/// The code-based detector of names of people, caregivers and places of care (people.cpp).
std::unique_ptr<engine::Detector> make_people_detector();

}  // namespace gardefou::detectors
