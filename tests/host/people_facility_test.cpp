// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
// Named places of care, French order (CHU de Rennes) and English order (Mayo Clinic).
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

const std::vector<Row> kFacilityRows = {
    {"J'ai été opérée au CHU de Lille.", {{"health_facility", "CHU de Lille"}}},
    {"Mon fils est à l'hôpital Bichat.", {{"health_facility", "hôpital Bichat"}}},
    {"Il est suivi à l'hôpital Saint-Louis.", {{"health_facility", "hôpital Saint-Louis"}}},
    {"Le centre hospitalier d'Arras m'a rappelé.",
     {{"health_facility", "centre hospitalier d'Arras"}}},
    {"Prise de sang au laboratoire Eurofins Biomnis.",
     {{"health_facility", "laboratoire Eurofins Biomnis"}}},
    {"La pharmacie de la Gare est fermée.", {{"health_facility", "pharmacie de la Gare"}}},
    {"Rendez-vous à l'Institut Gustave Roussy.", {{"health_facility", "Institut Gustave Roussy"}}},
    {"Scanner à l'Hôpital Européen Georges-Pompidou.",
     {{"health_facility", "Hôpital Européen Georges-Pompidou"}}},
    {"Hospitalisé au CHU Grenoble Alpes.", {{"health_facility", "CHU Grenoble Alpes"}}},
    {"Le CMP de Montreuil ne répond pas.", {{"health_facility", "CMP de Montreuil"}}},
    {"Accouchement à la maternité des Lilas.", {{"health_facility", "maternité des Lilas"}}},
    {"Ma mère est à l'EHPAD Les Jardins d'Automne.",
     {{"health_facility", "EHPAD Les Jardins d'Automne"}}},
    {"Elle a été transférée au CHRU de Brest.", {{"health_facility", "CHRU de Brest"}}},
    {"Opération à la clinique Bretéché.", {{"health_facility", "clinique Bretéché"}}},
    {"Mon IRM à la clinique du Mail.", {{"health_facility", "clinique du Mail"}}},
    {"He is at St Mary's Hospital in London.", {{"health_facility", "St Mary's Hospital"}}},
    {"She was treated at Great Ormond Street Hospital.",
     {{"health_facility", "Great Ormond Street Hospital"}}},
    {"Mount Sinai Hospital called me.", {{"health_facility", "Mount Sinai Hospital"}}},
    {"I was born at Brigham and Women's Hospital.",
     {{"health_facility", "Brigham and Women's Hospital"}}},
    {"My dad is in Guy's Hospital.", {{"health_facility", "Guy's Hospital"}}},
    {"Northside Medical Center sent my results.",
     {{"health_facility", "Northside Medical Center"}}},
    {"I have an appointment at Mayo Clinic.", {{"health_facility", "Mayo Clinic"}}},
    {"The Cleveland Clinic lab says my TSH is low.", {{"health_facility", "Cleveland Clinic"}}},
    {"I picked up my pills at Boots Pharmacy.", {{"health_facility", "Boots Pharmacy"}}},
    {"La polyclinique Saint-Côme m'a envoyé la facture.",
     {{"health_facility", "polyclinique Saint-Côme"}}},
    {"Je travaille au centre de santé de Belleville.",
     {{"health_facility", "centre de santé de Belleville"}}},
    {"Le laboratoire Bioclinic de Nancy a perdu mes tubes.",
     {{"health_facility", "laboratoire Bioclinic de Nancy"}}},
    {"Est-ce que l'hôpital de Vannes est bien ?", {{"health_facility", "hôpital de Vannes"}}},
    {"La Pharmacie Principale de Brive a mon ordonnance.",
     {{"health_facility", "Pharmacie Principale de Brive"}}},
    {"Ma fille est née à la maternité Sainte-Félicité.",
     {{"health_facility", "maternité Sainte-Félicité"}}},
    {"Mon père est au centre hospitalier universitaire de Caen.",
     {{"health_facility", "centre hospitalier universitaire de Caen"}}},
    {"Le laboratoire Inovie de Montpellier m'a appelé.",
     {{"health_facility", "laboratoire Inovie de Montpellier"}}},
    {"Je vais à l'hôpital Necker-Enfants malades demain.",
     {{"health_facility", "hôpital Necker-Enfants"}}},
    {"La clinique des Franciscaines à Versailles.",
     {{"health_facility", "clinique des Franciscaines"}}},
    {"Mon grand-père vit à l'EHPAD Le Clos Saint-Martin.",
     {{"health_facility", "EHPAD Le Clos Saint-Martin"}}},
    {"J'ai un rendez-vous au CMPP de Quimper.", {{"health_facility", "CMPP de Quimper"}}},
    {"Radio au centre d'imagerie Jean Moulin.",
     {{"health_facility", "centre d'imagerie Jean Moulin"}}},
    {"Elle est suivie à la maison de santé du Lac.",
     {{"health_facility", "maison de santé du Lac"}}},
    {"The Royal Infirmary of Edinburgh discharged me.",
     {{"health_facility", "Royal Infirmary of Edinburgh"}}},
    {"Westside Pharmacy refused my prescription.", {{"health_facility", "Westside Pharmacy"}}},
    {"My son was admitted to Boston Children's Hospital.",
     {{"health_facility", "Boston Children's Hospital"}}},
    {"Je suis suivie a l'hopital necker.", {{"health_facility", "hopital necker"}}},
    {"j'ai accouché au chu de rennes", {{"health_facility", "chu de rennes"}}},
    {"He was born at St. John's Hospital.", {{"health_facility", "St. John's Hospital"}}},
    {"Guy's and St Thomas' NHS Foundation Trust wrote to me.",
     {{"health_facility", "Guy's and St Thomas' NHS Foundation Trust"}}},
    {"Hôpital : CHU de Poitiers", {{"health_facility", "CHU de Poitiers"}}},
    {"Établissement : Clinique Saint-Roch", {{"health_facility", "Clinique Saint-Roch"}}},
    {"Il est à l'hôpital du Scorff.", {{"health_facility", "hôpital du Scorff"}}},
    {"Je suis suivie à la maison de santé pluriprofessionnelle de Guérande.",
     {{"health_facility", "maison de santé pluriprofessionnelle de Guérande"}}},
    {"Ordonnance de CVS Pharmacy.", {{"health_facility", "CVS Pharmacy"}}},
};

TEST(PeopleFacility, FindsEveryRowWithItsExactSpan) {
    for (const auto& row : kFacilityRows) {
        EXPECT_EQ(names_in(row.text), testing::expected_of(row)) << row.text;
    }
}

TEST(PeopleFacility, TableIsLargeEnough) {
    EXPECT_GE(kFacilityRows.size(), 40U);
}

}  // namespace
}  // namespace gardefou::engine
