// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "detectors/registry.h"
#include "validators/phone.h"

namespace gardefou::detectors {

using engine::Category;
using engine::PatternRule;
using engine::Verdict;

namespace {

Verdict validate_phone(std::string_view candidate) {
    return validators::phone_valid(candidate) ? Verdict::valid : Verdict::invalid;
}

Verdict validate_email(std::string_view candidate) {
    const auto at = candidate.rfind('@');
    const auto dot = candidate.rfind('.');
    if (at == std::string_view::npos || dot == std::string_view::npos || dot < at) {
        return Verdict::invalid;
    }
    return Verdict::plausible;
}

}  // namespace

void add_contact_rules(std::vector<PatternRule>& rules) {
    rules.push_back({
        .name = "email",
        .category = Category::email,
        .pattern = R"([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)"
                   R"((?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,24})",
        .score = 0.9,
        .validator = validate_email,
    });
    const std::vector<std::string> phone_context{
        "tel", "telephone", "portable", "mobile", "phone", "numero", "appeler", "appelez",
        "joindre", "joignable", "fixe", "call", "cell", "whatsapp", "sms"};
    rules.push_back({
        .name = "phone.fr_national",
        .category = Category::phone,
        .pattern = R"(0[1-9](?:[ .-]?[0-9]{2}){4})",
        .score = 0.6,
        .validator = validate_phone,
        .context = phone_context,
    });
    rules.push_back({
        .name = "phone.international",
        .category = Category::phone,
        .pattern = R"((?:\+|00)[1-9][0-9]{0,2}(?:[ .-]?\(0\))?(?:[ .-]?[0-9]{1,4}){2,6})",
        .score = 0.6,
        .validator = validate_phone,
        .context = phone_context,
    });
}

}  // namespace gardefou::detectors
