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

// Rule families, one file each, registered by builtin_rules().
void add_contact_rules(std::vector<engine::PatternRule>& rules);    // email, phone
void add_nir_rules(std::vector<engine::PatternRule>& rules);        // French NIR / INS
void add_financial_rules(std::vector<engine::PatternRule>& rules);  // IBAN, payment cards

}  // namespace gardefou::detectors
