// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "engine/catalogue.h"

#include <algorithm>

#include "text/normalized_text.h"
#include "text/utf8.h"

namespace gardefou::engine {

namespace {

RE2::Options rule_options() {
    RE2::Options options;
    options.set_encoding(RE2::Options::EncodingUTF8);
    options.set_log_errors(false);
    options.set_max_mem(8 << 20);
    return options;
}

bool alnum_at(std::string_view s, std::size_t pos) {
    const auto d = text::decode_utf8(s, pos);
    return text::is_letter(d.code_point) || text::is_digit(d.code_point) ||
           text::is_mark(d.code_point);
}

bool alnum_before(std::string_view s, std::size_t pos) {
    if (pos == 0) return false;
    std::size_t p = pos - 1;
    while (p > 0 && (static_cast<unsigned char>(s[p]) & 0xC0U) == 0x80U) --p;
    return alnum_at(s, p);
}

/// The span does not cut a word or a number in two.
bool on_boundaries(std::string_view s, std::size_t begin, std::size_t end) {
    if (begin >= end) return false;
    if (alnum_at(s, begin) && alnum_before(s, begin)) return false;
    std::size_t last = end - 1;
    while (last > begin && (static_cast<unsigned char>(s[last]) & 0xC0U) == 0x80U) --last;
    if (alnum_at(s, last) && end < s.size() && alnum_at(s, end)) return false;
    return true;
}

/// Where a chunk starting at `begin` should end: after a line break near kChunkBytes, else after
/// a space, else at a character boundary. Never splits a UTF-8 sequence.
std::size_t chunk_cut(std::string_view s, std::size_t begin) {
    const std::size_t target = begin + kChunkBytes;
    const std::size_t floor = begin + kChunkBytes / 2;
    for (const char sep : {'\n', ' '}) {
        const std::size_t cut = s.rfind(sep, target);
        if (cut != std::string_view::npos && cut >= floor) return cut + 1;
    }
    std::size_t cut = target;
    while (cut > begin && (static_cast<unsigned char>(s[cut]) & 0xC0U) == 0x80U) --cut;
    return cut;
}

/// Chunk ends: about kChunkBytes each (a chunk is at least kChunkBytes / 2).
std::vector<std::size_t> chunk_ends(std::string_view s) {
    std::vector<std::size_t> ends;
    std::size_t begin = 0;
    while (s.size() - begin > kChunkBytes) {
        begin = chunk_cut(s, begin);
        ends.push_back(begin);
    }
    ends.push_back(s.size());
    return ends;
}

}  // namespace

Catalogue::Catalogue(std::vector<PatternRule> rules)
    : set_(std::make_unique<RE2::Set>(rule_options(), RE2::UNANCHORED)) {
    compiled_.reserve(rules.size());
    for (auto& rule : rules) {
        auto re = std::make_unique<RE2>(rule.pattern, rule_options());
        if (!re->ok()) {
            throw PatternError("rule " + rule.name + ": " + re->error());
        }
        if (!rule.whole_match && re->NumberOfCapturingGroups() > 1) {
            throw PatternError("rule " + rule.name + ": use (?:…) for groups other than the span");
        }
        std::string error;
        if (set_->Add(rule.pattern, &error) < 0) {
            throw PatternError("rule " + rule.name + ": " + error);
        }
        Compiled c{std::move(rule), std::move(re), {}, {}};
        c.context = ContextWords(c.rule.context);
        c.negative = ContextWords(c.rule.negative_context);
        compiled_.push_back(std::move(c));
    }
    if (!set_->Compile()) throw PatternError("the rule set is too large to compile");
}

void Catalogue::find(const ScanState& state, std::vector<Candidate>& out) const {
    const std::string_view s = state.text.view();
    std::vector<int> hits;
    std::size_t begin = 0;
    for (const std::size_t end : chunk_ends(s)) {
        hits.clear();
        if (set_->Match(s.substr(begin, end - begin), &hits)) {
            std::sort(hits.begin(), hits.end());
            for (const int index : hits) {
                find_rule(compiled_[static_cast<std::size_t>(index)], state, begin, end, out);
            }
        }
        begin = end;
    }
}

void Catalogue::find_rule(const Compiled& c, const ScanState& state, std::size_t chunk_begin,
                          std::size_t chunk_end, std::vector<Candidate>& out) const {
    const std::string_view s = state.text.view();
    const int groups = c.rule.whole_match ? 0 : c.re->NumberOfCapturingGroups();
    re2::StringPiece match[2];
    std::size_t pos = chunk_begin;
    while (pos < chunk_end && c.re->Match(s, pos, chunk_end, RE2::UNANCHORED, match, groups + 1)) {
        const std::size_t whole_begin = static_cast<std::size_t>(match[0].data() - s.data());
        const std::size_t whole_end = whole_begin + match[0].size();
        pos = whole_end > whole_begin ? whole_end : whole_begin + 1;
        const re2::StringPiece span = groups == 1 ? match[1] : match[0];
        if (span.data() == nullptr || span.empty()) continue;
        const std::size_t b = static_cast<std::size_t>(span.data() - s.data());
        const std::size_t e = b + span.size();
        if (!c.rule.glued && !on_boundaries(s, b, e)) {
            // Retry one character later: the pattern may match again inside this text.
            pos = whole_begin + text::decode_utf8(s, whole_begin).length;
            continue;
        }
        Candidate cand{b, e, c.rule.category, c.rule.score, false, c.rule.name};
        if (c.rule.validator != nullptr) {
            const Verdict v = c.rule.validator(s.substr(b, e - b));
            if (v == Verdict::invalid) continue;
            if (v == Verdict::valid) {
                cand.validated = true;
                cand.score = std::max(cand.score, 0.9);
            }
        }
        if (!c.context.empty() || !c.negative.empty()) {
            const std::size_t first = token_at_or_after(state.tokens, b);
            const std::size_t last = token_at_or_after(state.tokens, e);
            const std::size_t from = first > static_cast<std::size_t>(c.rule.window_before)
                                         ? first - static_cast<std::size_t>(c.rule.window_before)
                                         : 0;
            const std::size_t to = last + static_cast<std::size_t>(c.rule.window_after);
            const bool has_context = c.context.found_in(state.tokens, from, first) ||
                                     c.context.found_in(state.tokens, last, to);
            if (c.rule.context_required && !has_context) continue;
            if (has_context) cand.score = std::min(1.0, cand.score + c.rule.context_boost);
            if (c.negative.found_in(state.tokens, from, first) ||
                c.negative.found_in(state.tokens, last, to)) {
                cand.score -= c.rule.negative_penalty;
            }
        }
        out.push_back(cand);
    }
}

}  // namespace gardefou::engine
