// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
// Names of health professionals after Dr, docteur, Pr, professions, or a title after a profession.
// Every sentence was written for this test; none comes from the evaluation corpora.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "engine/engine.h"
#include "support/people_findings.h"

namespace gardefou::engine {
namespace {

using testing::names_in;
using Row = testing::NameRow;

const std::vector<Row> kProfessionalRows = {
    {"Le Dr Fontaine m'a prescrit de l'amoxicilline.", {{"health_professional", "Fontaine"}}},
    {"Le docteur Élise Marchetti suit mon diabète.", {{"health_professional", "Élise Marchetti"}}},
    {"Le Pr. Benali a opéré mon père.", {{"health_professional", "Benali"}}},
    {"Mon dentiste, le Dr Ngo, veut arracher ma dent.", {{"health_professional", "Ngo"}}},
    {"Mon ostéo, Mme Laurent, m'a fait craquer le dos.", {{"health_professional", "Laurent"}}},
    {"L'infirmier Mathis passe le matin.", {{"health_professional", "Mathis"}}},
    {"La sage-femme Pauline m'a parlé de péridurale.", {{"health_professional", "Pauline"}}},
    {"mon généraliste le docteur Roussel est en vacances", {{"health_professional", "Roussel"}}},
    {"Mon psy, M. Delmas, m'a proposé des antidépresseurs.", {{"health_professional", "Delmas"}}},
    {"Dr. Harrison said my cholesterol is high.", {{"health_professional", "Harrison"}}},
    {"My GP, Dr Ahmed, referred me.", {{"health_professional", "Ahmed"}}},
    {"Nurse Jenny changed my dressing.", {{"health_professional", "Jenny"}}},
    {"my physio, Mark, gave me exercises", {{"health_professional", "Mark"}}},
    {"Professor Lindsay Grant runs the trial.", {{"health_professional", "Lindsay Grant"}}},
    {"my midwife Hannah says it's normal", {{"health_professional", "Hannah"}}},
    {"The pharmacist, Mr Singh, refused.", {{"health_professional", "Singh"}}},
    {"le docteur Dupuis-Morel ne répond plus", {{"health_professional", "Dupuis-Morel"}}},
    {"La Dre Tremblay m'a vue hier.", {{"health_professional", "Tremblay"}}},
    {"J'ai rendez-vous avec Dr Sanchez lundi.", {{"health_professional", "Sanchez"}}},
    {"Mon cardiologue, le professeur Azoulay, veut un holter.",
     {{"health_professional", "Azoulay"}}},
    {"ma kiné Julie me masse le dos", {{"health_professional", "Julie"}}},
    {"My dermatologist Dr. Kim prescribed tretinoin.", {{"health_professional", "Kim"}}},
    {"Dr Lee told me to rest.", {{"health_professional", "Lee"}}},
    {"Le Dr Le Guen est mon médecin traitant.", {{"health_professional", "Le Guen"}}},
    {"docteur moreau m'a dit de revenir", {{"health_professional", "moreau"}}},
    {"L'orthophoniste Mme Gauthier suit mon fils.", {{"health_professional", "Gauthier"}}},
    {"Le Dr Vincent Aubry est parti à la retraite.", {{"health_professional", "Vincent Aubry"}}},
    {"J'ai vu le Docteur Haddad ce matin.", {{"health_professional", "Haddad"}}},
    {"Mon médecin, le Dr Barbier, est absent.", {{"health_professional", "Barbier"}}},
    {"Le professeur Castel dirige le service.", {{"health_professional", "Castel"}}},
    {"L'infirmière libérale Sandrine Roche vient à domicile.",
     {{"health_professional", "Sandrine Roche"}}},
    {"Mon kiné Florian me fait travailler l'épaule.", {{"health_professional", "Florian"}}},
    {"La psychologue, Mme Besson, me suit depuis un an.", {{"health_professional", "Besson"}}},
    {"Mon pharmacien M. Tran m'a conseillé du zinc.", {{"health_professional", "Tran"}}},
    {"La gynéco, Dr Rey, m'a posé un stérilet.", {{"health_professional", "Rey"}}},
    {"Bonjour Docteur Ferrand, voici mes résultats.", {{"health_professional", "Ferrand"}}},
    {"Le pédiatre de ma fille, le Dr Picard, est génial.", {{"health_professional", "Picard"}}},
    {"Dr Anne-Laure Gilles m'a opérée.", {{"health_professional", "Anne-Laure Gilles"}}},
    {"My therapist Rachel says I have anxiety.", {{"health_professional", "Rachel"}}},
    {"Our paediatrician, Dr Okoye, is worried.", {{"health_professional", "Okoye"}}},
    {"Doctor Jameson prescribed statins.", {{"health_professional", "Jameson"}}},
    {"The surgeon, Mr Whitaker, operated on my hip.", {{"health_professional", "Whitaker"}}},
    {"I saw Dr. Maria Gonzalez yesterday.", {{"health_professional", "Maria Gonzalez"}}},
    {"My psychiatrist Dr Feldman increased my dose.", {{"health_professional", "Feldman"}}},
    {"Kinésithérapeute : M. Perrot", {{"health_professional", "Perrot"}}},
    {"Infirmière : Mme Colas, passage à 8h.", {{"health_professional", "Colas"}}},
    {"Prescrit par Dr Khaled.", {{"health_professional", "Khaled"}}},
    {"Adressé par le Dr J. Marchand au Pr Vidal.",
     {{"health_professional", "J. Marchand"}, {"health_professional", "Vidal"}}},
    {"Regards,\nDr. Amanda Cole", {{"health_professional", "Amanda Cole"}}},
    {"Le Dr Ben Salah m'a opéré.", {{"health_professional", "Ben Salah"}}},
    {"J'ai vu le Dr.Lucas hier.", {{"health_professional", "Lucas"}}},
    {"Mon kiné s'appelle Antoine et il est top.", {{"health_professional", "Antoine"}}},
};

TEST(PeopleProfessional, FindsEveryRowWithItsExactSpan) {
    for (const auto& row : kProfessionalRows) {
        EXPECT_EQ(names_in(row.text), testing::expected_of(row)) << row.text;
    }
}

TEST(PeopleProfessional, TableIsLargeEnough) {
    EXPECT_GE(kProfessionalRows.size(), 40U);
}

}  // namespace
}  // namespace gardefou::engine
