// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "answers/analysis.h"

#include <algorithm>

#include "answers/claims.h"
#include "answers/health.h"
#include "answers/sources.h"
#include "answers/trust.h"

namespace gardefou::answers {

namespace {

Source to_source(const text::NormalizedText& nt, const FoundSource& f,
                 const AnalyzeOptions& options) {
    Source s{f.kind,
             nt.to_utf16(f.range.begin, f.range.end),
             f.value,
             Trust::unknown,
             CheckMethod::search,
             f.value};
    switch (f.kind) {
        case SourceKind::doi:
            s.trust = Trust::scientific;
            s.method = CheckMethod::doi;
            break;
        case SourceKind::pmid:
            s.trust = Trust::scientific;
            s.method = CheckMethod::pmid;
            break;
        case SourceKind::url:
            s.trust = trust_of_host(url_host(f.value), options.trusted_domains);
            s.method = CheckMethod::url;
            break;
        case SourceKind::reference:
            s.trust = trust_of_reference(f.value);
            break;
    }
    return s;
}

/// A reference followed on its line by an identifier is checked through that identifier.
void attach_identifier(std::string_view text, Source& ref, const FoundSource& found_ref,
                       const std::vector<FoundSource>& ids) {
    // The line of the reference, as far as 1000 bytes on (no reference line is longer).
    const auto window = text.substr(0, std::min(text.size(), found_ref.range.end + 1000));
    const auto line_end = std::min(window.find('\n', found_ref.range.end), window.size());
    const auto first = std::lower_bound(
        ids.begin(), ids.end(), found_ref.range.end,
        [](const FoundSource& id, std::size_t pos) { return id.range.begin < pos; });
    for (auto it = first; it != ids.end(); ++it) {
        const auto& id = *it;
        if (id.range.begin > line_end) break;
        ref.method = id.kind == SourceKind::doi    ? CheckMethod::doi
                     : id.kind == SourceKind::pmid ? CheckMethod::pmid
                                                   : CheckMethod::url;
        ref.target = id.value;
        return;
    }
}

/// The identifiers and references as one sorted list in which no two overlap. An identifier
/// (DOI, PMID, URL) wins over a written reference, being what can be checked: a reference that
/// runs into one keeps only its text before it, or goes when too little is left (find_references
/// already clips them; this is the guarantee the protocol states).
std::vector<FoundSource> without_overlaps(std::string_view text, std::vector<FoundSource> all) {
    std::stable_sort(all.begin(), all.end(), [](const FoundSource& a, const FoundSource& b) {
        if (a.range.begin != b.range.begin) return a.range.begin < b.range.begin;
        return (a.kind != SourceKind::reference) && (b.kind == SourceKind::reference);
    });
    std::vector<FoundSource> out;
    for (auto& f : all) {
        if (!out.empty() && f.range.begin < out.back().range.end) {
            auto& prev = out.back();
            if (prev.kind != SourceKind::reference || f.kind == SourceKind::reference) continue;
            prev.range.end = f.range.begin;
            while (prev.range.end > prev.range.begin && text[prev.range.end - 1] == ' ') {
                --prev.range.end;
            }
            prev.value =
                std::string(text.substr(prev.range.begin, prev.range.end - prev.range.begin));
            if (prev.range.end < prev.range.begin + 8) out.pop_back();
        }
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace

Analysis analyze(std::string_view text, const AnalyzeOptions& options) {
    Analysis out;
    out.health = classify_health(text, options.prompt);
    const text::NormalizedText nt(text);
    const auto ids = find_identifiers(nt.view());
    auto found = find_references(nt.view(), ids);
    found.insert(found.end(), ids.begin(), ids.end());
    for (const auto& f : without_overlaps(nt.view(), std::move(found))) {
        auto s = to_source(nt, f, options);
        if (f.kind == SourceKind::reference) attach_identifier(nt.view(), s, f, ids);
        out.sources.push_back(std::move(s));
    }
    if (out.health.health) {
        for (const auto& c :
             find_claims(nt.view(), is_personal_prompt(options.prompt), !options.prompt.empty())) {
            out.claims.push_back({c.kind, nt.to_utf16(c.range.begin, c.range.end)});
        }
    }
    return out;
}

std::string_view claim_kind_name(ClaimKind kind) {
    return kind == ClaimKind::diagnosis ? "diagnosis" : "prescription";
}

std::string_view source_kind_name(SourceKind kind) {
    switch (kind) {
        case SourceKind::url:
            return "url";
        case SourceKind::doi:
            return "doi";
        case SourceKind::pmid:
            return "pmid";
        case SourceKind::reference:
            return "reference";
    }
    return "url";
}

std::string_view trust_name(Trust trust) {
    switch (trust) {
        case Trust::official:
            return "official";
        case Trust::scientific:
            return "scientific";
        case Trust::unknown:
            return "unknown";
    }
    return "unknown";
}

std::string_view check_method_name(CheckMethod method) {
    switch (method) {
        case CheckMethod::doi:
            return "doi";
        case CheckMethod::pmid:
            return "pmid";
        case CheckMethod::url:
            return "url";
        case CheckMethod::search:
            return "search";
    }
    return "search";
}

}  // namespace gardefou::answers
