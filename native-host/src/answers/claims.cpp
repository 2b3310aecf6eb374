// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "answers/claims.h"

#include <string>

#include "answers/claim_patterns.h"
#include "text/normalized_text.h"

namespace gardefou::answers {

namespace {

using re2::StringPiece;

StringPiece piece(std::string_view s) {
    return {s.data(), s.size()};
}

/// The clause before `pos`: from the last ',', ';', ':' or '(' before it, looking back at most
/// 200 bytes (a clause opener is near its verb; this keeps a huge run-on sentence linear).
std::string_view clause_before(std::string_view s, std::size_t pos) {
    const std::size_t lo = pos > 200 ? pos - 200 : 0;
    const auto window = s.substr(lo, pos - lo);
    const auto cut = window.find_last_of(",;:(");
    return cut == std::string_view::npos ? window : window.substr(cut + 1);
}

/// Finds each match of `re` (whose group 1 is the trigger) and returns the position of the
/// first one that `accept` takes, or npos.
template <typename Accept>
std::size_t first_match(const RE2& re, std::string_view s, Accept accept) {
    std::size_t from = 0;
    StringPiece group;
    while (from <= s.size() && re.Match(piece(s), from, s.size(), RE2::UNANCHORED, &group, 1)) {
        const auto at = static_cast<std::size_t>(group.data() - s.data());
        if (accept(at, at + group.size())) return at;
        from = at + 1;
    }
    return std::string_view::npos;
}

bool is_diagnosis(const ClaimPatterns& p, std::string_view s) {
    const bool names_condition = RE2::PartialMatch(piece(s), *p.condition);
    for (const auto& rule : p.diagnosis) {
        if (rule.weak && !names_condition) continue;
        const auto at = first_match(*rule.re, s, [&](std::size_t b, std::size_t e) {
            const auto before = clause_before(s, b);
            if (RE2::PartialMatch(piece(before), *p.conditional)) return false;
            if (RE2::PartialMatch(piece(before), *p.negation)) return false;
            return !RE2::PartialMatch(piece(s.substr(e)), *p.differential);
        });
        if (at != std::string_view::npos) return true;
    }
    return false;
}

bool is_prescription(const ClaimPatterns& p, std::string_view s) {
    if (RE2::PartialMatch(piece(s), *p.deferral)) return false;
    const bool drug = mentions_drug(s);
    const bool dose = RE2::PartialMatch(piece(s), *p.dose);
    const bool schedule = RE2::PartialMatch(piece(s), *p.schedule);
    if (!drug && !dose && !schedule) return false;
    if ((dose || schedule) && RE2::PartialMatch(piece(s), *p.addressed_dose)) return true;
    const auto at = first_match(*p.advice_verb, s, [&](std::size_t b, std::size_t e) {
        const auto before = clause_before(s, b);
        if (RE2::PartialMatch(piece(before), *p.conditional)) return false;
        if (RE2::PartialMatch(piece(before), *p.negation)) return false;
        // "si vous prenez un anticoagulant": an indicative after its subject, not an order.
        if (RE2::PartialMatch(piece(before), *p.subject_before)) return false;
        const auto after = s.substr(e, 8);
        if (after.rfind(" pas", 0) == 0 || after.rfind(" jamais", 0) == 0) return false;
        if (drug || dose) return true;
        return RE2::PartialMatch(piece(s.substr(b, e - b)), *p.strong_verb);
    });
    return at != std::string_view::npos;
}

}  // namespace

std::optional<ClaimKind> classify_sentence(std::string_view sentence) {
    const std::string folded = text::fold(sentence);
    std::string_view s = folded;
    while (!s.empty() && (s.back() == ' ' || s.back() == '*' || s.back() == '"'))
        s.remove_suffix(1);
    if (s.empty() || s.back() == '?') return std::nullopt;
    const auto& p = ClaimPatterns::get();
    if (is_diagnosis(p, s)) return ClaimKind::diagnosis;
    if (is_prescription(p, s)) return ClaimKind::prescription;
    return std::nullopt;
}

std::vector<FoundClaim> find_claims(std::string_view normalized) {
    std::vector<FoundClaim> out;
    for (const auto& r : split_sentences(normalized)) {
        const auto kind = classify_sentence(normalized.substr(r.begin, r.end - r.begin));
        if (kind) out.push_back({*kind, r});
    }
    return out;
}

}  // namespace gardefou::answers
