// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "detect_table.h"

namespace gardefou::testing {
namespace {

constexpr auto kBirth = engine::Category::birth_date;

class DetectBirthDate : public ::testing::TestWithParam<DetectCase> {};
TEST_P(DetectBirthDate, Table) {
    expect_detection(GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    French, DetectBirthDate,
    ::testing::Values(DetectCase{"mon père, né le 12/03/1954, a mal", kBirth, "12/03/1954"},
                      DetectCase{"Ma grand-mère est née en 1948.", kBirth, "1948"},
                      DetectCase{"DDN : 03.04.1950, femme", kBirth, "03.04.1950"},
                      DetectCase{"D.D.N. 3-4-50", kBirth, "3-4-50"},
                      DetectCase{"date de naissance 30 septembre 1971", kBirth,
                                 "30 septembre 1971"},
                      DetectCase{"Date de naissance : 1er mars 1948", kBirth, "1er mars 1948"},
                      DetectCase{"Né(e) le : 14/02/1957", kBirth, "14/02/1957"},
                      DetectCase{"ma fille est née le 2 décembre 2019", kBirth, "2 décembre 2019"},
                      DetectCase{"née en décembre 1944", kBirth, "décembre 1944"},
                      DetectCase{"NEE LE 06/12/1951", kBirth, "06/12/1951"},
                      DetectCase{"née le 12 03 1954", kBirth, "12 03 1954"},
                      DetectCase{"ne le 5 fevrier 1960 a Brest", kBirth, "5 fevrier 1960"},
                      DetectCase{"le fils de Mme Bouvier (1941)", kBirth, "1941"},
                      DetectCase{"😀 née le ０５/０１/１９９０", kBirth, "０５/０１/１９９０"}));

INSTANTIATE_TEST_SUITE_P(
    English, DetectBirthDate,
    ::testing::Values(DetectCase{"I was born on 3 March 1950.", kBirth, "3 March 1950"},
                      DetectCase{"DOB 1950-03-03", kBirth, "1950-03-03"},
                      DetectCase{"DOB: 11/23/1960, male", kBirth, "11/23/1960"},
                      DetectCase{"born on July 2, 1995", kBirth, "July 2, 1995"},
                      DetectCase{"(born 21 February 1943)", kBirth, "21 February 1943"},
                      DetectCase{"Date of birth: 4th of May 1972", kBirth, "4th of May 1972"},
                      DetectCase{"he was born in 1935", kBirth, "1935"}));

// Dates not tied to a birth are not identifying.
INSTANTIATE_TEST_SUITE_P(
    Traps, DetectBirthDate,
    ::testing::Values(DetectCase{"rendez-vous le 12/03/2025 à 14h", kBirth, nullptr},
                      DetectCase{"depuis le 3 mars j'ai de la fièvre", kBirth, nullptr},
                      DetectCase{"opéré en 2015, j'ai 67 ans", kBirth, nullptr},
                      DetectCase{"un bébé né en 2025 doit-il être vacciné ?", kBirth, nullptr},
                      DetectCase{"les enfants nés en 2010 ont eu ce vaccin", kBirth, nullptr},
                      DetectCase{"né le 45/13/1990", kBirth, nullptr},
                      DetectCase{"born on 31/02/1990", kBirth, nullptr},
                      DetectCase{"symptoms since 12 March 2024", kBirth, nullptr}));

}  // namespace
}  // namespace gardefou::testing
