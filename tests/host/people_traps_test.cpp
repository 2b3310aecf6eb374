// SPDX-FileCopyrightText: 2026 Garde-fou contributors
// SPDX-License-Identifier: MIT
// Traps: eponyms, drug and device brands, cities, caregivers without a name, salutations...
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

const std::vector<const char*> kTraps = {
    "Ma mère a la maladie de Parkinson depuis 5 ans.",
    "Syndrome de Gilbert : est-ce grave ?",
    "J'ai un Crohn depuis 2010, que manger ?",
    "Hashimoto et Levothyrox : quelle dose ?",
    "J'habite à Lyon et je vais à l'hôpital demain.",
    "Mon médecin traitant m'a dit de faire une prise de sang.",
    "Madame, Monsieur, je vous écris au sujet de ma facture.",
    "Le CHU m'a rappelé pour un rendez-vous.",
    "Doliprane ou Dafalgan pour un enfant de 20 kg ?",
    "Mardi dernier, le Dr m'a dit que c'était viral.",
    "Bonjour docteur, j'ai mal à la tête depuis trois jours.",
    "Dear Sir or Madam, I am writing about my bill.",
    "My GP said it was nothing serious.",
    "Is there a grace period for my insurance?",
    "Victoire ! Mes analyses sont enfin bonnes.",
    "My mum has Parkinson's disease and falls a lot.",
    "Alzheimer's runs in my family.",
    "Comment faire la manœuvre de Heimlich sur un bébé ?",
    "Le test de Guthrie est-il obligatoire ?",
    "Le signe de Babinski est positif, c'est grave ?",
    "Maladie de Basedow et grossesse.",
    "Syndrome de Guillain-Barré après un vaccin ?",
    "Gougerot-Sjögren : quels symptômes ?",
    "J'utilise un Freestyle Libre et un Omnipod.",
    "Mon Apple Watch dit que mon cœur est irrégulier.",
    "Tu es comme Dr House ?",
    "J'ai demandé à Dr Google et j'ai peur.",
    "Une amie m'a conseillé du Spasfon.",
    "La pharmacie était fermée dimanche.",
    "Il faut aller dans un laboratoire d'analyses ?",
    "Le Kardegic fait-il saigner les gencives ?",
    "Mounjaro ou Ozempic pour maigrir ?",
    "Je vis à Bordeaux, près du centre-ville.",
    "Est-ce que Marseille a de bons hôpitaux ?",
    "L'Assurance Maladie rembourse-t-elle l'ostéo ?",
    "Bonjour, merci pour ta réponse. Pourquoi ?",
    "Hello! Thanks for the help yesterday.",
    "My mum has Crohn's disease.",
    "In January, my doctor changed my dose.",
    "I live in Manchester near the hospital.",
    "Thanks, that really helps!",
    "Merci, c'est clair.",
    "Hello ChatGPT, can you explain my blood test?",
    "Lundi j'ai vu l'infirmière, mardi le kiné.",
    "Joyeux Noël ! J'ai trop mangé.",
    "La clinique m'a facturé 200 euros.",
    "Je suis en hôpital de jour le jeudi.",
    "Salut, ça va ? J'ai une question sur le Ventoline.",
    "Le syndrome de Cushing peut-il faire grossir ?",
    "Rose, pâle et fatiguée : est-ce une anémie ?",
    "Merci beaucoup ! Bonne journée.",
    "Je suis infirmière et je fais des nuits.",
    "Je suis Française et je vis à Londres.",
    "I'm diabetic and pregnant.",
    "It's Monday and my back hurts.",
    "C'est Noël et mon fils vomit.",
    "Le docteur IA peut-il remplacer mon médecin ?",
    "Lyme disease: which antibiotics?",
    "Mon père, 80 ans, a des vertiges.",
    "Ma fille a 4 ans et elle tousse.",
    "Pierre et Marie Curie ont découvert le radium.",
    "J'ai lu sur Doctissimo que c'était grave.",
    "La CPAM refuse mon arrêt de travail.",
    "Mon kiné m'a dit de marcher.",
    "Ma sage-femme est super.",
    "The nurse said to wait.",
    "Mes parents vivent à Saint-Étienne.",
    "Le centre antipoison m'a rassuré.",
    "Whats the best time to take Synthroid?",
    "Bonne soirée ! Merci encore.",
    "Cordialement, un patient inquiet",
    "Je suis allée à l'hôpital hier soir.",
    "L'infirmière m'a dit de boire beaucoup.",
    "Mon généraliste est en congé.",
    "Le laboratoire a envoyé mes résultats.",
    "MA FILLE A DE LA FIÈVRE, JE SUIS INQUIÈTE.",
    "JE SUIS DIABÉTIQUE DEPUIS 10 ANS.",
    "Je suis à l'hôpital de jour pour ma chimio.",
    "La clinique du sport m'a refusé.",
    "I'm Dr-phobic, honestly.",
    "My 5-year-old son has croup.",
    "Le Dr. m'a dit de revenir.",
    "J'habite à Nancy et j'ai une sinusite.",
    "I live in Charlotte and my allergies are bad.",
    "Nous allons à Lourdes en pèlerinage avec mon père.",
    "Je suis née à Florence mais je vis à Paris.",
    "Just got back from Austin with a fever.",
    "On part en Lorraine demain, faut-il un vaccin ?",
    "Ma mère a un Charcot, comment l'aider ?",
    "C'est Parkinson ou un tremblement essentiel ?",
    "I have Raynaud's phenomenon in winter.",
    "Bell's palsy: will my face recover?",
    "J'ai un kyste de Baker au genou.",
    "Névralgie d'Arnold : que faire ?",
    "Une tendinite du tendon d'Achille.",
    "Test de Romberg positif chez mon père.",
    "Score de Glasgow à 14 après la chute.",
    "Syndrome de Pierre Robin chez un nouveau-né.",
    "Maladie de Creutzfeldt-Jakob : est-ce contagieux ?",
    "Virus d'Epstein-Barr et fatigue.",
    "Mon fils a une maladie d'Osgood-Schlatter.",
    "Thyroïdite de Hashimoto : régime ?",
    "Is Hodgkin lymphoma curable?",
    "Wolff-Parkinson-White syndrome and sport.",
    "Vichy ou La Roche-Posay pour l'eczéma ?",
    "J'ai acheté du Voltarène et de l'Hextril.",
    "ma fille aime le chocolat mais a mal au ventre",
    "I was treated at a University Hospital last year.",
    "mon fils a mal au genou depuis le foot",
};

TEST(PeopleTraps, FlagsNoNameInAnyTrap) {
    for (const char* text : kTraps) {
        EXPECT_TRUE(names_in(text).empty()) << text;
    }
}

TEST(PeopleTraps, TableIsLargeEnough) {
    EXPECT_GE(kTraps.size(), 40U);
}

}  // namespace
}  // namespace gardefou::engine
