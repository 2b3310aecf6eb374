// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "detectors/registry.h"
#include "validators/checksums.h"
#include "validators/digits.h"

namespace gardefou::detectors {

using engine::Category;
using engine::PatternRule;
using engine::Verdict;

namespace {

Verdict validate_nir(std::string_view candidate) {
    return validators::nir_valid(validators::compact(candidate)) ? Verdict::valid
                                                                 : Verdict::invalid;
}

}  // namespace

void add_nir_rules(std::vector<PatternRule>& rules) {
    // Sex, year, month, department (2A/2B for Corsica), commune, order, key; typed with or
    // without spaces, dots or dashes between the groups (identifiers note §1.3).
    rules.push_back({
        .name = "nir",
        .category = Category::nir,
        .pattern = R"([1-478][ .-]?[0-9]{2}[ .-]?(?:0[1-9]|1[0-2]|[2-3][0-9]|4[0-2]|[5-9][0-9]))"
                   R"([ .-]?(?:[0-9]{2}|2[ABab])[ .-]?[0-9]{3}[ .-]?[0-9]{3}[ .-]?[0-9]{2})",
        .score = 0.5,
        .validator = validate_nir,
        .context = {"securite sociale", "secu", "nir", "ins", "carte vitale", "vitale",
                    "social security", "assure", "immatriculation"},
    });
}

}  // namespace gardefou::detectors
