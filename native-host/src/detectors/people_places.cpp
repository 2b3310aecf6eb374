// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "detectors/people_finders.h"

namespace gardefou::detectors::people {

using engine::Category;
using lexicons::List;

namespace {

bool one_of(std::string_view key, std::initializer_list<std::string_view> words) {
    for (const auto w : words) {
        if (key == w) return true;
    }
    return false;
}

bool article(const View& v, std::size_t i) {
    return one_of(v.key(i), {"le", "la", "les", "l", "the"});
}

/// A word that may be part of a facility's name ("Necker", "Les Tilleuls", "Saint-Augustin"),
/// or a known place or name typed in lower case ("chu de rennes", "hopital necker").
bool name_word(const View& v, std::size_t i, bool after_de = false) {
    if (!v.word(i)) return false;
    if (!v.cap(i)) {
        if (v[i].key.size() < 3 || v.blocked(i)) return false;
        if (after_de && v.in(List::places, i)) return true;  // "chu de rennes"
        return !v.common(i) &&
               (v.in(List::places, i) || v.in(List::surnames, i) || v.first_name(i));
    }
    if (article(v, i) || v.key(i) == "st") return true;
    return !v.blocked(i) && !v.in(List::kinship, i) && !v.in(List::professions, i);
}

/// Extends a facility name over capitalised words joined by spaces, hyphens, apostrophes and
/// articles, and a district number ("Lyon 3"). Returns the end (exclusive) or `i` when none.
std::size_t place_end(const View& v, std::size_t i, std::size_t max_words = 5,
                      bool after_de = false) {
    std::size_t end = i;
    std::size_t words = 0;
    while (end < v.size() && words < max_words) {
        const std::string_view g = v.gap(end);
        const bool glued = end > i && (g == "-" || g == "'");
        if (end > i && !glued && !spaces_only(g)) break;
        if (glued && v.word(end)) {
            ++end;
            continue;
        }
        if (name_word(v, end, after_de && end == i)) {
            ++end;
            ++words;
            continue;
        }
        if (end > i && v[end].is(text::Token::kNumber) && v.key(end).size() <= 2) {
            ++end;  // "Lyon 3", "Paris 15"
            break;
        }
        break;
    }
    // A name cannot end on an article: "clinique du Parc La" is cut at "Parc".
    while (end > i && article(v, end - 1)) --end;
    return end;
}

/// "de", "du", "des", "d'", "de la", "de l'" before a place's own name: tokens to skip.
std::size_t de_group(const View& v, std::size_t k) {
    if (k >= v.size() || !v.word(k) || !spaces_only(v.gap(k))) return 0;
    if (v.key(k) == "du" || v.key(k) == "des") return 1;
    if (v.key(k) == "d" && v.gap(k + 1) == "'") return 1;
    if (v.key(k) != "de") return 0;
    if (k + 1 < v.size() && one_of(v.key(k + 1), {"la", "l"}) && !v.cap(k + 1)) return 2;
    return 1;
}

/// Lower-case type after the name: at least one word of the name is no common word.
bool possessive_name(const View& v, std::size_t first, std::size_t type) {
    for (std::size_t j = first; j < type; ++j) {
        if (v.cap(j) && !v.common(j) && !v.sentence_start(j)) return true;
    }
    return false;
}

bool generic(std::string_view key) {
    return one_of(key, {"centre", "institut", "cabinet", "residence", "foyer", "had", "ssr", "ime",
                        "pmi", "cds", "msp", "maison de retraite"});
}

}  // namespace

FacilityFinder::FacilityFinder() {
    std::vector<std::string_view> words;
    types_fr_.first_words(words);
    types_en_.first_words(words);
    first_words_.insert(words.begin(), words.end());
}

void FacilityFinder::find(const View& v, std::vector<engine::Candidate>& out) const {
    const auto& t = v.tokens();
    const std::string_view s = v.text();
    // Whether each distinct word opens a facility type, looked up once per word (-1: not yet).
    std::vector<signed char> opens(v.types(), -1);
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (!v.word(i)) continue;
        signed char& known = opens[v.type(i)];
        if (known < 0) known = first_words_.contains(v.key(i)) ? 1 : 0;
        if (known == 0) continue;
        // French order: CHU de Rennes, clinique Saint-Augustin, laboratoire Cerballiance de Lyon 3.
        if (const std::size_t n = types_fr_.match_at(t, s, i); n > 0 && i + n < v.size()) {
            const std::size_t k = i + n;
            const bool lone_generic = n == 1 && generic(v.key(i)) && !v.cap(i);
            std::size_t end = 0;
            if (const std::size_t d = de_group(v, k); d > 0 && !lone_generic) {
                const std::size_t e = place_end(v, k + d, 5, true);
                if (e > k + d && !article(v, k + d)) end = e;
            } else if (spaces_only(v.gap(k)) && name_word(v, k)) {
                const std::size_t e = place_end(v, k);
                if (e > k) {
                    end = e;
                    if (const std::size_t d2 = de_group(v, e); d2 > 0) {
                        const std::size_t e2 = place_end(v, e + d2, 2, true);
                        if (e2 > e + d2) end = e2;
                    }
                }
            }
            if (end > 0) {
                emit(v, i, end, Category::health_facility, lone_generic ? 0.6 : 0.85,
                     "health_facility.named", out);
                i = end - 1;
                continue;
            }
        }
        // English order: Mayo Clinic, St Thomas' Hospital, Riverside Medical Centre.
        if (const std::size_t n = types_en_.match_at(t, s, i); n > 0 && i > 0) {
            std::size_t first = i;
            std::size_t words = 0;
            bool possessive = false;
            while (first > 0) {
                const std::size_t j = first - 1;
                const std::string_view g = v.gap(first);
                if (v.key(j) == "s" && !v.cap(j) && v.gap(j) == "'" && spaces_only(g) && j > 0) {
                    first = j;  // possessive: Addenbrooke's
                    possessive = true;
                    continue;
                }
                const bool abbreviation = g == ". " && one_of(v.key(j), {"st", "mt", "ste"});
                if (!(spaces_only(g) || g == "' " || (possessive && g == "'") || abbreviation)) {
                    break;
                }
                possessive = false;
                if (name_word(v, j) && !article(v, j)) {
                    first = j;
                    ++words;
                    continue;
                }
                if (one_of(v.key(j), {"and", "of", "&"}) && words > 0 && j > 0 &&
                    (v.cap(j - 1) || v.key(j - 1) == "s")) {
                    first = j;
                    continue;
                }
                break;
            }
            if (words == 0) continue;
            // "St Mary's hospital", "a London hospital": the name alone says it is a place.
            if (!v.cap(i) && !possessive_name(v, first, i)) continue;
            // "a University Hospital": only common words after an indefinite article.
            bool all_common = true;
            for (std::size_t j = first; j < i; ++j) all_common = all_common && v.common(j);
            if (all_common && first > 0 && one_of(v.key(first - 1), {"a", "an", "un", "une"})) {
                continue;
            }
            const bool label = v.gap(first).find(':') != std::string_view::npos;
            if (words == 1 && v.sentence_start(first) && !label && v.common(first)) continue;
            std::size_t end = i + n;
            if (end + 1 < v.size() && v.key(end) == "of" && spaces_only(v.gap(end))) {
                const std::size_t e = place_end(v, end + 1, 2);
                if (e > end + 1) end = e;
            }
            emit(v, first, end, Category::health_facility, 0.85, "health_facility.named_en", out);
        }
    }
}

}  // namespace gardefou::detectors::people
