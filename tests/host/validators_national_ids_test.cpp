// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <string>

#include "validators/digits.h"
#include "validators/national_ids.h"
#include "validators_vectors.h"

namespace gardefou::validators {
namespace {

using gardefou::testing::read_vectors;

struct VectorCase {
    const char* file;
    bool (*check)(std::string_view);
    bool compacted;  // the validator takes compact() of the value
    std::size_t rows;
};

class NationalIdVectors : public ::testing::TestWithParam<VectorCase> {};

TEST_P(NationalIdVectors, EveryRowAgreesWithItsSource) {
    const auto& c = GetParam();
    std::size_t count = 0;
    for (const auto& row : read_vectors(c.file)) {
        ++count;
        const std::string& value = row.at("value");
        const bool got = c.check(c.compacted ? compact(value) : value);
        EXPECT_EQ(got, row.at("valid") == "1") << c.file << ": " << value;
    }
    EXPECT_EQ(count, c.rows) << c.file;
}

INSTANTIATE_TEST_SUITE_P(Stdnum, NationalIdVectors,
                         ::testing::Values(VectorCase{"gb_nhs.tsv", nhs_valid, true, 2},
                                           VectorCase{"us_ssn.tsv", us_ssn_valid, false, 4},
                                           VectorCase{"be_nn.tsv", be_nn_valid, true, 4},
                                           VectorCase{"be_bis.tsv", be_bis_valid, true, 18},
                                           VectorCase{"be_ssn.tsv", be_ssn_valid, true, 26},
                                           VectorCase{"ch_ssn.tsv", ch_avs_valid, true, 5},
                                           VectorCase{"de_idnr.tsv", de_idnr_valid, true, 11},
                                           VectorCase{"it_codicefiscale.tsv",
                                                      it_codice_fiscale_valid, true, 17},
                                           VectorCase{"es_dni.tsv", es_dni_valid, true, 11},
                                           VectorCase{"es_nie.tsv", es_nie_valid, true, 11}),
                         [](const ::testing::TestParamInfo<VectorCase>& p) {
                             std::string name = p.param.file;
                             name.resize(name.find('.'));
                             return name;
                         });

TEST(NationalIdValidators, WorkedExamples) {
    EXPECT_TRUE(nhs_valid("9434765870"));
    EXPECT_FALSE(nhs_valid("0000000000"));
    EXPECT_TRUE(us_ssn_valid("536-90-4399"));
    EXPECT_TRUE(us_ssn_valid("536 90 4399"));
    EXPECT_TRUE(us_ssn_valid("536904399"));
    EXPECT_FALSE(us_ssn_valid("536-90 4399"));  // mixed separators
    EXPECT_FALSE(us_ssn_valid("900-12-3456"));  // area 9xx
    EXPECT_FALSE(us_ssn_valid("536-00-4399"));  // group 00
    EXPECT_FALSE(us_ssn_valid("536-90-0000"));  // serial 0000
    EXPECT_TRUE(be_nn_valid("85073003328"));
    EXPECT_TRUE(be_nn_valid("17073003384"));   // born in 2017: 2 prefixed for the key
    EXPECT_FALSE(be_nn_valid("85133000105"));  // month 13
    EXPECT_TRUE(ch_avs_valid("7569217076985"));
    EXPECT_FALSE(ch_avs_valid("7559217076985"));  // not 756
    EXPECT_TRUE(de_idnr_valid("36574261809"));
    EXPECT_TRUE(it_codice_fiscale_valid("RCCMNL83S18D969H"));
    EXPECT_FALSE(it_codice_fiscale_valid("RCCMNL83S18D969A"));
    EXPECT_TRUE(es_dni_valid("11111111H"));
    EXPECT_TRUE(es_nie_valid("X1111111G"));
    EXPECT_FALSE(es_nie_valid("A1111111G"));
}

}  // namespace
}  // namespace gardefou::validators
