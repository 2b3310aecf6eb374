// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "detectors/registry.h"
#include "validators/digits.h"
#include "validators/nir.h"

namespace gardefou::detectors {

using engine::Category;
using engine::PatternRule;
using engine::Verdict;

namespace {

Verdict validate_nir(std::string_view candidate) {
    return validators::nir_valid(validators::compact(candidate)) ? Verdict::valid
                                                                 : Verdict::invalid;
}

/// 13 characters without the key: no checksum, so only a plausible structure (or an NNP).
Verdict validate_nir_without_key(std::string_view candidate) {
    const std::string c = validators::compact(candidate);
    return c.size() == 13 && (validators::nir_body_plausible(c) || validators::nnp_valid(c))
               ? Verdict::plausible
               : Verdict::invalid;
}

}  // namespace

void add_nir_rules(std::vector<PatternRule>& rules) {
    // Sex, year, month, department (2A/2B for Corsica), commune, order, key: 15 characters typed
    // with or without one space, dot or dash between any two of them, so every grouping people
    // use ("2 45 10 971 12 046 75", "1.64.03.33…", compact) is one pattern. The validator checks
    // the structure and the key (identifiers note §1).
    const std::vector<std::string> context{
        "securite sociale", "secu",   "ss",     "nir",    "ins",
        "carte vitale",     "vitale", "social", "assure", "immatriculation",
        "matricule",        "numero"};
    rules.push_back({
        .name = "nir",
        .category = Category::nir,
        .pattern = R"([1-478](?:[ .-]?[0-9]){4}[ .-]?(?:2[ .-]?[ABab]|[0-9][ .-]?[0-9]))"
                   R"((?:[ .-]?[0-9]){8})",
        .score = 0.6,
        .validator = validate_nir,
        .context = context,
    });
    // The 13-character form without its key (or an NNP), only next to a social-security word;
    // never the first 13 characters of a longer number.
    rules.push_back({
        .name = "nir.without_key",
        .category = Category::nir,
        .pattern = R"(([1-478](?:[ .-]?[0-9]){4}[ .-]?(?:2[ .-]?[ABab]|[0-9][ .-]?[0-9]))"
                   R"((?:[ .-]?[0-9]){6}))"
                   R"((?:$|[^0-9 .-]|[ .-]$|[ .-][^0-9]))",
        .score = 0.5,
        .validator = validate_nir_without_key,
        .context = {"securite sociale", "secu", "nir", "carte vitale", "vitale", "immatriculation",
                    "nnp", "provisoire"},
        .context_required = true,
        .context_boost = 0.3,
    });
}

}  // namespace gardefou::detectors
