// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <string>

#include "detectors/latin_classes.h"
#include "detectors/registry.h"

namespace gardefou::detectors {

using engine::Category;
using engine::PatternRule;

namespace {

// French: number (5, 5 bis, 12b), street type, name, then optionally postcode and town
// ("12 rue des Lilas, 35000 Rennes"; AFNOR NF Z10-011 line 4 and line 6).
constexpr std::string_view kFrNumber = R"([0-9]{1,4}(?:[ ]?(?i:bis|ter|quater)|[A-Da-d])?)";
constexpr std::string_view kFrType =
    R"((?i:rue|avenue|av\.|bd|boulevard|place|impasse|all[ée]e|chemin|route|quai|square|)"
    R"(r[ée]sidence|lotissement|lieu-dit|faubourg|passage|sentier|hameau|cit[ée]|esplanade|)"
    R"(promenade|villa|mont[ée]e|parvis|rond-point|cours))";
// Name: capitalised words joined by particles ("de la Libération", "Jean Jaurès").
constexpr std::string_view kFrParticle = R"((?:(?i:d[eu]|des|la|le|les|aux?)[ ]+|(?i:[ld])'))";
const std::string kWord = std::string(kUpper) + std::string(kNameChar) + "*";
constexpr std::string_view kFrPostcode = R"((?:[0-9]{5}|[0-9]{2}[ ][0-9]{3}))";
const std::string kFrTown = R"((?:(?:Le|La|Les|L'|Saint|Sainte|St|Ste)[ -])?)" + kWord +
                            R"((?:[ ](?i:cedex)(?:[ ][0-9]{1,2})?)?)";

// English: number, capitalised name, street type, then optionally town and a UK, US or Canadian
// postcode ("221B Baker Street, London NW1 6XE", "600 N Michigan Ave, Chicago, IL 60611").
constexpr std::string_view kEnType =
    R"((?i:street|st|road|rd|avenue|ave|lane|ln|drive|close|way|court|crescent|terrace|)"
    R"(gardens|grove|square|place|boulevard|blvd|row|mews|parkway|walk|highway)\.?)";
const std::string kEnWord =
    std::string(kUpper) + std::string(kLower) + std::string(kNameChar) + "*";
const std::string kEnTown = kEnWord + "(?:[ ]" + kEnWord + ")?";
constexpr std::string_view kEnPostcode =
    R"((?:[A-Z]{1,2}[0-9][A-Z0-9]?[ ]?[0-9][A-Z]{2}|[A-Z]{2}[ ]+[0-9]{5}(?:-[0-9]{4})?|)"
    R"([A-Z]{2}[ ]+[A-Z][0-9][A-Z][ ]?[0-9][A-Z][0-9]))";

std::string cat(std::initializer_list<std::string_view> parts) {
    std::string s;
    for (const auto p : parts) s.append(p);
    return s;
}

PatternRule address(std::string name, std::string pattern, double score) {
    return {.name = std::move(name),
            .category = Category::postal_address,
            .pattern = std::move(pattern),
            .score = score,
            .context = {"adresse", "habite", "domicile", "address", "live", "lives", "living",
                        "chez", "demeurant", "residence", "envoyer", "livrer", "sent"},
            .context_boost = 0.2};
}

}  // namespace

void add_address_rules(std::vector<PatternRule>& rules) {
    const std::string name =
        cat({kFrParticle, "*", kWord, "(?:[ ]+", kFrParticle, "*", kWord, "){0,4}"});
    // Postcode and town, or the town alone after "à" ("14, rue Victor Hugo à Lille").
    const std::string fr_tail =
        cat({"(?:,?[ ]+", kFrPostcode, "[ ]+", kFrTown, "|[ ]+à[ ]+", kFrTown, ")?"});
    rules.push_back(
        address("address.fr", cat({kFrNumber, ",?[ ]+", kFrType, "[ ]+", name, fr_tail}), 0.75));
    // Street names typed in lower case: only with a postcode and town to end them.
    rules.push_back(
        address("address.fr",
                cat({kFrNumber, ",?[ ]+", kFrType, "[ ]+[A-Za-zÀ-ÖØ-öø-ÿŒœ' .-]{2,50}?,?[ ]+",
                     kFrPostcode, "[ ]+" + std::string(kLetter) + std::string(kNameChar) + "*"}),
                0.7));
    const std::string en_name = cat({R"((?:[NSEW]\.?[ ]+)?)", kWord, "(?:[ ]+", kWord, "){0,2}"});
    const std::string en_tail = cat({"(?:,?[ ]+", kEnTown, "(?:,?[ ]+", kEnPostcode, ")?)?"});
    rules.push_back(address(
        "address.en", cat({"[0-9]{1,5}[A-Za-z]?[ ]+", en_name, "[ ]+", kEnType, en_tail}), 0.7));
}

}  // namespace gardefou::detectors
