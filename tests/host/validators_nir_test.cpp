// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "validators/digits.h"
#include "validators/mod97.h"
#include "validators/nir.h"
#include "validators_vectors.h"

namespace gardefou::validators {
namespace {

using gardefou::testing::read_vectors;

bool nir(std::string_view typed) {
    return nir_valid(compact(typed));
}

TEST(NirValidator, StdnumRows) {
    for (const auto& row : read_vectors("fr_nir.tsv")) {
        EXPECT_EQ(nir(row.at("value")), row.at("valid") == "1") << row.at("value");
    }
}

// Decisions where the sources disagree are in tests/data/vectors/README.md.
TEST(NirValidator, PublicRows) {
    std::size_t count = 0;
    for (const auto& row : read_vectors("fr_nir_public.tsv")) {
        const std::string c = compact(row.at("value"));
        ++count;
        if (c.size() == 13) {  // the form without key: structure only
            EXPECT_FALSE(nir_valid(c)) << row.at("value");
            EXPECT_EQ(nir_body_plausible(c), row.at("valid") == "1") << row.at("value");
            continue;
        }
        const bool expected = row.at("valid") == "1" || row.at("value") == "8 84 05 88 321 025 23";
        EXPECT_EQ(nir_valid(c), expected) << row.at("value");
    }
    EXPECT_EQ(count, 18U);
}

TEST(NirValidator, ComputedEdgeCases) {
    std::size_t count = 0;
    for (const auto& row : read_vectors("fr_nir_computed.tsv")) {
        ++count;
        const bool expected =
            row.at("valid_key") == "1" && row.at("structure_ok_itou_regex") == "1";
        EXPECT_EQ(nir(row.at("value")), expected) << row.at("value") << " " << row.at("note");
    }
    EXPECT_EQ(count, 36U);
}

TEST(NirValidator, NnpRows) {
    for (const auto& row : read_vectors("fr_nnp_public.tsv")) {
        EXPECT_EQ(nnp_valid(compact(row.at("value"))), row.at("valid") == "1") << row.at("value");
    }
}

TEST(NirValidator, WorkedExamples) {
    EXPECT_EQ(key97("1850575123456"), 73U);
    EXPECT_TRUE(nir("1 85 05 75 123 456 73"));
    EXPECT_TRUE(nir("2 84 05 2A 321 025 52"));  // Corsica: 2A → 19
    EXPECT_TRUE(nir("2 84 05 2b 321 025 79"));  // 2B → 18, lower case typed
    EXPECT_TRUE(nir("1.85.05.75.123.456.73"));
    EXPECT_FALSE(nir("1 85 05 75 123 456 74"));  // key + 1
    EXPECT_FALSE(nir("5 85 05 75 123 456 67"));  // sex 5: a MIG number has no key
    EXPECT_FALSE(nir("1 85 05 75 000 000 00"));
    EXPECT_FALSE(nir("1 85 05 75 123 456"));  // 13 characters
}

}  // namespace
}  // namespace gardefou::validators
