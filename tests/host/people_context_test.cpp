// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
// Names told by their grammatical context: a profession's noun phrase before a comma, an
// apposition after the name, an age given with a verb, a lower-case name after "c'est", closing
// formulas, form labels. Every sentence was written for this test; none comes from the
// evaluation corpora.
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

const std::vector<Row> kContextRows = {
    // A profession's noun phrase, then a title and a name.
    {"La kiné de mon mari, Mme Perraud, est très douce.", {{"health_professional", "Perraud"}}},
    {"Infirmière de nuit : Mme Kerhervé, passage à 22 h.", {{"health_professional", "Kerhervé"}}},
    {"Mon orthoptiste (M. Lagrange) trouve un strabisme.", {{"health_professional", "Lagrange"}}},
    {"et ma pédiatre habituelle, Mme Vial, est absente", {{"health_professional", "Vial"}}},
    {"The physio at the gym, Mr Hollings, says it's a sprain.",
     {{"health_professional", "Hollings"}}},
    // A profession's noun phrase, then a name.
    {"Le dentiste de ma fille, Grégoire, veut un appareil.", {{"health_professional", "Grégoire"}}},
    {"La sage-femme du cabinet, Solveig, passe demain.", {{"health_professional", "Solveig"}}},
    {"Diététicienne : Laetitia, le mardi.", {{"health_professional", "Laetitia"}}},
    // An apposition after the name.
    {"Mme Caradec, la sage-femme de garde, m'a rassurée.", {{"health_professional", "Caradec"}}},
    {"Mx Penhallow, the practice nurse, took my bloods.", {{"health_professional", "Penhallow"}}},
    {"M. Estève (kiné) me suit pour le dos.", {{"health_professional", "Estève"}}},
    {"Gwenola, la psychologue, m'a donné des exercices.", {{"health_professional", "Gwenola"}}},
    {"Ms. Jones, the midwife, called.", {{"health_professional", "Jones"}}},
    {"Doctoresse Lambertin m'a vue hier.", {{"health_professional", "Lambertin"}}},
    // Relatives and private people.
    {"Mx Tarrant lives next door and fell again.", {{"person", "Tarrant"}}},
    {"Mathurin a 6 ans et tousse la nuit.", {{"person", "Mathurin"}}},
    {"Ophélia vient d'avoir 15 ans et a des règles douloureuses.", {{"person", "Ophélia"}}},
    {"Tabitha is 4 and has a rash.", {{"person", "Tabitha"}}},
    {"hi its morgan, 22, quick question about the pill", {{"person", "morgan"}}},
    {"salut c'est ludivine. j'ai mal au ventre", {{"person", "ludivine"}}},
    {"Veuillez agréer mes salutations distinguées.\nGhislain Forestier",
     {{"person", "Ghislain Forestier"}}},
    {"Signed,\nAgathe Tregear", {{"person", "Agathe Tregear"}}},
    {"Nom de l'enfant : Sacha Lemercier", {{"person", "Sacha Lemercier"}}},
    {"Personne à prévenir : Valérie Coste", {{"person", "Valérie Coste"}}},
    {"Next of kin: Imogen Pascoe", {{"person", "Imogen Pascoe"}}},
    // A teacher is no professional; an initial after a title; lower case after a title.
    {"Consultant: Mr R. Okoro, Urology.", {{"health_professional", "R. Okoro"}}},
    {"rendez-vous avec mme lestrade jeudi", {{"person", "lestrade"}}},
    {"Patient: HARGREAVE, Lucy", {{"person", "HARGREAVE, Lucy"}}},
    {"Mme Oberlé est ma nouvelle kiné.", {{"health_professional", "Oberlé"}}},
    {"Mr Dunmore is my usual GP.", {{"health_professional", "Dunmore"}}},
    // The profession's noun phrase holds a relative; the apposition names the professional.
    {"Le podologue de mon père, Jocelyn, est en congé.", {{"health_professional", "Jocelyn"}}},
    {"Ma psychologue s'appelle Mme Trébuchet.", {{"health_professional", "Trébuchet"}}},
    {"L'ergothérapeute de mon fils s'appelle Anouk Verhaegen.",
     {{"health_professional", "Anouk Verhaegen"}}},
    // Relatives introduced otherwise.
    {"her daughter Lisette came along", {{"person", "Lisette"}}},
    {"Ma fille Rose a de l'eczéma.", {{"person", "Rose"}}},
    {"My stepdad Warwick smokes.", {{"person", "Warwick"}}},
    {"Mon ex, Gaspard, refuse le vaccin.", {{"person", "Gaspard"}}},
    {"Apolline et moi voulons un bébé.", {{"person", "Apolline"}}},
    {"Ma sœur Marie-Ange est malade. Marie-Ange tousse.",
     {{"person", "Marie-Ange"}, {"person", "Marie-Ange"}}},
    {"Le RPPS du Vautrin (mon psychiatre) est introuvable.", {{"health_professional", "Vautrin"}}},
    {"Tata Ginette a 80 ans.", {{"person", "Ginette"}}},
    {"J'y vais avec tonton Marcelin.", {{"person", "Marcelin"}}},
    {"Mon fils Côme, 11 ans, tousse.", {{"person", "Côme"}}},
    {"From: Rhiannon Caddick\nSubject: scan", {{"person", "Rhiannon Caddick"}}},
    {"De : Apolline Royer\nObjet : ordonnance", {{"person", "Apolline Royer"}}},
    {"Bien à vous,\nP. Lavergne", {{"person", "P. Lavergne"}}},
    {"Cordialement,\nLa famille Kerouredan", {{"person", "Kerouredan"}}},
    {"L'IDE, Mme Gourvennec, est passée à 7 h.", {{"health_professional", "Gourvennec"}}},
    // A first name as the subject of the sentence.
    {"Cyprien refuse ses médicaments depuis lundi.", {{"person", "Cyprien"}}},
    {"Our son is fine. Matthias has a rash though.", {{"person", "Matthias"}}},
    // Birth order as kinship; particles glued by a hyphen; acronyms in a profession's phrase.
    {"My youngest, Tobias, has croup.", {{"person", "Tobias"}}},
    {"Mon aînée, Clarisse, a la varicelle.", {{"person", "Clarisse"}}},
    {"Dr Rania El-Khoury m'a vue.", {{"health_professional", "Rania El-Khoury"}}},
    {"L'aide-soignante de l'EHPAD, Mme Guéguen, est gentille.",
     {{"health_professional", "Guéguen"}}},
    {"L'infirmier du SSIAD, Anselme, passe à 8 h.", {{"health_professional", "Anselme"}}},
    {"SMS de mon ortho : \"Mme Lagadec vous attend lundi\"", {{"health_professional", "Lagadec"}}},
    {"Séraphin, my 6-year-old, has nosebleeds.", {{"person", "Séraphin"}}},
    {"Gabrielle, ma petite de 3 ans, tousse.", {{"person", "Gabrielle"}}},
};

// Caregivers without a name, ages without a name, clauses that are no profession's noun phrase.
const std::vector<const char*> kContextTraps = {
    "La kiné de mon mari, très douce, l'a beaucoup aidé.",
    "Le dentiste de ma fille, franchement, est nul.",
    "Infirmière de nuit : passage à 22 h.",
    "Le médecin m'a dit, Madame, que c'était bénin.",
    "Mon fils a 6 ans et tousse la nuit.",
    "Elle a 15 ans et des règles douloureuses.",
    "Le Levothyrox a 3 dosages possibles.",
    "it's morning, 6 am, and I can't sleep",
    "c'est rose, pâle, sans croûte",
    "Veuillez agréer mes salutations distinguées.",
    "Nom de l'enfant : à compléter",
    "La sage-femme du cabinet, Vendredi, m'a rappelée.",
    "Parkinson a 200 ans de recherche derrière lui.",
    "Le professeur de SVT de mon fils parle des vaccins.",
    "Monsieur le Directeur, je vous écris pour une plainte.",
    "Madame la Ministre, les déserts médicaux progressent.",
    "Mon identifiant c'est HFO-7781240 sur le portail.",
    "Rose et moi, c'est une couleur que j'aime.",
    "Mon fils ALSO refuses.",
    "checked by a doctor. Dermatologists use the ABCDE rule.",
    "From: NHS Digital\nSubject: your results",
    "De : Ameli\nObjet : remboursement",
    "from London to Paris by train after surgery?",
    "Le vaccin de Pasteur a sauvé des vies.",
    "Covid a 4 ans maintenant, et on en parle encore.",
    "Ozempic a 5 ans de recul.",
    "Texas is 5 hours away.",
    "Paris et moi, c'est fini.",
    "Cordialement,\nLa famille",
    "Bisous,\nMamie",
    "Bien à vous,\nM. le Maire",
    "Florence est une belle ville pour une cure.",
    "Max 3 comprimés par jour.",
    "Mercredi je vais chez le médecin.",
    "Prozac ou Zoloft pour l'anxiété ?",
    "Mon grand Paris, tu me manques.",
    "My youngest is 4 and has croup.",
    "Le cadet de mes soucis, franchement.",
};

TEST(PeopleContext, FindsEveryRowWithItsExactSpan) {
    for (const auto& row : kContextRows) {
        EXPECT_EQ(names_in(row.text), testing::expected_of(row)) << row.text;
    }
}

TEST(PeopleContext, FlagsNoTrap) {
    for (const char* text : kContextTraps) {
        EXPECT_TRUE(names_in(text).empty()) << text;
    }
}

}  // namespace
}  // namespace gardefou::engine
