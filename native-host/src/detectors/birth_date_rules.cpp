// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <charconv>
#include <string>
#include <vector>

#include "detectors/latin_classes.h"
#include "detectors/registry.h"
#include "validators/dates.h"

namespace gardefou::detectors {

using engine::Category;
using engine::PatternRule;
using engine::Verdict;

namespace {

// Only a date tied to a birth is identifying: the label is part of the pattern and the date is
// group 1 ("née le 12/03/1954", "DDN : 03.04.1950", "born on 3 March 1950", "DOB 1950-03-03").
constexpr std::string_view kLabel =
    R"((?i:\b(?:n[ée]e?s?(?:\s*\(e\))?\s+(?:le|en|au\s+mois\s+d[e'])|date\s+de\s+naissance|)"
    R"(d\.?d\.?n\.?|naissance|born(?:\s+(?:on|in))?|d\.?o\.?b\.?|date\s+of\s+birth|birth\s*date|)"
    R"(birthday))\s*[:=]?\s*(?:(?i:le|on|the|en|in|is|was)\s+)?)";
constexpr std::string_view kMonth =
    R"((?i:janv(?:ier|\.)?|f[ée]vr(?:ier|\.)?|mars|avr(?:il|\.)?|mai|juin|juil(?:let|\.)?|ao[uû]t|)"
    R"(sept(?:embre|\.)?|oct(?:obre|\.)?|nov(?:embre|\.)?|d[ée]c(?:embre|\.)?|january|february|)"
    R"(march|april|may|june|july|august|september|october|november|december|jan\.?|feb\.?|)"
    R"(mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sep\.?|oct\.?|nov\.?|dec\.?))";
constexpr std::string_view kYear = R"((?:19|20)[0-9]{2})";

std::vector<int> numbers(std::string_view s) {
    std::vector<int> out;
    std::size_t i = 0;
    while (i < s.size()) {
        if (s[i] < '0' || s[i] > '9') {
            ++i;
            continue;
        }
        int v = 0;
        const auto r = std::from_chars(s.data() + i, s.data() + s.size(), v);
        out.push_back(v);
        i = static_cast<std::size_t>(r.ptr - s.data());
    }
    return out;
}

bool plausible_year(int y) {
    return y >= 1900 && y <= 2030;
}

/// Numeric dates: day-month-year (or month-day-year, as in the US), or ISO year-month-day.
Verdict numeric_date(std::string_view c) {
    const auto n = numbers(c);
    if (n.size() != 3) return Verdict::invalid;
    if (plausible_year(n[0])) {
        return validators::date_valid(n[0], n[1], n[2]) ? Verdict::valid : Verdict::invalid;
    }
    int year = n[2];
    if (year < 100) year += year <= 30 ? 2000 : 1900;
    if (!plausible_year(year)) return Verdict::invalid;
    return validators::date_valid(year, n[1], n[0]) || validators::date_valid(year, n[0], n[1])
               ? Verdict::valid
               : Verdict::invalid;
}

/// Dates with a month name, or a year alone: the year must be plausible.
Verdict text_date(std::string_view c) {
    const auto n = numbers(c);
    if (n.empty() || !plausible_year(n.back())) return Verdict::invalid;
    if (n.size() == 2 && (n[0] < 1 || n[0] > 31)) return Verdict::invalid;
    return Verdict::plausible;
}

std::string labelled(std::string_view date) {
    std::string p(kLabel);
    p.append("(").append(date).append(")");
    return p;
}

PatternRule rule(std::string pattern, engine::Validator validator) {
    return {.name = "birth_date",
            .category = Category::birth_date,
            .pattern = std::move(pattern),
            .score = 0.85,
            .validator = validator};
}

}  // namespace

void add_birth_date_rules(std::vector<PatternRule>& rules) {
    // 12/03/1954, 03.04.1950, 3-4-50, 11/23/1960, 1950-03-03, 12 03 1954.
    rules.push_back(rule(labelled(R"([0-9]{1,2}[/.-][0-9]{1,2}[/.-](?:[0-9]{4}|[0-9]{2}))"
                                  R"(|[0-9]{1,2} [0-9]{1,2} (?:19|20)[0-9]{2})"
                                  R"(|(?:19|20)[0-9]{2}-[0-9]{2}-[0-9]{2})"),
                         numeric_date));
    // 3 mars 1948, 1er mars 1948, 3rd of March 1950, July 2, 1995, décembre 1944, 1932.
    const std::string day = R"((?:1er|[0-9]{1,2}(?:st|nd|rd|th)?)[ ]+(?:of[ ]+)?)";
    const std::string month = std::string(kMonth);
    const std::string year = std::string(kYear);
    rules.push_back(rule(labelled("(?:" + day + ")?" + month + ",?[ ]+" + year), text_date));
    rules.push_back(
        rule(labelled(month + R"([ ]+[0-9]{1,2}(?:st|nd|rd|th)?,?[ ]+)" + year), text_date));
    // A year alone after the label ("née en 1932"), but not of someone indefinite ("un bébé né
    // en 2025", "les enfants nés en 2010").
    auto year_only = rule(labelled(year), text_date);
    year_only.negative_context = {"un", "une", "a", "an", "des", "les", "any", "every"};
    year_only.window_before = 4;
    rules.push_back(std::move(year_only));
    // A birth year in brackets after a titled name: "Mme Bouvier (1941)".
    rules.push_back(
        rule(std::string(R"((?:\b(?:M|Mme|Mlle|Mr|Mrs|Ms|Miss)\.?|(?i:madame|monsieur))[ ]+)") +
                 std::string(kUpper) + std::string(kNameChar) + "+(?:[ ]+" + std::string(kUpper) +
                 std::string(kNameChar) + R"(+)?[ ]*\(()" + year + R"()\))",
             text_date));
}

}  // namespace gardefou::detectors
