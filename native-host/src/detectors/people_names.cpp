// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <array>

#include "detectors/people_finders.h"
#include "engine/context.h"

namespace gardefou::detectors::people {

using engine::Category;
using lexicons::List;

namespace {

constexpr Category kPerson = Category::person;
constexpr Category kPro = Category::health_professional;

bool one_of(std::string_view key, std::initializer_list<std::string_view> words) {
    for (const auto w : words) {
        if (key == w) return true;
    }
    return false;
}

bool possessive(const View& v, std::size_t i) {
    return v.word(i) && one_of(v.key(i), {"mon",   "ma",    "mes",  "my", "our", "notre", "nos",
                                          "sa",    "son",   "ses",  "ta", "ton", "his",   "her",
                                          "their", "votre", "your", "la", "le",  "l",     "the"});
}

/// A possessive shortly before a relative: "ma fille", "ma grande fille", "my 5-year-old son".
bool possessive_before(const View& v, std::size_t i) {
    for (std::size_t back = 1; back <= 5 && back <= i; ++back) {
        const std::size_t j = i - back;
        if (!spaces_and(v.gap(j + 1), "-'")) return false;
        if (possessive(v, j)) return true;
        if (v.cap(j) && back > 1) return false;
    }
    return false;
}

/// Only the words that tie a relative to someone: "ma", "my"... (not "la", "the").
bool strict_possessive(const View& v, std::size_t i) {
    return possessive(v, i) && !one_of(v.key(i), {"la", "le", "l", "the"});
}

/// A conjunction that may open a clause before its noun phrase: "et ma sage-femme, Mme X".
bool conjunction(const View& v, std::size_t i) {
    return v.word(i) && one_of(v.key(i), {"et", "and", "puis", "mais", "but", "ou", "or"});
}

/// Where the clause that holds token `last` starts: the first token after a gap holding
/// punctuation or a line break (hyphens and apostrophes join words). At most `max_tokens` back.
std::size_t clause_start(const View& v, std::size_t last, std::size_t max_tokens = 8) {
    std::size_t c = last;
    while (c > 0 && last - c + 1 < max_tokens &&
           v.gap(c).find_first_not_of(" -'") == std::string_view::npos) {
        --c;
    }
    return c;
}

/// A lower-case word or an acronym: "de", "ma", "fille", "SSIAD", "EHPAD".
bool lower_or_acronym(const View& v, std::size_t j) {
    return v.word(j) && (!v.cap(j) || v.caps(j));
}

/// Only lower-case words and acronyms from `first` to `last` (exclusive): "de ma fille", "à
/// domicile", "du SSIAD".
bool lower_words(const View& v, std::size_t first, std::size_t last) {
    for (std::size_t j = first; j < last; ++j) {
        if (!lower_or_acronym(v, j)) return false;
    }
    return true;
}

/// "Yusuf Al-Amin", "Rania El-Khoury": a capitalised particle glued by a hyphen to the next word
/// after a name that stops before it. Returns the new end.
std::size_t glued_particle_end(const View& v, std::size_t e) {
    while (e + 1 < v.size() && spaces_only(v.gap(e)) && v.cap(e) && !v.caps(e) &&
           v.in(List::particles, e) && v.gap(e + 1) == "-" && v.cap(e + 1) && !v.blocked(e + 1)) {
        e += 2;
        while (e < v.size() && v.gap(e) == "-" && v.cap(e)) ++e;
    }
    return e;
}

/// An eponym used as one: "maladie de Parkinson", "Crohn's disease", "syndrome de Gilbert".
bool eponym_in_context(const View& v, std::size_t i) {
    if (!v.in(List::eponyms, i)) return false;
    if (i > 0 && one_of(v.key(i - 1), {"de", "d", "of", "du"})) return true;
    if (i + 1 < v.size() && v.key(i + 1) == "s" && v.gap(i + 1) == "'") return true;
    return i + 1 < v.size() &&
           one_of(v.key(i + 1), {"disease", "syndrome", "sign", "test", "phenomenon", "palsy",
                                 "lymphoma", "sarcoma", "score", "scale", "cyst", "reflex",
                                 "manoeuvre", "maneuver", "criteria", "classification"});
}

/// "Dr Martin", "Dr. Martin", "M. Roux" (a lone "M" needs its dot).
bool title_gap(std::string_view g, bool need_dot) {
    if (!g.empty() && g[0] == '.') {
        g.remove_prefix(1);
        if (g.empty()) return true;  // "Dr.Martin"
    } else if (need_dot) {
        return false;
    }
    return spaces_only(g);
}

bool eponym_in_context(const View& v, std::size_t i);

/// A code glued to a number: "HFO-7781240", "RF/2291847".
bool code(const View& v, std::size_t i) {
    return i + 1 < v.size() && (v.gap(i + 1) == "-" || v.gap(i + 1) == "/") &&
           v[i + 1].is(text::Token::kNumber);
}

/// "A. Hussain" after a title or a closing: an initial, then the name (0 when none).
std::size_t initial_name_end(const View& v, std::size_t k) {
    if (!v.cap(k) || v.key(k).size() != 1 || k + 1 >= v.size() || v.gap(k + 1) != ". ") return 0;
    const std::size_t e = name_end(v, k + 1, Case::capitalised);
    return e > k + 1 ? e : 0;
}

/// "Monsieur le Directeur", "Madame la Présidente": an article and a common word, no name.
bool article_and_noun(const View& v, std::size_t k) {
    return k + 1 < v.size() && !v.cap(k) && one_of(v.key(k), {"le", "la", "les"}) &&
           v.common(k + 1) && !v.known_name(k + 1);
}

/// A capitalised word that is plausibly a name when weak context says so.
bool weak_name(const View& v, std::size_t i) {
    if (!v.cap(i) || v.blocked(i) || eponym_in_context(v, i) || code(v, i)) return false;
    if (v.in(List::eponyms, i) && !v.first_name(i)) return false;
    return v.first_name(i) || (!v.common(i) && !v.in(List::places, i));
}

/// A capitalised word that is a name when a strong trigger says so.
bool strong_name(const View& v, std::size_t i) {
    return v.cap(i) && !v.blocked(i) && !eponym_in_context(v, i) && v.name_like(i);
}

bool line_start(const View& v, std::size_t i) {
    if (i == 0) return true;
    const std::string_view g = v.gap(i);
    return g.find_first_of("\n,:;/(\"|") != std::string_view::npos;
}

/// The name ends its clause: end of text, punctuation or a line break after it.
bool ends_clause(const View& v, std::size_t e) {
    return e >= v.size() || !spaces_only(v.gap(e));
}

bool after_street(const View& v, std::size_t i) {
    if (i == 0) return false;
    // "à Nancy", "in Charlotte", "from Austin": a place, for the lexicon-only rules.
    if (one_of(v.key(i - 1), {"a", "au", "en", "in", "at", "near", "from", "to", "vers", "pres",
                              "sur", "depuis", "dans", "outside", "around"})) {
        return true;
    }
    return v.in(List::street_words, i - 1) || v.in(List::particles, i - 1) ||
           v.in(List::facility_types_fr, i - 1) || v.in(List::titles_person, i - 1) ||
           v.in(List::titles_professional, i - 1) || v.gap(i) == "-" || v.gap(i) == "'";
}

}  // namespace

// Bits of NameFinder::first_words_: which trigger sets a word opens.
enum : unsigned {
    kSelfIntro = 1U << 0U,
    kSelfIntroWeak = 1U << 1U,
    kKinship = 1U << 2U,
    kTitlePerson = 1U << 3U,
    kTitlePro = 1U << 4U,
    kProfession = 1U << 5U,
    kField = 1U << 6U,
    kGreeting = 1U << 7U,
    kSignature = 1U << 8U,
    kStatement = 1U << 9U,
};

NameFinder::NameFinder() {
    const std::pair<const PhraseSet*, unsigned> sets[] = {{&self_intro_, kSelfIntro},
                                                          {&self_intro_weak_, kSelfIntroWeak},
                                                          {&kinship_, kKinship},
                                                          {&titles_person_, kTitlePerson},
                                                          {&titles_professional_, kTitlePro},
                                                          {&professions_, kProfession},
                                                          {&fields_, kField},
                                                          {&greetings_, kGreeting},
                                                          {&signatures_, kSignature}};
    for (const auto& [set, bit] : sets) {
        std::vector<std::string_view> words;
        set->first_words(words);
        for (const auto w : words) first_words_[w] |= bit;
    }
    first_words_["i"] |= kStatement;  // "I, Michael Brennan, ..."
}

void NameFinder::find(const View& v, std::vector<engine::Candidate>& out) const {
    const std::size_t before = out.size();
    // The trigger sets each distinct word opens, looked up once per word (kUnknown: not yet).
    constexpr unsigned kUnknown = ~0U;
    std::vector<unsigned> opens(v.types(), kUnknown);
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (!v.word(i)) continue;
        unsigned& sets = opens[v.type(i)];
        if (sets == kUnknown) {
            const auto it = first_words_.find(v.key(i));
            sets = it != first_words_.end() ? it->second : 0;
        }
        if (sets != 0) after_trigger(v, i, sets, out);
        from_lexicons(v, i, out);
    }
    // Names that stop before a glued particle ("Yusuf Al-Amin") take it in.
    for (std::size_t c = before; c < out.size(); ++c) {
        if (out[c].category == engine::Category::health_facility) continue;
        const std::size_t last = engine::token_at_or_after(v.tokens(), out[c].end);
        if (last == 0 || last > v.size()) continue;
        if (const std::size_t e = glued_particle_end(v, last); e > last) {
            out[c].end = v[e - 1].end;
        }
    }
    repeat_compounds(v, before, out);
}

void NameFinder::repeat_compounds(const View& v, std::size_t from,
                                  std::vector<engine::Candidate>& out) const {
    // Other occurrences of a hyphenated or apostrophed name found with a strong trigger ("Mon
    // frère Jean-Marc ... Jean-Marc parle"): words of single-token names are repeated elsewhere.
    struct Compound {
        std::size_t first;  // token index of the name found
        std::size_t n;      // its tokens
        engine::Category category;
    };
    std::vector<Compound> compounds;
    for (std::size_t c = from; c < out.size(); ++c) {
        if (out[c].score < 0.8) continue;
        const std::size_t first = engine::token_at_or_after(v.tokens(), out[c].begin);
        std::size_t last = first;
        while (last < v.size() && v[last].end < out[c].end) ++last;
        if (last >= v.size() || last == first) continue;
        bool glued = true;
        for (std::size_t j = first + 1; j <= last; ++j) {
            glued = glued && (v.gap(j) == "-" || v.gap(j) == "'");
        }
        if (glued) compounds.push_back({first, last - first + 1, out[c].category});
    }
    if (compounds.empty()) return;
    const auto first_key = [&v](const Compound& c) { return v.key(c.first); };
    std::sort(compounds.begin(), compounds.end(),
              [&](const Compound& a, const Compound& b) { return first_key(a) < first_key(b); });
    const TakenSpans taken(out);
    std::vector<engine::Candidate> extra;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (!v.cap(i) || (i > 0 && (v.gap(i) == "-" || v.gap(i) == "'"))) continue;
        auto it = std::lower_bound(
            compounds.begin(), compounds.end(), v.key(i),
            [&](const Compound& c, std::string_view key) { return first_key(c) < key; });
        for (; it != compounds.end() && first_key(*it) == v.key(i); ++it) {
            const Compound& c = *it;
            if (i == c.first || i + c.n > v.size()) continue;
            bool same = true;
            for (std::size_t j = 1; j < c.n && same; ++j) {
                same = v.key(i + j) == v.key(c.first + j) && v.gap(i + j) == v.gap(c.first + j);
            }
            const std::string_view after = v.gap(i + c.n);
            if (!same || (i + c.n < v.size() && (after == "-" || after == "'"))) continue;
            if (taken.covers(v[i].begin, v[i + c.n - 1].end)) break;
            const bool pro = c.category == kPro;
            emit(v, i, i + c.n, c.category, 0.75,
                 pro ? "health_professional.repeat" : "person.repeat", extra);
            break;
        }
    }
    out.insert(out.end(), extra.begin(), extra.end());
}

std::size_t NameFinder::title_at(const View& v, std::size_t i, const PhraseSet& set) const {
    const std::size_t n = set.match_at(v.tokens(), v.text(), i);
    if (n == 0 || i + n >= v.size()) return 0;
    const bool lone_m = n == 1 && v.key(i) == "m";
    if (lone_m && !v.cap(i)) return 0;
    // A dot after a word written out ends its sentence: "checked by a doctor. Dermatologists".
    if (v.gap(i + n).starts_with(".") && v.key(i + n - 1).size() > 4) return 0;
    return title_gap(v.gap(i + n), lone_m) ? n : 0;
}

bool NameFinder::profession_ends_at(const View& v, std::size_t i) const {
    return i > 0 && (professions_.match_ending_at(v.tokens(), v.text(), i - 1) > 0 ||
                     profession_clause(v, clause_start(v, i - 1), i) > 0);
}

bool NameFinder::profession_before(const View& v, std::size_t title) const {
    if (title == 0) return false;
    // "Ma psychologue s'appelle Mme X", "my physio is called Mr X"
    if (const std::size_t m = self_intro_.match_ending_at(v.tokens(), v.text(), title - 1);
        m > 0 && m < title && spaces_only(v.gap(title)) && profession_ends_at(v, title - m)) {
        return true;
    }
    // "Mon ortho, Mme X", "Rappel de mon ortho : « Mme X vous attend »"
    if (spaces_and(v.gap(title), ",:\"«»“”") &&
        professions_.match_ending_at(v.tokens(), v.text(), title - 1) > 0) {
        return true;
    }
    // A clause that is a profession's noun phrase, then a comma, colon or parenthesis: "La psy
    // de ma fille, Mme X", "Infirmière à domicile : Mme X", "Mon pharmacien (M. X)".
    const std::string_view g = v.gap(title);
    if (g.find_first_of(",:(") == std::string_view::npos ||
        g.find_first_of(".!?;\n") != std::string_view::npos) {
        return false;
    }
    return profession_clause(v, clause_start(v, title - 1), title) > 0;
}

std::size_t NameFinder::profession_clause(const View& v, std::size_t c, std::size_t end) const {
    if (c < end && conjunction(v, c)) ++c;
    if (c < end && possessive(v, c)) ++c;
    const std::size_t n = c < end ? professions_.match_at(v.tokens(), v.text(), c) : 0;
    if (n == 0 || c + n > end || !lower_words(v, c + n, end)) return 0;
    return c + n;
}

bool NameFinder::profession_after(const View& v, std::size_t e) const {
    // "Mme Rigaud, la sage-femme du cabinet", "Mx Adebayo, the practice nurse", "M. Roux (kiné)"
    if (e + 1 >= v.size()) return false;
    std::size_t k = e;
    if (spaces_only(v.gap(e)) && one_of(v.key(e), {"est", "is", "was", "etait"})) {
        // "Mme Boisseau est ma nouvelle médecin traitante", "Mr Hale is my new GP"
        if (!strict_possessive(v, e + 1)) return false;
        k = e + 2;
        if (k + 1 < v.size() && v.word(k) && !v.cap(k) &&
            professions_.match_at(v.tokens(), v.text(), k) == 0) {
            ++k;  // one adjective: "nouvelle", "new", "usual"
        }
        return k < v.size() && professions_.match_at(v.tokens(), v.text(), k) > 0;
    }
    if (!spaces_and(v.gap(e), ",(") || spaces_only(v.gap(e))) return false;
    if (possessive(v, k)) ++k;
    return professions_.match_at(v.tokens(), v.text(), k) > 0;
}

void NameFinder::after_trigger(const View& v, std::size_t i, unsigned sets,
                               std::vector<engine::Candidate>& out) const {
    const auto& t = v.tokens();
    const std::string_view s = v.text();
    if (const std::size_t n = (sets & kSelfIntro) != 0 ? self_intro_.match_at(t, s, i) : 0;
        n > 0 && i + n < v.size()) {
        const std::size_t k = i + n;
        if (spaces_and(v.gap(k), ":") && !v.in(List::titles_professional, k)) {
            if (const std::size_t e = name_end(v, k, Case::any, 3)) {
                // "mon kiné s'appelle Antoine": the name of a professional.
                const bool pro = profession_ends_at(v, i);
                emit(v, k, e, pro ? kPro : kPerson, 0.9,
                     pro ? "health_professional.named" : "person.self_intro", out);
            }
        }
    }
    if (const std::size_t n = (sets & kSelfIntroWeak) != 0 ? self_intro_weak_.match_at(t, s, i) : 0;
        n > 0 && i + n < v.size()) {
        const std::size_t k = i + n;
        const bool two_caps = v.cap(k) && !v.blocked(k) && !v.in(List::eponyms, k) &&
                              k + 1 < v.size() && spaces_only(v.gap(k + 1)) &&
                              strong_name(v, k + 1) && !v.common(k + 1);
        const bool initial = v.cap(k) && v.key(k).size() == 1 && k + 1 < v.size() &&
                             v.gap(k + 1) == ". " && strong_name(v, k + 1);
        // "hey its jake, 19": a known first name in lower case that ends its clause.
        const bool lower = !v.cap(k) && v.word(k) && v.first_name(k) && !v.common(k) &&
                           !v.blocked(k) && v.key(k).size() >= 3 && ends_clause(v, k + 1);
        if (spaces_only(v.gap(k)) && (weak_name(v, k) || two_caps || initial)) {
            emit(v, k, name_end(v, k, Case::capitalised), kPerson, 0.85, "person.intro", out);
        } else if (spaces_only(v.gap(k)) && lower) {
            emit(v, k, k + 1, kPerson, 0.75, "person.intro", out);
        }
    }
    if (const std::size_t n = (sets & kKinship) != 0 ? kinship_.match_at(t, s, i) : 0;
        n > 0 && i + n < v.size()) {
        std::size_t k = i + n;
        bool introduced = possessive_before(v, i) || (v.cap(i) && line_start(v, i));
        // "ma fille de 4 ans, Léa", "my son (6), Noah"
        if (k + 2 < v.size() && one_of(v.key(k), {"de", "d"}) &&
            v[k + 1].is(text::Token::kNumber) && one_of(v.key(k + 2), {"ans", "an", "mois"})) {
            k += 3;
        }
        // "Le kiné de ma mère, Florentin": the name is the professional's (found below).
        const bool in_profession = k < v.size() && !spaces_only(v.gap(k)) && i > 0 &&
                                   profession_clause(v, clause_start(v, i), i) > 0;
        if (k < v.size() && spaces_and(v.gap(k), ",()") && !in_profession) {
            if (one_of(v.key(k), {"de", "d", "of"}) && k + 1 < v.size() && v.cap(k + 1)) {
                ++k;  // "maman de Inès", "papa de Lou"
                introduced = true;
            }
            // "ma fille emma": a known first name typed in lower case, no common word.
            const bool lower = k < v.size() && v.word(k) && !v.cap(k) && v.first_name(k) &&
                               !v.common(k) && !v.blocked(k) && v.key(k).size() >= 3;
            if (introduced && lower) {
                emit(v, k, k + 1, kPerson, 0.8, "person.kinship", out);
            } else if (introduced && strong_name(v, k)) {
                emit(v, k, name_end(v, k, Case::capitalised), kPerson, 0.85, "person.kinship", out);
            } else if (introduced && spaces_only(v.gap(k)) && v.cap(k) && !v.caps(k) &&
                       !v.sentence_start(k) && !v.blocked(k) && !v.in(List::eponyms, k) && i > 0 &&
                       (strict_possessive(v, i - 1) || (i > 1 && strict_possessive(v, i - 2)))) {
                // "her daughter Lisette", "ma fille Rose": a capitalised word right after "my
                // daughter" names her, even when it is also a common word.
                emit(v, k, name_end(v, k, Case::capitalised), kPerson, 0.8, "person.kinship", out);
            }
        }
    }
    if (const std::size_t n = (sets & kTitlePerson) != 0 ? title_at(v, i, titles_person_) : 0) {
        const std::size_t k = i + n;
        std::size_t e = initial_name_end(v, k);
        if (e == 0 && !article_and_noun(v, k)) e = name_end(v, k, Case::capitalised);
        // "mme dupont", "mr patel": a known name typed in lower case after a written-out title.
        if (e == 0 && !v.cap(k) && v.word(k) && v.key(i).size() >= 2 && !v.blocked(k) &&
            !v.common(k) && (v.known_name(k) || v.key(k).size() >= 4)) {
            e = name_end(v, k, Case::any, 2);
        }
        if (e > 0) {
            const bool pro = profession_before(v, i) || profession_after(v, e);
            emit(v, k, e, pro ? kPro : kPerson, 0.85,
                 pro ? "health_professional.title_after_profession" : "person.title", out);
        }
    }
    if (const std::size_t n = (sets & kTitlePro) != 0 ? title_at(v, i, titles_professional_) : 0) {
        const std::size_t k = i + n;
        std::size_t e = initial_name_end(v, k);
        if (e == 0) e = name_end(v, k, Case::capitalised);
        // "le professeur de SVT", "prof d'anglais": a teacher and the subject taught.
        if (one_of(v.key(i), {"professeur", "professeure", "prof", "professor"}) &&
            one_of(v.key(k), {"de", "d", "of"}) && !v.cap(k)) {
            e = 0;
        }
        if (e == 0 && !v.cap(k) && one_of(v.key(i), {"dr", "docteur", "docteure"}) &&
            !v.blocked(k) && (v.in(List::surnames, k) || v.first_name(k) || !v.common(k))) {
            e = name_end(v, k, Case::any, 2);
        }
        if (v.key(i) == "pr" && v.caps(i)) e = 0;  // "PR": polyarthrite rhumatoïde
        if (e > 0) emit(v, k, e, kPro, 0.9, "health_professional.title", out);
    }
    if (const std::size_t n = (sets & kProfession) != 0 ? professions_.match_at(t, s, i) : 0;
        n > 0 && i + n < v.size()) {
        const std::size_t k = i + n;
        if (spaces_and(v.gap(k), ",:") && strong_name(v, k) &&
            title_at(v, k, titles_person_) == 0) {
            emit(v, k, name_end(v, k, Case::capitalised), kPro, 0.85,
                 "health_professional.profession", out);
        } else if (v.word(k) && !v.cap(k) && spaces_and(v.gap(k), "-'")) {
            // "Le kiné de ma mère, Florentin, ...": the noun phrase opens its clause.
            std::size_t j = k;
            while (j < v.size() && j < k + 5 && lower_or_acronym(v, j) &&
                   v.gap(j + 1).find_first_not_of(" -'") == std::string_view::npos) {
                ++j;
            }
            const std::size_t name = j + 1;
            if (j < k + 5 && lower_or_acronym(v, j) && name < v.size() &&
                spaces_and(v.gap(name), ",") && !spaces_only(v.gap(name)) &&
                profession_clause(v, clause_start(v, i), name) > 0 && strong_name(v, name) &&
                title_at(v, name, titles_person_) == 0 &&
                title_at(v, name, titles_professional_) == 0) {
                const std::size_t e = name_end(v, name, Case::capitalised);
                if (e > 0 && ends_clause(v, e)) {
                    emit(v, name, e, kPro, 0.8, "health_professional.profession_phrase", out);
                }
            }
        }
    }
    if (const std::size_t n = (sets & kField) != 0 ? fields_.match_at(t, s, i) : 0;
        n > 0 && i + n < v.size()) {
        std::size_t k = i + n;
        // "Patient(e) : ..."
        if (k + 1 < v.size() && v.key(k) == "e" && v.gap(k) == "(" &&
            v.gap(k + 1).starts_with(")")) {
            ++k;
        }
        std::string_view g = v.gap(k);
        if (g.starts_with(")")) g.remove_prefix(1);
        const bool colon = g.find(':') != std::string_view::npos;
        // Header fields of a pasted message ("De : …", "From: …") need their colon and a line.
        const bool header = n == 1 && one_of(v.key(i), {"de", "from", "expediteur", "sender"});
        const bool no_header = header && (!colon || !line_start(v, i) || !v.cap(i));
        if (!no_header && (n >= 2 || v.cap(i) || line_start(v, i)) && spaces_and(g, ":")) {
            // A sender is a first name and a surname ("From: NHS Digital", "De : Ameli" are not).
            const bool sender = !header || (weak_name(v, k) && !v.caps(k));
            if (sender && (v.cap(k) ? (v.caps(k) || strong_name(v, k)) : colon)) {
                std::size_t e = name_end(v, k, colon ? Case::any : Case::capitalised);
                if (header && e < k + 2) e = 0;
                if (e > 0) {
                    // "Patient: SMITH, John": the surname in capitals, a comma, the first name.
                    if (v.caps(e - 1) && e + 1 <= v.size() && e < v.size() && v.gap(e) == ", " &&
                        v.cap(e) && !v.caps(e) && strong_name(v, e)) {
                        const std::size_t e2 = name_end(v, e, Case::capitalised, 2);
                        if (e2 > e && ends_clause(v, e2)) e = e2;
                    }
                    emit(v, k, e, kPerson, 0.85, "person.field", out);
                }
            }
        }
    }
    if (const std::size_t n = (sets & kGreeting) != 0 ? greetings_.match_at(t, s, i) : 0;
        n > 0 && i + n < v.size()) {
        const std::size_t k = i + n;
        if (spaces_and(v.gap(k), ",") && weak_name(v, k) &&
            (v.first_name(k) || v.in(List::en_proper, k))) {
            emit(v, k, name_end(v, k, Case::capitalised), kPerson, 0.8, "person.greeting", out);
        }
    }
    if (const std::size_t n = (sets & kSignature) != 0 ? signatures_.match_at(t, s, i) : 0;
        n > 0 && i + n < v.size()) {
        const std::size_t k = i + n;
        const std::string_view g = v.gap(k);
        const bool sep = spaces_and(g, ",.!:\n-\"") && !spaces_only(g);
        const bool signed_ = sep || (v.key(i) == "signe" && spaces_only(g));
        if (signed_ && weak_name(v, k)) {
            const std::size_t e = name_end(v, k, Case::capitalised);
            if (ends_clause(v, e)) emit(v, k, e, kPerson, 0.8, "person.signature", out);
        } else if (const std::size_t e = signed_ ? initial_name_end(v, k) : 0;
                   e > 0 && weak_name(v, e - 1) && ends_clause(v, e)) {
            emit(v, k, e, kPerson, 0.8, "person.signature", out);  // "J. Morin"
        }
    }
    // "I, Michael Brennan, authorise..."
    if ((sets & kStatement) != 0 && v.cap(i) && i + 1 < v.size() && v.gap(i + 1) == ", " &&
        weak_name(v, i + 1)) {
        const std::size_t e = name_end(v, i + 1, Case::capitalised);
        if (e < v.size() && !v.gap(e).empty() && v.gap(e)[0] == ',') {
            emit(v, i + 1, e, kPerson, 0.85, "person.statement", out);
        }
    }
}

void NameFinder::from_lexicons(const View& v, std::size_t i,
                               std::vector<engine::Candidate>& out) const {
    if (!v.cap(i) || (i > 0 && v.cap(i - 1) && spaces_only(v.gap(i)))) return;
    if (!v.cap(i) || v.blocked(i) || eponym_in_context(v, i)) return;
    if (after_street(v, i)) {
        // After a street word, a preposition or a title, a place or a name found elsewhere; after
        // an article, an apposition still names a professional: "le RPPS du Weber (mon psy)".
        const bool article = i > 0 && !v.cap(i - 1) && one_of(v.key(i - 1), {"du", "le", "la"});
        if (article && strong_name(v, i) && !v.in(List::places, i)) {
            const std::size_t e = name_end(v, i, Case::capitalised);
            if (e > 0 && strict_possessive(v, e) && profession_after(v, e)) {
                emit(v, i, e, kPro, 0.75, "health_professional.profession_after", out);
            }
        }
        return;
    }
    const bool weak = weak_name(v, i);
    const bool plausible = weak || (v.in(List::eponyms, i) && !v.common(i));
    if (!plausible) return;
    if (v.sentence_start(i) && v.common(i) && !v.first_name(i)) return;
    const std::size_t e = name_end(v, i, Case::capitalised);
    if (e == 0) return;
    // "Laurence ma collègue", "Weber (mon psychiatre)", "Bernard Lemoine, né le..."
    if (e + 1 < v.size() && spaces_and(v.gap(e), ",(")) {
        // "Lachlan, my 9-year-old", "Léa, ma petite de 3 ans": a child named by its age.
        std::size_t a = e + 1;
        if (a + 1 < v.size() && one_of(v.key(a), {"petite", "petit", "little", "de"})) ++a;
        if (a + 1 < v.size() && v.key(a) == "de") ++a;
        const bool aged = a + 1 < v.size() && v[a].is(text::Token::kNumber) &&
                          one_of(v.key(a + 1), {"year", "years", "yo", "ans", "an", "mois"});
        if (strict_possessive(v, e) &&
            (aged || kinship_.match_at(v.tokens(), v.text(), e + 1) > 0)) {
            emit(v, i, e, kPerson, 0.8, "person.kinship_after", out);
            return;
        }
        if (weak && profession_after(v, e)) {
            emit(v, i, e, kPro, 0.75, "health_professional.profession_after", out);
            return;
        }
        if (!spaces_only(v.gap(e)) && one_of(v.key(e), {"ne", "nee", "born", "dob", "ddn"})) {
            emit(v, i, e, kPerson, 0.8, "person.birth", out);
            return;
        }
        // "Jeanne, 5 ans, fièvre", "Tom (7 years)"
        if (weak && !spaces_only(v.gap(e)) && v[e].is(text::Token::kNumber) && e + 1 < v.size() &&
            one_of(v.key(e + 1), {"ans", "an", "mois", "years", "year", "yo", "months"})) {
            emit(v, i, e, kPerson, 0.75, "person.age", out);
            return;
        }
    }
    // "Maëlys a 9 ans", "Oliver is 7", "Tom has turned 12": a first name given an age.
    if (weak && !v.caps(i) && e + 1 < v.size() && spaces_only(v.gap(e)) &&
        one_of(v.key(e), {"a", "has", "is", "turned", "aged", "vient"})) {
        std::size_t n = e + 1;
        if (n + 1 < v.size() && one_of(v.key(n), {"just", "turned", "d", "de"})) ++n;
        if (n + 1 < v.size() && one_of(v.key(n), {"avoir", "turned", "feter"})) ++n;
        const bool unit = n + 1 < v.size() &&
                          one_of(v.key(n + 1), {"ans", "an", "mois", "years", "year", "months"});
        const bool bare = one_of(v.key(e), {"is", "turned"}) &&
                          (ends_clause(v, n + 1) || (n + 1 < v.size() && v.key(n + 1) == "and"));
        if (n < v.size() && v[n].is(text::Token::kNumber) && (unit || bare)) {
            emit(v, i, e, kPerson, 0.75, "person.age", out);
            return;
        }
    }
    // A first name alone on the last line: a signature.
    if (weak && v.first_name(i) && v.gap(i).find('\n') != std::string_view::npos &&
        (e >= v.size() ||
         (v.gap(e).find_first_not_of(" .!") == std::string_view::npos && e + 1 >= v.size()))) {
        emit(v, i, e, kPerson, 0.7, "person.signature", out);
        return;
    }
    if (!weak) return;
    if (!v.first_name(i) || v.caps(i)) return;
    if (e > i + 1) {
        const std::size_t j = i + 1;
        const bool surname = v.in(List::surnames, j) || v.caps(j) || v.in(List::en_proper, j) ||
                             !v.common(j) || v.gap(j) != " ";
        bool eponym = false;
        for (std::size_t k = j; k < e; ++k) eponym = eponym || v.in(List::eponyms, k);
        if (surname && !eponym && (!v.sentence_start(i) || !v.common(i) || !v.common(j))) {
            emit(v, i, e, kPerson, 0.65, "person.name_pair", out);
        }
        return;
    }
    if (!v.sentence_start(i) && !v.common(i) && !v.in(List::places, i) &&
        (i == 0 || !v.cap(i - 1))) {
        emit(v, i, e, kPerson, 0.55, "person.first_name", out);
        return;
    }
    // "Léon tousse depuis hier", "Noah has a rash": a first name opening its sentence as the
    // subject of a verb (a lower-case word follows, no article or preposition).
    if (v.sentence_start(i) && !v.common(i) && !v.in(List::places, i) && e < v.size() &&
        spaces_only(v.gap(e)) && v.word(e) && !v.cap(e) && !v.common(i) &&
        !v.in(List::particles, e) && !one_of(v.key(e), {"et", "and", "ou", "or", "of", "&"})) {
        emit(v, i, e, kPerson, 0.55, "person.subject", out);
        return;
    }
    // "Apolline et moi", "Théo and I": a first name alongside the writer.
    if (!v.common(i) && !v.in(List::places, i) && e + 1 < v.size() && spaces_only(v.gap(e)) &&
        spaces_only(v.gap(e + 1)) &&
        ((v.key(e) == "et" && one_of(v.key(e + 1), {"moi", "moi-meme"})) ||
         (v.key(e) == "and" && one_of(v.key(e + 1), {"i", "me", "myself"})))) {
        emit(v, i, e, kPerson, 0.75, "person.with_writer", out);
    }
}

}  // namespace gardefou::detectors::people
