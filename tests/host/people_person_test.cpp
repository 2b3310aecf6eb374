// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
// Names of people: self-introductions, relatives, titles, form fields, greetings, signatures.
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

const std::vector<Row> kPersonRows = {
    {"Je m'appelle Gérard Lemaire et j'ai 72 ans.", {{"person", "Gérard Lemaire"}}},
    {"je m'appelle lucas bertin, j'ai mal au genou", {{"person", "lucas bertin"}}},
    {"Moi c'est Inaya, 15 ans, j'ai des règles douloureuses.", {{"person", "Inaya"}}},
    {"Bonjour, je suis Corinne Vial et je fais de l'hypertension.", {{"person", "Corinne Vial"}}},
    {"Mon fils Timéo a 38,5 de fièvre.", {{"person", "Timéo"}}},
    {"ma femme Ludivine est enceinte de 3 mois", {{"person", "Ludivine"}}},
    {"Mon beau-père, Raymond, a fait un AVC.", {{"person", "Raymond"}}},
    {"Ma grand-mère Odette a 90 ans et tousse.", {{"person", "Odette"}}},
    {"Mme Kervella a chuté dans l'escalier.", {{"person", "Kervella"}}},
    {"M. Benoît Arnaud, 45 ans, fumeur.", {{"person", "Benoît Arnaud"}}},
    {"Madame Nicole Fournier est sous anticoagulants.", {{"person", "Nicole Fournier"}}},
    {"Monsieur LEBLANC est diabétique depuis 10 ans.", {{"person", "LEBLANC"}}},
    {"Patiente : MARTINEZ Sylvie\nMotif : douleur thoracique", {{"person", "MARTINEZ Sylvie"}}},
    {"Nom : LEGRAND\nPrénom : Odile\nÂge : 80", {{"person", "LEGRAND"}, {"person", "Odile"}}},
    {"Cordialement,\nAnne-Sophie Mercier", {{"person", "Anne-Sophie Mercier"}}},
    {"Merci d'avance, Julien", {{"person", "Julien"}}},
    {"Ma voisine, Mme Ben Youssef, tousse beaucoup.", {{"person", "Ben Youssef"}}},
    {"Je suis Khadija El Amrani, 29 ans.", {{"person", "Khadija El Amrani"}}},
    {"mon copain Bastien ronfle très fort", {{"person", "Bastien"}}},
    {"C'est pour ma nièce, Anaïs, qui a de l'eczéma.", {{"person", "Anaïs"}}},
    {"Mon ami Thomas Girardot a une hernie.", {{"person", "Thomas Girardot"}}},
    {"Ma tante Marie-Thérèse de Villeneuve est à l'hôpital.",
     {{"person", "Marie-Thérèse de Villeneuve"}}},
    {"Mon mari, M. Da Costa, refuse de consulter.", {{"person", "Da Costa"}}},
    {"My name is Oliver Bennett and I have asthma.", {{"person", "Oliver Bennett"}}},
    {"my name is sophie turner and i feel dizzy", {{"person", "sophie turner"}}},
    {"I'm Grace Mitchell, 34, and pregnant.", {{"person", "Grace Mitchell"}}},
    {"My wife Charlotte has migraines every week.", {{"person", "Charlotte"}}},
    {"My grandmother, Edith, fell last night.", {{"person", "Edith"}}},
    {"Mr Patterson from next door has a cough.", {{"person", "Patterson"}}},
    {"Mrs O'Brien, my neighbour, is 88.", {{"person", "O'Brien"}}},
    {"Patient: HUGHES Thomas\nDOB: 03/04/1950", {{"person", "HUGHES Thomas"}}},
    {"Kind regards,\nLaura Simmons", {{"person", "Laura Simmons"}}},
    {"Cheers, Dave", {{"person", "Dave"}}},
    {"Hi, I'm Jake. My knee hurts.", {{"person", "Jake"}}},
    {"our son Leo (4) has a rash", {{"person", "Leo"}}},
    {"my boyfriend Mateo snores", {{"person", "Mateo"}}},
    {"Hi Sarah, can you read my results?", {{"person", "Sarah"}}},
    {"Bonjour Martine, voici mes analyses.", {{"person", "Martine"}}},
    {"Ma fille Capucine a 3 ans. Capucine tousse.",
     {{"person", "Capucine"}, {"person", "Capucine"}}},
    {"Thanks a lot, Priyanka Desai", {{"person", "Priyanka Desai"}}},
    {"Mon frère Yannick Le Floch a une sciatique.", {{"person", "Yannick Le Floch"}}},
    {"I, Catherine Wells, consent to the procedure.", {{"person", "Catherine Wells"}}},
    {"Ma petite-fille Maëlys a la varicelle.", {{"person", "Maëlys"}}},
    {"Mon compagnon Rodrigue a des palpitations.", {{"person", "Rodrigue"}}},
    {"Bonsoir, ici Armelle, j'ai une question.", {{"person", "Armelle"}}},
    {"Ma fille s'appelle Romane et elle a 6 ans.", {{"person", "Romane"}}},
    {"Her name is Abigail and she's 3.", {{"person", "Abigail"}}},
    {"Ma fille de 4 ans, Léonie, a de la fièvre.", {{"person", "Léonie"}}},
    {"My 5-year-old son, Noah, has croup.", {{"person", "Noah"}}},
    {"ma grande fille Jeanne a ses règles", {{"person", "Jeanne"}}},
    {"Bonjour, je suis J. Moreau, 60 ans.", {{"person", "J. Moreau"}}},
    {"Mr. and Mrs. Brown are my neighbours.", {{"person", "Brown"}}},
    {"Hey Mike! Quick question about ibuprofen.", {{"person", "Mike"}}},
    {"Dear Mrs Patel, thank you for your letter.", {{"person", "Patel"}}},
    {"Mum (Margaret) is 82 and confused.", {{"person", "Margaret"}}},
    {"Léa, ma fille de 4 ans, tousse.", {{"person", "Léa"}}},
    {"My wife's name is Sara and she is 41.", {{"person", "Sara"}}},
    {"Merci pour tout.\n--\nValérie Dumas", {{"person", "Valérie Dumas"}}},
    {"mon prénom : Léane, j'ai 16 ans", {{"person", "Léane"}}},
    {"Patient(e) : GARNIER Lucie", {{"person", "GARNIER Lucie"}}},
    {"Je suis le fils de Jacques Morvan.", {{"person", "Jacques Morvan"}}},
    {"mon fils hugo a de la fièvre depuis hier", {{"person", "hugo"}}},
};

TEST(PeoplePerson, FindsEveryRowWithItsExactSpan) {
    for (const auto& row : kPersonRows) {
        EXPECT_EQ(names_in(row.text), testing::expected_of(row)) << row.text;
    }
}

TEST(PeoplePerson, TableIsLargeEnough) {
    EXPECT_GE(kPersonRows.size(), 40U);
}

}  // namespace
}  // namespace gardefou::engine
