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

Verdict validate_iban(std::string_view candidate) {
    return validators::iban_valid(validators::compact(candidate)) ? Verdict::valid
                                                                  : Verdict::invalid;
}

Verdict validate_card(std::string_view candidate) {
    const std::string digits = validators::compact(candidate);
    if (digits.size() < 12 || digits.size() > 19 || validators::all_same(digits)) {
        return Verdict::invalid;
    }
    return validators::luhn_valid(digits) ? Verdict::valid : Verdict::invalid;
}

}  // namespace

void add_financial_rules(std::vector<PatternRule>& rules) {
    rules.push_back({
        .name = "iban",
        .category = Category::financial,
        .pattern = R"([A-Za-z]{2}[0-9]{2}(?:[ ]?[A-Za-z0-9]{4}){2,7}(?:[ ]?[A-Za-z0-9]{1,3})?)",
        .score = 0.6,
        .validator = validate_iban,
    });
    rules.push_back({
        .name = "payment_card",
        .category = Category::financial,
        .pattern = R"((?:[0-9]{4}[ -]?){2,4}[0-9]{1,4}|3[47][0-9]{2}[ -]?[0-9]{6}[ -]?[0-9]{5})",
        .score = 0.5,
        .validator = validate_card,
        .context = {"carte", "card", "cb", "visa", "mastercard", "amex", "bancaire", "credit"},
    });
}

}  // namespace gardefou::detectors
