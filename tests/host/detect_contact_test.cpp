// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "detect_table.h"
#include "validators_vectors.h"

namespace gardefou::testing {
namespace {

using engine::Category;
constexpr auto kPhone = Category::phone;
constexpr auto kEmail = Category::email;

class DetectPhone : public ::testing::TestWithParam<DetectCase> {};
TEST_P(DetectPhone, Table) {
    expect_detection(GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    French, DetectPhone,
    ::testing::Values(
        DetectCase{"Appelez-moi au 06 12 34 56 78 svp", kPhone, "06 12 34 56 78"},
        DetectCase{"mon portable 06.47.21.88.03.", kPhone, "06.47.21.88.03"},
        DetectCase{"tel: 06-27-40-83-15", kPhone, "06-27-40-83-15"},
        DetectCase{"0698451273 c'est moi", kPhone, "0698451273"},
        DetectCase{"Le cabinet : 01 43 58 20 14, ouvert le matin", kPhone, "01 43 58 20 14"},
        DetectCase{"whatsapp +33 6 71 45 92 10", kPhone, "+33 6 71 45 92 10"},
        DetectCase{"joignable au +33 (0)6 22 81 49 57 le soir", kPhone, "+33 (0)6 22 81 49 57"},
        DetectCase{"+33(0)612345678", kPhone, "+33(0)612345678"},
        DetectCase{"+33612458073 (ma fille)", kPhone, "+33612458073"},
        DetectCase{"depuis l'étranger : 0033 6 58 14 27 90", kPhone, "0033 6 58 14 27 90"},
        DetectCase{"Il a noté +33 06 12 34 56 78 par erreur", kPhone, "+33 06 12 34 56 78"},
        DetectCase{"fixe 09 12 34 56 78", kPhone, "09 12 34 56 78"},
        // Trailing digits must not spoil a valid number.
        DetectCase{"rappelle le +33 6 84 51 30 27 2 fois", kPhone, "+33 6 84 51 30 27"},
        DetectCase{"numéro 06 12 34 56 78 90 ans", kPhone, "06 12 34 56 78"}));

INSTANTIATE_TEST_SUITE_P(
    Overseas, DetectPhone,
    ::testing::Values(DetectCase{"à La Réunion : 0692 41 87 33", kPhone, "0692 41 87 33"},
                      DetectCase{"fixe 02 62 12 34 56 à Saint-Denis", kPhone, "02 62 12 34 56"},
                      DetectCase{"+262 692 12 34 56", kPhone, "+262 692 12 34 56"},
                      DetectCase{"Guadeloupe +590 690 00 12 34", kPhone, "+590 690 00 12 34"},
                      DetectCase{"Guyane 0694 21 30 58", kPhone, "0694 21 30 58"},
                      DetectCase{"Martinique +596 696 20 12 34", kPhone, "+596 696 20 12 34"},
                      DetectCase{"Nouméa +687 75.12.34 merci", kPhone, "+687 75.12.34"},
                      DetectCase{"Tahiti +689 87 12 34 56", kPhone, "+689 87 12 34 56"}));

INSTANTIATE_TEST_SUITE_P(
    International, DetectPhone,
    ::testing::Values(DetectCase{"call me on +44 7911 123456", kPhone, "+44 7911 123456"},
                      DetectCase{"surgery +44 20 7946 0321.", kPhone, "+44 20 7946 0321"},
                      DetectCase{"my cell is +1 415 555 0132", kPhone, "+1 415 555 0132"},
                      DetectCase{"Bruxelles +32 2 555 12 34", kPhone, "+32 2 555 12 34"},
                      DetectCase{"GSM +32 470 58 21 94", kPhone, "+32 470 58 21 94"},
                      DetectCase{"Genève +41 22 345 67 89", kPhone, "+41 22 345 67 89"},
                      DetectCase{"office (212) 555-0187 ext", kPhone, "(212) 555-0187"},
                      DetectCase{"phone: 415-555-0132", kPhone, "415-555-0132"},
                      DetectCase{"ring the GP on 0113 496 0734", kPhone, "0113 496 0734"},
                      DetectCase{"mobile 07384 612095", kPhone, "07384 612095"},
                      DetectCase{"my mobile 07946 218 437", kPhone, "07946 218 437"}));

// Typing noise: NBSP, narrow NBSP, zero-width space, soft hyphen, full-width digits, with an
// emoji before the number (UTF-16 offsets).
INSTANTIATE_TEST_SUITE_P(
    Noise, DetectPhone,
    ::testing::Values(DetectCase{"😀 tél 06\u00a019\u00a082\u00a047\u00a035", kPhone,
                                 "06\u00a019\u00a082\u00a047\u00a035"},
                      DetectCase{"👍🏽 06\u202f12\u202f34\u202f56\u202f78 !", kPhone,
                                 "06\u202f12\u202f34\u202f56\u202f78"},
                      DetectCase{"🙂 06 12\u200b 34 56 78", kPhone, "06 12\u200b 34 56 78"},
                      DetectCase{"📞 06 12 34 5\u00ad6 78", kPhone, "06 12 34 5\u00ad6 78"},
                      DetectCase{"portable ０７ ５８ ３４ １９ ６２ merci", kPhone,
                                 "０７ ５８ ３４ １９ ６２"}));

// Traps: emergency and helpline numbers, lab values, blood pressure, dates, references.
INSTANTIATE_TEST_SUITE_P(
    Traps, DetectPhone,
    ::testing::Values(
        DetectCase{"J'ai appelé le 15 puis le 112", kPhone, nullptr},
        DetectCase{"Numéro 3114 (prévention suicide), 3919, 119, 115, 114", kPhone, nullptr},
        DetectCase{"SOS médecins ou le 116 117 la nuit", kPhone, nullptr},
        DetectCase{"Tabac info service 0 800 840 800 ou 0800 840 800", kPhone, nullptr},
        DetectCase{"plaquettes 450 000, CRP 45 mg/l, TSH 4,8", kPhone, nullptr},
        DetectCase{"tension 14/9 puis 140/90 le 12/03/2024", kPhone, nullptr},
        DetectCase{"lot n° 06 12 34 56 78 retiré", kPhone, nullptr},
        DetectCase{"référence commande 0612345678", kPhone, nullptr},
        DetectCase{"J'ai pris 1000 mg 3 fois par jour pendant 10 jours", kPhone, nullptr},
        DetectCase{"poids 72,5 kg, taille 1 m 68, 45 ans", kPhone, nullptr}));

class DetectEmail : public ::testing::TestWithParam<DetectCase> {};
TEST_P(DetectEmail, Table) {
    expect_detection(GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    Table, DetectEmail,
    ::testing::Values(
        DetectCase{"écrivez à s.caron@free.fr.", kEmail, "s.caron@free.fr"},
        DetectCase{"mail: chloe_bertin2001@hotmail.fr", kEmail, "chloe_bertin2001@hotmail.fr"},
        DetectCase{"<grace.adebayo@yahoo.co.uk>", kEmail, "grace.adebayo@yahoo.co.uk"},
        DetectCase{"😀 k.murphy84@outlook.com", kEmail, "k.murphy84@outlook.com"},
        DetectCase{"my email is info@presidio.", kEmail, nullptr},
        DetectCase{"le fichier rapport@2x.png", kEmail, nullptr},
        DetectCase{"écrire @Dr_Martin sur Twitter", kEmail, nullptr}));

TEST(DetectEmail, PresidioRows) {
    for (const auto& row : read_vectors("presidio_email.tsv")) {
        const std::string text = "my email is " + row.at("value");
        if (row.at("valid") == "1") {
            expect_detection({text.c_str(), kEmail, row.at("value").c_str()});
        } else {
            expect_detection({text.c_str(), kEmail, nullptr});
        }
    }
}

}  // namespace
}  // namespace gardefou::testing
