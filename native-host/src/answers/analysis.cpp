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
    const auto line_end = text.find('\n', found_ref.range.end);
    for (const auto& id : ids) {
        if (id.range.begin < found_ref.range.end) continue;
        if (line_end != std::string_view::npos && id.range.begin > line_end) break;
        ref.method = id.kind == SourceKind::doi    ? CheckMethod::doi
                     : id.kind == SourceKind::pmid ? CheckMethod::pmid
                                                   : CheckMethod::url;
        ref.target = id.value;
        return;
    }
}

}  // namespace

Analysis analyze(std::string_view text, const AnalyzeOptions& options) {
    Analysis out;
    out.health = classify_health(text, options.prompt);
    const text::NormalizedText nt(text);
    const auto ids = find_identifiers(nt.view());
    const auto refs = find_references(nt.view(), ids);
    for (const auto& id : ids) out.sources.push_back(to_source(nt, id, options));
    for (const auto& r : refs) {
        auto s = to_source(nt, r, options);
        attach_identifier(nt.view(), s, r, ids);
        out.sources.push_back(std::move(s));
    }
    std::sort(out.sources.begin(), out.sources.end(),
              [](const Source& a, const Source& b) { return a.span.start < b.span.start; });
    if (out.health.health) {
        for (const auto& c : find_claims(nt.view())) {
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
