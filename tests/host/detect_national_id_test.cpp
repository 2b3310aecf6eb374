// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <cctype>
#include <string>

#include "detect_table.h"
#include "validators/digits.h"
#include "validators/national_ids.h"
#include "validators_vectors.h"

namespace gardefou::testing {
namespace {

constexpr auto kNationalId = engine::Category::national_id;

class DetectNationalId : public ::testing::TestWithParam<DetectCase> {};
TEST_P(DetectNationalId, Table) {
    expect_detection(GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    Table, DetectNationalId,
    ::testing::Values(
        DetectCase{"Mon passeport n° 19CX48215 expire", kNationalId, "19CX48215"},
        DetectCase{"Passport number A53412796 — the insurer", kNationalId, "A53412796"},
        DetectCase{"Sur ma carte d'identité il y a le numéro 950371204518.", kNationalId,
                   "950371204518"},
        DetectCase{"CNI : X4RTBPFW4", kNationalId, "X4RTBPFW4"},
        DetectCase{"NHS number: 485 777 3457", kNationalId, "485 777 3457"},
        DetectCase{"my NHS number is 943-476-5870.", kNationalId, "943-476-5870"},
        DetectCase{"My SSN is 412-68-3095 and", kNationalId, "412-68-3095"},
        DetectCase{"social security number 536 90 4399", kNationalId, "536 90 4399"},
        DetectCase{"numéro national 78.04.12-284.52, elle", kNationalId, "78.04.12-284.52"},
        DetectCase{"Belgian national number 85073003328", kNationalId, "85073003328"},
        DetectCase{"83.11.05-217.95 is my Belgian number", kNationalId, "83.11.05-217.95"},
        DetectCase{"AVS 756.4821.3057.66.", kNationalId, "756.4821.3057.66"},
        DetectCase{"mon numéro 7569217076985", kNationalId, "7569217076985"},
        DetectCase{"Steuer-ID 36 574 261 809", kNationalId, "36 574 261 809"},
        DetectCase{"codice fiscale RCCMNL83S18D969H", kNationalId, "RCCMNL83S18D969H"},
        DetectCase{"DNI 54362315-K", kNationalId, "54362315-K"},
        DetectCase{"NIE X2482300W", kNationalId, "X2482300W"},
        DetectCase{"😀 NHS\u00a0number\u00a0９４３ ４７６ ５８７０", kNationalId,
                   "９４３ ４７６ ５８７０"}));

INSTANTIATE_TEST_SUITE_P(
    Traps, DetectNationalId,
    ::testing::Values(DetectCase{"NHS number: 943 476 5871", kNationalId, nullptr},
                      DetectCase{"passeport vaccinal à jour", kNationalId, nullptr},
                      DetectCase{"passport renewed in 2024", kNationalId, nullptr},
                      DetectCase{"078-05-1120 is a famous fake SSN", kNationalId, nullptr},
                      DetectCase{"756.9217.0769.84 (wrong check digit)", kNationalId, nullptr},
                      DetectCase{"36574261809 sans étiquette", kNationalId, nullptr},
                      DetectCase{"tension 14.09.23-120.80", kNationalId, nullptr}));

struct LabelledVectors {
    const char* file;
    const char* label;
};

// Every row of the national-number vectors, after its label: found exactly when valid.
TEST(DetectNationalId, VectorRowsAfterTheirLabel) {
    std::size_t rows = 0;
    for (const auto& v :
         {LabelledVectors{"gb_nhs.tsv", "NHS number"}, LabelledVectors{"us_ssn.tsv", "SSN"},
          LabelledVectors{"be_ssn.tsv", "numéro national"}, LabelledVectors{"ch_ssn.tsv", "AVS"},
          LabelledVectors{"de_idnr.tsv", "Steuer-ID"},
          LabelledVectors{"it_codicefiscale.tsv", "codice fiscale"},
          LabelledVectors{"es_dni.tsv", "DNI"}, LabelledVectors{"es_nie.tsv", "NIE"}}) {
        for (const auto& row : read_vectors(v.file)) {
            ++rows;
            std::string value = row.at("value");
            // NIE rows are typed in lower case in stdnum's docstring; people type capitals.
            if (std::string(v.file) == "es_nie.tsv") {
                for (auto& ch : value) ch = static_cast<char>(std::toupper(ch));
            }
            const std::string text = std::string(v.label) + " " + value + " ok";
            // A DNI row holding a valid NIE (and the reverse) is still a Spanish identity number.
            const bool spanish = std::string(v.file).rfind("es_", 0) == 0;
            const std::string c = validators::compact(value);
            const bool valid = spanish ? validators::es_dni_valid(c) || validators::es_nie_valid(c)
                                       : row.at("valid") == "1";
            // An 11-digit company codice fiscale is a business number, not a person's.
            const bool company =
                std::string(v.file) == "it_codicefiscale.tsv" && value.size() == 11;
            expect_detection(
                {text.c_str(), kNationalId, valid && !company ? value.c_str() : nullptr});
        }
    }
    EXPECT_EQ(rows, 87U);
}

}  // namespace
}  // namespace gardefou::testing
