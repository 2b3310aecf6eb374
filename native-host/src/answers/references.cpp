// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
// Written references: the citations chatbots write without an identifier, which are the ones
// most often invented.
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <string>

#include "answers/citation_patterns.h"
#include "answers/sources.h"

namespace gardefou::answers {

namespace {

using re2::StringPiece;

const std::string kName(kSurnamePattern);
const std::string kYear = R"((?:19|20)\d\d)";
// "2019;393:447-58", "2013;(1):CD000980", "2024;47(Suppl 1):S20-S42",
// "2019 Jan 5;393(10170):447".
const std::string kVolume = R"((?: [A-Z][a-z]{2}(?: \d{1,2})?)? ?;\s?(?:\d+|\(\d+\)))"
                            R"((?:\s?\((?:Suppl )?\d+(?:[-–]\d+)?\))?)"
                            R"((?::\s?[A-Za-z]{0,2}\d+(?:[-–][A-Za-z]{0,2}\d+)?)?)";

struct ReferencePatterns {
    // Vancouver: "Smith J, Jones K, et al. Title. Lancet. 2019;393(10170):447-58".
    RE2 vancouver{kName + R"( \p{Lu}{1,3}\b(?:, )" + kName +
                  R"( \p{Lu}{1,3}\b)*(?:,? (?:et al|et coll)\.?)?[^\n]{0,300}?\b)" + kYear +
                  kVolume};
    // Its core without the authors (organisations, a title first): "Diabetes Care.
    // 2024;47(Suppl 1):S20-S42", "Lancet. 2010;376(9753):1670-81".
    RE2 journal_core{R"(\p{Lu}[\p{L}]*\.?(?: \p{Lu}[\p{L}]*\.?){0,5} )" + kYear + kVolume};
    // "Martin et al., Journal of Clinical Oncology, 2021", "(Smith et al., 2020)".
    RE2 et_al{kName + R"((?: (?:and|&|et) )" + kName +
              R"()?(?: \p{Lu}{1,3})?,? (?:et al|et coll)\b\.?(?:,? \(?)" + kYear +
              R"(\)?|,? \(?[^\n;()]{1,80}?,? \(?)" + kYear + R"(\)?)?)"};
    // APA: "Smith, J., & Jones, K. L. (2020)."
    RE2 apa{kName + R"(, \p{Lu}\.(?: ?-?\p{Lu}\.)*(?:,? (?:&|and|et)? ?)" + kName +
            R"(, \p{Lu}\.(?: ?-?\p{Lu}\.)*)*,? \()" + kYear + R"([a-z]?\))"};
    // "une étude publiée dans The Lancet en 2019", "published in JAMA in 2020".
    RE2 journal{R"((?i:publi[ée]e?s? dans|published in|parue? dans) (?:(?i:le|la|l'|the) ?)?)"
                R"((\p{Lu}[\p{L}.&'-]*(?: (?:of|de|du|des|d'|and|&|la|le|of the)? ?)"
                R"(\p{Lu}[\p{L}.&'-]*){0,6})(?:,| \(| en| in)? (?:(?i:en|in) )?)" +
                kYear};
    // A heading over a list of sources.
    RE2 heading{R"((?i)^[#>*_ ]*(?:sources?|r[ée]f[ée]rences?|bibliograph\w*|)"
                R"(pour en savoir plus|further reading|to learn more|lectures? recommand[ée]es|)"
                R"([ée]tudes? cit[ée]es)(?: \w+){0,3}[ *_]*:?[ *_]*$)"};
    // "Source : Haute Autorité de Santé, Angine, 2016" within a paragraph.
    // "**Référence** : …" too: emphasis may close between the word and its colon.
    RE2 inline_source{R"((?i)\b(?:sources?|r[ée]f[ée]rences?|evidence|reference|)"
                      R"(pour (?:aller plus loin|en savoir plus|approfondir)|further reading|)"
                      R"(read more|to learn more|voir aussi|see also|lire aussi))"
                      R"([*_]*\s?:[*_]*\s+([^\n]+))"};
    // A guideline or report by an organisation, opening its line or a bracket: "HAS, Arrêt des
    // benzodiazépines…, 2015", "(NICE clinical guideline CG103, Delirium…)", "RCOG Green-top
    // Guideline No. 69, …, 2016". The name is followed by punctuation or a guideline word
    // ("NICE recommends…" is a sentence), and a year or a guideline number comes before the end
    // of the line or bracket.
    RE2 organisation{
        R"((?m)(?:^[ \t]*(?:[-*•>]|\d{1,2}[.)]|\[\d{1,2}\])?[ \t]*[*_]{0,2}|\())"
        R"((?:Haute Autorit[ée] de [Ss]ant[ée]|Sant[ée] publique France|Assurance [Mm]aladie|)"
        R"(Haut Conseil de la sant[ée] publique|Minist[èe]re (?:de la|des|du|charg[ée]) [^\n,(]+|)"
        R"(World Health Organi[sz]ation|Organisation mondiale de la sant[ée]|)"
        R"(National Institute for Health and Care Excellence|Royal College of [^\n,(]+|)"
        R"((?:American|European|British|Canadian|International|World) \p{Lu}[\p{L}-]*)"
        R"((?: (?:of |for |and |& )?\p{Lu}[\p{L}-]*){0,5} (?:Society|Association|College|)"
        R"(Academy|Federation|Foundation|Task Force|Union)|Soci[ée]t[ée] (?:[Ff]ran[çc]aise|)"
        R"([Ee]urop[ée]enne|[Ii]nternationale) [^\n,(]+|Coll[èe]ge (?:[Nn]ational|)"
        R"([Ff]ran[çc]ais|[Uu]niversitaire) [^\n,(]+|HAS|ANSM|OMS|WHO|EMA|NHS|CDC|NIH|NICE|)"
        R"(INCa|HCSP|FDA|RCOG|RCP|EAU|ESC|ESH|ERS|ATS|ADA|AHA|ACC|ACR|ACOG|AAP|EULAR|GINA|GOLD|)"
        R"(KDIGO|IDSA|USPSTF|SPILF|CNGOF|AFU|EASL|ESMO|ASCO|NCCN|SIGN|AWMF))"
        R"((?:[,.:–—]| (?i:\S+ ){0,2}(?i:guidelines?|recommandations?|recommendations?|criteria|)"
        R"(crit[èe]res|fiche|rapport|report|statement|consensus|position|avis|bulletin)\b))"
        R"([^\n()]*?(?:\b(?:19|20)\d\d\b|\b(?:CG|NG|QS|TA|PH)\d{1,4}\b|\bNo\.? ?\d+))"};
    // A footnote: "[1] EAU Guidelines on the Management of…, 2023" opening its line. Group 1 is
    // its marker, which must be cited in the text too.
    RE2 footnote{R"((?m)^[ \t]*(\[\d{1,2}\])[ \t]+[^\n]{8,400})"};
    RE2 list_item{R"(^(\s*(?:[-*•]|\d{1,2}[.)]|\[\d{1,2}\])\s+))"};
    RE2 year{R"(\b(?:19|20)\d\d\b)"};

    static const ReferencePatterns& get() {
        static const ReferencePatterns kPatterns;
        return kPatterns;
    }
};

// No reference is longer: it bounds every look-around, so that a 1 MiB answer on one line
// costs time in proportion to its length, not to its square.
constexpr std::size_t kMaxReference = 1000;

/// The start of the line holding `pos`, looking back at most kMaxReference bytes.
std::size_t line_begin(std::string_view s, std::size_t pos) {
    const std::size_t lo = pos > kMaxReference ? pos - kMaxReference : 0;
    const auto nl = s.substr(lo, pos - lo).rfind('\n');
    return nl == std::string_view::npos ? lo : lo + nl + 1;
}

/// The end of the line holding `pos`, looking ahead at most kMaxReference bytes.
std::size_t line_end(std::string_view s, std::size_t pos) {
    const std::size_t hi = std::min(s.size(), pos + kMaxReference);
    const auto nl = s.substr(pos, hi - pos).find('\n');
    return nl == std::string_view::npos ? hi : pos + nl;
}

/// True when only spaces, a bullet or a number precede `pos` on its line.
bool starts_line(std::string_view s, std::size_t pos) {
    constexpr std::string_view kLead = " \t-*•0123456789.)[]#>_";
    while (pos > 0 && s[pos - 1] != '\n') {
        if (kLead.find(s[pos - 1]) == std::string_view::npos) return false;
        --pos;
    }
    return true;
}

/// The first identifier (sorted, never overlapping) that ends after `pos`.
std::vector<FoundSource>::const_iterator first_ending_after(const std::vector<FoundSource>& ids,
                                                            std::size_t pos) {
    return std::upper_bound(ids.begin(), ids.end(), pos,
                            [](std::size_t p, const FoundSource& id) { return p < id.range.end; });
}

/// Ends the range before the first identifier inside it and before trailing separators.
ByteRange clip(std::string_view s, ByteRange r, const std::vector<FoundSource>& ids) {
    const auto next =
        std::lower_bound(ids.begin(), ids.end(), r.begin,
                         [](const FoundSource& id, std::size_t p) { return id.range.begin < p; });
    if (next != ids.end() && next->range.begin < r.end) r.end = next->range.begin;
    while (r.end > r.begin &&
           std::string_view(" \t-:,;([*_").find(s[r.end - 1]) != std::string_view::npos) {
        --r.end;
    }
    if (r.end > r.begin && s[r.end - 1] == ')') {
        const auto inside = s.substr(r.begin, r.end - r.begin);
        if (std::count(inside.begin(), inside.end(), '(') <
            std::count(inside.begin(), inside.end(), ')')) {
            --r.end;
        }
    }
    const auto tail = s.substr(r.begin, r.end - r.begin);
    for (std::string_view marker : {" doi", " DOI", " PMID", " Disponible", " Available"}) {
        if (tail.size() > marker.size() && tail.substr(tail.size() - marker.size()) == marker) {
            r.end -= marker.size();
        }
    }
    while (r.end > r.begin &&
           std::string_view(" \t-:,;([*_").find(s[r.end - 1]) != std::string_view::npos) {
        --r.end;
    }
    return r;
}

/// Skips a list number or bullet at the start of a reference: "1. ", "2) ", "[3] ", "(4) ", "- ".
ByteRange skip_list_marker(std::string_view s, ByteRange r) {
    std::size_t b = r.begin;
    while (b < r.end && (s[b] == ' ' || s[b] == '\t')) ++b;
    std::size_t k = b;
    const bool bracket = k < r.end && (s[k] == '[' || s[k] == '(');
    if (bracket) ++k;
    const std::size_t digits = k;
    while (k < r.end && k - digits < 3 && s[k] >= '0' && s[k] <= '9') ++k;
    // "[3] " and "(4) ", or "3] " when a bracket was already cut off, or "1. " and "2) ".
    const bool number =
        k > digits && k < r.end && (s[k] == ']' || s[k] == ')' || (!bracket && s[k] == '.'));
    if (number && k + 1 < r.end && s[k + 1] == ' ') b = k + 2;
    while (b < r.end && (s[b] == ' ' || s[b] == '-' || s[b] == '*')) ++b;
    return {b, r.end};
}

/// Moves `b` back to where the citation that ends in a journal starts: the line start, an
/// opening bracket, a ';' or the end of an identifier, whichever is nearest.
std::size_t citation_start(std::string_view s, std::size_t b, const std::vector<FoundSource>& ids) {
    std::size_t start = line_begin(s, b);
    const auto head = s.substr(start, b - start);
    if (const auto cut = head.find_last_of("([;:"); cut != std::string_view::npos) {
        start += cut + 1;
    }
    if (const auto it = first_ending_after(ids, b); it != ids.begin()) {
        start = std::max(start, std::prev(it)->range.end);
    }
    const auto& list_item = ReferencePatterns::get().list_item;
    StringPiece bullet;
    const auto rest = s.substr(start, b - start);
    if (RE2::PartialMatch(StringPiece(rest.data(), rest.size()), list_item, &bullet)) {
        start += bullet.size();
    }
    while (start < b && (s[start] == ' ' || s[start] == '.' || s[start] == ',')) ++start;
    return start;
}

void add_cores(std::string_view s, const std::vector<FoundSource>& ids,
               std::vector<ByteRange>& out) {
    for_each_match<1>(ReferencePatterns::get().journal_core, s, [&](const auto& m) {
        const auto b = static_cast<std::size_t>(m[0].data() - s.data());
        out.push_back({citation_start(s, b, ids), b + m[0].size()});
        return b + m[0].size();
    });
}

/// Words that open sentences and look like a surname before capitals ("An MRI scan…", "The NHS
/// says…"): not an author.
bool is_sentence_word(std::string_view w) {
    static constexpr auto kWords = std::to_array<std::string_view>({
        "An",  "The", "This", "That",  "These", "Those", "In",  "On",  "For",  "With", "From",
        "And", "Or",  "But",  "Your",  "Our",   "Les",   "Une", "Des", "Pour", "Dans", "Avec",
        "Sur", "Par", "Ces",  "Cette", "Votre", "Vos",   "Mon", "Ma",  "Mes",  "Si",   "If",
    });
    return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

void add_matches(const RE2& re, std::string_view s, bool whole_line, std::vector<ByteRange>& out) {
    for_each_match<1>(re, s, [&](const auto& m) {
        const auto b = static_cast<std::size_t>(m[0].data() - s.data());
        auto e = b + m[0].size();
        if (is_sentence_word(s.substr(b, std::min(m[0].size(), s.find(' ', b) - b)))) return b;
        if (whole_line && starts_line(s, b)) e = line_end(s, b);
        out.push_back({b, e});
        return e;
    });
}

/// The items of each list that follows a "Sources" / "Références" heading, up to a blank line.
void add_listed_references(std::string_view s, std::vector<ByteRange>& out) {
    const auto& p = ReferencePatterns::get();
    bool in_list = false;
    for (std::size_t b = 0; b < s.size();) {
        const auto e = std::min(s.find('\n', b), s.size());
        const auto line = s.substr(b, e - b);
        const StringPiece piece(line.data(), line.size());
        if (RE2::FullMatch(piece, p.heading)) {
            in_list = true;
        } else if (line.find_first_not_of(" \t") == std::string_view::npos) {
            in_list = false;
        } else if (in_list && RE2::PartialMatch(piece, p.year)) {
            StringPiece bullet;
            std::size_t start = b;
            if (RE2::PartialMatch(piece, p.list_item, &bullet)) start = b + bullet.size();
            out.push_back({start, e});
        }
        b = e + 1;
    }
}

/// What follows "Source :" on its line, when it has a year (an identifier there is clipped off).
void add_inline_sources(std::string_view s, std::vector<ByteRange>& out) {
    const auto& p = ReferencePatterns::get();
    for_each_match<2>(p.inline_source, s, [&](const auto& m) {
        const auto b = static_cast<std::size_t>(m[1].data() - s.data());
        if (RE2::PartialMatch(m[1], p.year)) out.push_back({b, b + m[1].size()});
        return b + m[1].size();
    });
}

/// Each guideline or report by an organisation: from the name to the end of its bracket or line.
void add_organisation_references(std::string_view s, std::vector<ByteRange>& out) {
    for_each_match<1>(ReferencePatterns::get().organisation, s, [&](const auto& m) {
        const auto opening = static_cast<std::size_t>(m[0].data() - s.data());
        auto e = opening + m[0].size();
        // The name starts after the bracket or the emphasis (list markers are skipped later).
        auto b = opening;
        while (b < e && std::string_view(" \t*_(").find(s[b]) != std::string_view::npos) ++b;
        const bool bracket = s[opening] == '(';
        const auto stop = bracket ? s.find_first_of(")\n", e) : s.find('\n', e);
        e = std::min(stop == std::string_view::npos ? s.size() : stop, line_end(s, e));
        out.push_back({b, e});
        return e;
    });
}

/// A key for the digits of a marker: "0" … "9" are 0 … 9, "00" … "99" are 10 … 109 ("[01]" and
/// "[1]" are different markers).
std::size_t marker_key(std::string_view digits) {
    const auto d = [&](std::size_t i) { return static_cast<std::size_t>(digits[i] - '0'); };
    return digits.size() == 1 ? d(0) : 10 + (10 * d(0)) + d(1);
}

/// Where each marker "[0]" … "[99]" first stands in `s` (npos when nowhere), in one pass.
std::array<std::size_t, 110> first_markers(std::string_view s) {
    std::array<std::size_t, 110> first{};
    first.fill(std::string_view::npos);
    for (auto at = s.find('['); at != std::string_view::npos; at = s.find('[', at + 1)) {
        std::size_t k = at + 1;
        while (k < s.size() && k < at + 3 && s[k] >= '0' && s[k] <= '9') ++k;
        if (k > at + 1 && k < s.size() && s[k] == ']') {
            auto& where = first.at(marker_key(s.substr(at + 1, k - at - 1)));
            where = std::min(where, at);
        }
    }
    return first;
}

/// Each footnote with a year whose marker ("[1]") is also cited in the text before it: the
/// whole line after the marker.
void add_footnotes(std::string_view s, std::vector<ByteRange>& out) {
    const auto& p = ReferencePatterns::get();
    std::array<std::size_t, 110> first{};
    bool markers_read = false;
    for_each_match<2>(p.footnote, s, [&](const auto& m) {
        if (!markers_read) {  // only answers with footnotes pay for the pass
            first = first_markers(s);
            markers_read = true;
        }
        const auto b = static_cast<std::size_t>(m[0].data() - s.data());
        const auto marker = std::string_view(m[1].data(), m[1].size());  // "[1]" … "[99]"
        const auto begin = static_cast<std::size_t>(m[1].data() - s.data()) + marker.size();
        const auto end = b + m[0].size();
        const StringPiece body(s.data() + begin, end - begin);
        if (first.at(marker_key(marker.substr(1, marker.size() - 2))) < b &&
            RE2::PartialMatch(body, p.year)) {
            out.push_back({begin, end});
        }
        return end;
    });
}

}  // namespace

std::vector<FoundSource> find_references(std::string_view s, const std::vector<FoundSource>& ids) {
    const auto& p = ReferencePatterns::get();
    std::vector<ByteRange> ranges;
    add_matches(p.vancouver, s, true, ranges);
    add_matches(p.apa, s, true, ranges);
    add_matches(p.et_al, s, true, ranges);
    add_matches(p.journal, s, false, ranges);
    add_cores(s, ids, ranges);
    add_listed_references(s, ranges);
    add_inline_sources(s, ranges);
    add_footnotes(s, ranges);
    add_organisation_references(s, ranges);
    add_author_year_citations(s, ranges);
    for (auto& r : ranges) r = skip_list_marker(s, r);
    std::sort(ranges.begin(), ranges.end(), [](const ByteRange& a, const ByteRange& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    std::vector<FoundSource> out;
    for (auto r : ranges) {
        r = clip(s, r, ids);
        if (r.end < r.begin + 8) continue;
        if (!out.empty() && r.begin < out.back().range.end) continue;  // inside a longer one
        const auto around = first_ending_after(ids, r.begin);
        if (around != ids.end() && around->range.begin <= r.begin) continue;  // on an identifier
        out.push_back({SourceKind::reference, r, std::string(s.substr(r.begin, r.end - r.begin))});
    }
    return out;
}

}  // namespace gardefou::answers
