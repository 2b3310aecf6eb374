// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "validators/phone.h"
#include "validators_vectors.h"

namespace gardefou::validators {
namespace {

using gardefou::testing::read_vectors;

// Rows where Debian's libphonenumber 8.12.57 and libphonenumber-js 1.13.16 (which computed the
// file) disagree: the 07 ranges and Mayotte's 0639 / +262 709 ranges changed in between.
bool metadata_differs(const std::string& input, const std::string& region) {
    static const std::set<std::string> kRows{"07 00 12 34 56|FR",  "07 12 34 56 78|FR",
                                             "07 09 21 23 45|FR",  "+262 709 21 23 45|",
                                             "+262 639 01 23 45|", "02 62 12 34 56|FR"};
    return kRows.count(input + "|" + region) != 0;
}

TEST(PhoneValidator, LibphonenumberJsRows) {
    std::size_t count = 0;
    std::size_t compared = 0;
    for (const auto& row : read_vectors("phone_fr_libphonenumberjs_computed.tsv")) {
        ++count;
        const std::string& input = row.at("input");
        const std::string& region = row.at("default_region");
        const bool expected = row.at("valid") == "1";
        const bool got =
            region.empty() ? phone_valid(input) : phone_valid_in(input, region.c_str());
        if (metadata_differs(input, region)) continue;
        ++compared;
        EXPECT_EQ(got, expected) << input << " in " << (region.empty() ? "E.164" : region);
    }
    EXPECT_EQ(count, 38U);
    EXPECT_EQ(compared, 32U);
}

// phone_valid reads national numbers as French or French-overseas ones: a Réunion number typed
// 0262… is valid without its +262.
TEST(PhoneValidator, TypedForms) {
    for (const char* typed :
         {"06 12 34 56 78", "06.12.34.56.78", "0612345678", "+33 6 12 34 56 78",
          "+33 (0)6 12 34 56 78", "+33(0)612345678", "0033 6 12 34 56 78", "+33 06 12 34 56 78",
          "02 62 12 34 56", "0692 12 34 56", "+262 692 12 34 56", "+590 690 00 12 34",
          "+687 75.12.34", "+44 20 7946 0321", "+1 415 555 0132", "+32 470 58 21 94",
          "+41 22 345 67 89"}) {
        EXPECT_TRUE(phone_valid(typed)) << typed;
    }
    for (const char* typed : {"15", "112", "3114", "116 117", "+33 6 39 98 12 34", "+33 6 12 34",
                              "12 34 56 78 90", "+99 123 456 789"}) {
        EXPECT_FALSE(phone_valid(typed)) << typed;
    }
    EXPECT_TRUE(phone_valid_in("(212) 555-0187", "US"));
    EXPECT_TRUE(phone_valid_in("0113 496 0734", "GB"));
    EXPECT_TRUE(phone_valid_in("+44 113 496 0734", "GB"));
    EXPECT_FALSE(phone_valid_in("0113 496 0734", "FR"));
}

}  // namespace
}  // namespace gardefou::validators
