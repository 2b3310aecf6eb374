// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "detectors/people_text.h"

#include <algorithm>

namespace gardefou::detectors::people {

using lexicons::List;

namespace {

bool joins_phrase(std::string_view gap) {
    return gap == "'" || gap == "-" || gap == "' " || (!gap.empty() && spaces_only(gap));
}

bool phrase_at(const std::vector<std::string_view>& p, const std::vector<text::Token>& tokens,
               std::string_view s, std::size_t i) {
    if (i + p.size() > tokens.size()) return false;
    for (std::size_t k = 0; k < p.size(); ++k) {
        if (tokens[i + k].key != p[k]) return false;
        if (k > 0) {
            const auto& prev = tokens[i + k - 1];
            if (!joins_phrase(s.substr(prev.end, tokens[i + k].begin - prev.end))) return false;
        }
    }
    return true;
}

bool is_particle(const View& v, std::size_t i) {
    return v.word(i) && v.in(List::particles, i);
}

/// A token that may open a name: "N" of N'Diaye, "Le" of Le Goff, "de" of de La Fontaine...
bool opens_with_particle(const View& v, std::size_t i) {
    if (!v.word(i)) return false;
    if (v[i].key.size() == 1 && v.gap(i + 1) == "'" && v.cap(i + 1)) return true;
    return is_particle(v, i);
}

bool accepted_lower(const View& v, std::size_t i) {
    return v.word(i) && !v.blocked(i) && v[i].key.size() >= 2 && (v.known_name(i) || !v.common(i));
}

bool stops_name(const View& v, std::size_t i) {
    return v.blocked(i) || v.in(List::professions, i) || v.in(List::facility_types_fr, i) ||
           v.in(List::kinship, i);
}

}  // namespace

PhraseSet::PhraseSet(List list) : phrases_(lexicons::phrases(list)) {
    std::sort(phrases_.begin(), phrases_.end());
    firsts_.reserve(phrases_.size());
    for (const auto& p : phrases_) firsts_.push_back(p[0]);
    lasts_.reserve(phrases_.size());
    for (std::size_t k = 0; k < phrases_.size(); ++k) lasts_.emplace_back(phrases_[k].back(), k);
    std::sort(lasts_.begin(), lasts_.end());
}

std::size_t PhraseSet::match_at(const std::vector<text::Token>& tokens, std::string_view s,
                                std::size_t i) const {
    if (i >= tokens.size()) return 0;
    const std::string_view first = tokens[i].key;
    std::size_t k = static_cast<std::size_t>(
        std::lower_bound(firsts_.begin(), firsts_.end(), first) - firsts_.begin());
    std::size_t best = 0;
    for (; k < firsts_.size() && firsts_[k] == first; ++k) {
        const auto& p = phrases_[k];
        if (p.size() > best && (p.size() == 1 || phrase_at(p, tokens, s, i))) best = p.size();
    }
    return best;
}

void PhraseSet::first_words(std::vector<std::string_view>& out) const {
    for (const auto& p : phrases_) out.push_back(p[0]);
}

std::size_t PhraseSet::match_ending_at(const std::vector<text::Token>& tokens, std::string_view s,
                                       std::size_t last) const {
    std::size_t best = 0;
    const std::string_view key = tokens[last].key;
    auto it = std::lower_bound(lasts_.begin(), lasts_.end(), key,
                               [](const auto& e, std::string_view w) { return e.first < w; });
    for (; it != lasts_.end() && it->first == key; ++it) {
        const auto& p = phrases_[it->second];
        if (p.size() > last + 1 || p.size() <= best) continue;
        if (phrase_at(p, tokens, s, last + 1 - p.size())) best = p.size();
    }
    return best;
}

View::View(const engine::ScanState& state)
    : s_(state.text.view()), t_(state.tokens), type_(state.tokens.size(), 0) {
    // Open addressing: slots hold 1 + the number of a key, 0 when free; at most half full.
    std::size_t slots = 64;
    while (slots < 2 * t_.size()) slots *= 2;
    std::vector<std::uint32_t> table(slots, 0);
    std::vector<std::string_view> keys;  // by number
    for (std::size_t i = 0; i < t_.size(); ++i) {
        const std::string_view key = t_[i].key;
        std::uint64_t h = 14695981039346656037ULL;  // FNV-1a
        for (const char c : key) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
        std::size_t slot = h & (slots - 1);
        while (table[slot] != 0 && keys[table[slot] - 1] != key) slot = (slot + 1) & (slots - 1);
        if (table[slot] == 0) {
            keys.push_back(key);
            table[slot] = static_cast<std::uint32_t>(keys.size());
        }
        type_[i] = table[slot] - 1;
    }
    cache_.assign(keys.size(), 0);
}

std::string_view View::gap(std::size_t i) const {
    if (t_.empty()) return s_;
    if (i == 0) return s_.substr(0, t_[0].begin);
    if (i >= t_.size()) return s_.substr(t_.back().end);
    return s_.substr(t_[i - 1].end, t_[i].begin - t_[i - 1].end);
}

bool View::in(List list, std::size_t i) const {
    const auto shift = 2U * static_cast<unsigned>(list);
    std::uint64_t& bits = cache_[type_[i]];
    if (((bits >> shift) & 1U) == 0) {
        bits |= (lexicons::contains(list, t_[i].key) ? 3ULL : 1ULL) << shift;
    }
    return ((bits >> (shift + 1U)) & 1U) != 0;
}

bool View::blocked(std::size_t i) const {
    return in(List::not_names, i) || in(List::drug_brands, i) || in(List::titles_person, i) ||
           in(List::titles_professional, i);
}

bool View::common(std::size_t i) const {
    return in(List::fr_words, i) || in(List::en_words, i);
}

bool View::first_name(std::size_t i) const {
    return in(List::first_names, i);
}

bool View::known_name(std::size_t i) const {
    return first_name(i) || in(List::surnames, i) || in(List::en_proper, i);
}

bool View::name_like(std::size_t i) const {
    return known_name(i) || !common(i);
}

bool spaces_only(std::string_view gap) {
    return !gap.empty() && std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' '; });
}

bool spaces_and(std::string_view gap, std::string_view punctuation) {
    return !gap.empty() && std::all_of(gap.begin(), gap.end(), [&](char c) {
        return c == ' ' || punctuation.find(c) != std::string_view::npos;
    });
}

std::size_t name_end(const View& v, std::size_t i, Case c, std::size_t max_tokens) {
    if (!v.word(i)) return 0;
    std::size_t j = i;
    // Leading particles ("Le Goff", "de La Fontaine", "N'Diaye") need a capitalised word after.
    while (j < i + 3 && opens_with_particle(v, j) && v.word(j + 1) &&
           (spaces_only(v.gap(j + 1)) || v.gap(j + 1) == "'")) {
        ++j;
    }
    if (j > i && !v.cap(j)) j = i;
    if (j == i) {
        if (v.cap(i) ? v.blocked(i) : (c != Case::any || !accepted_lower(v, i))) return 0;
    } else if (v.blocked(j)) {
        return 0;
    }
    std::size_t end = j + 1;
    std::size_t words = 1;
    while (end < v.size() && words < max_tokens) {
        const std::string_view g = v.gap(end);
        if (g == "-" || g == "'") {
            if (!v.word(end)) break;
            if (g == "'" && v.key(end) == "s" && !v.cap(end)) break;  // possessive
            if (v.cap(end) || c == Case::any) {
                ++end;
                continue;
            }
            // A lower-case particle glued to a capitalised word: "Saint-Martin-d'Hères".
            if (v.key(end).size() <= 2 && v.gap(end + 1) == "'" && v.cap(end + 1)) {
                end += 2;
                continue;
            }
            break;
        }
        // An initial: "J. Dupont", "Marie C. Durand".
        const bool initial = g == ". " && v.key(end - 1).size() == 1 && v.cap(end - 1);
        if ((!spaces_only(g) && !initial) || !v.word(end)) break;
        if (initial && !v.cap(end)) break;
        if (v.cap(end) && !is_particle(v, end) && !stops_name(v, end)) {
            ++end;
            ++words;
            continue;
        }
        if (is_particle(v, end)) {
            std::size_t k = end;
            while (k < end + 3 && is_particle(v, k) && v.word(k + 1) &&
                   (spaces_only(v.gap(k + 1)) || v.gap(k + 1) == "'")) {
                ++k;
            }
            if (k > end && v.cap(k) && !is_particle(v, k) && !stops_name(v, k)) {
                end = k + 1;
                ++words;
                continue;
            }
            break;
        }
        if (c == Case::any && !v.cap(end) && accepted_lower(v, end)) {
            ++end;
            ++words;
            continue;
        }
        break;
    }
    return end;
}

TakenSpans::TakenSpans(const std::vector<engine::Candidate>& found) {
    spans_.reserve(found.size());
    for (const auto& c : found) spans_.emplace_back(c.begin, c.end);
    std::sort(spans_.begin(), spans_.end());
    for (std::size_t k = 1; k < spans_.size(); ++k) {
        spans_[k].second = std::max(spans_[k].second, spans_[k - 1].second);
    }
}

bool TakenSpans::covers(std::size_t begin, std::size_t end) const {
    const auto it =
        std::lower_bound(spans_.begin(), spans_.end(), std::make_pair(end, std::size_t{0}));
    return it != spans_.begin() && std::prev(it)->second > begin;
}

void emit(const View& v, std::size_t first, std::size_t last, engine::Category category,
          double score, std::string_view rule, std::vector<engine::Candidate>& out) {
    if (first >= last || last > v.size()) return;
    out.push_back({v[first].begin, v[last - 1].end, category, score, false, rule});
}

}  // namespace gardefou::detectors::people
