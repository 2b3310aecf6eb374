// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "answers/reference_match.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <set>

#include "text/normalized_text.h"
#include "text/tokens.h"

namespace gardefou::answers {

namespace {

bool is_stop_word(std::string_view w) {
    static constexpr std::array<std::string_view, 40> kStop{
        "the",   "and",      "for",     "with",   "from", "into",  "among", "between",
        "after", "before",   "during",  "versus", "les",  "des",   "une",   "dans",
        "pour",  "par",      "sur",     "aux",    "avec", "chez",  "entre", "est",
        "sont",  "their",    "its",     "this",   "that", "study", "trial", "etude",
        "essai", "analysis", "analyse", "role",   "non",  "vol",   "pages", "al"};
    return std::find(kStop.begin(), kStop.end(), w) != kStop.end();
}

std::vector<std::string> words_of(std::string_view utf8) {
    std::vector<std::string> out;
    for (const auto& t : text::tokenize(text::fold(utf8))) out.emplace_back(t.key);
    return out;
}

/// Significant words: letters, three or more, not stop words.
std::set<std::string> significant(const std::vector<std::string>& words) {
    std::set<std::string> out;
    for (const auto& w : words) {
        if (w.size() >= 3 && std::isdigit(static_cast<unsigned char>(w[0])) == 0 &&
            !is_stop_word(w)) {
            out.insert(w);
        }
    }
    return out;
}

std::vector<int> years_in(const std::vector<std::string>& words) {
    std::vector<int> out;
    for (const auto& w : words) {
        if (w.size() == 4 &&
            std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            const int y = std::stoi(w);
            if (y >= 1900 && y <= 2099) out.push_back(y);
        }
    }
    return out;
}

bool contains_sequence(const std::vector<std::string>& words, const std::vector<std::string>& seq) {
    if (seq.empty() || seq.size() > words.size()) return false;
    for (std::size_t i = 0; i + seq.size() <= words.size(); ++i) {
        if (std::equal(seq.begin(), seq.end(), words.begin() + static_cast<std::ptrdiff_t>(i)))
            return true;
    }
    return false;
}

/// Share of the journal's significant words that a claimed word abbreviates ("J Clin Oncol" →
/// "Journal of Clinical Oncology"). Returns nullopt when the journal has no such word.
std::optional<double> journal_overlap(const std::vector<std::string>& claimed,
                                      std::string_view journal) {
    std::vector<std::string> jw;
    for (auto& w : words_of(journal)) {
        if (w.size() >= 3 && !is_stop_word(w)) jw.push_back(std::move(w));
    }
    if (jw.empty()) return std::nullopt;
    std::size_t hit = 0;
    for (const auto& w : jw) {
        const bool found = std::any_of(claimed.begin(), claimed.end(), [&](const std::string& c) {
            return c.size() >= 2 && w.compare(0, c.size(), c) == 0;
        });
        if (found) ++hit;
    }
    return static_cast<double>(hit) / static_cast<double>(jw.size());
}

}  // namespace

std::string author_surname(std::string_view author) {
    std::string a(author);
    if (const auto comma = a.find(','); comma != std::string::npos)
        return text::fold(a.substr(0, comma));
    auto words = words_of(a);
    if (words.empty()) return {};
    // "Smith J" / "Smith JA": initials come last and are short upper-case letters.
    const auto last_space = a.find_last_of(' ');
    if (last_space != std::string::npos) {
        const std::string last = a.substr(last_space + 1);
        const bool initials = last.size() <= 3 && std::all_of(last.begin(), last.end(), [](char c) {
                                  return (c >= 'A' && c <= 'Z') || c == '.' || c == '-';
                              });
        if (initials) return text::fold(a.substr(0, last_space));
    }
    return words.back();
}

ReferenceMatch match_reference(std::string_view claimed, const FoundRecord& found) {
    const auto cw = words_of(claimed);
    const std::set<std::string> claimed_set(cw.begin(), cw.end());
    double total = 0.0;
    double weight = 0.0;
    bool title_contradiction = false;

    // Title: only when the claimed reference carries one (enough words besides authors and
    // journal).
    const auto title = significant(words_of(found.title));
    auto rest = significant(cw);
    for (const auto& a : found.authors) {
        for (const auto& w : words_of(a)) rest.erase(w);
    }
    for (const auto& w : words_of(found.journal)) rest.erase(w);
    if (!title.empty() && rest.size() >= 3) {
        std::size_t hit = 0;
        for (const auto& w : title) hit += claimed_set.count(w);
        const double overlap = static_cast<double>(hit) / static_cast<double>(title.size());
        total += 0.5 * overlap;
        weight += 0.5;
        title_contradiction = overlap < 0.35;
    }
    // First author.
    if (!found.authors.empty()) {
        double a = 0.0;
        if (contains_sequence(cw, words_of(author_surname(found.authors.front())))) {
            a = 1.0;
        } else {
            for (const auto& other : found.authors) {
                if (contains_sequence(cw, words_of(author_surname(other)))) a = 0.5;
            }
        }
        total += 0.25 * a;
        weight += 0.25;
    }
    // Year: a year either side counts half (online first, print later).
    const auto years = years_in(cw);
    if (found.year && !years.empty()) {
        double y = 0.0;
        for (const int claimed_year : years) {
            const int d = std::abs(claimed_year - *found.year);
            y = std::max(y, d == 0 ? 1.0 : d == 1 ? 0.5 : 0.0);
        }
        total += 0.15 * y;
        weight += 0.15;
    }
    if (const auto j = journal_overlap(cw, found.journal); j && *j > 0.0) {
        total += 0.1 * *j;
        weight += 0.1;
    }
    const double score = weight > 0.0 ? std::round(total / weight * 100.0) / 100.0 : 0.0;
    Verdict v = Verdict::mismatch;
    if (score >= 0.75 && !title_contradiction) {
        v = Verdict::match;
    } else if (score >= 0.4) {
        v = Verdict::partial;
    }
    return {v, score};
}

std::string_view verdict_name(Verdict verdict) {
    switch (verdict) {
        case Verdict::match:
            return "match";
        case Verdict::partial:
            return "partial";
        case Verdict::mismatch:
            return "mismatch";
    }
    return "mismatch";
}

}  // namespace gardefou::answers
