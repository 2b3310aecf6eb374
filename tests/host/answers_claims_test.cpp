// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "answers/claims.h"
#include "answers/sentences.h"

namespace gardefou::answers {
namespace {

struct ClaimCase {
    const char* sentence;
    std::optional<ClaimKind> kind;
};

class EveryClaimPattern : public ::testing::TestWithParam<ClaimCase> {};

TEST_P(EveryClaimPattern, IsClassified) {
    const auto& c = GetParam();
    EXPECT_EQ(classify_sentence(c.sentence), c.kind) << c.sentence;
}

constexpr std::optional<ClaimKind> kDiagnosis = ClaimKind::diagnosis;
constexpr std::optional<ClaimKind> kPrescription = ClaimKind::prescription;
constexpr std::optional<ClaimKind> kNone = std::nullopt;

INSTANTIATE_TEST_SUITE_P(
    Diagnoses, EveryClaimPattern,
    ::testing::Values(
        ClaimCase{"Vous avez très probablement une sinusite.", kDiagnosis},
        ClaimCase{"Il s'agit sans doute d'une gastro-entérite.", kDiagnosis},
        ClaimCase{"Vous souffrez vraisemblablement d'une migraine avec aura.", kDiagnosis},
        ClaimCase{"Vous faites sans doute une grippe.", kDiagnosis},
        ClaimCase{"Vous avez une cystite.", kDiagnosis},
        ClaimCase{"Votre fils a très probablement une otite moyenne aiguë.", kDiagnosis},
        ClaimCase{"Vos symptômes évoquent une cystite.", kDiagnosis},
        ClaimCase{"Les symptômes que vous décrivez sont typiques d'un reflux.", kDiagnosis},
        ClaimCase{"Cela ressemble fortement à un eczéma de contact.", kDiagnosis},
        ClaimCase{"D'après ce que vous décrivez, c'est probablement une angine.", kDiagnosis},
        ClaimCase{"Je pense que vous avez une tendinite.", kDiagnosis},
        ClaimCase{"Ce que vous décrivez correspond à une aponévrosite plantaire.", kDiagnosis},
        ClaimCase{"Votre douleur est probablement due à une tendinite.", kDiagnosis},
        ClaimCase{"Your symptoms are consistent with strep throat.", kDiagnosis},
        ClaimCase{"You most likely have a urinary tract infection (UTI).", kDiagnosis},
        ClaimCase{"It sounds like you have runner's knee.", kDiagnosis},
        ClaimCase{"This sounds like croup, a viral infection.", kDiagnosis},
        ClaimCase{"You have probably sprained your ankle.", kDiagnosis},
        ClaimCase{"This result is consistent with prediabetes.", kDiagnosis},
        ClaimCase{"That's most likely a migraine attack.", kDiagnosis},
        ClaimCase{"Based on what you describe, you likely have exercise-induced asthma.",
                  kDiagnosis}));

INSTANTIATE_TEST_SUITE_P(
    Prescriptions, EveryClaimPattern,
    ::testing::Values(
        ClaimCase{"Prenez 1 g de paracétamol toutes les 6 heures.", kPrescription},
        ClaimCase{"Je vous conseille de prendre 400 mg d'ibuprofène.", kPrescription},
        ClaimCase{"Take 500 mg of amoxicillin twice a day.", kPrescription},
        ClaimCase{"Vous pouvez lui donner du paracétamol en sirop.", kPrescription},
        ClaimCase{"Appliquez une crème à l'hydrocortisone deux fois par jour.", kPrescription},
        ClaimCase{"Prenez-le deux fois par jour pendant 5 jours.", kPrescription},
        ClaimCase{"You can take 400 mg of ibuprofen every 8 hours.", kPrescription},
        ClaimCase{"I'd recommend 400 mg of ibuprofen with food.", kPrescription},
        ClaimCase{"Use chloramphenicol eye drops every 2 hours.", kPrescription},
        ClaimCase{"Je vous recommande du Gaviscon après les repas.", kPrescription},
        ClaimCase{"Consider taking an antihistamine such as cetirizine.", kPrescription}));

INSTANTIATE_TEST_SUITE_P(
    NotClaims, EveryClaimPattern,
    ::testing::Values(
        ClaimCase{"La sinusite est une inflammation des sinus.", kNone},
        ClaimCase{"Consultez un médecin si la fièvre dure plus de 3 jours.", kNone},
        ClaimCase{"Si vous avez une angine, le test rapide est utile.", kNone},
        ClaimCase{"Il pourrait s'agir d'une dyshidrose ou d'un eczéma.", kNone},
        ClaimCase{"Ces symptômes peuvent évoquer plusieurs causes.", kNone},
        ClaimCase{"Vos symptômes évoquent plusieurs causes possibles.", kNone},
        ClaimCase{"Ne prenez pas d'aspirine.", kNone},
        ClaimCase{"Ne lui donnez pas de somnifère.", kNone},
        ClaimCase{"Prenez votre antibiotique comme prescrit par votre médecin.", kNone},
        ClaimCase{"Prenez rendez-vous avec votre médecin dans les 48 heures.", kNone},
        ClaimCase{"La dose maximale de paracétamol est de 3 g par jour.", kNone},
        ClaimCase{"Avez-vous pris du paracétamol ?", kNone},
        ClaimCase{"Do not give aspirin to children.", kNone},
        ClaimCase{"Take a look at the official docs.", kNone},
        ClaimCase{"You may have a mild drug rash, but only a clinician can tell.", kNone},
        ClaimCase{"If you have a fever, see a doctor.", kNone},
        ClaimCase{"These symptoms can have many causes.", kNone},
        ClaimCase{"Doctors often prescribe 500 mg of amoxicillin.", kNone},
        ClaimCase{"Vous avez raison de poser la question.", kNone},
        ClaimCase{"You have several options.", kNone}));

TEST(Sentences, SplitsOnEndsAndLinesButNotAbbreviations) {
    const std::string text =
        "Selon le Dr. Martin, c'est bénin. Smith J. et al. l'ont montré !\n- Prenez 1.5 g.\n"
        "**Vous avez une grippe.**";
    const auto ranges = split_sentences(text);
    ASSERT_EQ(ranges.size(), 4U);
    auto at = [&](std::size_t i) {
        return text.substr(ranges[i].begin, ranges[i].end - ranges[i].begin);
    };
    EXPECT_EQ(at(0), "Selon le Dr. Martin, c'est bénin.");
    EXPECT_EQ(at(1), "Smith J. et al. l'ont montré !");
    EXPECT_EQ(at(2), "Prenez 1.5 g.");
    EXPECT_EQ(at(3), "Vous avez une grippe.");
}

TEST(Claims, FindClaimsReportsEachSentenceOnce) {
    const std::string text =
        "Vous avez probablement une angine. Prenez 1 g de paracétamol. La fièvre baisse en 3 "
        "jours.";
    const auto claims = find_claims(text);
    ASSERT_EQ(claims.size(), 2U);
    EXPECT_EQ(claims[0].kind, ClaimKind::diagnosis);
    EXPECT_EQ(claims[1].kind, ClaimKind::prescription);
    EXPECT_EQ(text.substr(claims[1].range.begin, claims[1].range.end - claims[1].range.begin),
              "Prenez 1 g de paracétamol.");
}

TEST(Claims, DrugNames) {
    for (const char* drug : {"paracetamol", "doliprane", "amoxicilline", "omeprazole",
                             "un antibiotique", "cetirizine", "rosuvastatine", "sumatriptan"}) {
        EXPECT_TRUE(mentions_drug(drug)) << drug;
    }
    for (const char* word : {"farine", "repos", "eau", "sommeil"}) {
        EXPECT_FALSE(mentions_drug(word)) << word;
    }
}

}  // namespace
}  // namespace gardefou::answers
