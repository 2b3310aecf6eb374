// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <array>
#include <utility>

#include "answers/analysis.h"
#include "answers/health.h"

namespace gardefou::answers {
namespace {

struct HealthCase {
    const char* answer;
    const char* prompt;
    bool health;
};

class HealthTopic : public ::testing::TestWithParam<HealthCase> {};

TEST_P(HealthTopic, IsClassified) {
    const auto& c = GetParam();
    const auto v = classify_health(c.answer, c.prompt);
    EXPECT_EQ(v.health, c.health) << c.answer << " (score " << v.score << ")";
    EXPECT_GE(v.score, 0.0);
    EXPECT_LE(v.score, 1.0);
}

INSTANTIATE_TEST_SUITE_P(
    Table, HealthTopic,
    ::testing::Values(
        HealthCase{"La sinusite est une inflammation des sinus. Consultez un médecin si la fièvre "
                   "persiste.",
                   "", true},
        HealthCase{"Strep throat is a bacterial infection; a doctor can test for it.", "", true},
        HealthCase{"Votre mutuelle rembourse une partie des soins dentaires.",
                   "Ma mutuelle rembourse-t-elle le dentiste ?", true},
        HealthCase{"Check the summary of benefits of your plan.",
                   "Does my health insurance cover therapy?", true},
        HealthCase{"Yes, it is fine.", "Is it safe to take ibuprofen while pregnant?", true},
        HealthCase{"Le résultat est dans la norme.", "Mon taux de TSH est à 4,8, c'est grave ?",
                   true},
        HealthCase{"Mélangez la farine et les œufs, puis faites cuire au four 30 minutes.",
                   "Une recette de gâteau ?", false},
        HealthCase{"Use a list comprehension; the function returns a new list.",
                   "How do I filter a list in Python?", false},
        HealthCase{"La Révolution commence en 1789 quand le roi convoque les États généraux.", "",
                   false},
        HealthCase{"Three sessions a week: intervals, a tempo run and a long run.",
                   "Training plan for a marathon?", false},
        HealthCase{"Percez le mur, posez la cheville puis vissez l'étagère.", "", false},
        HealthCase{"A liveness probe that fails restarts the container.",
                   "Kubernetes health check fails", false}));

TEST(Health, ThePromptCountsAndNonHealthAnswersGetNoClaims) {
    const auto recipe =
        analyze("Prenez 200 g de farine et 2 œufs, puis faites cuire 20 minutes.",
                {.prompt = "Recette de crêpes ?", .lang = {}, .trusted_domains = {}});
    EXPECT_FALSE(recipe.health.health);
    EXPECT_TRUE(recipe.claims.empty());
    const auto health =
        analyze("Prenez 1 g de paracétamol toutes les 6 heures.",
                {.prompt = "J'ai mal à la tête depuis hier", .lang = {}, .trusted_domains = {}});
    EXPECT_TRUE(health.health.health);
    EXPECT_EQ(health.claims.size(), 1U);
}

TEST(Health, HistoryAndBoilersBorrowTheWordsOfMedicine) {
    for (const auto& [prompt, text] : std::to_array<std::pair<const char*, const char*>>({
             {"De quoi est mort Louis XIV ?",
              "Louis XIV est mort le 1er septembre 1715 d'une gangrène de la jambe, après une "
              "douleur et une fièvre ; ses médecins ont tenté des saignées."},
             {"What illness did King George III suffer from?",
              "George III had episodes of mental illness in 1788 and 1801; historians debate "
              "porphyria, a disease, versus bipolar disorder."},
             {"Ma chaudière fait des claquements, tu peux me faire un diagnostic ?",
              "Voici un diagnostic : les symptômes que tu décris viennent souvent du brûleur ou du "
              "thermostat de la chaudière."},
         })) {
        EXPECT_FALSE(
            analyze(text, {.prompt = prompt, .lang = {}, .trusted_domains = {}}).health.health)
            << prompt;
    }
    // Medicine numbers classes and stages with the same numerals.
    EXPECT_TRUE(analyze("Le diabète de type II et l'insuffisance cardiaque de stade III se "
                        "soignent ; parlez-en à votre médecin.",
                        {.prompt = "J'ai un diabète de type II", .lang = {}, .trusted_domains = {}})
                    .health.health);
}

TEST(Health, TheLexiconHasBothSigns) {
    int positive = 0;
    int negative = 0;
    for (const auto& t : health_lexicon()) {
        (t.weight > 0 ? positive : negative) += 1;
        EXPECT_FALSE(t.phrase.empty());
    }
    EXPECT_GT(positive, 150);
    EXPECT_GT(negative, 50);
}

}  // namespace
}  // namespace gardefou::answers
