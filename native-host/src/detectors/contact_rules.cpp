// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <string>

#include "detectors/registry.h"
#include "validators/phone.h"

namespace gardefou::detectors {

using engine::Category;
using engine::PatternRule;
using engine::Verdict;

namespace {

Verdict valid_if(bool ok) {
    return ok ? Verdict::valid : Verdict::invalid;
}

/// Toll-free numbers reach a service or a helpline ("0 800 840 800"), never a person: French
/// 0800–0805, UK 080x, North American 800 and 833–888.
bool toll_free(std::string_view c) {
    std::string d;
    for (const char ch : c) {
        if (ch >= '0' && ch <= '9') d.push_back(ch);
    }
    const bool international = c.find('+') != std::string_view::npos || d.rfind("00", 0) == 0;
    if (d.rfind("00", 0) == 0) d.erase(0, 2);
    if (international && d.rfind("33", 0) == 0) d = "0" + d.substr(d[2] == '0' ? 3 : 2);
    if (international && d.rfind("44", 0) == 0) d = "0" + d.substr(d[2] == '0' ? 3 : 2);
    if (d.size() == 10 && d.rfind("080", 0) == 0 && d[3] <= '5') return true;       // France
    if ((d.size() == 10 || d.size() == 11) && d.rfind("080", 0) == 0) return true;  // UK
    if (d.size() == 11 && d.front() == '1') d.erase(0, 1);
    return d.size() == 10 && d[0] == '8' && d[1] == d[2] && (d[1] == '0' || d[1] >= '3');
}

Verdict validate_phone(std::string_view c) {
    return valid_if(!toll_free(c) && validators::phone_valid(c));
}
Verdict validate_phone_nanp(std::string_view c) {
    return valid_if(!toll_free(c) &&
                    (validators::phone_valid_in(c, "US") || validators::phone_valid_in(c, "CA")));
}
Verdict validate_phone_gb(std::string_view c) {
    return valid_if(!toll_free(c) && validators::phone_valid_in(c, "GB"));
}

Verdict validate_email(std::string_view candidate) {
    const auto at = candidate.rfind('@');
    if (at == 0 || candidate[at - 1] == '.' || candidate.front() == '.') return Verdict::invalid;
    if (candidate.find("..") != std::string_view::npos) return Verdict::invalid;
    // "rapport@2x.png": a file name, not an address.
    const std::string_view tld = candidate.substr(candidate.rfind('.') + 1);
    for (const std::string_view ext : {"png", "jpg", "jpeg", "gif", "pdf", "svg", "webp", "heic"}) {
        if (tld.size() == ext.size() &&
            std::equal(tld.begin(), tld.end(), ext.begin(),
                       [](char a, char b) { return (a | 0x20) == b; })) {
            return Verdict::invalid;
        }
    }
    return Verdict::plausible;
}

// Words that make a number an order, parcel or lot reference, another identifier's label, or a
// helpline ("SOS Amitié", "numéro vert"), rather than someone's phone.
const std::vector<std::string> kReferenceWords{
    "sos",   "amitie",  "helpline",  "hotline",   "numero vert", "ecoute", "samaritans",
    "nhs",   "ssn",     "passport",  "passeport", "rpps",        "adeli",  "finess",
    "ipp",   "dossier", "iban",      "nir",       "secu",        "avs",    "ahv",
    "lot",   "ref",     "reference", "commande",  "colis",       "suivi",  "siret",
    "siren", "facture", "order",     "tracking",  "parcel",      "batch",  "invoice"};

const std::vector<std::string> kPhoneWords{
    "tel",     "telephone", "portable",  "mobile", "phone", "numero", "appeler",
    "appelez", "joindre",   "joignable", "fixe",   "call",  "cell",   "whatsapp",
    "sms",     "number",    "rappeler",  "ring",   "text"};

PatternRule phone_rule(std::string name, std::string pattern, engine::Validator validator) {
    return {
        .name = std::move(name),
        .category = Category::phone,
        .pattern = std::move(pattern),
        .score = 0.6,
        .validator = validator,
        .context = kPhoneWords,
        .negative_context = kReferenceWords,
    };
}

}  // namespace

void add_contact_rules(std::vector<PatternRule>& rules) {
    rules.push_back({
        .name = "email",
        .category = Category::email,
        .pattern =
            R"([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)"
            R"((?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,24})",
        .score = 0.9,
        .validator = validate_email,
    });
    // French national form: 0 + 9 digits in pairs, with or without separators; "0692 41 87 33"
    // (overseas) is the same digits grouped differently.
    rules.push_back(
        phone_rule("phone.fr_national", R"(0[1-9](?:[ .-]?[0-9]{2}){4})", validate_phone));
    // International form (+ or 00, country code, groups). One rule per number of separated
    // groups, so that every way of ending the number at a group boundary is a candidate and the
    // longest one libphonenumber accepts wins: trailing digits ("…56 78 2 fois") cannot spoil it.
    rules.push_back(
        phone_rule("phone.international", R"((?:\+|00)[1-9][0-9]{6,14})", validate_phone));
    const std::string group = R"((?:[ .-]|[ .-]?\([0-9]{1,4}\)[ .-]?)[0-9]{1,10})";
    for (int k = 1; k <= 5; ++k) {
        rules.push_back(
            phone_rule("phone.international",
                       R"((?:\+|00)[1-9][0-9]{0,4}(?:)" + group + "){" + std::to_string(k) + "}",
                       validate_phone));
    }
    // North American national form: "(212) 555-0187"; without parentheses only near a phone word.
    rules.push_back(phone_rule("phone.nanp", R"(\([2-9][0-9]{2}\)[ ]?[2-9][0-9]{2}[ .-][0-9]{4})",
                               validate_phone_nanp));
    auto nanp = phone_rule("phone.nanp", R"([2-9][0-9]{2}[.-][2-9][0-9]{2}[.-][0-9]{4})",
                           validate_phone_nanp);
    nanp.context_required = true;
    rules.push_back(std::move(nanp));
    // UK national form: "0113 496 0734", "07384 612095", "020 7946 0321".
    rules.push_back(phone_rule("phone.gb_national", R"(0[1-9][0-9]{1,4}[ ][0-9]{3,4}[ ][0-9]{3,4})",
                               validate_phone_gb));
    rules.push_back(
        phone_rule("phone.gb_national", R"(0[1-9][0-9]{2,4}[ ]?[0-9]{5,6})", validate_phone_gb));
}

}  // namespace gardefou::detectors
