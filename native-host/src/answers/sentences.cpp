// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "answers/sentences.h"

#include <array>

#include "text/normalized_text.h"
#include "text/utf8.h"

namespace gardefou::answers {

namespace {

bool is_ascii_lower(char c) {
    return c >= 'a' && c <= 'z';
}
bool is_ascii_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
bool is_ascii_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_ascii_letter(char c) {
    return is_ascii_lower(c) || is_ascii_upper(c);
}

/// True when the word just before the '.' at `dot` is an abbreviation that does not end a
/// sentence ("Dr.", "et al.", "p. ex.", an initial "J.").
bool abbreviation_before(std::string_view s, std::size_t dot) {
    std::size_t b = dot;
    while (b > 0 && is_ascii_letter(s[b - 1])) --b;
    const std::string_view word = s.substr(b, dot - b);
    if (word.size() == 1 && is_ascii_upper(word[0])) return true;  // initial
    static constexpr std::array<std::string_view, 17> kAbbreviations{
        "Dr", "dr", "Pr",  "pr",  "M",  "Mme",    "Mlle", "St", "vs",
        "al", "cf", "fig", "env", "ex", "approx", "vol",  "No"};
    for (auto a : kAbbreviations) {
        if (word == a) return true;
    }
    return false;
}

/// True when [start, dot) is a list number: spaces and one to three digits ("1." in "1. **Patch").
bool list_number_before(std::string_view s, std::size_t start, std::size_t dot) {
    while (start < dot && (s[start] == ' ' || s[start] == '\t')) ++start;
    if (dot - start == 0 || dot - start > 3) return false;
    for (std::size_t k = start; k < dot; ++k) {
        if (!is_ascii_digit(s[k])) return false;
    }
    return true;
}

bool closes_sentence(char c) {
    return c == '.' || c == '!' || c == '?';
}
bool trailing_mark(char c) {
    return closes_sentence(c) || c == '"' || c == ')' || c == '*';
}

ByteRange trim(std::string_view s, std::size_t b, std::size_t e) {
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    for (bool changed = true; changed && b < e;) {
        changed = false;
        while (b < e && space(s[b])) {
            ++b;
            changed = true;
        }
        if (b < e && (s[b] == '-' || s[b] == '*' || s[b] == '#' || s[b] == '>' || s[b] == '_')) {
            ++b;
            changed = true;
        } else if (e - b >= 3 && s.substr(b, 3) == "\xE2\x80\xA2") {  // •
            b += 3;
            changed = true;
        } else if (b < e && is_ascii_digit(s[b])) {
            std::size_t k = b;
            while (k < e && is_ascii_digit(s[k])) ++k;
            if (k + 1 < e && (s[k] == '.' || s[k] == ')') && s[k + 1] == ' ' && k - b <= 2) {
                b = k + 1;
                changed = true;
            }
        }
    }
    // Emoji and other symbols before the first word ("👉 Prenez…") are not part of it.
    while (b < e) {
        const auto d = text::decode_utf8(s, b);
        const char32_t cp = d.code_point;
        if (text::is_letter(cp) || text::is_digit(cp) || cp == '(' || cp == '"' || cp == '\'' ||
            cp == '[' || cp == U'\u00AB') {
            break;
        }
        b += d.length;
    }
    while (e > b && (space(s[e - 1]) || s[e - 1] == '*' || s[e - 1] == '_')) --e;
    return {b, e};
}

}  // namespace

std::vector<ByteRange> split_sentences(std::string_view s) {
    std::vector<ByteRange> out;
    auto flush = [&](std::size_t b, std::size_t e) {
        const auto r = trim(s, b, e);
        if (r.begin < r.end) out.push_back(r);
    };
    std::size_t start = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '\n') {
            flush(start, i);
            start = i + 1;
            continue;
        }
        if (!closes_sentence(c)) continue;
        std::size_t j = i + 1;
        while (j < s.size() && trailing_mark(s[j])) ++j;
        if (j < s.size() && s[j] != ' ' && s[j] != '\n') continue;  // "1.5", "www.has-sante.fr"
        if (c == '.' && abbreviation_before(s, i)) continue;
        if (c == '.' && list_number_before(s, start, i)) continue;  // "1. **Paracétamol**"
        std::size_t k = j;
        while (k < s.size() && s[k] == ' ') ++k;
        if (c == '.' && k < s.size() && (is_ascii_lower(s[k]) || s[k] == ',')) continue;
        flush(start, j);
        start = j;
        i = j - 1;
    }
    flush(start, s.size());
    return out;
}

}  // namespace gardefou::answers
