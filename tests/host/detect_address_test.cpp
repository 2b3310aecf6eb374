// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "detect_table.h"

namespace gardefou::testing {
namespace {

constexpr auto kAddress = engine::Category::postal_address;

class DetectAddress : public ::testing::TestWithParam<DetectCase> {};
TEST_P(DetectAddress, Table) {
    expect_detection(GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    French, DetectAddress,
    ::testing::Values(
        DetectCase{"J'habite 12 rue des Lilas, 35000 Rennes depuis 2010", kAddress,
                   "12 rue des Lilas, 35000 Rennes"},
        DetectCase{"adresse : 5 bis avenue Foch", kAddress, "5 bis avenue Foch"},
        DetectCase{"au 4 bis avenue Jean Jaurès, 69007 Lyon.", kAddress,
                   "4 bis avenue Jean Jaurès, 69007 Lyon"},
        DetectCase{"102 avenue de la Libération, 54000 Nancy", kAddress,
                   "102 avenue de la Libération, 54000 Nancy"},
        DetectCase{"chez ma mère, 7 chemin des Vignes 84110 Vaison-la-Romaine", kAddress,
                   "7 chemin des Vignes 84110 Vaison-la-Romaine"},
        DetectCase{"15 rue du Mans, 72000 Le Mans", kAddress, "15 rue du Mans, 72000 Le Mans"},
        DetectCase{"88 Rue de Rivoli, 75004 PARIS", kAddress, "88 Rue de Rivoli, 75004 PARIS"},
        DetectCase{"3 impasse de l'Église", kAddress, "3 impasse de l'Église"},
        DetectCase{"j'habite au 14, rue Victor Hugo à Lille", kAddress,
                   "14, rue Victor Hugo à Lille"},
        DetectCase{"12b boulevard Gambetta", kAddress, "12b boulevard Gambetta"},
        DetectCase{"habite au 9 allée des cerisiers, 31400 toulouse", kAddress,
                   "9 allée des cerisiers, 31400 toulouse"},
        DetectCase{"😀 18 place de la République, 37000 Tours", kAddress,
                   "18 place de la République, 37000 Tours"},
        DetectCase{"30\u00a0quai de la Loire, 75019\u00a0Paris", kAddress,
                   "30\u00a0quai de la Loire, 75019\u00a0Paris"}));

INSTANTIATE_TEST_SUITE_P(
    English, DetectAddress,
    ::testing::Values(
        DetectCase{"I live at 221B Baker Street, London NW1 6XE.", kAddress,
                   "221B Baker Street, London NW1 6XE"},
        DetectCase{"7 Church Lane, Bristol BS8 1TH", kAddress, "7 Church Lane, Bristol BS8 1TH"},
        DetectCase{"600 N Michigan Ave, Chicago, IL 60611", kAddress,
                   "600 N Michigan Ave, Chicago, IL 60611"},
        DetectCase{"35 Maple Avenue, Toronto, ON M4W 2T7", kAddress,
                   "35 Maple Avenue, Toronto, ON M4W 2T7"},
        DetectCase{"send it to 42 Wellington Road please", kAddress, "42 Wellington Road"}));

INSTANTIATE_TEST_SUITE_P(
    Traps, DetectAddress,
    ::testing::Values(DetectCase{"j'ai 2 cours de yoga par semaine", kAddress, nullptr},
                      DetectCase{"il habite Rennes, rue de la Paix", kAddress, nullptr},
                      DetectCase{"3 places de parking à l'hôpital", kAddress, nullptr},
                      DetectCase{"I walked 5 miles down the road", kAddress, nullptr},
                      DetectCase{"CRP 45 mg/l le 12 mars, 35000 plaquettes", kAddress, nullptr}));

}  // namespace
}  // namespace gardefou::testing
