// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "validators/digits.h"
#include "validators/iban.h"
#include "validators/luhn.h"
#include "validators/payment_card.h"
#include "validators_vectors.h"

namespace gardefou::validators {
namespace {

using gardefou::testing::read_vectors;

// python-stdnum's rows; the two Spanish rows it accepts only without its BBAN check are valid
// here: Garde-fou checks the country's length and mod 97 (vectors README).
TEST(IbanValidator, StdnumRows) {
    std::size_t count = 0;
    for (const auto& row : read_vectors("iban.tsv")) {
        ++count;
        const bool spanish_bban = row.at("value").rfind("ES", 0) == 0 && row.at("note").empty() &&
                                  row.at("stdnum_is_valid") == "0" &&
                                  (row.at("value") == "ES2121000418450200051331" ||
                                   row.at("value") == "ES89 3183 1500 9500 0121 0562");
        const bool expected = row.at("valid") == "1" || spanish_bban;
        EXPECT_EQ(iban_valid(compact(row.at("value"))), expected) << row.at("value");
    }
    EXPECT_EQ(count, 221U);
}

TEST(IbanValidator, WorkedExamples) {
    EXPECT_TRUE(iban_valid("FR1420041010050500013M02606"));
    EXPECT_FALSE(iban_valid("FR1420041010050500013M02607"));
    EXPECT_FALSE(iban_valid("FR142004101005050001M02606"));   // FR is 27 characters
    EXPECT_FALSE(iban_valid("XX1420041010050500013M02606"));  // unknown country
    EXPECT_FALSE(iban_valid("fr1420041010050500013M02606"));  // compact() upper-cases first
}

TEST(LuhnValidator, StdnumRows) {
    for (const auto& row : read_vectors("luhn.tsv")) {
        EXPECT_EQ(luhn_valid(row.at("value")), row.at("valid") == "1") << row.at("value");
    }
    EXPECT_FALSE(luhn_valid(""));
    EXPECT_FALSE(luhn_valid("4111 1111"));
}

TEST(PaymentCardValidator, PresidioRows) {
    std::size_t count = 0;
    for (const auto& row : read_vectors("presidio_credit_card.tsv")) {
        ++count;
        EXPECT_EQ(payment_card_valid(compact(row.at("value"))), row.at("valid") == "1")
            << row.at("value");
    }
    EXPECT_EQ(count, 16U);
}

TEST(PaymentCardValidator, IssuerRangesAndLengths) {
    EXPECT_TRUE(payment_card_valid("4111111111111111"));
    EXPECT_TRUE(payment_card_valid("371449635398431"));    // Amex, 15
    EXPECT_FALSE(payment_card_valid("3714496353984310"));  // Amex is never 16
    EXPECT_TRUE(payment_card_valid("2223000048400011"));   // Mastercard 2-series
    EXPECT_FALSE(payment_card_valid("9111111111111110"));  // no issuer starts with 9
    EXPECT_FALSE(payment_card_valid("0000000000000000"));
    EXPECT_FALSE(payment_card_valid("49927398716"));  // Luhn, but 11 digits
}

}  // namespace
}  // namespace gardefou::validators
