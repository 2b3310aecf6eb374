// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "detectors/registry.h"

namespace gardefou::detectors {

// Rules of this family are being written; the family is registered so each lands in its file.
void add_health_identifier_rules(std::vector<engine::PatternRule>& /*rules*/) {}

}  // namespace gardefou::detectors
