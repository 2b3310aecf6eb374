// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "detect_table.h"

namespace gardefou::testing {
namespace {

constexpr auto kHealthId = engine::Category::health_identifier;

class DetectHealthIdentifier : public ::testing::TestWithParam<DetectCase> {};
TEST_P(DetectHealthIdentifier, Table) {
    expect_detection(GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    Table, DetectHealthIdentifier,
    ::testing::Values(
        DetectCase{"son RPPS c'est 10012345673, je dois", kHealthId, "10012345673"},
        DetectCase{"Le RPPS du Dr Weber (mon psychiatre) : 10004567896.", kHealthId, "10004567896"},
        DetectCase{"n° RPPS 10003879623", kHealthId, "10003879623"},
        DetectCase{"Dr Claire Vasseur 10028734654 médecine générale", kHealthId, "10028734654"},
        DetectCase{"Numéro ADELI de mon orthophoniste : 759123458.", kHealthId, "759123458"},
        DetectCase{"ADELI 879101558", kHealthId, "879101558"},
        DetectCase{"clinique, FINESS 330780123, on veut", kHealthId, "330780123"},
        DetectCase{"n° FINESS : 2A0000123", kHealthId, "2A0000123"},
        DetectCase{"Mon IPP au CHU de Bordeaux c'est 8001237450", kHealthId, "8001237450"},
        DetectCase{"IPP 40017283.", kHealthId, "40017283"},
        DetectCase{"\"n° de dossier : 2024-118734\"", kHealthId, "2024-118734"},
        DetectCase{"le bon indique n° dossier A24-00981 et", kHealthId, "A24-00981"},
        DetectCase{"numéro patient 5512078", kHealthId, "5512078"},
        DetectCase{"Numéro de dossier: 77812345", kHealthId, "77812345"},
        DetectCase{"hospital number 4412098", kHealthId, "4412098"},
        DetectCase{"MRN: 00451236", kHealthId, "00451236"},
        DetectCase{"😀 IPP\u00a0７３４５６１２", kHealthId, "７３４５６１２"},
        DetectCase{"Étiquette du tube : NIP 61003384.", kHealthId, "61003384"},
        DetectCase{"n° de séjour 3100227741 sur le bulletin", kHealthId, "3100227741"},
        DetectCase{"numéro d'admission : 24-0061732", kHealthId, "24-0061732"},
        DetectCase{"N° de venue 880014521", kHealthId, "880014521"},
        DetectCase{"identifiant permanent du patient : 0071223345", kHealthId, "0071223345"},
        DetectCase{"Patient ID 55120983 on the label", kHealthId, "55120983"},
        DetectCase{"Record no. 4410-77215", kHealthId, "4410-77215"},
        DetectCase{"hospital ID: KCH/7710245", kHealthId, "KCH/7710245"},
        DetectCase{"NDA : 2401188765 sur l'étiquette", kHealthId, "2401188765"},
        DetectCase{"MRN 204-118-3307 on the wristband", kHealthId, "204-118-3307"},
        DetectCase{"FINESS : 75 0 00456 6 sur la facture", kHealthId, "75 0 00456 6"},
        DetectCase{"Réf. patient : 00781245", kHealthId, "00781245"},
        DetectCase{"code patient 4471902 au labo", kHealthId, "4471902"},
        DetectCase{"chart # 5512098", kHealthId, "5512098"},
        DetectCase{"patient ref. 88120456", kHealthId, "88120456"}));

INSTANTIATE_TEST_SUITE_P(
    Traps, DetectHealthIdentifier,
    ::testing::Values(
        DetectCase{"mon dossier médical du 12/03/2024", kHealthId, nullptr},
        DetectCase{"lot 10012345673 rappelé", kHealthId, nullptr},
        DetectCase{"10012345674 n'est pas un RPPS valide sans contexte", kHealthId, nullptr},
        DetectCase{"le dossier MDPH déposé en 2023, 45 ans", kHealthId, nullptr},
        DetectCase{"IPP 1234", kHealthId, nullptr},
        DetectCase{"j'ai 123456789 raisons", kHealthId, nullptr},
        DetectCase{"mon code NIP 4471 de carte bancaire", kHealthId, nullptr},
        DetectCase{"l'entrée du bâtiment 3 est fermée depuis 2023", kHealthId, nullptr},
        DetectCase{"record 12 kg en 2024 !", kHealthId, nullptr},
        DetectCase{"numéro de dossier envoyé le 12/03/2024", kHealthId, nullptr},
        DetectCase{"patient number 2024-03-12 is a date", kHealthId, nullptr},
        DetectCase{"case 12 of 20, chart review", kHealthId, nullptr}));

}  // namespace
}  // namespace gardefou::testing
