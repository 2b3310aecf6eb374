// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "validators/dates.h"
#include "validators/health_ids.h"
#include "validators/luhn.h"

namespace gardefou::validators {
namespace {

struct IdCase {
    const char* value;
    bool valid;
};

TEST(HealthIdValidators, Rpps) {
    for (const auto& c :
         {IdCase{"10003879623", true}, IdCase{"10012345673", true}, IdCase{"10012345674", false},
          IdCase{"1001234567", false}, IdCase{"00000000000", false}}) {
        EXPECT_EQ(rpps_valid(c.value), c.valid) << c.value;
    }
}

TEST(HealthIdValidators, Adeli) {
    for (const auto& c : {IdCase{"879101558", true}, IdCase{"759123458", true},
                          IdCase{"759123459", false}, IdCase{"75912345", false}}) {
        EXPECT_EQ(adeli_valid(c.value), c.valid) << c.value;
    }
}

TEST(HealthIdValidators, Finess) {
    for (const auto& c :
         {IdCase{"330780123", true}, IdCase{"350045126", true}, IdCase{"350045127", false},
          IdCase{"2A0000123", true}, IdCase{"000000018", false}, IdCase{"35004512", false}}) {
        EXPECT_EQ(finess_valid(c.value), c.valid) << c.value;
    }
}

TEST(Ean13, CheckDigit) {
    EXPECT_TRUE(ean13_valid("7569217076985"));
    EXPECT_TRUE(ean13_valid("4006381333931"));
    EXPECT_FALSE(ean13_valid("4006381333932"));
    EXPECT_FALSE(ean13_valid("54165168"));
}

TEST(Dates, Calendar) {
    EXPECT_TRUE(date_valid(1954, 3, 12));
    EXPECT_TRUE(date_valid(2000, 2, 29));
    EXPECT_FALSE(date_valid(1900, 2, 29));
    EXPECT_FALSE(date_valid(1950, 4, 31));
    EXPECT_FALSE(date_valid(1950, 13, 1));
    EXPECT_FALSE(date_valid(1950, 0, 1));
}

}  // namespace
}  // namespace gardefou::validators
