// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <string>

#include "detectors/labelled.h"
#include "detectors/registry.h"
#include "validators/digits.h"
#include "validators/national_ids.h"

namespace gardefou::detectors {

using engine::Category;
using engine::PatternRule;
using engine::Verdict;

namespace {

template <bool (*Check)(std::string_view)>
Verdict checked(std::string_view c) {
    return Check(validators::compact(c)) ? Verdict::valid : Verdict::invalid;
}

Verdict us_ssn(std::string_view c) {
    return validators::us_ssn_valid(c) ? Verdict::plausible : Verdict::invalid;
}

/// A passport or identity-card number has no public checksum: 6 to 12 characters, at least 2
/// digits, not one digit repeated.
Verdict document_number(std::string_view c) {
    const std::string s = validators::compact(c);
    std::size_t digits = 0;
    for (const char ch : s) digits += ch >= '0' && ch <= '9' ? 1 : 0;
    return s.size() >= 6 && s.size() <= 12 && digits >= 2 && !validators::all_same(s)
               ? Verdict::plausible
               : Verdict::invalid;
}

PatternRule rule(std::string name, std::string pattern, engine::Validator validator,
                 double score = 0.8) {
    return {.name = std::move(name),
            .category = Category::national_id,
            .pattern = std::move(pattern),
            .score = score,
            .validator = validator};
}

}  // namespace

void add_national_id_rules(std::vector<PatternRule>& rules) {
    // Passports and identity cards: no checksum, so only after their label.
    rules.push_back(rule("passport",
                         labelled(R"(passeport|passport)", R"([A-Z]{0,2}[0-9][A-Z0-9]{5,8})"),
                         document_number));
    rules.push_back(rule("identity_card",
                         labelled(R"(carte\s+(?:nationale\s+)?d'identit[ée]|cni|identity\s+card|)"
                                  R"(id\s+card|pi[èe]ce\s+d'identit[ée])",
                                  R"([0-9]{12}|[A-Z]{0,4}[0-9][A-Z0-9]{4,8})"),
                         document_number));
    // UK NHS number (mod 11): 10 digits, usually 3-3-4, after "NHS".
    rules.push_back(rule("nhs", labelled("nhs", R"([0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{4})"),
                         checked<validators::nhs_valid>));
    // US SSN: the dashed form alone; other forms after their label. No checksum.
    rules.push_back(rule("us_ssn", R"([0-9]{3}-[0-9]{2}-[0-9]{4})", us_ssn, 0.6));
    rules.push_back(rule(
        "us_ssn",
        labelled(R"(ssn|social\s+security(?:\s+number)?)", R"([0-9]{3}[ -]?[0-9]{2}[ -]?[0-9]{4})"),
        us_ssn));
    // Belgian national number: the typed YY.MM.DD-NNN.CC form alone, others after a label.
    rules.push_back(rule("be_national_number",
                         R"([0-9]{2}\.[0-9]{2}\.[0-9]{2}[- .][0-9]{3}[. ]?[0-9]{2})",
                         checked<validators::be_ssn_valid>, 0.6));
    rules.push_back(
        rule("be_national_number",
             labelled(R"(num[ée]ro\s+national|national\s+number|niss|insz|)"
                      R"(registre\s+national|rijksregisternummer)",
                      R"([0-9]{2}[ .]?[0-9]{2}[ .]?[0-9]{2}[- .]?[0-9]{3}[ .]?[0-9]{2})"),
             checked<validators::be_ssn_valid>));
    // Swiss AHV/AVS: 756 + EAN-13 check, distinctive enough alone.
    rules.push_back(rule("ch_avs", R"(756[. ]?[0-9]{4}[. ]?[0-9]{4}[. ]?[0-9]{2})",
                         checked<validators::ch_avs_valid>, 0.6));
    // German tax ID (11 digits, MOD 11,10): only after its label.
    rules.push_back(rule("de_idnr",
                         labelled(R"(steuer-?id|steuer-?idnr|idnr|steueridentifikationsnummer|)"
                                  R"(identifikationsnummer|tax\s+id)",
                                  R"([0-9](?:[ ]?[0-9]){10})"),
                         checked<validators::de_idnr_valid>));
    // Italian codice fiscale (16 characters with a check letter).
    rules.push_back(rule("it_codice_fiscale",
                         R"([A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPR-T][0-9LMNPQRSTUV]{2}[A-Z])"
                         R"([0-9LMNPQRSTUV]{3}[A-Z])",
                         checked<validators::it_codice_fiscale_valid>, 0.6));
    // Spanish DNI and NIE (check letter mod 23).
    rules.push_back(rule("es_dni", R"([0-9]{8}-?[A-Z])", checked<validators::es_dni_valid>, 0.6));
    rules.push_back(
        rule("es_nie", R"([XYZ]-?[0-9]{7}-?[A-Z])", checked<validators::es_nie_valid>, 0.6));
}

}  // namespace gardefou::detectors
