// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <string>
#include <tuple>
#include <vector>

#include "detectors/labelled.h"
#include "detectors/registry.h"
#include "validators/digits.h"
#include "validators/health_ids.h"

namespace gardefou::detectors {

using engine::Category;
using engine::PatternRule;
using engine::Verdict;

namespace {

// After a label, a failed checksum still leaves a number someone wrote down as that identifier.
Verdict rpps_labelled(std::string_view c) {
    return validators::rpps_valid(validators::compact(c)) ? Verdict::valid : Verdict::plausible;
}
Verdict rpps_bare(std::string_view c) {
    return validators::rpps_valid(c) ? Verdict::valid : Verdict::invalid;
}
Verdict adeli(std::string_view c) {
    return validators::adeli_valid(validators::compact(c)) ? Verdict::valid : Verdict::plausible;
}
Verdict finess(std::string_view c) {
    return validators::finess_valid(validators::compact(c)) ? Verdict::valid : Verdict::plausible;
}
/// "12/03/2024", "2024-03-12", "3.4.25": a date, not a file number.
bool date_shape(std::string_view c) {
    std::vector<std::size_t> groups{0};
    for (const char ch : c) {
        if (ch >= '0' && ch <= '9') {
            ++groups.back();
        } else if (ch == '-' || ch == '/' || ch == '.') {
            groups.push_back(0);
        }
    }
    if (groups.size() != 3) return false;
    const auto [a, b, y] = std::tuple{groups[0], groups[1], groups[2]};
    return (a <= 2 && b <= 2 && (y == 2 || y == 4)) || (a == 4 && b <= 2 && y <= 2);
}

Verdict patient_file(std::string_view c) {
    const std::string digits = validators::compact(c);
    return validators::all_same(digits) || date_shape(c) ? Verdict::invalid : Verdict::plausible;
}

PatternRule rule(std::string name, std::string pattern, engine::Validator validator,
                 double score = 0.8) {
    return {.name = std::move(name),
            .category = Category::health_identifier,
            .pattern = std::move(pattern),
            .score = score,
            .validator = validator};
}

}  // namespace

void add_health_identifier_rules(std::vector<PatternRule>& rules) {
    // RPPS: 11 digits (Luhn in every published sample). Labelled, or bare when it starts with 10
    // (every RPPS issued so far) and passes Luhn.
    rules.push_back(rule("rpps", labelled("rpps", R"([0-9](?:[ ]?[0-9]){10})"), rpps_labelled));
    auto bare = rule("rpps", R"(10[0-9]{9})", rpps_bare, 0.5);
    bare.negative_context = {"lot",      "ref",   "reference", "commande", "colis", "suivi",
                             "tracking", "order", "invoice",   "facture",  "siret"};
    rules.push_back(std::move(bare));
    rules.push_back(rule("adeli", labelled("adeli", R"([0-9](?:[ ]?[0-9]){8})"), adeli));
    // FINESS as printed on invoices may be grouped: "75 0 00123 4".
    rules.push_back(
        rule("finess", labelled("finess", R"((?:[0-9]{2}|2[AB])(?:[ ]?[0-9]){7})"), finess));
    // Patient-file numbers (the label may sit further away: "identifiant patient sur le portail
    // de l'hôpital … c'est …"): IPP, n° de dossier, numéro patient, hospital number, MRN. The
    // number has at least 5 digits, possibly after a short prefix ("A24-00981", "2024-118734").
    const std::string no = R"((?:n[°º]|no\.?|num[ée]ro|number|#))";
    // NIP: the AP-HP's "numéro d'identification patient"; NDA: "numéro de dossier administratif"
    // (one per stay); a stay, admission or visit number identifies the patient's file as well.
    const std::string labels =
        R"(ipp|nip|nda|mrn|)" + no +
        R"(\s*(?:de\s+|d['’]\s*)?(?:dossier|patient|s[ée]jour|venue|admission|hospitali[sz]ation|entr[ée]e))" +
        R"(|dossier\s+(?:patient|m[ée]dical)?\s*)" + no +
        R"(|identifiant\s+(?:(?:permanent|unique)\s+)?(?:du\s+)?patient)" +
        R"(|(?:code|r[ée]f(?:[ée]rence)?\.?)\s+(?:patient|dossier))" +
        R"(|patient\s+(?:id|identifier|reference|ref\.?)|(?:patient|hospital)\s+)" + no +
        R"(|hospital\s+(?:id|reference)|(?:medical\s+)?record\s+)" + no +
        R"(|(?:chart|unit|case)\s+)" + no;
    rules.push_back(rule(
        "patient_file",
        labelled(labels,
                 R"([A-Z]{0,3}[0-9]{0,4}[-/]?[0-9]{5,12}|[0-9]{2,4}(?:[-/.][0-9]{2,4}){2,3})", 60),
        patient_file));
}

}  // namespace gardefou::detectors
