// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <string>
#include <vector>

#include "detectors/registry.h"
#include "validators/digits.h"
#include "validators/iban.h"
#include "validators/payment_card.h"

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
    return validators::payment_card_valid(validators::compact(candidate)) ? Verdict::valid
                                                                          : Verdict::invalid;
}

}  // namespace

void add_financial_rules(std::vector<PatternRule>& rules) {
    // Any country: 2 letters, 2 check digits, then the BBAN in upper case, compact or in groups
    // of 4 with a shorter last group; the validator checks the country's length, layout and
    // mod 97. One rule per number of groups, each ending before a letter or digit, so that a
    // word in capitals after the number ("… 1332 MERCI") cannot spoil it.
    for (int groups = 2; groups <= 7; ++groups) {
        rules.push_back({
            .name = "iban",
            .category = Category::financial,
            .pattern = R"(([A-Z]{2}[0-9]{2}(?:[ -]?[A-Z0-9]{4}){)" + std::to_string(groups) +
                       R"(}(?:[ -]?[A-Z0-9]{1,3})?)(?:$|[^A-Za-z0-9]))",
            .score = 0.6,
            .validator = validate_iban,
            .context = {"iban", "rib", "compte", "virement", "account", "bancaire", "bank"},
        });
    }
    // Payment cards: 12–19 digits in groups of 4 (or compact), Amex 4-6-5; Luhn and issuer ranges.
    const std::vector<std::string> card_words{"carte",      "card", "cb",       "visa",
                                              "mastercard", "amex", "bancaire", "credit"};
    const std::vector<std::string> reference_words{"lot",   "ref",     "reference", "commande",
                                                   "colis", "suivi",   "siret",     "tracking",
                                                   "order", "invoice", "facture"};
    rules.push_back({
        .name = "payment_card",
        .category = Category::financial,
        .pattern = R"(3[47][0-9]{2}[ -]?[0-9]{6}[ -]?[0-9]{5})",
        .score = 0.6,
        .validator = validate_card,
        .context = card_words,
        .negative_context = reference_words,
    });
    rules.push_back({
        .name = "payment_card",
        .category = Category::financial,
        .pattern = R"((?:[0-9]{4}[ -]?){2,4}[0-9]{1,4})",
        .score = 0.6,
        .validator = validate_card,
        .context = card_words,
        .negative_context = reference_words,
    });
}

}  // namespace gardefou::detectors
