// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <string>

#include "detect_table.h"
#include "validators_vectors.h"

namespace gardefou::testing {
namespace {

constexpr auto kFinancial = engine::Category::financial;

class DetectFinancial : public ::testing::TestWithParam<DetectCase> {};
TEST_P(DetectFinancial, Table) {
    expect_detection(GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    Table, DetectFinancial,
    ::testing::Values(
        DetectCase{"mon IBAN FR14 2004 1010 0505 0001 3M02 606 pour le remboursement", kFinancial,
                   "FR14 2004 1010 0505 0001 3M02 606"},
        DetectCase{"RIB: FR1420041010050500013M02606.", kFinancial, "FR1420041010050500013M02606"},
        DetectCase{"GB09 BARC 2045 1783 6629 04", kFinancial, "GB09 BARC 2045 1783 6629 04"},
        DetectCase{"ES91 2100 0418 4502 0005 1332 MERCI", kFinancial,
                   "ES91 2100 0418 4502 0005 1332"},
        DetectCase{"carte 4970 1012 3456 7802 refusée", kFinancial, "4970 1012 3456 7802"},
        DetectCase{"ma carte american express 3714 496353 98431", kFinancial, "3714 496353 98431"},
        DetectCase{"card 4111-1111-1111-1111", kFinancial, "4111-1111-1111-1111"},
        DetectCase{"😀 4111\u00a01111\u00a01111\u00a01111", kFinancial,
                   "4111\u00a01111\u00a01111\u00a01111"},
        DetectCase{"Visa ４１１１ １１１１ １１１１ １１１１", kFinancial,
                   "４１１１ １１１１ １１１１ １１１１"},
        DetectCase{"carte 4970 1012 3456 7803", kFinancial, nullptr},  // Luhn fails
        DetectCase{"lot 4111 1111 1111 1111", kFinancial, nullptr},
        DetectCase{"FR14 2004 1010 0505 0001 3M02 607", kFinancial, nullptr},
        DetectCase{"plaquettes 450 000 et leucocytes 7 500", kFinancial, nullptr}));

// Presidio's IBAN rows are detector-level labels: the whole value is found exactly when valid.
TEST(DetectFinancial, PresidioIbanRows) {
    std::size_t rows = 0;
    for (const auto& row : read_vectors("presidio_iban.tsv")) {
        ++rows;
        const std::string& value = row.at("value");
        const std::string text = "IBAN " + value;
        expect_detection(
            {text.c_str(), kFinancial, row.at("valid") == "1" ? value.c_str() : nullptr});
    }
    EXPECT_EQ(rows, 301U);
}

TEST(DetectFinancial, PresidioCardRows) {
    for (const auto& row : read_vectors("presidio_credit_card.tsv")) {
        const std::string& value = row.at("value");
        const std::string text = "my card " + value + " was declined";
        expect_detection(
            {text.c_str(), kFinancial, row.at("valid") == "1" ? value.c_str() : nullptr});
    }
}

}  // namespace
}  // namespace gardefou::testing
