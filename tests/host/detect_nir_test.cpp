// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <string>

#include "detect_table.h"
#include "validators/digits.h"
#include "validators/nir.h"
#include "validators_vectors.h"

namespace gardefou::testing {
namespace {

constexpr auto kNir = engine::Category::nir;

class DetectNir : public ::testing::TestWithParam<DetectCase> {};
TEST_P(DetectNir, Table) {
    expect_detection(GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    Typed, DetectNir,
    ::testing::Values(
        DetectCase{"Mon numéro de sécu est 1 85 05 75 123 456 73.", kNir, "1 85 05 75 123 456 73"},
        DetectCase{"NIR 185057512345673 svp", kNir, "185057512345673"},
        DetectCase{"n° SS : 1.64.03.33.063.129.63", kNir, "1.64.03.33.063.129.63"},
        DetectCase{"2 41 06 2A 004 118 49 (Ajaccio)", kNir, "2 41 06 2A 004 118 49"},
        DetectCase{"carte vitale 2 84 05 2b 321 025 79", kNir, "2 84 05 2b 321 025 79"},
        DetectCase{"née en Guadeloupe : 2 45 10 971 12 046 75", kNir, "2 45 10 971 12 046 75"},
        DetectCase{"né au Portugal 1 78 05 99 330 108 17", kNir, "1 78 05 99 330 108 17"},
        DetectCase{"1-85-05-75-123-456-73", kNir, "1-85-05-75-123-456-73"},
        DetectCase{"😀 2\u202f83\u202f12\u202f44\u202f109\u202f251\u202f46", kNir,
                   "2\u202f83\u202f12\u202f44\u202f109\u202f251\u202f46"},
        DetectCase{"sécu ２ ９１ ０７ ３１ ５５５ ０８２ ０３ ok", kNir,
                   "２ ９１ ０７ ３１ ５５５ ０８２ ０３"},
        DetectCase{"1 85 05 75 1\u200b23 456 73", kNir, "1 85 05 75 1\u200b23 456 73"},
        // Without the key: only next to a social-security word.
        DetectCase{"numéro de sécurité sociale 2 84 05 88 321 025", kNir, "2 84 05 88 321 025"},
        DetectCase{"NNP provisoire 7 1 123 12345678", kNir, "7 1 123 12345678"}));

INSTANTIATE_TEST_SUITE_P(
    Traps, DetectNir,
    ::testing::Values(DetectCase{"le 1 85 05 75 123 456 74 a une mauvaise clé", kNir, nullptr},
                      DetectCase{"référence 2 84 05 88 321 025", kNir, nullptr},
                      DetectCase{"1 85 13 75 123 456 XX", kNir, nullptr},
                      DetectCase{"sécu 1 85 05 75 123 456 74", kNir, nullptr}));

// Every NIR row of the shared vectors, typed in a sentence: found exactly when valid (the
// decisions where sources disagree are in tests/data/vectors/README.md).
TEST(DetectNir, VectorRowsInSentences) {
    std::size_t rows = 0;
    for (const char* file : {"fr_nir.tsv", "fr_nir_public.tsv", "fr_nir_computed.tsv"}) {
        for (const auto& row : read_vectors(file)) {
            const std::string& value = row.at("value");
            const std::string c = validators::compact(value);
            if (c.size() != 15) continue;
            ++rows;
            const std::string text = "Mon numéro : " + value + ", merci.";
            const bool valid = validators::nir_valid(c);
            expect_detection({text.c_str(), kNir, valid ? value.c_str() : nullptr});
        }
    }
    EXPECT_GE(rows, 50U);
}

}  // namespace
}  // namespace gardefou::testing
