// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "answers/reference_match.h"

namespace gardefou::answers {
namespace {

const FoundRecord kLei{"HPV Vaccination and the Risk of Invasive Cervical Cancer",
                       {"Lei J", "Ploner A", "Elfström KM"},
                       2020,
                       "New England Journal of Medicine"};

struct MatchCase {
    const char* claimed;
    Verdict verdict;
};

class ReferenceMatching : public ::testing::TestWithParam<MatchCase> {};

TEST_P(ReferenceMatching, GivesTheVerdict) {
    const auto& c = GetParam();
    const auto m = match_reference(c.claimed, kLei);
    EXPECT_EQ(m.verdict, c.verdict) << c.claimed << " (score " << m.score << ")";
    EXPECT_GE(m.score, 0.0);
    EXPECT_LE(m.score, 1.0);
}

INSTANTIATE_TEST_SUITE_P(
    Table, ReferenceMatching,
    ::testing::Values(
        MatchCase{"Lei J, Ploner A, Elfström KM, et al. HPV Vaccination and the Risk of Invasive "
                  "Cervical Cancer. N Engl J Med. 2020;383:1340-8",
                  Verdict::match},
        MatchCase{"Lei J, et al. N Engl J Med. 2020;383:1340-8", Verdict::match},
        MatchCase{"Lei et al., New England Journal of Medicine, 2021", Verdict::match},
        MatchCase{"Lei J, et al. Lancet. 2015;12:100-9", Verdict::partial},
        MatchCase{"Ploner A, et al. N Engl J Med. 2020", Verdict::partial},
        MatchCase{"Lei J, et al. Statin therapy and muscle symptoms in older adults. N Engl J Med. "
                  "2020",
                  Verdict::partial},
        MatchCase{"Smith R, et al. Statin therapy and muscle symptoms in older adults. Lancet. "
                  "2012;380:581-90",
                  Verdict::mismatch},
        MatchCase{"Martin et al., Journal of Clinical Oncology, 2009", Verdict::mismatch}));

TEST(ReferenceMatching, AuthorSurnames) {
    EXPECT_EQ(author_surname("Smith J"), "smith");
    EXPECT_EQ(author_surname("Smith JA"), "smith");
    EXPECT_EQ(author_surname("John Smith"), "smith");
    EXPECT_EQ(author_surname("Smith, John"), "smith");
    EXPECT_EQ(author_surname("Le Goff, A."), "le goff");
    EXPECT_EQ(author_surname("Elfström KM"), "elfstrom");
}

TEST(ReferenceMatching, VerdictNames) {
    EXPECT_EQ(verdict_name(Verdict::match), "match");
    EXPECT_EQ(verdict_name(Verdict::partial), "partial");
    EXPECT_EQ(verdict_name(Verdict::mismatch), "mismatch");
}

}  // namespace
}  // namespace gardefou::answers
