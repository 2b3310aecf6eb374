// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "text/tokens.h"

#include "text/normalized_text.h"
#include "text/utf8.h"

namespace gardefou::text {

namespace {

enum class Kind : std::uint8_t { other, letter, digit };

Kind kind_of(char32_t cp) {
    if (cp < 0x80) {
        if ((cp | 0x20U) >= 'a' && (cp | 0x20U) <= 'z') return Kind::letter;
        return cp >= '0' && cp <= '9' ? Kind::digit : Kind::other;
    }
    if (is_letter(cp) || is_mark(cp)) return Kind::letter;
    if (is_digit(cp)) return Kind::digit;
    return Kind::other;
}

/// The character at `i`, decoded only when it is not ASCII.
Decoded next_char(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80U) return {c, 1};
    return decode_utf8(s, i);
}

bool ends_sentence(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == ';';
}

}  // namespace

std::vector<Token> tokenize(std::string_view s) {
    std::vector<Token> tokens;
    tokens.reserve(s.size() / 5 + 1);
    bool sentence_start = true;
    std::size_t i = 0;
    while (i < s.size()) {
        auto d = next_char(s, i);
        const Kind kind = kind_of(d.code_point);
        if (kind == Kind::other) {
            const char c = s[i];
            if (ends_sentence(c)) sentence_start = true;
            i += d.length;
            continue;
        }
        Token t{static_cast<std::uint32_t>(i), 0, 0, {}};
        std::size_t letters = 0;
        std::size_t uppers = 0;
        bool first_upper = false;
        while (i < s.size()) {
            d = next_char(s, i);
            if (kind_of(d.code_point) != kind) break;
            if (d.code_point < 0x80 && kind == Kind::letter) {
                const bool upper = d.code_point <= 'Z';
                if (letters == 0) first_upper = upper;
                ++letters;
                uppers += upper ? 1 : 0;
                t.key.push_back(static_cast<char>(d.code_point | 0x20U));
            } else if (kind == Kind::letter) {
                if (!is_mark(d.code_point)) {
                    const bool upper = is_upper(d.code_point);
                    if (letters == 0) first_upper = upper;
                    ++letters;
                    uppers += upper ? 1 : 0;
                }
                append_folded(t.key, d.code_point);
            } else {
                t.key.push_back(d.code_point < 0x80
                                    ? static_cast<char>(d.code_point)
                                    : static_cast<char>('0' + (d.code_point & 0xF)));
            }
            i += d.length;
        }
        t.end = static_cast<std::uint32_t>(i);
        t.flags = kind == Kind::letter ? Token::kWord : Token::kNumber;
        if (first_upper) t.flags |= Token::kCapitalized;
        if (letters >= 2 && uppers == letters) t.flags |= Token::kAllCaps;
        if (sentence_start) t.flags |= Token::kSentenceStart;
        sentence_start = false;
        tokens.push_back(std::move(t));
    }
    return tokens;
}

}  // namespace gardefou::text
