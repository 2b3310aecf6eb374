// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include "text/normalized_text.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#include "text/utf8.h"

namespace gardefou::text {

namespace {

constexpr char32_t kRemoved = 0xFFFFFFFF;

/// What a code point becomes in the normalised text (kRemoved: nothing).
char32_t normalize_code_point(char32_t cp) {
    if (cp < 0x80) return cp == '\t' ? U' ' : cp;
    switch (cp) {
        case 0x00AD:  // soft hyphen
        case 0x180E:  // Mongolian vowel separator
        case 0x200B:  // zero-width space
        case 0x200C:  // zero-width non-joiner
        case 0x200D:  // zero-width joiner
        case 0x2060:  // word joiner
        case 0xFEFF:  // zero-width no-break space
            return kRemoved;
        case 0x00A0:  // no-break space
        case 0x202F:  // narrow no-break space
        case 0x205F:  // medium mathematical space
        case 0x3000:  // ideographic space
            return U' ';
        case 0x2018:
        case 0x2019:
        case 0x201B:
        case 0x02BC:
        case 0x2032:
        case 0x00B4:
        case 0xFF07:
            return U'\'';
        case 0x2212:  // minus sign
        case 0xFE63:
        case 0xFF0D:
            return U'-';
        default:
            break;
    }
    if (cp >= 0x2000 && cp <= 0x200A) return U' ';
    if (cp >= 0x2010 && cp <= 0x2015) return U'-';
    if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFEE0;  // full-width ASCII
    return cp;
}

}  // namespace

namespace {

bool is_continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U;
}

/// UTF-16 units of the valid UTF-8 bytes [from, to), both at character boundaries.
/// True when the 8 bytes at `p` are ASCII and none is a tab (nothing to normalise there).
bool plain_ascii8(const char* p) {
    std::uint64_t w = 0;
    std::memcpy(&w, p, sizeof w);
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    const std::uint64_t tabs = w ^ (kOnes * '\t');  // a zero byte where a tab was
    return ((w | ((tabs - kOnes) & ~tabs)) & kHigh) == 0;
}

/// UTF-16 units of the UTF-8 characters that start in [from, to): one a character, two for the
/// 4-byte ones. Eight bytes at a time: units = bytes - continuation bytes + 4-byte leads.
std::size_t count_units(std::string_view s, std::size_t from, std::size_t to) {
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
    std::size_t units = 0;
    std::size_t i = from;
    for (; i + 8 <= to; i += 8) {
        std::uint64_t w = 0;
        std::memcpy(&w, s.data() + i, sizeof w);
        const std::uint64_t continuation = w & ~(w << 1U) & kHigh;                  // 10xxxxxx
        const std::uint64_t lead4 = w & (w << 1U) & (w << 2U) & (w << 3U) & kHigh;  // 1111xxxx
        units += 8 - static_cast<std::size_t>(std::popcount(continuation)) +
                 static_cast<std::size_t>(std::popcount(lead4));
    }
    for (; i < to; ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        units += (c & 0xC0U) != 0x80U ? (c >= 0xF0U ? 2U : 1U) : 0U;
    }
    return units;
}

}  // namespace

NormalizedText::NormalizedText(std::string_view original) {
    // One pass decides the mode: is anything to normalise, is it ASCII, is it valid UTF-8?
    bool ascii = true;
    for (std::size_t i = 0; i < original.size();) {
        if (i + 8 <= original.size() && plain_ascii8(original.data() + i)) {
            i += 8;
            continue;
        }
        const char c = original[i];
        if (static_cast<unsigned char>(c) < 0x80U) {
            if (c == '\t') {
                build_mapped(original);
                return;
            }
            ++i;
            continue;
        }
        ascii = false;
        const auto d = decode_utf8(original, i);
        if ((d.code_point == 0xFFFD && d.length == 1) ||
            normalize_code_point(d.code_point) != d.code_point) {
            build_mapped(original);
            return;
        }
        i += d.length;
    }
    text_.assign(original);
    if (ascii) return;
    mode_ = Mode::same;
    checkpoints_.reserve(original.size() / kCheckpointBytes + 1);
    std::size_t boundary = 0;
    std::size_t units = 0;
    for (std::size_t k = 0; k * kCheckpointBytes < original.size(); ++k) {
        std::size_t next = k * kCheckpointBytes;
        while (next < original.size() && is_continuation(original[next])) ++next;
        units += count_units(original, boundary, next);
        boundary = next;
        checkpoints_.push_back(static_cast<std::uint32_t>(units));
    }
}

void NormalizedText::build_mapped(std::string_view original) {
    mode_ = Mode::mapped;
    text_.clear();
    text_.reserve(original.size());
    start_.reserve(original.size());
    end_.reserve(original.size());
    std::uint32_t units = 0;
    for (std::size_t i = 0; i < original.size();) {
        const char c = original[i];
        if (static_cast<unsigned char>(c) < 0x80U) {
            text_.push_back(c == '\t' ? ' ' : c);
            start_.push_back(units);
            end_.push_back(units + 1);
            ++units;
            ++i;
            continue;
        }
        const auto d = decode_utf8(original, i);
        const std::uint32_t next = units + utf16_units(d.code_point);
        const char32_t out = normalize_code_point(d.code_point);
        if (out != kRemoved) {
            const std::size_t before = text_.size();
            if (out == d.code_point && !(d.code_point == 0xFFFD && d.length == 1)) {
                text_.append(original.substr(i, d.length));
            } else {
                append_utf8(text_, out);
            }
            for (std::size_t b = before; b < text_.size(); ++b) {
                start_.push_back(units);
                end_.push_back(next);
            }
        }
        units = next;
        i += d.length;
    }
}

std::size_t NormalizedText::units_before(std::size_t byte) const {
    // `byte` is a character boundary (spans never cut a character), so the first boundary at or
    // after the checkpoint is not after it.
    const std::size_t k = std::min(byte / kCheckpointBytes, checkpoints_.size() - 1);
    std::size_t from = k * kCheckpointBytes;
    while (from < byte && is_continuation(text_[from])) ++from;
    return checkpoints_[k] + count_units(text_, from, byte);
}

Utf16Span NormalizedText::to_utf16(std::size_t begin, std::size_t end) const {
    switch (mode_) {
        case Mode::ascii:
            return {begin, end};
        case Mode::same:
            return {units_before(begin), units_before(end)};
        case Mode::mapped:
            break;
    }
    return {start_[begin], end_[end - 1]};
}

bool is_letter(char32_t cp) {
    if (cp < 0x80) return (cp | 0x20U) >= 'a' && (cp | 0x20U) <= 'z';
    return u_isalpha(static_cast<UChar32>(cp)) != 0;
}

bool is_digit(char32_t cp) {
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    return u_isdigit(static_cast<UChar32>(cp)) != 0;
}

bool is_upper(char32_t cp) {
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    return u_isupper(static_cast<UChar32>(cp)) != 0 || u_istitle(static_cast<UChar32>(cp)) != 0;
}

bool is_mark(char32_t cp) {
    if (cp < 0x300) return false;
    const auto type = u_charType(static_cast<UChar32>(cp));
    return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK ||
           type == U_ENCLOSING_MARK;
}

void append_folded(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
        return;
    }
    if (is_mark(cp)) return;  // combining accents typed separately
    // Latin-1 Supplement and Latin Extended-A letters without their accents.
    static constexpr std::string_view kLatin1 =
        "aaaaaaaceeeeiiiidnooooo*ouuuuyts"   // U+00C0..U+00DF (lower-cased)
        "aaaaaaaceeeeiiiidnooooo/ouuuuyty";  // U+00E0..U+00FF
    if (cp >= 0xC0 && cp <= 0xFF) {
        if (cp == 0xC6 || cp == 0xE6) {
            out += "ae";
        } else if (cp == 0xDF) {
            out += "ss";
        } else {
            out.push_back(kLatin1[cp - 0xC0]);
        }
        return;
    }
    if (cp == 0x152 || cp == 0x153) {
        out += "oe";
        return;
    }
    if (cp >= 0x100 && cp <= 0x17F) {
        static constexpr std::string_view kExtA =
            "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll"
            "lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
        out.push_back(kExtA[cp - 0x100]);
        return;
    }
    append_utf8(out, static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))));
}

std::string fold(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size();) {
        const auto d = decode_utf8(utf8, i);
        const char32_t cp = normalize_code_point(d.code_point);
        if (cp != kRemoved) append_folded(out, cp);
        i += d.length;
    }
    return out;
}

}  // namespace gardefou::text
