// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
// URLs, DOIs and PMIDs as chatbots write them.
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>

#include "answers/sources.h"
#include "text/normalized_text.h"

namespace gardefou::answers {

namespace {

using re2::StringPiece;

struct IdentifierPatterns {
    RE2 doi{
        R"((?i)((?:https?://)?(?:dx\.)?doi\.org/|\bdoi\s*:\s*|\bdoi\s+)?(10\.\d{4,9}/[^\s"<>]+))"};
    RE2 pubmed_link{R"((?i)((?:https?://)?(?:www\.)?)"
                    R"((?:pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov/pubmed)/(\d{1,9})\b/?))"};
    RE2 pmid{R"((?i)(\bPMID\s*:?\s*|\bPubMed\s*(?:ID)?\s*:\s*)(\d{1,9})\b)"};
    // With a scheme, with "www.", or a bare domain under a common top-level domain.
    RE2 url{R"((?i)(https?://[^\s<>"'`]+|\bwww\.[^\s<>"'`]+|)"
            R"(\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+)"
            R"((?:fr|com|org|net|gov|int|eu|uk|edu|be|ch|ca|de|io|info|health|sante|care)\b)"
            R"((?:[/?#][^\s<>"'`]*)?))"};

    static const IdentifierPatterns& get() {
        static const IdentifierPatterns kPatterns;
        return kPatterns;
    }
};

/// Byte ranges that never overlap, ordered by start: "does [b, e) overlap one?" in log time.
class Occupied {
  public:
    [[nodiscard]] bool overlaps(std::size_t b, std::size_t e) const {
        auto it = ranges_.lower_bound(e);  // the first range starting at or after e is clear
        if (it == ranges_.begin()) return false;
        return std::prev(it)->second > b;
    }
    void add(ByteRange r) { ranges_.emplace(r.begin, r.end); }

  private:
    std::map<std::size_t, std::size_t> ranges_;  // begin -> end
};

/// Calls `on(match_begin, groups)` for every match of `re` (two groups: prefix, value).
template <typename On>
void each_match(const RE2& re, std::string_view s, On on) {
    const StringPiece text(s.data(), s.size());
    std::size_t from = 0;
    StringPiece groups[3];
    while (from < s.size() && re.Match(text, from, s.size(), RE2::UNANCHORED, groups, 3)) {
        const auto b = static_cast<std::size_t>(groups[0].data() - s.data());
        const auto e = b + groups[0].size();
        on(b, groups);
        from = std::max(e, b + 1);
    }
}

std::size_t offset(std::string_view s, StringPiece p) {
    return static_cast<std::size_t>(p.data() - s.data());
}

}  // namespace

std::size_t trim_identifier_end(std::string_view s, std::size_t begin, std::size_t end) {
    for (;;) {
        if (end <= begin) return end;
        const char c = s[end - 1];
        if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' ||
            c == '"' || c == '*' || c == '_' || c == '>') {
            --end;
            continue;
        }
        const char open = c == ')' ? '(' : c == ']' ? '[' : c == '}' ? '{' : '\0';
        if (open == '\0') return end;
        const auto inside = s.substr(begin, end - begin);
        if (std::count(inside.begin(), inside.end(), open) >=
            std::count(inside.begin(), inside.end(), c)) {
            return end;
        }
        --end;
    }
}

std::vector<FoundSource> find_identifiers(std::string_view s) {
    const auto& p = IdentifierPatterns::get();
    std::vector<FoundSource> urls;
    each_match(p.url, s, [&](std::size_t b, const StringPiece* g) {
        if (b > 0) {
            const auto before = static_cast<unsigned char>(s[b - 1]);
            if (before == '@' || before == '.' || before == '/' || before == '-' ||
                before == '\\' || std::isalnum(before) != 0) {
                return;
            }
        }
        const auto end = trim_identifier_end(s, b, b + g[0].size());
        std::string url(s.substr(b, end - b));
        if (url.find("://") == std::string::npos) url.insert(0, "https://");
        urls.push_back({SourceKind::url, {b, end}, std::move(url)});
    });
    // A DOI inside a link (doi.org, or a publisher's page) is checked as a DOI over the link.
    // `urls` is sorted: the link holding [b, e) is the last one starting at or before b.
    auto enclosing_url = [&](std::size_t b, std::size_t e) {
        auto it = std::upper_bound(urls.begin(), urls.end(), b, [](std::size_t pos, const auto& u) {
            return pos < u.range.begin;
        });
        if (it != urls.begin() && e <= std::prev(it)->range.end) return std::prev(it)->range;
        return ByteRange{b, e};
    };
    std::vector<FoundSource> found;
    Occupied occupied;
    auto keep = [&](FoundSource f) {
        if (occupied.overlaps(f.range.begin, f.range.end)) return;
        occupied.add(f.range);
        found.push_back(std::move(f));
    };
    each_match(p.doi, s, [&](std::size_t b, const StringPiece* g) {
        const auto value_begin = offset(s, g[2]);
        const auto end = trim_identifier_end(s, value_begin, value_begin + g[2].size());
        if (end <= value_begin + 8) return;
        std::string doi = text::fold(s.substr(value_begin, end - value_begin));
        keep({SourceKind::doi, enclosing_url(b, end), std::move(doi)});
    });
    each_match(p.pubmed_link, s, [&](std::size_t b, const StringPiece* g) {
        keep({SourceKind::pmid, enclosing_url(b, b + g[0].size()),
              std::string(g[2].data(), g[2].size())});
    });
    each_match(p.pmid, s, [&](std::size_t b, const StringPiece* g) {
        keep({SourceKind::pmid, {b, b + g[0].size()}, std::string(g[2].data(), g[2].size())});
    });
    for (auto& u : urls) keep(std::move(u));
    std::sort(found.begin(), found.end(), [](const FoundSource& a, const FoundSource& b) {
        return a.range.begin < b.range.begin;
    });
    return found;
}

}  // namespace gardefou::answers
