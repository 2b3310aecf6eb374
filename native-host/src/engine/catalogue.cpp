// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "engine/catalogue.h"

#include <algorithm>
#include <functional>
#include <unordered_map>

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

/// The per-scan state of the catalogue: where each rule may resume, and the validators'
/// verdicts already given (the same number typed twice is validated once).
struct Catalogue::Scratch {
    struct Key {
        Validator validator;
        std::string_view text;
        bool operator==(const Key&) const = default;
    };
    struct Hash {
        std::size_t operator()(const Key& k) const {
            return std::hash<std::string_view>{}(k.text) ^
                   (std::hash<const void*>{}(reinterpret_cast<const void*>(k.validator)) << 1U);
        }
    };
    explicit Scratch(std::size_t rules) : resume(rules, 0) {}

    Verdict verdict(Validator validator, std::string_view text) {
        const auto [it, inserted] = verdicts.try_emplace(Key{validator, text}, Verdict::invalid);
        if (inserted) it->second = validator(text);
        return it->second;
    }

    std::vector<std::size_t> resume;
    std::unordered_map<Key, Verdict, Hash> verdicts;
};

void Catalogue::find(const ScanState& state, std::vector<Candidate>& out) const {
    score(state, match(state.text.view()), out);
}

void Catalogue::score(const ScanState& state, const std::vector<Hit>& hits,
                      std::vector<Candidate>& out) const {
    for (const Hit& hit : hits) {
        Candidate cand = hit.candidate;
        if (in_context(compiled_[hit.rule], state, cand)) out.push_back(cand);
    }
}

std::vector<Catalogue::Hit> Catalogue::match(std::string_view s) const {
    std::vector<Hit> out;
    Scratch scratch(compiled_.size());
    std::vector<int> hits;
    std::size_t begin = 0;
    for (const std::size_t end : chunk_ends(s)) {
        std::size_t reach = std::min(s.size(), end + kChunkOverlap);
        while (reach > end && (static_cast<unsigned char>(s[reach - 1]) & 0xC0U) == 0x80U) {
            --reach;  // never inside a character
        }
        hits.clear();
        if (set_->Match(s.substr(begin, reach - begin), &hits)) {
            std::sort(hits.begin(), hits.end());
            for (const int index : hits) {
                find_rule(static_cast<std::size_t>(index), s, {begin, end, reach}, scratch, out);
            }
        }
        begin = end;
    }
    return out;
}

void Catalogue::find_rule(std::size_t index, std::string_view s, const Chunk& chunk,
                          Scratch& scratch, std::vector<Hit>& out) const {
    const Compiled& c = compiled_[index];
    const int groups = c.rule.whole_match ? 0 : c.re->NumberOfCapturingGroups();
    re2::StringPiece match[2];
    std::size_t pos = std::max(chunk.begin, scratch.resume[index]);
    while (pos < chunk.end &&
           c.re->Match(s, pos, chunk.reach, RE2::UNANCHORED, match, groups + 1)) {
        const std::size_t whole_begin = static_cast<std::size_t>(match[0].data() - s.data());
        if (whole_begin >= chunk.end) break;  // the next chunk's
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
            const Verdict v = scratch.verdict(c.rule.validator, s.substr(b, e - b));
            if (v == Verdict::invalid) continue;
            if (v == Verdict::valid) {
                cand.validated = true;
                cand.score = std::max(cand.score, 0.9);
            }
        }
        out.push_back({cand, index});
    }
    scratch.resume[index] = pos;
}

/// Applies the rule's context words to the candidate's score; false when a required context is
/// missing.
bool Catalogue::in_context(const Compiled& c, const ScanState& state, Candidate& cand) const {
    if (c.context.empty() && c.negative.empty()) return true;
    const std::size_t first = token_at_or_after(state.tokens, cand.begin);
    const std::size_t last = token_at_or_after(state.tokens, cand.end);
    const auto before = static_cast<std::size_t>(c.rule.window_before);
    const std::size_t from = first > before ? first - before : 0;
    const std::size_t to = last + static_cast<std::size_t>(c.rule.window_after);
    const bool has_context =
        c.context.found_in(state.tokens, from, first) || c.context.found_in(state.tokens, last, to);
    if (c.rule.context_required && !has_context) return false;
    if (has_context) cand.score = std::min(1.0, cand.score + c.rule.context_boost);
    if (c.negative.found_in(state.tokens, from, first) ||
        c.negative.found_in(state.tokens, last, to)) {
        cand.score -= c.rule.negative_penalty;
    }
    return true;
}

}  // namespace gardefou::engine
