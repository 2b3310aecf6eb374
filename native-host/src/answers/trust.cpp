// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "answers/trust.h"

#include <re2/re2.h>

#include "text/normalized_text.h"

namespace gardefou::answers {

namespace {

constexpr std::string_view kDomainList =
#include "answers/trusted_domains.inc"
    ;

std::vector<TrustedDomain> parse_domains() {
    std::vector<TrustedDomain> out;
    std::string_view rest = kDomainList;
    while (!rest.empty()) {
        const auto nl = rest.find('\n');
        std::string_view line = rest.substr(0, nl);
        rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
        if (line.empty() || line.front() == '#') continue;
        const auto space = line.find(' ');
        if (space == std::string_view::npos) continue;
        const auto domain = line.substr(0, space);
        const auto kind_at = line.find_first_not_of(' ', space);
        const auto kind = line.substr(kind_at, line.find(' ', kind_at) - kind_at);
        out.push_back(
            {std::string(domain), kind == "official" ? Trust::official : Trust::scientific});
    }
    return out;
}

bool under(std::string_view host, std::string_view domain) {
    if (host.size() < domain.size()) return false;
    if (host.substr(host.size() - domain.size()) != domain) return false;
    return host.size() == domain.size() || host[host.size() - domain.size() - 1] == '.';
}

std::string normalize_domain(std::string_view d) {
    std::string out = text::fold(d);
    if (out.rfind("https://", 0) == 0) out.erase(0, 8);
    if (out.rfind("http://", 0) == 0) out.erase(0, 7);
    if (out.rfind("www.", 0) == 0) out.erase(0, 4);
    while (!out.empty() && (out.back() == '/' || out.back() == '.')) out.pop_back();
    if (!out.empty() && out.front() == '.') out.erase(0, 1);
    return out;
}

}  // namespace

std::span<const TrustedDomain> shipped_domains() {
    static const std::vector<TrustedDomain> kDomains = parse_domains();
    return kDomains;
}

std::string url_host(std::string_view url) {
    const auto scheme = url.find("://");
    if (scheme == std::string_view::npos) return {};
    auto rest = url.substr(scheme + 3);
    rest = rest.substr(0, rest.find_first_of("/?#"));
    if (const auto at = rest.rfind('@'); at != std::string_view::npos) rest = rest.substr(at + 1);
    rest = rest.substr(0, rest.find(':'));
    return normalize_domain(rest);
}

Trust trust_of_host(std::string_view host, const std::vector<std::string>& extra) {
    std::size_t best = 0;
    Trust trust = Trust::unknown;
    for (const auto& d : shipped_domains()) {
        if (d.domain.size() > best && under(host, d.domain)) {
            best = d.domain.size();
            trust = d.trust;
        }
    }
    for (const auto& raw : extra) {
        const auto d = normalize_domain(raw);
        if (!d.empty() && d.size() > best && under(host, d)) {
            best = d.size();
            trust = Trust::official;
        }
    }
    return trust;
}

Trust trust_of_reference(std::string_view reference) {
    // RE2 word boundaries are ASCII-only: the names that may end in an accent are matched without
    // it.
    static const RE2 kOfficial(
        "(?i:Haute Autorit[ée] de Sant[ée]|Sant[ée] publique France|Assurance maladie|"
        "Minist[èe]re (?:de la|des Solidarit[ée]s et de la|charg[ée] de la) Sant[ée]|"
        "World Health Organi[sz]ation|Organisation mondiale de la sant[ée])|\\b(?:(?i:ameli|"
        "Inserm)|HAS|ANSM|OMS|WHO|EMA|NHS|CDC|NIH|NICE|INCa|HCSP|FDA)\\b");
    static const RE2 kScientific(
        "(?:\\bet al\\b|\\b(?:19|20)\\d\\d ?;\\s?\\d|\\b(?:Journal|J|Lancet|BMJ|JAMA|N Engl|NEJM|"
        "Nature|Science|Cochrane|Rev|Revue|Ann|Am|Arch|Eur|Br|Clin|Med|Presse|Pediatrics|Cureus|"
        "PLoS|Cell)\\b)");
    const re2::StringPiece s(reference.data(), reference.size());
    if (RE2::PartialMatch(s, kOfficial)) return Trust::official;
    if (RE2::PartialMatch(s, kScientific)) return Trust::scientific;
    return Trust::unknown;
}

}  // namespace gardefou::answers
