// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "text/tokens.h"

#include <array>

#include "text/normalized_text.h"
#include "text/utf8.h"

namespace gardefou::text {

namespace {

enum class Kind : std::uint8_t { other, letter, digit };

constexpr std::array<Kind, 128> kAscii = [] {
    std::array<Kind, 128> kinds{};
    for (char c = 'a'; c <= 'z'; ++c) kinds[static_cast<unsigned char>(c)] = Kind::letter;
    for (char c = 'A'; c <= 'Z'; ++c) kinds[static_cast<unsigned char>(c)] = Kind::letter;
    for (char c = '0'; c <= '9'; ++c) kinds[static_cast<unsigned char>(c)] = Kind::digit;
    return kinds;
}();

bool is_ascii(char c) {
    return static_cast<unsigned char>(c) < 0x80U;
}

Kind ascii_kind(char c) {
    return kAscii[static_cast<unsigned char>(c)];
}

Kind kind_of(char32_t cp) {
    if (cp < 0x80) return kAscii[cp];
    if (is_letter(cp) || is_mark(cp)) return Kind::letter;
    if (is_digit(cp)) return Kind::digit;
    return Kind::other;
}

bool ends_sentence(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == ';';
}

/// What the letters of one token say about its case.
struct Letters {
    std::size_t count = 0;
    std::size_t upper = 0;
    bool first_upper = false;

    void add(bool is_upper) {
        if (count == 0) first_upper = is_upper;
        ++count;
        upper += is_upper ? 1 : 0;
    }
};

/// Appends the key of a run of ASCII characters of one kind: letters lower-cased, digits as is.
void append_ascii(std::string& keys, std::string_view run, Kind kind, Letters& letters) {
    const std::size_t at = keys.size();
    keys.resize(at + run.size());
    char* out = keys.data() + at;
    for (const char c : run) {
        if (kind == Kind::letter) {
            letters.add(c <= 'Z');
            *out++ = static_cast<char>(c | 0x20);
        } else {
            *out++ = c;
        }
    }
}

/// Appends the key of one non-ASCII character of the token's kind.
void append_other(std::string& keys, char32_t cp, Kind kind, Letters& letters) {
    if (kind == Kind::digit) {
        keys.push_back(static_cast<char>('0' + (cp & 0xF)));
        return;
    }
    if (!is_mark(cp)) letters.add(is_upper(cp));
    append_folded(keys, cp);
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
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        Kind kind = Kind::other;
        if (is_ascii(s[i])) {
            kind = ascii_kind(s[i]);
            if (kind == Kind::other) {
                if (ends_sentence(s[i])) sentence_start = true;
                ++i;
                continue;
            }
        } else {
            const auto d = decode_utf8(s, i);
            kind = kind_of(d.code_point);
            if (kind == Kind::other) {
                i += d.length;
                continue;
            }
        }
        Token t{{}, static_cast<std::uint32_t>(i), 0, 0};
        key_begins.push_back(static_cast<std::uint32_t>(keys.size()));
        Letters letters;
        while (i < n) {
            std::size_t j = i;
            while (j < n && is_ascii(s[j]) && ascii_kind(s[j]) == kind) ++j;
            if (j > i) {
                append_ascii(keys, s.substr(i, j - i), kind, letters);
                i = j;
                continue;
            }
            if (is_ascii(s[i])) break;  // ASCII of another kind
            const auto d = decode_utf8(s, i);
            if (kind_of(d.code_point) != kind) break;
            append_other(keys, d.code_point, kind, letters);
            i += d.length;
        }
        t.end = static_cast<std::uint32_t>(i);
        t.flags = kind == Kind::letter ? Token::kWord : Token::kNumber;
        if (letters.first_upper) t.flags |= Token::kCapitalized;
        if (letters.count >= 2 && letters.upper == letters.count) t.flags |= Token::kAllCaps;
        if (sentence_start) t.flags |= Token::kSentenceStart;
        sentence_start = false;
        tokens.push_back(t);
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
