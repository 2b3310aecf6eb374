// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
// Normalisation of typing noise and the way back to UTF-16 offsets; folding; tokens.
#include <gtest/gtest.h>

#include "engine/engine.h"
#include "text/normalized_text.h"
#include "text/tokens.h"
#include "text/utf8.h"

namespace gardefou::text {
namespace {

TEST(Utf8, Utf16LengthCountsAstralCharactersTwice) {
    EXPECT_EQ(utf16_length(""), 0U);
    EXPECT_EQ(utf16_length("abc"), 3U);
    EXPECT_EQ(utf16_length("é"), 1U);
    EXPECT_EQ(utf16_length("😀"), 2U);
    EXPECT_EQ(utf16_length("a😀b"), 4U);
    EXPECT_EQ(byte_offset_of_utf16("a😀b", 3), 5U);
}

TEST(Utf8, InvalidBytesDecodeAsReplacementAndAdvance) {
    const std::string bad = "a\xC3(\xF0\x9F";
    std::size_t i = 0;
    std::size_t count = 0;
    while (i < bad.size()) {
        i += decode_utf8(bad, i).length;
        ++count;
    }
    EXPECT_EQ(count, 5U);
    EXPECT_EQ(decode_utf8("\xED\xA0\x80", 0).code_point, 0xFFFDU);  // encoded surrogate
}

struct NoiseCase {
    std::string original;
    std::string normalized;
};

class Normalization : public ::testing::TestWithParam<NoiseCase> {};

TEST_P(Normalization, RemovesTypingNoise) {
    const NormalizedText t(GetParam().original);
    EXPECT_EQ(t.str(), GetParam().normalized);
}

INSTANTIATE_TEST_SUITE_P(
    Table, Normalization,
    ::testing::Values(NoiseCase{"06\u00a012\u202f34", "06 12 34"},            // NBSP, NNBSP
                      NoiseCase{"Ma\u200brie Du\u00adpont", "Marie Dupont"},  // ZWSP, soft hyphen
                      NoiseCase{"\uff10\uff16 \uff11\uff12", "06 12"},        // full-width digits
                      NoiseCase{"l\u2019hôpital", "l'hôpital"},               // apostrophe
                      NoiseCase{"Jean\u2010Pierre \u2212 2", "Jean-Pierre - 2"},
                      NoiseCase{"a\tb\u3000c\ufeff", "a b c"},
                      NoiseCase{"sans bruit", "sans bruit"}));

TEST(NormalizedText, SpansMapBackToOriginalUtf16Offsets) {
    // "😀 " (3 units), then "06" with a zero-width space inside and NBSPs between groups.
    const std::string original = "😀 0\u200b6\u00a012\u00a034\u00a056\u00a078 fin";
    const NormalizedText t(original);
    ASSERT_EQ(t.str(), "😀 06 12 34 56 78 fin");
    const std::size_t b = t.str().find("06");
    const std::size_t e = t.str().find(" fin");
    const auto span = t.to_utf16(b, e);
    EXPECT_EQ(span.start, 3U);
    EXPECT_EQ(span.end, 18U);  // 15 units: "0", ZWSP, "6", then 4 × (NBSP + 2 digits)
}

TEST(NormalizedText, FullWidthDigitsMapToTheirOwnOffsets) {
    const NormalizedText t("x\uff10\uff16y");
    ASSERT_EQ(t.str(), "x06y");
    const auto span = t.to_utf16(1, 3);
    EXPECT_EQ(span.start, 1U);
    EXPECT_EQ(span.end, 3U);
}

TEST(NormalizedText, EveryCharacterBoundaryOfALongMixedTextMapsToItsUtf16Offset) {
    // Long enough for several checkpoints, and mixing 1-, 2-, 3- and 4-byte characters so that
    // the eight-bytes-at-a-time counting meets every kind inside one word.
    const std::vector<std::string> pieces{"a", "é", "€", "😀", "bc", "ï", "𝄞", "d e", "ß"};
    std::string original;
    for (int i = 0; i < 400; ++i) original += pieces[(i * 7 + i / 3) % pieces.size()];
    const NormalizedText t(original);
    ASSERT_EQ(t.str(), original);  // nothing to normalise: offsets counted, not mapped
    std::vector<std::pair<std::size_t, std::size_t>> boundaries;  // byte, UTF-16 units before
    std::size_t units = 0;
    for (std::size_t i = 0; i < original.size();) {
        boundaries.emplace_back(i, units);
        const auto d = decode_utf8(original, i);
        units += d.code_point > 0xFFFF ? 2 : 1;
        i += d.length;
    }
    boundaries.emplace_back(original.size(), units);
    for (std::size_t k = 0; k + 1 < boundaries.size(); ++k) {
        const auto span = t.to_utf16(boundaries[k].first, boundaries[k + 1].first);
        ASSERT_EQ(span.start, boundaries[k].second) << "at byte " << boundaries[k].first;
        ASSERT_EQ(span.end, boundaries[k + 1].second) << "at byte " << boundaries[k + 1].first;
    }
}

TEST(Fold, LowerCaseWithoutAccents) {
    EXPECT_EQ(fold("Éléonore"), "eleonore");
    EXPECT_EQ(fold("ŒUF"), "oeuf");
    EXPECT_EQ(fold("N\u2019Diaye"), "n'diaye");
    EXPECT_EQ(fold("Ça GARÇON"), "ca garcon");
    EXPECT_EQ(fold("Łukasz Đorđević"), "lukasz dordevic");
    EXPECT_EQ(fold("e\u0301te\u0301"), "ete");  // combining accents typed separately
}

TEST(Tokens, WordsNumbersAndFlags) {
    const auto tokens = tokenize("Patient : DUPONT Marie, 06 12. le docteur");
    ASSERT_EQ(tokens.size(), 7U);
    EXPECT_EQ(tokens[0].key, "patient");
    EXPECT_TRUE(tokens[0].is(Token::kSentenceStart));
    EXPECT_TRUE(tokens[1].is(Token::kAllCaps));
    EXPECT_TRUE(tokens[1].is(Token::kSentenceStart));  // after ':'
    EXPECT_TRUE(tokens[2].is(Token::kCapitalized));
    EXPECT_FALSE(tokens[2].is(Token::kAllCaps));
    EXPECT_TRUE(tokens[3].is(Token::kNumber));
    EXPECT_EQ(tokens[3].key, "06");
    EXPECT_TRUE(tokens[5].is(Token::kSentenceStart));  // after '.'
    EXPECT_FALSE(tokens[5].is(Token::kCapitalized));
}

TEST(Language, DecidedByTheWordsElseTheHint) {
    EXPECT_EQ(engine::text_language("Bonjour, je voudrais savoir si c'est grave", engine::Lang::en),
              engine::Lang::fr);
    EXPECT_EQ(
        engine::text_language("Hello, I would like to know if this is serious", engine::Lang::fr),
        engine::Lang::en);
    EXPECT_EQ(engine::text_language("06 12 34 56 78", engine::Lang::en), engine::Lang::en);
    EXPECT_EQ(engine::text_language("06 12 34 56 78", std::nullopt), engine::Lang::fr);
}

}  // namespace
}  // namespace gardefou::text
