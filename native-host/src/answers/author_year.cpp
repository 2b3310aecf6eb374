// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
// Author-year citations, the in-text form of the APA and Harvard styles: "(NHMRC, 2015)",
// "(Smith & Lee, 2019; Martin et al., 2020)", "Dupont et Durand (2018)", "Selon Billat (2001)".
#include <re2/re2.h>

#include <algorithm>
#include <string>

#include "answers/citation_patterns.h"
#include "answers/sources.h"

namespace gardefou::answers {

namespace {

using re2::StringPiece;

const std::string kSurname(kSurnamePattern);
const std::string kYear = R"((?:19|20)\d\d[a-z]?)";

struct AuthorYearPatterns {
    // A bracket holding one citation or several separated by ';'.
    RE2 bracket{R"(\(([^()\n]{4,240})\))"};
    // One citation inside it: an author, an organisation or an acronym, a comma, a year; no
    // other digit ("(Paris, 2019)" passes, which is harmless: it is checked by a search).
    RE2 citation{R"(\s*(\p{Lu}[^\d;]{0,100}?,? )" + kYear + R"()\s*)"};
    // "Dupont et Durand (2018)", "Smith and Lee (2019)", "Martin et al. (2020)".
    RE2 several{"(" + kSurname + "(?:(?:,| (?:and|&|et)) " + kSurname + ")*,? (?:and|&|et) " +
                kSurname + R"((?: et al\.?| et coll\.?)? \()" + kYear + R"(\)|)" + kSurname +
                R"( (?:et al\.?|et coll\.?) \()" + kYear + R"(\)))"};
    // "Selon Billat (2001)", "such as Heather (2005)", "Gibbon (1776) argued": one surname
    // needs a cue before or a reporting verb after, or "Windows (2019)" would be a citation.
    RE2 single{R"((?i:\b(?:selon|d'apr[eè]s|d’apr[eè]s|according to|by|see|voir|cf\.?|as|such as|)"
               R"(comme|like|and|et|&)\s+)()" +
               kSurname + R"( \()" + kYear + R"(\)))"};
    RE2 single_then_verb{"(" + kSurname + R"( \()" + kYear +
                         R"(\))(?:,)? (?:a |ont |have |has )?(?:montr|d[ée]montr|trouv|rapport|)"
                         R"(d[ée]cri|propos|sugg[eè]r|estim|not|explain|show|found|report|)"
                         R"(describ|suggest|argu|conclud|observ|propos|estimat|demonstrat)\w*)"};

    static const AuthorYearPatterns& get() {
        static const AuthorYearPatterns kPatterns;
        return kPatterns;
    }
};

std::size_t at(std::string_view s, StringPiece p) {
    return static_cast<std::size_t>(p.data() - s.data());
}

/// Every first group of `re` in `s`, as a byte range.
void add_groups(const RE2& re, std::string_view s, std::vector<ByteRange>& out) {
    for_each_match<2>(re, s, [&](const auto& m) {
        const auto b = at(s, m[1]);
        out.push_back({b, b + m[1].size()});
        return at(s, m[0]) + m[0].size();
    });
}

/// The citations in brackets, each of a ';'-separated list on its own.
void add_bracketed(std::string_view s, std::vector<ByteRange>& out) {
    const auto& p = AuthorYearPatterns::get();
    for_each_match<2>(p.bracket, s, [&](const auto& m) {
        const auto inner = std::string_view(m[1].data(), m[1].size());
        std::size_t b = 0;
        while (b <= inner.size()) {
            const auto e = std::min(inner.find(';', b), inner.size());
            const auto piece = inner.substr(b, e - b);
            StringPiece cite;
            if (RE2::FullMatch(StringPiece(piece.data(), piece.size()), p.citation, &cite) &&
                std::count(cite.begin(), cite.end(), ' ') <= 8) {
                const auto cb = at(s, cite);
                out.push_back({cb, cb + cite.size()});
            }
            b = e + 1;
        }
        return at(s, m[0]) + m[0].size();
    });
}

}  // namespace

void add_author_year_citations(std::string_view s, std::vector<ByteRange>& out) {
    const auto& p = AuthorYearPatterns::get();
    add_bracketed(s, out);
    add_groups(p.several, s, out);
    add_groups(p.single, s, out);
    add_groups(p.single_then_verb, s, out);
}

}  // namespace gardefou::answers
