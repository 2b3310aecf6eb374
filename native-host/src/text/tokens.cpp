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

Tokens tokenize(std::string_view s) {
    Tokens out;
    auto& tokens = out.list_;
    out.keys_ = std::make_unique<std::string>();
    std::string& keys = *out.keys_;
    tokens.reserve(s.size() / 4 + 1);
    keys.reserve(s.size() + 1);
    // Where each key starts: the buffer may still move while it grows.
    std::vector<std::uint32_t> key_begins;
    key_begins.reserve(tokens.capacity());
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
        Token t{{}, static_cast<std::uint32_t>(i), 0, 0};
        const std::size_t key_begin = keys.size();
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
                keys.push_back(static_cast<char>(d.code_point | 0x20U));
            } else if (kind == Kind::letter) {
                if (!is_mark(d.code_point)) {
                    const bool upper = is_upper(d.code_point);
                    if (letters == 0) first_upper = upper;
                    ++letters;
                    uppers += upper ? 1 : 0;
                }
                append_folded(keys, d.code_point);
            } else {
                keys.push_back(d.code_point < 0x80 ? static_cast<char>(d.code_point)
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
        tokens.push_back(t);
        key_begins.push_back(static_cast<std::uint32_t>(key_begin));
    }
    // The buffer no longer grows: the keys can point into it.
    const std::string_view all = keys;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        const std::size_t stop = k + 1 < tokens.size() ? key_begins[k + 1] : all.size();
        tokens[k].key = all.substr(key_begins[k], stop - key_begins[k]);
    }
    return out;
}

}  // namespace gardefou::text
